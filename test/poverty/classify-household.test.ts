import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContextError, InputError, NoRulebookInForceError } from '../../src/core/errors.js';
import {
  classifyHousehold,
  classifyHouseholds,
  householdInputSchema,
  povertyStandard2016To2021,
  povertyStandard2022To2026,
  povertyStandard2027To2030,
  type HouseholdInput,
  type PovertyStandard,
} from '../../src/poverty/index.js';
import { thrown } from '../core/helpers.js';

const codesOf = (s: PovertyStandard) => s.indicators.map((i) => i.code);
/** Every indicator known; the first `deprived` of them deprived. */
function flags(standard: PovertyStandard, deprived: number): Record<string, boolean> {
  return Object.fromEntries(codesOf(standard).map((c, i) => [c, i < deprived]));
}
const perCapita = (value: number | string, standard: PovertyStandard, deprived: number): HouseholdInput => ({
  income: { perCapitaMonthly: value },
  deprivations: flags(standard, deprived),
});
const category = (h: HouseholdInput, date: string, area: 'rural' | 'urban') => classifyHousehold(h, { date, area }).category;

describe('2022–2026 (Decree 07/2021): income lines, exactly at and one đồng above', () => {
  const s = povertyStandard2022To2026;
  it.each([
    ['rural', 1_500_000, 2_250_000],
    ['urban', 2_000_000, 3_000_000],
  ] as const)('%s: line %i, average band up to %i', (area, line, upper) => {
    expect(category(perCapita(line, s, 3), '2024-06-30', area)).toBe('poor');
    expect(category(perCapita(line, s, 2), '2024-06-30', area)).toBe('near-poor');
    expect(category(perCapita(line + 1, s, 12), '2024-06-30', area)).toBe('average-living-standard');
    expect(category(perCapita(upper, s, 12), '2024-06-30', area)).toBe('average-living-standard');
    expect(category(perCapita(upper + 1, s, 0), '2024-06-30', area)).toBe('not-classified');
  });

  it('income exactly on the line given as a decimal string, and a hair above', () => {
    expect(category(perCapita('1500000.000', s, 3), '2024-06-30', 'rural')).toBe('poor');
    expect(category(perCapita('1500000.0000000000000000000000001', s, 3), '2024-06-30', 'rural')).toBe('average-living-standard');
  });

  it('household income + members + months: compared by cross-multiplication, no rounding', () => {
    // 4 people × 12 months × 1,500,000 = 72,000,000 exactly on the line; one đồng more is above.
    const at: HouseholdInput = { income: { householdTotal: 72_000_000, members: 4, months: 12 }, deprivations: flags(s, 3) };
    const above: HouseholdInput = { income: { householdTotal: 72_000_001, members: 4, months: 12 }, deprivations: flags(s, 3) };
    expect(category(at, '2024-06-30', 'rural')).toBe('poor');
    expect(category(above, '2024-06-30', 'rural')).toBe('average-living-standard');
    // 3 people: 54,000,001 / 36 = 1,500,000.0277… — above the line, shown exactly.
    const r = classifyHousehold({ income: { householdTotal: 54_000_001, members: 3, months: 12 }, deprivations: flags(s, 3) }, { date: '2024-06-30', area: 'rural' });
    expect(r.income.perCapitaMonthly).toMatchObject({ numerator: '54000001', denominator: '36' });
    expect(r.category).toBe('average-living-standard');
  });

  it('every deprivation-count edge: 2 → near-poor, 3 → poor; above the line deprivations do not matter', () => {
    for (let d = 0; d <= 12; d++) {
      expect(category(perCapita(1_000_000, s, d), '2024-06-30', 'rural')).toBe(d >= 3 ? 'poor' : 'near-poor');
      expect(category(perCapita(2_000_000, s, d), '2024-06-30', 'rural')).toBe('average-living-standard');
    }
  });

  it('a missing flag is unknown, never "not deprived"', () => {
    const codes = codesOf(s);
    const only = (deprived: string[], notDeprived: string[]): HouseholdInput => ({
      income: { perCapitaMonthly: 1_000_000 },
      deprivations: { ...Object.fromEntries(deprived.map((c) => [c, true])), ...Object.fromEntries(notDeprived.map((c) => [c, false])) },
    });
    // 2 deprived, 9 not, 1 unknown: the unknown one decides.
    const r = classifyHousehold(only(codes.slice(0, 2), codes.slice(2, 11)), { date: '2024-06-30', area: 'rural' });
    expect(r.category).toBe('indeterminate');
    expect(r.indeterminateReason).toBe('deprivations-unknown');
    expect(r.deprivations.unknown).toEqual([codes[11]]);
    // 3 deprived and 9 unknown: poor whatever the rest.
    expect(category(only(codes.slice(0, 3), []), '2024-06-30', 'rural')).toBe('poor');
    // 0 deprived, 10 not, 2 unknown: at most 2, so near-poor.
    expect(category(only([], codes.slice(0, 10)), '2024-06-30', 'rural')).toBe('near-poor');
    // Nothing known and income above the line: no flag needed.
    expect(category({ income: { perCapitaMonthly: 3_000_001 } }, '2024-06-30', 'urban')).toBe('not-classified');
  });

  it('explains in Vietnamese and English, with the line, the count and the unverified values used', () => {
    const r = classifyHousehold({ id: 'HH-7', income: { perCapitaMonthly: 1_500_000 }, deprivations: flags(s, 3) }, { date: '2024-06-30', area: 'rural' });
    expect(r.id).toBe('HH-7');
    expect(r.income.lineUsed).toMatchObject({ name: 'poverty', value: 1_500_000, provenance: { instrument: '07/2021/NĐ-CP', status: 'official' } });
    expect(r.deprivations).toMatchObject({ count: 3, unknownCount: 0, threshold: 3, deprived: ['employment', 'dependants', 'nutrition'] });
    expect(r.explanation.vi.join('\n')).toContain('1.500.000 đồng ≤ chuẩn nghèo 1.500.000 đồng (nông thôn)');
    expect(r.explanation.vi.join('\n')).toContain('Kết luận: hộ nghèo — 3 chỉ số thiếu hụt ≥ 3.');
    expect(r.explanation.en.join('\n')).toContain('Conclusion: poor household — 3 deprivations ≥ 3.');
    expect(r.notOfficial.map((n) => n.what)).toContain('indicators.employment.definition');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe('2016–2021 (Decision 59/2015): the two-tier rule', () => {
  const s = povertyStandard2016To2021;
  it.each([
    ['rural', 700_000, 1_000_000, 1_500_000],
    ['urban', 900_000, 1_300_000, 1_950_000],
  ] as const)('%s: %i / %i / %i', (area, poverty, near, upper) => {
    expect(category(perCapita(poverty, s, 0), '2019-06-30', area)).toBe('poor'); // below the lower line: poor regardless
    expect(category(perCapita(poverty + 1, s, 3), '2019-06-30', area)).toBe('poor');
    expect(category(perCapita(poverty + 1, s, 2), '2019-06-30', area)).toBe('near-poor');
    expect(category(perCapita(near, s, 3), '2019-06-30', area)).toBe('poor');
    expect(category(perCapita(near, s, 2), '2019-06-30', area)).toBe('near-poor');
    expect(category(perCapita(near + 1, s, 10), '2019-06-30', area)).toBe('average-living-standard');
    expect(category(perCapita(upper, s, 0), '2019-06-30', area)).toBe('average-living-standard');
    expect(category(perCapita(upper + 1, s, 0), '2019-06-30', area)).toBe('not-classified');
  });

  it('below the lower line no deprivation flag is needed', () => {
    const r = classifyHousehold({ income: { perCapitaMonthly: 650_000 } }, { date: '2021-06-30', area: 'rural' });
    expect(r.category).toBe('poor');
    expect(r.explanation.en.at(-2)).toContain('whatever its deprivations');
  });
});

describe('2027–2030 (Decree 351/2025)', () => {
  const s = povertyStandard2027To2030;
  it('lines 2,200,000 / 2,800,000; above the line the average band is unknown', () => {
    expect(category(perCapita(2_200_000, s, 3), '2028-01-01', 'rural')).toBe('poor');
    expect(category(perCapita(2_800_000, s, 2), '2028-01-01', 'urban')).toBe('near-poor');
    const r = classifyHousehold(perCapita(2_200_001, s, 0), { date: '2028-01-01', area: 'rural' });
    expect(r.category).toBe('indeterminate');
    expect(r.indeterminateReason).toBe('average-band-unknown');
    expect(r.income.band).toBe('above-line-band-unknown');
  });
});

describe('date switches', () => {
  const rural = { date: '', area: 'rural' } as const;
  it('31/12/2021 vs 01/01/2022: 1,200,000 đồng with 3 deprivations', () => {
    const h59 = perCapita(1_200_000, povertyStandard2016To2021, 3);
    const h07 = perCapita(1_200_000, povertyStandard2022To2026, 3);
    expect(classifyHousehold(h59, { ...rural, date: '2021-12-31' }).category).toBe('average-living-standard');
    expect(classifyHousehold(h07, { ...rural, date: '2022-01-01' }).category).toBe('poor');
  });
  it('31/12/2026 vs 01/01/2027: 2,000,000 đồng with 3 deprivations', () => {
    const d = Object.fromEntries(['employment', 'dependants', 'nutrition'].map((c) => [c, true]));
    const h: HouseholdInput = { income: { perCapitaMonthly: 2_000_000 }, deprivations: d };
    expect(classifyHousehold(h, { ...rural, date: '2026-12-31' }).category).toBe('average-living-standard');
    expect(classifyHousehold(h, { ...rural, date: '2027-01-01' }).category).toBe('poor');
  });
  it('an explicit standard must apply on the date', () => {
    const error = thrown(() => classifyHousehold(perCapita(1, povertyStandard2016To2021, 0), { date: '2022-01-01', area: 'rural', standard: povertyStandard2016To2021 }));
    expect(error).toBeInstanceOf(NoRulebookInForceError);
  });
});

describe('member-level facts: every age edge', () => {
  const s = povertyStandard2022To2026;
  const date = '2024-06-30';
  /** Classify with members only, every other indicator given as not deprived. */
  function derived(code: string, members: HouseholdInput['members'], extra: Partial<HouseholdInput> = {}) {
    const others = Object.fromEntries(codesOf(s).filter((c) => c !== code).map((c) => [c, false]));
    const r = classifyHousehold({ income: { perCapitaMonthly: 1_000_000 }, deprivations: others, members, ...extra }, { date, area: 'rural' });
    return r.deprivations.indicators.find((i) => i.code === code);
  }

  it('health insurance: from the 6th birthday (từ đủ 6 tuổi)', () => {
    expect(derived('healthInsurance', [{ age: 5, healthInsurance: false }])?.status).toBe('not-deprived');
    expect(derived('healthInsurance', [{ age: 6, healthInsurance: false }])?.status).toBe('deprived');
    expect(derived('healthInsurance', [{ birthDate: '2018-07-01', healthInsurance: false }])?.status).toBe('not-deprived'); // 5 on 30/06/2024
    expect(derived('healthInsurance', [{ birthDate: '2018-06-30', healthInsurance: false }])?.status).toBe('deprived'); // 6 that day
    expect(derived('healthInsurance', [{ age: 40, healthInsurance: true }])).toMatchObject({ status: 'not-deprived', source: 'derived' });
    expect(derived('healthInsurance', [{ age: 40 }])).toMatchObject({ status: 'unknown', source: 'missing' });
  });

  it('nutrition: children under 16', () => {
    expect(derived('nutrition', [{ age: 15, stunted: true, underweight: false }])?.status).toBe('deprived');
    expect(derived('nutrition', [{ age: 16, stunted: true, underweight: false }])?.status).toBe('not-deprived');
    expect(derived('nutrition', [{ age: 3, stunted: false, underweight: true }])?.status).toBe('deprived');
    expect(derived('nutrition', [{ age: 3, stunted: false }])?.status).toBe('unknown');
  });

  it('school attendance: 3 to under 16', () => {
    expect(derived('childSchoolAttendance', [{ age: 2, attendingSchool: false }])?.status).toBe('not-deprived');
    expect(derived('childSchoolAttendance', [{ age: 3, attendingSchool: false }])?.status).toBe('deprived');
    expect(derived('childSchoolAttendance', [{ age: 15, attendingSchool: false }])?.status).toBe('deprived');
    expect(derived('childSchoolAttendance', [{ age: 16, attendingSchool: false }])?.status).toBe('not-deprived');
  });

  it('adult education: 16–<18 needs lower-secondary, 18–30 upper-secondary or vocational; 31 is outside', () => {
    const m = (age: number, qualification: 'lower-secondary' | 'primary' | 'vocational-elementary', inEducationOrTraining = false) => [{ age, qualification, inEducationOrTraining, onTheJobTraining: false }];
    expect(derived('adultEducation', m(15, 'primary'))?.status).toBe('not-deprived');
    expect(derived('adultEducation', m(16, 'primary'))?.status).toBe('deprived');
    expect(derived('adultEducation', m(17, 'lower-secondary'))?.status).toBe('not-deprived');
    expect(derived('adultEducation', m(18, 'lower-secondary'))?.status).toBe('deprived');
    expect(derived('adultEducation', m(18, 'vocational-elementary'))?.status).toBe('not-deprived');
    expect(derived('adultEducation', m(30, 'primary'))?.status).toBe('deprived');
    expect(derived('adultEducation', m(30, 'primary', true))?.status).toBe('not-deprived');
    expect(derived('adultEducation', m(31, 'primary'))?.status).toBe('not-deprived');
    expect(derived('adultEducation', [{ age: 20, qualification: 'primary' }])?.status).toBe('unknown');
  });

  it('dependants: more than half (2 of 4 is not, 3 of 5 is)', () => {
    const ms = (yes: number, no: number) => [...Array.from({ length: yes }, () => ({ dependant: true })), ...Array.from({ length: no }, () => ({ dependant: false }))];
    expect(derived('dependants', ms(2, 2))?.status).toBe('not-deprived');
    expect(derived('dependants', ms(3, 2))?.status).toBe('deprived');
    expect(derived('dependants', [{ dependant: true }, { dependant: false }, {}])?.status).toBe('unknown');
  });

  it('floor area per person: less than 8 m² (24 m² for 3 people is not, 23.99 is)', () => {
    const three = [{ age: 30 }, { age: 31 }, { age: 5 }];
    expect(derived('housingArea', three, { floorAreaM2: 24 })?.status).toBe('not-deprived');
    expect(derived('housingArea', three, { floorAreaM2: '23.99' })?.status).toBe('deprived');
    expect(derived('housingArea', undefined, { floorAreaM2: 23, income: { householdTotal: 1, members: 3, months: 12 } })?.status).toBe('deprived');
  });

  it('employment: an unemployed member or a wage worker without contract', () => {
    expect(derived('employment', [{ age: 30, unemployed: true }])?.status).toBe('deprived');
    expect(derived('employment', [{ age: 30, unemployed: false, wageWorkerWithoutContract: true }])?.status).toBe('deprived');
    expect(derived('employment', [{ age: 30, unemployed: false, wageWorkerWithoutContract: false }])?.status).toBe('not-deprived');
  });

  it('an explicit undefined fact is a missing fact', () => {
    expect(derived('healthInsurance', [{ age: 40, healthInsurance: undefined }])?.status).toBe('unknown');
    expect(derived('healthInsurance', [{ age: undefined, healthInsurance: false }])?.status).toBe('unknown');
  });

  it('a given flag wins over a derivation', () => {
    const r = classifyHousehold({ income: { perCapitaMonthly: 1 }, deprivations: { healthInsurance: false }, members: [{ age: 40, healthInsurance: false }] }, { date, area: 'rural' });
    expect(r.deprivations.indicators.find((i) => i.code === 'healthInsurance')).toMatchObject({ status: 'not-deprived', source: 'given' });
  });
});

describe('member-level facts under 59/2015 (2016–2021): its own age bands', () => {
  const s = povertyStandard2016To2021;
  function derived(code: string, members: HouseholdInput['members']) {
    const others = Object.fromEntries(codesOf(s).filter((c) => c !== code).map((c) => [c, false]));
    const r = classifyHousehold({ income: { perCapitaMonthly: 800_000 }, deprivations: others, members }, { date: '2019-06-30', area: 'rural' });
    return r.deprivations.indicators.find((i) => i.code === code)?.status;
  }
  it('school attendance 5 to under 15; adult education 15 to 30 needs lower-secondary; care when ill', () => {
    expect(derived('childSchoolAttendance', [{ age: 4, attendingSchool: false }])).toBe('not-deprived');
    expect(derived('childSchoolAttendance', [{ age: 5, attendingSchool: false }])).toBe('deprived');
    expect(derived('childSchoolAttendance', [{ age: 14, attendingSchool: false }])).toBe('deprived');
    expect(derived('childSchoolAttendance', [{ age: 15, attendingSchool: false }])).toBe('not-deprived');
    expect(derived('adultEducation', [{ age: 14, qualification: 'primary', inEducationOrTraining: false }])).toBe('not-deprived');
    expect(derived('adultEducation', [{ age: 15, qualification: 'primary', inEducationOrTraining: false }])).toBe('deprived');
    expect(derived('adultEducation', [{ age: 30, qualification: 'lower-secondary' }])).toBe('not-deprived');
    expect(derived('adultEducation', [{ age: 31, qualification: 'none', inEducationOrTraining: false }])).toBe('not-deprived');
    expect(derived('healthServiceAccess', [{ illWithoutTreatment: true }, { illWithoutTreatment: false }])).toBe('deprived');
    expect(derived('healthInsurance', [{ age: 5, healthInsurance: false }])).toBe('not-deprived');
  });
});

describe('invalid input: every issue names the field and the rule, in vi and en', () => {
  const date = '2024-06-30';
  const codesOfError = (fn: () => unknown) => (thrown(fn) as InputError).issues.map((i) => `${i.path.join('.')}:${i.code}`);

  it('rejects bad households', () => {
    expect(codesOfError(() => classifyHousehold({ income: { perCapitaMonthly: '1.500.000' } }, { date, area: 'rural' }))).toEqual(['income.perCapitaMonthly:invalid-format']);
    const vi = (thrown(() => classifyHousehold({ income: { perCapitaMonthly: '1.500.000' } }, { date, area: 'rural' })) as InputError).issues[0]?.message.vi;
    expect(vi).toContain('không dùng dấu phân cách hàng nghìn');
    expect(codesOfError(() => classifyHousehold({ income: { perCapitaMonthly: 1 }, deprivations: { foo: true } }, { date }))).toEqual(['deprivations.foo:unknown-indicator', 'area:area-required']);
    expect(codesOfError(() => classifyHousehold({ income: { householdTotal: 1, members: 3, months: 12 }, members: [{ age: 1 }] }, { date, area: 'rural' }))).toEqual(['income.members:members-mismatch']);
    expect(codesOfError(() => classifyHousehold({ income: { perCapitaMonthly: 1 }, members: [{ birthDate: '2024-07-01' }] }, { date, area: 'rural' }))).toEqual(['members.0.birthDate:born-after-date']);
    expect(codesOfError(() => classifyHousehold({ income: { perCapitaMonthly: 1 }, members: [{ age: 3, birthDate: '2021-01-01' }] }, { date, area: 'rural' }))).toEqual(['members.0:conflicting-age']);
    expect(codesOfError(() => classifyHousehold({ income: { perCapitaMonthly: 1 }, deprivations: { latrine: 'yes' } } as unknown as HouseholdInput, { date, area: 'rural' }))).toEqual(['deprivations.latrine:invalid-type']);
    const error = thrown(() => classifyHousehold({ income: { perCapitaMonthly: 1 } }, { date }));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues[0]?.message.vi).toContain('khu vực');
  });

  it('rejects bad options', () => {
    expect(thrown(() => classifyHousehold({ income: { perCapitaMonthly: 1 } }, { date: '2024-02-30', area: 'rural' }))).toBeInstanceOf(ContextError);
    expect(thrown(() => classifyHousehold({ income: { perCapitaMonthly: 1 } }, { date: '2024-01-01', area: 'city' as 'rural' }))).toBeInstanceOf(ContextError);
    expect(thrown(() => classifyHousehold({ income: { perCapitaMonthly: 1 } }, { date: '2015-06-30', area: 'rural' }))).toBeInstanceOf(NoRulebookInForceError);
  });
});

describe('properties', () => {
  const s = povertyStandard2022To2026;
  const codes = codesOf(s);
  const household = fc.record({
    income: fc.oneof(
      fc.record({ perCapitaMonthly: fc.integer({ min: 0, max: 4_000_000 }) }),
      fc.record({ householdTotal: fc.integer({ min: 0, max: 400_000_000 }), members: fc.integer({ min: 1, max: 12 }), months: fc.integer({ min: 1, max: 12 }) }),
    ),
    deprivations: fc.dictionary(fc.constantFrom(...codes), fc.boolean()),
    area: fc.constantFrom('rural' as const, 'urban' as const),
  });

  it('agrees with the rule written out in BigInt arithmetic', () => {
    fc.assert(
      fc.property(household, (h) => {
        const line = BigInt(h.area === 'rural' ? 1_500_000 : 2_000_000);
        const upper = BigInt(h.area === 'rural' ? 2_250_000 : 3_000_000);
        const [num, den] = 'perCapitaMonthly' in h.income ? [BigInt(h.income.perCapitaMonthly), 1n] : [BigInt(h.income.householdTotal), BigInt(h.income.members * h.income.months)];
        const known = Object.values(h.deprivations);
        const deprived = known.filter(Boolean).length;
        const unknown = codes.length - known.length;
        const expected = num <= line * den
          ? deprived >= 3 ? 'poor' : deprived + unknown < 3 ? 'near-poor' : 'indeterminate'
          : num <= upper * den ? 'average-living-standard' : 'not-classified';
        expect(classifyHousehold(h, { date: '2023-12-31' }).category).toBe(expected);
      }),
    );
  });

  it('the fast reader accepts exactly what the zod schema accepts (no silent acceptance, no unexplained rejection)', () => {
    const anyValue = fc.oneof(fc.constant(undefined), fc.constant(null), fc.boolean(), fc.integer({ min: -5, max: 40 }), fc.double(), fc.constantFrom('1', '1.5', 'x', '', '-2', '2024-01-01', '2010-02-30', 'rural', 'primary'));
    const member = fc.dictionary(fc.constantFrom('age', 'birthDate', 'healthInsurance', 'stunted', 'qualification', 'dependant', 'nickname'), anyValue, { maxKeys: 3 });
    const messy = fc.record(
      {
        income: fc.oneof(
          fc.record({ perCapitaMonthly: anyValue }),
          fc.record({ householdTotal: anyValue, members: anyValue, months: anyValue }, { requiredKeys: [] }),
          anyValue,
        ),
        deprivations: fc.oneof(fc.dictionary(fc.constantFrom(...codes), anyValue, { maxKeys: 4 }), anyValue),
        members: fc.oneof(fc.array(member, { maxLength: 3 }), anyValue),
        floorAreaM2: anyValue,
        area: fc.constantFrom(undefined, 'rural', 'urban', 'city'),
      },
      { requiredKeys: ['income'] },
    );
    fc.assert(
      fc.property(messy, (h) => {
        const zodOk = householdInputSchema.safeParse(h).success;
        const members = (h as { members?: unknown }).members;
        const birthAfter = Array.isArray(members) && members.some((m) => typeof m?.birthDate === 'string' && m.birthDate > '2023-12-31');
        const income = (h as { income?: { members?: unknown } }).income;
        const mismatch = Array.isArray(members) && typeof income === 'object' && income !== null && typeof income.members === 'number' && income.members !== members.length;
        const batch = classifyHouseholds([h], { date: '2023-12-31', area: 'rural' });
        expect(batch.classified === 1).toBe(zodOk && !birthAfter && !mismatch);
        for (const error of batch.errors) {
          expect(error.issues.length).toBeGreaterThan(0);
          for (const i of error.issues) expect(i.code).not.toBe('invalid-household');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('the batch gives the same categories as one-by-one classification', () => {
    fc.assert(
      fc.property(fc.array(household, { maxLength: 30 }), (list) => {
        const batch = classifyHouseholds(list, { date: '2023-12-31' });
        expect(batch.categories).toEqual(list.map((h) => classifyHousehold(h, { date: '2023-12-31' }).category));
        expect(batch.errors).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});
