import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/index.js';
import { rollUpProvince, type CommuneStanding, type DistrictStanding } from '../../src/ladder/index.js';
import { checkOf, indicatorOf, thrown } from '../core/helpers.js';

const DATE = { date: '2024-12-31' } as const;
const OWN = { P5: true, P6: { numerator: 700, denominator: 1000 }, P7: '4', P8: { numerator: 4740, denominator: 4769 } } as const;
const districts = (ntm: number, advanced: number, total: number): DistrictStanding[] =>
  Array.from({ length: total }, (_, i) => ({ name: `Huyện ${i + 1}`, ntm: i < ntm, advanced: i < advanced }));
const communes = (advanced: number, total: number): CommuneStanding[] =>
  Array.from({ length: total }, (_, i) => ({ name: `Xã ${i + 1}`, ntm: true, advanced: i < advanced }));

describe('rollUpProvince (321/QĐ-TTg)', () => {
  it('completes the task with every condition met, P8 from Bình Sơn-sized counts (4,740/4,769)', () => {
    const r = rollUpProvince({ province: OWN, districts: districts(5, 1, 5), communes: communes(4, 10) }, DATE);
    expect(r.recognised).toBe(true);
    expect(r.conditions.criteriaProgress).toMatchObject({ met: 7, total: 7 }); // P2 not applicable (no towns): counted in neither
    expect(indicatorOf(r.conditions, 'P2').status).toBe('not-applicable');
    expect(r.districts).toMatchObject({ total: 5, ntm: 5, advanced: 1 });
  });

  it('needs ≥ 20 % advanced districts exactly: 1 of 5 passes, 1 of 6 fails by one district', () => {
    expect(checkOf(rollUpProvince({ province: OWN, districts: districts(6, 1, 6), communes: communes(4, 10) }, DATE).conditions, 'P3')).toMatchObject({ status: 'unmet', gapCount: 1 });
  });

  it('property: P4 "≥ 40 % of communes advanced" holds exactly when 5 × advanced ≥ 2 × communes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 0, max: 80 }), (total, k) => {
        const advanced = Math.min(k, total);
        const r = rollUpProvince({ province: OWN, districts: districts(2, 1, 2), communes: communes(advanced, total) }, DATE);
        return (checkOf(r.conditions, 'P4').status === 'met') === 5 * advanced >= 2 * total;
      }),
      { numRuns: 120 },
    );
  });

  it('needs every district NTM and every town completing the task', () => {
    const r = rollUpProvince({ province: OWN, districts: districts(4, 1, 5), towns: [{ name: 'TX', completed: false }], communes: communes(4, 10) }, DATE);
    expect(checkOf(r.conditions, 'P1')).toMatchObject({ status: 'unmet', gapCount: 1 });
    expect(checkOf(r.conditions, 'P2')).toMatchObject({ status: 'unmet', gapCount: 1 });
  });

  it('reads an advanced district as NTM, and an undecided district only when it matters', () => {
    const list: DistrictStanding[] = [{ name: 'A', advanced: true }, { name: 'B', ntm: 'unknown' }];
    const r = rollUpProvince({ province: OWN, districts: list, communes: communes(4, 10) }, DATE);
    expect(indicatorOf(r.conditions, 'P1').status).toBe('missing');
    expect(checkOf(r.conditions, 'P3').status).toBe('met'); // 1 of 2 ≥ 20 % whatever B is
    expect(r.districts.undecided).toEqual(['B']);
  });

  it('refuses P1–P4 given by hand: they are computed from the standings', () => {
    const error = thrown(() => rollUpProvince({ province: { ...OWN, P4: { numerator: 1, denominator: 1 } }, districts: districts(1, 1, 1), communes: communes(1, 1) }, DATE)) as InputError;
    expect(error.issues[0]).toMatchObject({ path: ['province', 'P4'], code: 'computed-condition' });
    expect(error.issues[0]?.message.vi).toContain('không nhập trực tiếp');
  });
});
