import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ContextError, InputError, deriveRulebook } from '../../src/index.js';
import {
  advancedDistrictNtmConditions2021To2025,
  describeCriteriaStanding,
  rollUpAdvancedDistrict,
  rollUpDistrict,
  type CommuneStanding,
} from '../../src/ladder/index.js';
import { checkOf, criterionOf, indicatorOf, thrown } from '../core/helpers.js';
import { TEST_INSTRUMENT, TEST_PROVENANCE } from './fixtures.js';
import { NAM_DONG_COMMUNES, NAM_DONG_DISTRICT, NAM_DONG_TOWNSHIPS } from './nam-dong.js';

const DATE = { date: '2023-06-30' } as const;
const allMet: Record<string, unknown> = Object.fromEntries(
  ['1.1', '2.1', '2.3', '2.4', '3.1', '3.2', '4.1', '5.1', '5.2', '5.3', '5.4', '6.1', '6.2', '6.3', '6.4', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6', '7.7', '7.8', '8.1', '8.2', '8.3', '8.4', '8.5', '9'].map((c) => [c, true]),
);
const DISTRICT_MET = { ...allMet, '2.2': { numerator: 48, denominator: 48 } } as never;
const communes = (ntm: number, advanced: number, total: number, satisfaction = { percent: 95 }): CommuneStanding[] =>
  Array.from({ length: total }, (_, i) => ({ name: `Xã ${i + 1}`, ntm: i < ntm, advanced: i < advanced, satisfaction }));

describe('Nam Đông district, six months 2023 (003_58059cd68c956849.txt)', () => {
  const r = rollUpDistrict({ district: NAM_DONG_DISTRICT, communes: NAM_DONG_COMMUNES, townships: NAM_DONG_TOWNSHIPS }, DATE);

  it('meets 4/9 district criteria with the unmet indicator counts the report states', () => {
    expect(r.criteria.criteriaProgress).toMatchObject({ met: 4, total: 9 });
    const standing = describeCriteriaStanding(r.criteria);
    expect(standing.met.map((c) => c.name.vi)).toEqual(['Quy hoạch', 'Thủy lợi và phòng, chống thiên tai', 'Điện', 'An ninh trật tự - Hành chính công']);
    expect(standing.notMet.map((c) => `${c.name.vi} ${c.unmet}/${c.total}`)).toEqual([
      'Giao thông 1/4',
      'Y tế - Văn hóa - Giáo dục 2/4',
      'Kinh tế 3/4',
      'Môi trường 4/8',
      'Chất lượng môi trường sống 1/5',
    ]);
    expect(standing.text.vi).toContain('Đạt chuẩn 4/9 tiêu chí gồm: Quy hoạch; Thủy lợi và phòng, chống thiên tai; Điện; An ninh trật tự - Hành chính công.');
    expect(standing.text.vi).toContain('5/9 tiêu chí chưa đạt gồm: Tiêu chí Giao thông chưa đạt 1/4 chỉ tiêu; Tiêu chí Y tế - Văn hóa - Giáo dục chưa đạt 2/4 chỉ tiêu; Tiêu chí Kinh tế chưa đạt 3/4 chỉ tiêu;');
    expect(standing.text.en).toContain('Transport: 1 of 4 indicators not met');
  });

  it('groups the communes as the report does: 19, 17 ×3, 16, 14, 13, 12 ×2 of 19', () => {
    expect(r.communeSummary?.groups.map((g) => [g.met, g.count])).toEqual([[19, 1], [17, 3], [16, 1], [14, 1], [13, 1], [12, 2]]);
    expect(r.communeSummary?.text.vi).toBe(
      '01 xã đạt 19/19 tiêu chí (Hương Xuân); 03 xã đạt 17/19 tiêu chí (Hương Lộc, Hương Phú, Thượng Nhật); 01 xã đạt 16/19 tiêu chí (Thượng Long); 01 xã đạt 14/19 tiêu chí (Hương Sơn); 01 xã đạt 13/19 tiêu chí (Hương Hữu); 02 xã đạt 12/19 tiêu chí (Thượng Lộ, Thượng Quảng)',
    );
    expect(r.communeSummary?.criteriaMet).toBe(137);
    expect(r.communeSummary?.averageMet).toBe('15.22'); // 137 / 9
  });

  it('fails the commune conditions: 1/9 NTM (8 short), 0 advanced (1 needed), Khe Tre not civilized', () => {
    expect(r.communes).toMatchObject({ total: 9, ntm: 1, advanced: 0, model: 0, undecided: [] });
    expect(checkOf(r.conditions, 'D1')).toMatchObject({ status: 'unmet', gapCount: 8 });
    expect(checkOf(r.conditions, 'D2')).toMatchObject({ status: 'unmet', gapCount: 1 });
    expect(checkOf(r.conditions, 'D3')).toMatchObject({ status: 'unmet', gapCount: 1 });
    expect(indicatorOf(r.conditions, 'D4.1').status).toBe('missing');
    expect(r.communesWithoutSatisfaction).toHaveLength(9);
    expect(r.status).toBe('unmet');
    expect(r.recognised).toBe(false);
  });
});

describe('rollUpDistrict: conditions at their boundaries', () => {
  const run = (list: CommuneStanding[], extra: Record<string, unknown> = {}) =>
    rollUpDistrict({ district: DISTRICT_MET, communes: list, satisfaction: { numerator: 90, denominator: 100 }, ...extra }, DATE);

  it('recognises a district meeting everything (no township: D3 not applicable)', () => {
    const r = run(communes(10, 1, 10));
    expect(indicatorOf(r.conditions, 'D3').status).toBe('not-applicable');
    expect(r.recognised).toBe(true);
  });

  it('needs at least 10 % advanced communes, exactly: 1 of 10 and 2 of 20 pass, 1 of 11 does not', () => {
    expect(criterionOf(run(communes(10, 1, 10)).conditions, 'D2').status).toBe('met');
    expect(criterionOf(run(communes(20, 2, 20)).conditions, 'D2').status).toBe('met');
    const short = checkOf(run(communes(11, 1, 11)).conditions, 'D2');
    expect(short).toMatchObject({ status: 'unmet', gapCount: 1 });
  });

  it('property: D2 holds exactly when 10 × advanced ≥ communes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 60 }), (total, k) => {
        const advanced = Math.min(k, total);
        const met = criterionOf(run(communes(total, advanced, total)).conditions, 'D2').status === 'met';
        return met === 10 * advanced >= total;
      }),
      { numRuns: 150 },
    );
  });

  it('needs every commune NTM: 9 of 10 fails by one commune', () => {
    expect(checkOf(run(communes(9, 1, 10)).conditions, 'D1')).toMatchObject({ status: 'unmet', gapCount: 1 });
  });

  it('needs ≥ 90 % satisfied in the district (exactly 90 % passes, 899 of 1,000 fails)', () => {
    expect(indicatorOf(run(communes(10, 1, 10)).conditions, 'D4.1').status).toBe('met');
    expect(indicatorOf(run(communes(10, 1, 10), { satisfaction: { numerator: 899, denominator: 1000 } }).conditions, 'D4.1').status).toBe('unmet');
  });

  it('needs ≥ 80 % in each commune: the lowest commune decides (80 % passes, 79.99 % fails)', () => {
    const list = communes(10, 1, 10);
    const at80 = run(list.map((c, i) => (i === 3 ? { ...c, satisfaction: { numerator: 80, denominator: 100 } } : c)));
    expect(at80.lowestSatisfaction?.commune).toBe('Xã 4');
    expect(indicatorOf(at80.conditions, 'D4.2').status).toBe('met');
    const below = run(list.map((c, i) => (i === 7 ? { ...c, satisfaction: { percent: '79.99' } } : c)));
    expect(below.lowestSatisfaction).toEqual({ commune: 'Xã 8', value: { percent: '79.99' } });
    expect(indicatorOf(below.conditions, 'D4.2').status).toBe('unmet');
  });

  it('needs every township civilized-urban', () => {
    const r = run(communes(10, 1, 10), { townships: [{ name: 'A', civilizedUrban: true }, { name: 'B', civilizedUrban: false }] });
    expect(checkOf(r.conditions, 'D3')).toMatchObject({ status: 'unmet', gapCount: 1 });
  });

  it('decides a share with an undecided commune only when that commune cannot change it', () => {
    // 19 advanced of 20 known + 1 unknown: ≥ 10 % whatever the unknown one is → met.
    const list: CommuneStanding[] = [...communes(19, 2, 19), { name: 'Chưa rõ', ntm: true, advanced: 'unknown', satisfaction: { percent: 95 } }];
    expect(criterionOf(run(list).conditions, 'D2').status).toBe('met');
    // 0 advanced of 9 known + 1 unknown: the unknown one decides → missing.
    const open: CommuneStanding[] = [...communes(9, 0, 9), { name: 'Chưa rõ', ntm: true, advanced: 'unknown', satisfaction: { percent: 95 } }];
    const r = run(open);
    expect(indicatorOf(r.conditions, 'D2').status).toBe('missing');
    expect(r.communes.undecided).toEqual(['Chưa rõ']);
  });

  it('accepts ladder results as commune standings', async () => {
    const { assessCommuneLadder } = await import('../../src/ladder/index.js');
    const ladder = assessCommuneLadder({ ntm: { reported: { criteriaMet: 19, criteriaTotal: 19 } }, advanced: { reported: { criteriaMet: 19, criteriaTotal: 19 } } }, { date: '2023-06-30', region: 'BTB' });
    const r = run([{ name: 'A', ladder, satisfaction: { percent: 85 } }, ...communes(9, 0, 9)]);
    expect(r.communes).toMatchObject({ ntm: 10, advanced: 1 });
  });
});

describe('Bình Sơn district, 2023 (004_cff891ee20d8fea1.txt): 21 NTM communes, 19 criteria per commune', () => {
  // The report gives 21 NTM communes and "19 tiêu chí/xã" on average, not the total; the 21 are
  // all at 19/19. Their advanced standings are not given: they stay undecided.
  const list: CommuneStanding[] = Array.from({ length: 21 }, (_, i) => ({ name: `Xã ${i + 1}`, ntm: { met: 19, total: 19 } }));
  const r = rollUpDistrict({ district: DISTRICT_MET, communes: list }, DATE);
  it('counts 21 of 21 NTM, averages 19 criteria per commune, and leaves the advanced share undecided', () => {
    expect(r.communeSummary?.averageMet).toBe('19');
    expect(r.communeSummary?.text.vi).toMatch(/^21 xã đạt 19\/19 tiêu chí/);
    expect(criterionOf(r.conditions, 'D1').status).toBe('met');
    expect(indicatorOf(r.conditions, 'D2').status).toBe('missing');
    expect(r.communes.undecided).toHaveLength(21);
  });

  it('takes a satisfaction rate given as counts, compared exactly: 4,740 of 4,769 = 99.39 % ≥ 90 %', () => {
    // In the report this is the one-stop-shop satisfaction with administrative procedures, used
    // here only as a realistic count pair for the district rate.
    const withRate = rollUpDistrict({ district: DISTRICT_MET, communes: list, satisfaction: { numerator: 4740, denominator: 4769 } }, DATE);
    expect(checkOf(withRate.conditions, 'D4.1')).toMatchObject({ status: 'met', actual: { value: '99.3919', numerator: 4740, denominator: 4769 } });
  });
});

describe('rollUpDistrict: errors and dates', () => {
  it('exports its input schema, convertible to JSON Schema for other tools', async () => {
    const { districtRollUpInputSchema } = await import('../../src/ladder/index.js');
    const schema = z.toJSONSchema(districtRollUpInputSchema, { unrepresentable: 'any' }) as { required?: string[] };
    expect(schema.required).toEqual(['district', 'communes']);
    expect(districtRollUpInputSchema.safeParse({ district: {}, communes: [{ name: 'A', satisfaction: { percent: '100.5' } }] }).success).toBe(false);
  });

  it('refuses a date after 30/06/2025: the district level was abolished on 01/07/2025', () => {
    const error = thrown(() => rollUpDistrict({ district: {}, communes: communes(1, 1, 1) }, { date: '2025-07-01' })) as ContextError;
    expect(error).toBeInstanceOf(ContextError);
    expect(error.issues[0]?.message.en).toContain('abolished on 2025-07-01');
  });

  it('names the field of invalid standings and district facts', () => {
    const e1 = thrown(() => rollUpDistrict({ district: {}, communes: [] }, DATE)) as InputError;
    expect(e1.issues[0]?.path).toEqual(['communes']);
    const e2 = thrown(() => rollUpDistrict({ district: {}, communes: [{ name: 'A', ntm: { met: 1, total: 0 } } as never] }, DATE)) as InputError;
    expect(e2.issues[0]?.path.slice(0, 3)).toEqual(['communes', 0, 'ntm']);
    const e3 = thrown(() => rollUpDistrict({ district: { '2.2': { numerator: 5, denominator: 4 } }, communes: communes(1, 1, 1) }, DATE)) as InputError;
    expect(e3.issues[0]?.path).toEqual(['district', '2.2', 'numerator']);
  });

  it('rejects impossible standings and shares with a code and a Vietnamese message', () => {
    const tooMany = thrown(() => rollUpDistrict({ district: {}, communes: [{ name: 'A', ntm: { met: 20, total: 19 } }] }, DATE)) as InputError;
    expect(tooMany).toBeInstanceOf(InputError);
    expect(tooMany.issues[0]).toMatchObject({ path: ['communes', 0, 'ntm', 'met'], code: 'met-above-total', message: { vi: 'Số tiêu chí đạt lớn hơn tổng số tiêu chí' } });
    const share = thrown(() => rollUpDistrict({ district: {}, communes: communes(1, 1, 1), satisfaction: { numerator: 4770, denominator: 4769 } }, DATE)) as InputError;
    expect(share.issues[0]).toMatchObject({ path: ['satisfaction', 'numerator'], code: 'numerator-above-denominator', message: { vi: 'Tử số lớn hơn mẫu số' } });
    const percent = thrown(() => rollUpDistrict({ district: {}, communes: communes(1, 1, 1), satisfaction: { percent: '100.0000000000000001' } }, DATE)) as InputError;
    expect(percent.issues[0]).toMatchObject({ code: 'percent-above-100' });
  });
});

describe('rollUpAdvancedDistrict (320/QĐ-TTg Phụ lục III, not recovered)', () => {
  const criteria = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((c) => [c, true]));
  it('is indeterminate with the national data, and enforces the NTM-district prerequisite', () => {
    const r = rollUpAdvancedDistrict({ district: criteria, communes: communes(10, 6, 10), ntmDistrict: true, satisfaction: { percent: 95 } }, { date: '2024-12-31' });
    expect(r.conditions.status).toBe('indeterminate');
    expect(r.recognised).toBe(false);
    const blocked = rollUpAdvancedDistrict({ district: criteria, communes: communes(10, 6, 10), ntmDistrict: false }, { date: '2024-12-31' });
    expect(blocked.prerequisite.status).toBe('unmet');
    expect(blocked.status).toBe('unmet');
  });

  it('decides once a province supplies the shares (made-up 50 % advanced, 10 % model, 90 % satisfied)', () => {
    const conditions = deriveRulebook(advancedDistrictNtmConditions2021To2025, {
      id: 'advanced-district-conditions-test',
      instruments: [TEST_INSTRUMENT],
      thresholds: [
        { indicator: 'A1', thresholds: [{ value: '50', provenance: TEST_PROVENANCE }] },
        { indicator: 'A2', thresholds: [{ value: '10', provenance: TEST_PROVENANCE }] },
        { indicator: 'A3', thresholds: [{ value: '90', provenance: TEST_PROVENANCE }] },
      ],
    });
    const list = communes(10, 5, 10).map((c, i) => (i === 0 ? { ...c, model: true } : c));
    const ntmDistrict = rollUpDistrict({ district: DISTRICT_MET, communes: list, satisfaction: { percent: 92 } }, { date: '2024-12-31' });
    const r = rollUpAdvancedDistrict({ district: criteria, communes: list, ntmDistrict, satisfaction: { percent: 90 } }, { date: '2024-12-31' }, { conditions });
    expect(r.prerequisite.status).toBe('met');
    expect(r.recognised).toBe(true);
  });
});
