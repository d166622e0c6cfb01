import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { defineTarget } from '../../src/targets/define-target.js';
import { evaluateTarget } from '../../src/targets/evaluate-target.js';
import { findTarget } from '../../src/targets/find-target.js';
import { SEED_003_PLAN, target } from './helpers.js';

const ASOF = { asOf: '2025-12-31' };

describe('evaluateTarget: comparators at their boundaries, exactly', () => {
  it('≥ 80 %: 80 is met, 79.9999 is unmet with gap 0.0001', () => {
    const t = target({ comparator: '>=', value: '80' });
    expect(evaluateTarget(t, '80', ASOF)).toMatchObject({ status: 'met', gap: '0', percentOfTarget: '100' });
    expect(evaluateTarget(t, '79.9999', ASOF)).toMatchObject({ status: 'unmet', gap: '0.0001' });
  });
  it('"trên 99,5%" (>): 99.5 is unmet under the strict reading and flagged; 99.51 is met', () => {
    const t = target({ comparator: '>', value: '99.5', wording: 'trên' });
    const on = evaluateTarget(t, '99.5', ASOF);
    expect(on.status).toBe('unmet');
    expect(on.notes[0]?.en).toContain('loose reading');
    expect(evaluateTarget(t, '99.51', ASOF).status).toBe('met');
  });
  it('"dưới 10%" (<): 10 is unmet and flagged; 9.99 is met', () => {
    const t = target({ comparator: '<', value: '10', direction: 'lower' });
    expect(evaluateTarget(t, '10', ASOF)).toMatchObject({ status: 'unmet', gap: '0' });
    expect(evaluateTarget(t, '10', ASOF).notes).toHaveLength(1);
    expect(evaluateTarget(t, '9.99', ASOF).status).toBe('met');
  });
  it('≤ 11 % (003: malnutrition 8,7 % against a plan of 11 %, lower is better) is met', () => {
    const t = target({ comparator: '<=', value: '11', direction: 'lower', provenance: SEED_003_PLAN });
    expect(evaluateTarget(t, '8.7', ASOF)).toMatchObject({ status: 'met', gap: '0', percentOfTarget: '79.09' });
    expect(evaluateTarget(t, '11.01', ASOF)).toMatchObject({ status: 'unmet', gap: '0.01' });
  });
  it('= 0 count (263: no commune below 15 criteria)', () => {
    const t = target({ comparator: '=', value: '0', unit: 'count', direction: 'lower' });
    expect(evaluateTarget(t, '0', ASOF).status).toBe('met');
    expect(evaluateTarget(t, '3', ASOF)).toMatchObject({ status: 'unmet', gap: '3', percentOfTarget: null });
  });
  it('a range 43–45 % with higher-is-better (003: crèche 46,12 % judged "đạt") is met above and at its lower bound', () => {
    const t = target({ comparator: 'between', min: '43', max: '45', provenance: SEED_003_PLAN });
    expect(evaluateTarget(t, '46.12', ASOF)).toMatchObject({ status: 'met', position: 'above' });
    expect(evaluateTarget(t, '43', ASOF)).toMatchObject({ status: 'met', position: 'within' });
    expect(evaluateTarget(t, '42.99', ASOF)).toMatchObject({ status: 'unmet', position: 'below', gap: '0.01' });
  });
  it('a range with direction "within" must be inside', () => {
    const t = target({ comparator: 'between', min: '16', max: '17', unit: 'tiêu chí', direction: 'within' });
    expect(evaluateTarget(t, '16', ASOF).status).toBe('met');
    expect(evaluateTarget(t, '18', ASOF)).toMatchObject({ status: 'unmet', gap: '1', position: 'above' });
  });
  it('"khoảng 40%" (263, advanced communes): 42.4 is met; 39.9 is unmet without a tolerance, met with tolerance 0.5', () => {
    const t = target({ comparator: 'about', value: '40' });
    expect(evaluateTarget(t, '42.4', ASOF).status).toBe('met');
    expect(evaluateTarget(t, '39.9', ASOF)).toMatchObject({ status: 'unmet', gap: '0.1' });
    expect(evaluateTarget(target({ comparator: 'about', value: '40', tolerance: '0.5' }), '39.9', ASOF).status).toBe('met');
  });
  it('the result is plain JSON', () => {
    const result = evaluateTarget(target({ comparator: '>=', value: '80' }), '79.3', ASOF);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('evaluateTarget: shares given as counts are compared by cross-multiplication', () => {
  it('19 of 20 against ≥ 95 % is met; 18 of 20 needs 1 more', () => {
    const t = target({ comparator: '>=', value: '95' });
    expect(evaluateTarget(t, { numerator: 19, denominator: 20 }, ASOF)).toMatchObject({ status: 'met', actual: '95', countGap: 0 });
    expect(evaluateTarget(t, { numerator: 18, denominator: 20 }, ASOF)).toMatchObject({ status: 'unmet', actual: '90', gap: '5', countGap: 1 });
  });
  it('1 of 3 against ≥ 33.3333333333 % is met although the share does not terminate', () => {
    const t = target({ comparator: '>=', value: '33.3333333333' });
    const r = evaluateTarget(t, { numerator: 1, denominator: 3 }, ASOF);
    expect(r.status).toBe('met');
    expect(r.actual).toBe('33.3333333333');
  });
  it('002 (11.129 online dossiers = 38,06 % of those received) against a "tối thiểu 50%" target (the wording of 003 IV): short by 11,94 points', () => {
    const t = target({ comparator: '>=', value: '50', wording: 'tối thiểu', deadline: '2023-12-31' });
    const r = evaluateTarget(t, '38.06', { asOf: '2023-10-31' });
    expect(r).toMatchObject({ status: 'not-yet-due', gap: '11.94', percentOfTarget: '76.12', countGap: null });
    expect(r.explanation.vi).toBe('Chỉ tiêu thử: thực tế 38,06% so với yêu cầu tối thiểu 50% (hạn 31/12/2023) — chưa đạt, chưa đến hạn, còn thiếu 11,94 điểm %.');
    expect(r.explanation.en).toBe('Test target: actual 38.06% against at least 50% (due 2023-12-31) — not met yet, not due, short by 11.94 percentage points.');
  });
  it('property: met exactly when numerator × 100 ≥ value × denominator', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 10000 }), (d, n0, v) => {
        const n = n0 % (d + 1);
        const value = (v / 100).toFixed(2);
        const r = evaluateTarget(target({ comparator: '>=', value }), { numerator: n, denominator: d }, ASOF);
        expect(r.status === 'met').toBe(n * 100 * 100 >= v * d);
        if (r.status !== 'met' && r.countGap !== null) {
          const needed = n + r.countGap;
          expect(needed * 100 * 100 >= v * d).toBe(true);
          expect((needed - 1) * 100 * 100 >= v * d).toBe(false);
        }
      }),
    );
  });
});

describe('evaluateTarget: dates, missing and unknown values', () => {
  const t = target({ comparator: '>=', value: '80', deadline: '2025-12-31' });
  it('unmet before the deadline is not-yet-due; on the deadline it is unmet; met is met at any date', () => {
    expect(evaluateTarget(t, '79.3', { asOf: '2025-06-30' })).toMatchObject({ status: 'not-yet-due', due: false });
    expect(evaluateTarget(t, '79.3', { asOf: '2025-12-31' })).toMatchObject({ status: 'unmet', due: true });
    expect(evaluateTarget(t, '81', { asOf: '2022-01-01' }).status).toBe('met');
  });
  it('a missing actual is "missing", never zero', () => {
    expect(evaluateTarget(t, null, ASOF)).toMatchObject({ status: 'missing', actual: null, gap: null });
  });
  it('a target whose value is unknown is indeterminate (76/NQ-CP public-finance target)', () => {
    const unknown = findTarget('NQ76.TCC.2025.tu_chu');
    expect(unknown?.value).toBeNull();
    expect(evaluateTarget(unknown ?? t, '25', ASOF)).toMatchObject({ status: 'indeterminate', gap: null });
  });
  it('a yearly target (no deadline) is always due', () => {
    const yearly = target({ comparator: '>=', value: '3', deadline: null });
    expect(evaluateTarget(yearly, '2', { asOf: '2022-01-01' }).status).toBe('unmet');
  });
});

describe('evaluateTarget: reduction and ratio targets', () => {
  it('90/QĐ-TTg "giảm 1–1,5%/năm": 5,20 % → 4,03 % in one year is a fall of 1,17 points, met (TTXVN 2022 figure)', () => {
    const t = findTarget('QD90.mpi_rate');
    const r = evaluateTarget(t ?? target({ comparator: '>=', value: '0' }), { baseline: '5.2', current: '4.03', years: '1' }, { asOf: '2022-12-31' });
    expect(r).toMatchObject({ status: 'met', change: { total: '1.17', years: '1', perYear: '1.17' }, position: 'within' });
  });
  it('a fall of 0.9 points in a year misses "1–1,5" by 0.1', () => {
    const t = findTarget('QD90.mpi_rate');
    expect(evaluateTarget(t ?? target({ comparator: '>=', value: '0' }), { baseline: '5', current: '4.1', years: 1 }, { asOf: '2022-12-31' })).toMatchObject({ status: 'unmet', gap: '0.1', position: 'below' });
  });
  it('003: ethnic-minority poverty 16,81 % (end 2021) → 10,14 % (mid 2023): 6,67 points in 1,5 years = 4,4466666667/year against "trên 3%" (1719)', () => {
    const t = findTarget('QD1719.ho_ngheo');
    const r = evaluateTarget(t ?? target({ comparator: '>=', value: '0' }), { baseline: '16.81', current: '10.14', years: '1.5' }, { asOf: '2023-06-30' });
    expect(r.status).toBe('met');
    expect(r.change).toEqual({ total: '6.67', years: '1.5', perYear: '4.4466666667' });
  });
  it('an increase counts as a negative fall', () => {
    const t = target({ comparator: '>=', value: '1', unit: 'pp/year', measure: 'change-per-year', change: 'decrease', deadline: null });
    expect(evaluateTarget(t, { baseline: '4', current: '4.5', years: '1' }, ASOF)).toMatchObject({ status: 'unmet', change: { total: '-0.5' }, gap: '1.5' });
  });
  it('263 "thu nhập tăng ít nhất 1,5 lần so với năm 2020": 41,8 → 62,7 million is exactly 1,5× (met); 62,6 is not', () => {
    const t = findTarget('QD263.thu_nhap');
    const base = target({ comparator: '>=', value: '0' });
    expect(evaluateTarget(t ?? base, { baseline: '41.8', current: '62.7' }, ASOF)).toMatchObject({ status: 'met', actual: '1.5' });
    expect(evaluateTarget(t ?? base, { baseline: '41.8', current: '62.6' }, ASOF).status).toBe('unmet');
  });
  it('an achieved milestone takes a boolean', () => {
    const t = findTarget('QD924.CQS.program_digital');
    const base = target({ comparator: '=' });
    expect(evaluateTarget(t ?? base, true, ASOF)).toMatchObject({ status: 'met', actual: '1', gap: null });
    expect(evaluateTarget(t ?? base, false, { asOf: '2024-01-01' }).status).toBe('not-yet-due');
  });
});

describe('evaluateTarget: invalid input names the field and rule in both languages', () => {
  it('a level target refuses a change-shaped actual', () => {
    const err = (() => {
      try {
        evaluateTarget(target({ comparator: '>=', value: '80' }), { baseline: '1', current: '2' }, ASOF);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).issues[0]).toMatchObject({ path: ['actual'], code: 'actual-shape' });
    expect((err as InputError).issues[0]?.message.vi).toContain('chỉ tiêu dạng');
  });
  it('a bad date and a bad target', () => {
    expect(() => evaluateTarget(target({ comparator: '>=', value: '80' }), '1', { asOf: '31/12/2025' })).toThrow(InputError);
    expect(() => evaluateTarget(target({ comparator: 'between', value: '1' }), '1', ASOF)).toThrow(/min and max/);
  });
  it('defineTarget rejects a null value that is not marked unknown, and min > max', () => {
    expect(() => defineTarget(target({ comparator: '>=', value: null }))).toThrow(/null exactly when/);
    expect.assertions(3);
    try {
      defineTarget(target({ comparator: 'between', min: '5', max: '4' }));
    } catch (e) {
      expect((e as InputError).issues[0]).toMatchObject({ path: ['min'], code: 'min-above-max' });
      expect((e as InputError).issues[0]?.message.vi).toContain('min không được lớn hơn max');
    }
  });
  it('a share with a zero denominator is refused', () => {
    expect(() => evaluateTarget(target({ comparator: '>=', value: '80' }), { numerator: 1, denominator: 0 }, ASOF)).toThrow(InputError);
  });
});
