import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveRulebook } from '../../src/core/derive-rulebook.js';
import { combineStatuses, evaluate } from '../../src/core/evaluate.js';
import type { EvaluationInput } from '../../src/core/input-schema.js';
import { AMENDMENT, BASE, decidableToyRulebook, passingInput, toyRulebook } from '../fixtures/toy-rulebook.js';
import { checkOf, criterionOf, indicatorOf } from './helpers.js';

const CONTEXT = { date: '2024-06-30', region: 'BTB' } as const;
const run = (input: EvaluationInput, context: Parameters<typeof evaluate>[2] = CONTEXT) => evaluate(toyRulebook, input, context);
const official = (locator: string, instrument = BASE) => ({ status: 'official', provenance: { instrument, locator, status: 'official' } });

describe('a met indicator', () => {
  it('7 poor households of 100 against ≤ 7 % is met, with the values that decided it', () => {
    const check = checkOf(run({ '1.1': { numerator: 7, denominator: 100 } }), '1.1');
    expect(check).toEqual({
      key: 'value',
      unit: 'percent',
      status: 'met',
      actual: { value: '7', numerator: 7, denominator: 100, given: 'counts' },
      required: { type: 'compare', op: '<=', value: '7' },
      gap: '0',
      gapCount: 0,
      threshold: official('Tiêu chí 1.1'),
    });
    expect(check.reason).toBeUndefined();
    expect(indicatorOf(run({ '1.1': { numerator: 7, denominator: 100 } }), '1.1')).toMatchObject({
      code: '1.1',
      criterion: '1',
      status: 'met',
      unit: 'percent',
      provenance: { instrument: BASE, locator: 'Tiêu chí 1.1', status: 'official' },
    });
  });
});

describe('an unmet indicator', () => {
  it('8 poor households of 100 against ≤ 7 % is unmet by 1 point and 1 household', () => {
    const check = checkOf(run({ '1.1': { numerator: 8, denominator: 100 } }), '1.1');
    expect(check).toMatchObject({ status: 'unmet', gap: '1', gapCount: 1 });
    expect(check.reason).toBeUndefined();
  });
  it('18 of 20 households (90 %) against ≥ 95 % is unmet by 5 points and 1 household', () => {
    const check = checkOf(run({ '2.1': { numerator: 18, denominator: 20 } }), '2.1');
    expect(check).toMatchObject({ status: 'unmet', actual: { value: '90' }, gap: '5', gapCount: 1 });
  });
  it('19 of 20 households (95 %) against ≥ 95 % is met', () => {
    expect(checkOf(run({ '2.1': { numerator: 19, denominator: 20 } }), '2.1').status).toBe('met');
  });
});

describe('missing input is reported as missing, never as zero', () => {
  it('an absent key is missing, with the threshold it would be judged against', () => {
    const check = checkOf(run({}), '1.1');
    expect(check).toMatchObject({ status: 'missing', reason: 'input-missing', actual: null, gap: null, gapCount: null });
    expect(check.required).toEqual({ type: 'compare', op: '<=', value: '7' });
  });
  it('null is missing too', () => {
    expect(checkOf(run({ '1.1': null }), '1.1')).toMatchObject({ status: 'missing', reason: 'input-missing' });
  });
  it('a missing count of illegal constructions is missing, not "0 constructions" (which would be met)', () => {
    expect(checkOf(run({ '4.2': null }), '4.2').status).toBe('missing');
    expect(checkOf(run({ '4.2': 0 }), '4.2').status).toBe('met');
  });
  it('a missing yes/no is missing, not "no"', () => {
    expect(checkOf(run({}), '4.3').status).toBe('missing');
    expect(checkOf(run({}), '4.1').status).toBe('missing');
  });
});

describe('ratios given as a percentage', () => {
  it('{ percent: "59.3" } is used as given and marked as a percentage', () => {
    const check = checkOf(run({ '2.1': { percent: '59.3' } }), '2.1');
    expect(check.actual).toEqual({ value: '59.3', given: 'percent' });
    expect(check).toMatchObject({ status: 'unmet', gap: '35.7', gapCount: null });
  });
  it('a numeric percent 95 against ≥ 95 % is met', () => {
    expect(checkOf(run({ '2.1': { percent: 95 } }), '2.1')).toMatchObject({ status: 'met', actual: { value: '95', given: 'percent' } });
  });
});

describe('ratios given as counts: display rounded to 4 decimals, comparison exact', () => {
  const strict = deriveRulebook(toyRulebook, {
    id: 'toy-66-6667',
    thresholds: [{ indicator: '2.1', thresholds: [{ value: '66.6667', provenance: { status: 'official' } }] }],
  });
  it('2 of 3 against ≥ 66.6667 % is unmet, although it displays as 66.6667', () => {
    const check = checkOf(evaluate(strict, { '2.1': { numerator: 2, denominator: 3 } }, CONTEXT), '2.1');
    expect(check.actual).toEqual({ value: '66.6667', numerator: 2, denominator: 3, given: 'counts' });
    expect(check.status).toBe('unmet');
    expect(check.gap).toBe('0.00003333333333333333333333333333333333');
    expect(check.gapCount).toBe(1);
  });
  it('1 of 3 displays as 33.3333 (rounded half-up at the 4th decimal) and 1 of 6 as 16.6667', () => {
    expect(checkOf(run({ '2.1': { numerator: 1, denominator: 3 } }), '2.1').actual?.value).toBe('33.3333');
    expect(checkOf(run({ '2.1': { numerator: 1, denominator: 6 } }), '2.1').actual?.value).toBe('16.6667');
  });
});

describe('every comparator on ratios, quantities and counts', () => {
  it('"> 90 %": 90 of 100 households is unmet, 91 of 100 is met', () => {
    expect(checkOf(run({ '2.2': { numerator: 90, denominator: 100 } }), '2.2')).toMatchObject({ status: 'unmet', gapCount: 1 });
    expect(checkOf(run({ '2.2': { numerator: 91, denominator: 100 } }), '2.2').status).toBe('met');
  });
  it('"< 10 %": 10 of 100 is unmet, 9 of 100 is met', () => {
    expect(checkOf(run({ '2.3': { numerator: 10, denominator: 100 } }), '2.3')).toMatchObject({ status: 'unmet', gapCount: 1 });
    expect(checkOf(run({ '2.3': { numerator: 9, denominator: 100 } }), '2.3').status).toBe('met');
  });
  it('"= 100 %": 20 of 20 is met, 19 of 20 is unmet by 5 points and 1 household', () => {
    expect(checkOf(run({ '2.4': { numerator: 20, denominator: 20 } }), '2.4').status).toBe('met');
    expect(checkOf(run({ '2.4': { numerator: 19, denominator: 20 } }), '2.4')).toMatchObject({ status: 'unmet', gap: '5', gapCount: 1 });
  });
  it('a quantity "≥ 45 million VND": 45 is met, "44.9" is unmet by 0.1', () => {
    expect(checkOf(run({ '1.2': 45 }), '1.2')).toMatchObject({ status: 'met', actual: { value: '45', given: 'value' }, gap: '0', gapCount: null });
    expect(checkOf(run({ '1.2': '44.9' }), '1.2')).toMatchObject({ status: 'unmet', actual: { value: '44.9', given: 'value' }, gap: '0.1' });
  });
  it('a count "≥ 4 classrooms": 4 is met, 3 is unmet by 1 (no count gap: that is for ratios)', () => {
    expect(checkOf(run({ '3.2': 4 }), '3.2').status).toBe('met');
    expect(checkOf(run({ '3.2': 3 }), '3.2')).toMatchObject({ status: 'unmet', gap: '1', gapCount: null, required: { type: 'compare', op: '>=', value: '4' } });
  });
  it('a count "< 5 violations": 4 is met, 5 is unmet', () => {
    expect(checkOf(run({ '7.4': 4 }), '7.4').status).toBe('met');
    expect(checkOf(run({ '7.4': 5 }), '7.4').status).toBe('unmet');
  });
});

describe('between ("from 43 % to 45 %", inclusive)', () => {
  it('43, 44 and 45 of 100 are met; 42 and 46 are unmet by one point and one worker', () => {
    for (const n of [43, 44, 45]) expect(checkOf(run({ '5.1': { numerator: n, denominator: 100 } }), '5.1').status).toBe('met');
    for (const n of [42, 46]) {
      expect(checkOf(run({ '5.1': { numerator: n, denominator: 100 } }), '5.1')).toMatchObject({ status: 'unmet', gap: '1', gapCount: 1 });
    }
  });
  it('reports the range as required', () => {
    expect(checkOf(run({ '5.1': { percent: '45' } }), '5.1')).toMatchObject({ status: 'met', required: { type: 'between', min: '43', max: '45' } });
  });
});

describe('achieved, absent and level', () => {
  it('achieved: true is met, false is unmet; no numeric gap', () => {
    expect(checkOf(run({ '4.1': true }), '4.1')).toMatchObject({ status: 'met', gap: null, gapCount: null, required: { type: 'achieved' } });
    expect(checkOf(run({ '4.1': false }), '4.1')).toMatchObject({ status: 'unmet', gap: null, actual: { value: false, given: 'value' } });
  });
  it('absent (count): 0 illegal constructions is met; 3 is unmet by 3', () => {
    expect(checkOf(run({ '4.2': 0 }), '4.2')).toMatchObject({ status: 'met', gap: '0', gapCount: 0 });
    expect(checkOf(run({ '4.2': 3 }), '4.2')).toMatchObject({ status: 'unmet', gap: '3', gapCount: 3, required: { type: 'absent' } });
  });
  it('absent (yes/no): no incident is met, an incident is unmet', () => {
    expect(checkOf(run({ '4.3': false }), '4.3')).toMatchObject({ status: 'met', gap: null });
    expect(checkOf(run({ '4.3': true }), '4.3')).toMatchObject({ status: 'unmet', gap: null });
  });
  it('level "at least level 2": level 2 and 3 are met, level 1 is one level short', () => {
    expect(checkOf(run({ '4.4': 'level2' }), '4.4')).toMatchObject({ status: 'met', gap: '0', required: { type: 'level', value: 'level2' } });
    expect(checkOf(run({ '4.4': 'level3' }), '4.4')).toMatchObject({ status: 'met', gap: '0' });
    expect(checkOf(run({ '4.4': 'level1' }), '4.4')).toMatchObject({ status: 'unmet', gap: '1', actual: { value: 'level1', given: 'value' } });
  });
});

describe('a multi-check indicator is met when all its checks are', () => {
  it('universal preschool and 9 of 10 enrolled (≥ 90 %) is met', () => {
    const indicator = indicatorOf(run({ '3.3': { preschool: true, enrolment: { numerator: 9, denominator: 10 } } }), '3.3');
    expect(indicator.status).toBe('met');
    expect(indicator.unit).toBe('composite');
    expect(indicator.checks.map((c) => [c.key, c.status])).toEqual([['preschool', 'met'], ['enrolment', 'met']]);
    expect(indicator.checks[0]?.name).toEqual({ vi: 'Phổ cập mầm non', en: 'Universal preschool' });
  });
  it('one unmet check makes the indicator unmet', () => {
    const result = run({ '3.3': { preschool: false, enrolment: { numerator: 9, denominator: 10 } } });
    expect(indicatorOf(result, '3.3').status).toBe('unmet');
    expect(result.unmet).toContainEqual({
      criterion: '3',
      indicator: '3.3',
      check: 'preschool',
      status: 'unmet',
      name: { vi: 'Phổ cập mầm non', en: 'Universal preschool' },
    });
  });
  it('a check left out is missing (and unmet still wins over missing)', () => {
    expect(indicatorOf(run({ '3.3': { preschool: true } }), '3.3').status).toBe('missing');
    expect(checkOf(run({ '3.3': { preschool: true, enrolment: null } }), '3.3', 'enrolment').status).toBe('missing');
    expect(indicatorOf(run({ '3.3': { preschool: false } }), '3.3').status).toBe('unmet');
  });
});

describe('a conditional ("nếu có") indicator', () => {
  it('{ notApplicable: true } makes it not-applicable, with no checks', () => {
    const result = run({ '6.1': { notApplicable: true } });
    expect(indicatorOf(result, '6.1')).toMatchObject({ status: 'not-applicable', checks: [] });
  });
  it('otherwise it is judged like any other', () => {
    expect(indicatorOf(run({ '6.1': true }), '6.1').status).toBe('met');
    expect(indicatorOf(run({ '6.1': false }), '6.1').status).toBe('unmet');
    expect(indicatorOf(run({}), '6.1').status).toBe('missing');
  });
});

describe('indeterminate: the law gives no usable threshold', () => {
  it('a null threshold is indeterminate ("threshold-unknown") even with a value, and cites its unknown status', () => {
    const check = checkOf(run({ '7.1': { numerator: 1, denominator: 2 } }), '7.1');
    expect(check).toMatchObject({
      status: 'indeterminate',
      reason: 'threshold-unknown',
      actual: { value: '50', given: 'counts' },
      required: { type: 'compare', op: '>=', value: null },
      gap: null,
      gapCount: null,
    });
    expect(check.threshold).toEqual({
      status: 'unknown',
      provenance: { instrument: BASE, locator: 'Tiêu chí 7.1', status: 'unknown', note: 'Giao UBND tỉnh quy định' },
    });
  });
  it('a null threshold wins over missing input', () => {
    expect(checkOf(run({}), '7.1')).toMatchObject({ status: 'indeterminate', reason: 'threshold-unknown', actual: null });
  });
  it('a row of unknown content is indeterminate ("content-unknown"), with or without input', () => {
    expect(checkOf(run({ '7.2': false }), '7.2')).toMatchObject({
      status: 'indeterminate',
      reason: 'content-unknown',
      actual: { value: false, given: 'value' },
      threshold: { status: 'unknown' },
    });
    expect(checkOf(run({}), '7.2')).toMatchObject({ status: 'indeterminate', reason: 'content-unknown' });
  });
  it('no threshold case for the column is indeterminate ("no-threshold-for-context") and listed as unknown', () => {
    const mountainsOnly = deriveRulebook(toyRulebook, {
      id: 'toy-mountains-only',
      thresholds: [{ indicator: '1.1', thresholds: [{ when: { columns: ['TDMNPB'] }, value: '13', provenance: { status: 'official' } }] }],
    });
    const result = evaluate(mountainsOnly, { '1.1': { numerator: 1, denominator: 100 } }, CONTEXT);
    expect(checkOf(result, '1.1')).toMatchObject({ status: 'indeterminate', reason: 'no-threshold-for-context', threshold: { status: 'unknown' } });
    expect(result.unverifiedThresholds).toContainEqual(expect.objectContaining({ indicator: '1.1', status: 'unknown', value: null }));
    expect(checkOf(evaluate(mountainsOnly, { '1.1': { numerator: 1, denominator: 100 } }, { ...CONTEXT, region: 'TDMNPB' }), '1.1').status).toBe('met');
  });
});

describe('a threshold case marked notApplicable (the law sets no such requirement for that column)', () => {
  const rulebook = deriveRulebook(toyRulebook, {
    id: 'toy-no-income-rule-in-dnb',
    thresholds: [
      {
        indicator: '1.2',
        thresholds: [
          { when: { columns: ['DNB'] }, value: null, notApplicable: true, provenance: { status: 'official' } },
          { value: '45', provenance: { status: 'official' } },
        ],
      },
    ],
  });
  it('makes the check not-applicable in that column, whatever the value', () => {
    const result = evaluate(rulebook, { '1.2': 10 }, { ...CONTEXT, region: 'DNB' });
    expect(checkOf(result, '1.2').status).toBe('not-applicable');
    expect(indicatorOf(result, '1.2').status).toBe('not-applicable');
    expect(result.indicatorProgress.total).toBe(19);
  });
  it('other columns still use the threshold', () => {
    expect(checkOf(evaluate(rulebook, { '1.2': 10 }, CONTEXT), '1.2').status).toBe('unmet');
  });
});

describe('region columns', () => {
  it('10 of 100 poor households is unmet in BTB (≤ 7 %) and met in TDMNPB (≤ 13 %)', () => {
    const input = { '1.1': { numerator: 10, denominator: 100 } };
    const btb = run(input, { date: '2024-06-30', region: 'BTB' });
    const tdmnpb = run(input, { date: '2024-06-30', region: 'TDMNPB' });
    expect(checkOf(btb, '1.1')).toMatchObject({ status: 'unmet', required: { value: '7' } });
    expect(checkOf(tdmnpb, '1.1')).toMatchObject({ status: 'met', required: { value: '13' } });
    expect(btb.context.column).toEqual({ key: 'BTB', name: { vi: 'Bắc Trung Bộ', en: 'North Central Coast' } });
    expect(tdmnpb.receipt.column).toBe('TDMNPB');
  });
});

describe('column override: ĐBKK communes of poor districts use TDMNPB until 2024-02-29; from 2024-03-01 zone III communes do', () => {
  const input = { '1.1': { numerator: 10, denominator: 100 } };
  const disadvantaged = { extremelyDisadvantaged: true, poorDistrict: true };

  it('on 2024-02-29 an ĐBKK commune of a poor district in DBSH is evaluated in TDMNPB', () => {
    const result = run(input, { date: '2024-02-29', region: 'DBSH', facts: disadvantaged });
    expect(result.context.column).toEqual({
      key: 'TDMNPB',
      name: { vi: 'Trung du và miền núi phía Bắc', en: 'Northern midlands and mountains' },
      requested: 'DBSH',
      override: {
        description: { vi: 'Xã ĐBKK thuộc huyện nghèo áp dụng cột TDMNPB', en: 'Extremely disadvantaged communes of poor districts use the TDMNPB column' },
        provenance: { instrument: BASE, locator: 'Điều 2', status: 'official' },
      },
    });
    expect(checkOf(result, '1.1')).toMatchObject({ status: 'met', required: { value: '13' } });
    expect(result.receipt.column).toBe('TDMNPB');
  });
  it('on 2024-03-01 the same commune is back in DBSH', () => {
    const result = run(input, { date: '2024-03-01', region: 'DBSH', facts: disadvantaged });
    expect(result.context.column).toEqual({ key: 'DBSH', name: { vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' } });
    expect(checkOf(result, '1.1').status).toBe('unmet');
  });
  it('both facts are needed: an ĐBKK commune outside a poor district keeps its region', () => {
    const result = run(input, { date: '2024-02-29', region: 'DBSH', facts: { extremelyDisadvantaged: true, poorDistrict: false } });
    expect(result.context.column?.key).toBe('DBSH');
    expect(result.context.column?.requested).toBeUndefined();
  });
  it('a zone III commune keeps its region on 2024-02-29 and uses TDMNPB from 2024-03-01, citing the amendment', () => {
    expect(run(input, { date: '2024-02-29', region: 'DNB', facts: { khuVucIII: true } }).context.column?.key).toBe('DNB');
    const after = run(input, { date: '2024-03-01', region: 'DNB', facts: { khuVucIII: true } });
    expect(after.context.column).toMatchObject({ key: 'TDMNPB', requested: 'DNB', override: { provenance: { instrument: AMENDMENT, locator: 'Điều 1' } } });
  });
  it('a commune already in TDMNPB is not reported as overridden', () => {
    const result = run(input, { date: '2024-02-29', region: 'TDMNPB', facts: disadvantaged });
    expect(result.context.column).toEqual({ key: 'TDMNPB', name: { vi: 'Trung du và miền núi phía Bắc', en: 'Northern midlands and mountains' } });
  });
});

describe('thresholds by year (income ladder: 39 in 2022, 42 in 2023, 45 from 2024)', () => {
  const income = (context: Parameters<typeof evaluate>[2]) => checkOf(run({ '1.2': 40 }, context), '1.2');
  it('40 million is met on 2022-12-31 and unmet on 2023-01-01', () => {
    expect(income({ date: '2022-12-31', region: 'BTB' })).toMatchObject({ status: 'met', required: { value: '39' } });
    expect(income({ date: '2023-01-01', region: 'BTB' })).toMatchObject({ status: 'unmet', required: { value: '42' }, gap: '2' });
  });
  it('from 2024 the threshold is 45', () => {
    expect(income({ date: '2024-01-01', region: 'BTB' }).required.value).toBe('45');
    expect(income({ date: '2025-12-31', region: 'BTB' }).required.value).toBe('45');
  });
  it('an explicit year chooses the threshold, and the receipt records it', () => {
    const result = run({ '1.2': 42 }, { date: '2024-06-30', region: 'BTB', year: 2023 });
    expect(checkOf(result, '1.2')).toMatchObject({ status: 'met', required: { value: '42' } });
    expect(result.context.year).toBe(2023);
    expect(result.receipt.thresholdYear).toBe(2023);
    expect(result.receipt.evaluationDate).toBe('2024-06-30');
  });
});

describe('thresholds by date (an amendment raises 70 % to 80 % from 2024-03-01)', () => {
  const input = { '5.2': { numerator: 75, denominator: 100 } };
  it('75 of 100 trained workers is met the day before the amendment, citing the base decision', () => {
    const check = checkOf(run(input, { date: '2024-02-29', region: 'BTB' }), '5.2');
    expect(check).toMatchObject({ status: 'met', required: { value: '70' } });
    expect(check.threshold).toEqual(official('Tiêu chí 5.2'));
  });
  it('is unmet on the day the amendment takes effect, citing the amendment', () => {
    const check = checkOf(run(input, { date: '2024-03-01', region: 'BTB' }), '5.2');
    expect(check).toMatchObject({ status: 'unmet', required: { value: '80' }, gap: '5', gapCount: 5 });
    expect(check.threshold).toEqual(official('Điều 1, khoản 3', AMENDMENT));
  });
});

describe('thresholds by denominator (≥ 70 % with more than 3 schools, ≥ 50 % otherwise)', () => {
  it('3 of 4 schools (75 %) is met against 70 %; 2 of 4 (50 %) is not', () => {
    expect(checkOf(run({ '3.1': { numerator: 3, denominator: 4 } }), '3.1')).toMatchObject({ status: 'met', required: { value: '70' } });
    expect(checkOf(run({ '3.1': { numerator: 2, denominator: 4 } }), '3.1')).toMatchObject({ status: 'unmet', required: { value: '70' }, gapCount: 1 });
  });
  it('with exactly 3 schools the threshold is 50 %: 2 of 3 is met, 1 of 3 is not', () => {
    expect(checkOf(run({ '3.1': { numerator: 2, denominator: 3 } }), '3.1')).toMatchObject({ status: 'met', required: { value: '50' } });
    expect(checkOf(run({ '3.1': { numerator: 1, denominator: 3 } }), '3.1')).toMatchObject({ status: 'unmet', required: { value: '50' } });
  });
  it('a bare percentage cannot choose the threshold: indeterminate "needs-counts", listed as unknown', () => {
    const result = run({ '3.1': { percent: '75' } });
    expect(checkOf(result, '3.1')).toMatchObject({ status: 'indeterminate', reason: 'needs-counts', actual: { value: '75', given: 'percent' }, threshold: { status: 'unknown' } });
    expect(result.indeterminate).toContainEqual(expect.objectContaining({ indicator: '3.1', reason: 'needs-counts' }));
    expect(result.unverifiedThresholds).toContainEqual(expect.objectContaining({ indicator: '3.1', status: 'unknown', value: null }));
  });
  it('no value at all is missing, not "needs-counts"', () => {
    const result = run({});
    expect(checkOf(result, '3.1')).toMatchObject({ status: 'missing', reason: 'input-missing' });
    expect(result.unverifiedThresholds.map((t) => t.indicator)).not.toContain('3.1');
  });
});

describe('roll-up of statuses', () => {
  it('combineStatuses: unmet > missing > indeterminate > met; not-applicable only when all are', () => {
    expect(combineStatuses(['met', 'missing', 'unmet', 'indeterminate'])).toBe('unmet');
    expect(combineStatuses(['met', 'indeterminate', 'missing'])).toBe('missing');
    expect(combineStatuses(['met', 'indeterminate', 'not-applicable'])).toBe('indeterminate');
    expect(combineStatuses(['met', 'not-applicable'])).toBe('met');
    expect(combineStatuses(['not-applicable', 'not-applicable'])).toBe('not-applicable');
    expect(combineStatuses([])).toBe('met');
  });
  it('a criterion with one unmet and one missing indicator is unmet', () => {
    const criterion = criterionOf(run({ '1.1': { numerator: 8, denominator: 100 } }), '1');
    expect(criterion.status).toBe('unmet');
    expect(criterion.tally).toEqual({ met: 0, unmet: 1, missing: 1, 'not-applicable': 0, indeterminate: 0, total: 2 });
    expect(criterion.group).toEqual({ vi: 'Kinh tế', en: 'Economy' });
  });
  it('a criterion with missing and indeterminate indicators is missing', () => {
    expect(criterionOf(run({}), '7').status).toBe('missing');
  });
  it('a criterion whose decidable indicators are met but has unknown thresholds is indeterminate', () => {
    const criterion = criterionOf(run({ '7.3': '2.5', '7.4': 0 }), '7');
    expect(criterion.status).toBe('indeterminate');
    expect(criterion.tally).toMatchObject({ met: 2, indeterminate: 2, total: 4 });
  });
  it('a criterion whose indicators are all not applicable is not-applicable', () => {
    const criterion = criterionOf(run({ '6.1': { notApplicable: true } }), '6');
    expect(criterion.status).toBe('not-applicable');
    expect(criterion.tally).toEqual({ met: 0, unmet: 0, missing: 0, 'not-applicable': 1, indeterminate: 0, total: 1 });
  });
});

describe('the unit as a whole', () => {
  it('with unknown thresholds in the rulebook a unit meeting everything else is indeterminate, not recognised', () => {
    const result = run(passingInput());
    expect(result.status).toBe('indeterminate');
    expect(result.recognised).toBe(false);
    expect(result.criteriaProgress).toEqual({ met: 6, total: 7, percent: '85.71' });
    expect(result.indicatorProgress).toEqual({ met: 18, total: 20, percent: '90' });
    expect(result.unmet).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.indeterminate.map((f) => [f.indicator, f.reason])).toEqual([['7.1', 'threshold-unknown'], ['7.2', 'content-unknown']]);
  });
  it('every criterion met → recognised, 7/7 criteria (100 %)', () => {
    const result = evaluate(decidableToyRulebook(), passingInput(), CONTEXT);
    expect(result.status).toBe('met');
    expect(result.recognised).toBe(true);
    expect(result.criteriaProgress).toEqual({ met: 7, total: 7, percent: '100' });
    expect(result.indicatorProgress).toEqual({ met: 18, total: 18, percent: '100' });
  });
  it('indicator progress leaves out not-applicable indicators', () => {
    const result = evaluate(decidableToyRulebook(), { ...passingInput(), '6.1': { notApplicable: true } }, CONTEXT);
    expect(result.indicatorProgress).toEqual({ met: 17, total: 17, percent: '100' });
    const partial = run({ ...passingInput(), '6.1': { notApplicable: true }, '1.1': { numerator: 8, denominator: 100 } });
    expect(partial.indicatorProgress).toEqual({ met: 16, total: 19, percent: '84.21' });
  });
  it('criteria progress is an exact percentage rounded half-up to 2 decimals', () => {
    const result = run({ '2.1': { percent: 100 }, '2.2': { percent: 100 }, '2.3': { percent: 0 }, '2.4': { percent: 100 } });
    expect(result.criteriaProgress).toEqual({ met: 1, total: 7, percent: '14.29' });
    expect(run({}).criteriaProgress).toEqual({ met: 0, total: 7, percent: '0' });
  });
  it('one unmet indicator anywhere makes the unit unmet', () => {
    const result = evaluate(decidableToyRulebook(), { ...passingInput(), '4.4': 'level1' }, CONTEXT);
    expect(result.status).toBe('unmet');
    expect(result.recognised).toBe(false);
    expect(result.unmet).toEqual([
      { criterion: '4', indicator: '4.4', check: 'value', status: 'unmet', name: { vi: 'Mức độ chuyển đổi số', en: 'Digital transformation level' } },
    ]);
  });
  it('lists missing findings with their reason', () => {
    const input: Record<string, unknown> = passingInput();
    delete input['1.2'];
    const result = evaluate(decidableToyRulebook(), input as EvaluationInput, CONTEXT);
    expect(result.status).toBe('missing');
    expect(result.missing).toEqual([
      { criterion: '1', indicator: '1.2', check: 'value', status: 'missing', reason: 'input-missing', name: { vi: 'Thu nhập bình quân đầu người', en: 'Income per person' } },
    ]);
  });
});

describe('unverified thresholds', () => {
  it('lists secondary, unverified and unknown thresholds with their citation, and no official ones', () => {
    const result = run(passingInput());
    expect(result.unverifiedThresholds).toEqual([
      {
        criterion: '7',
        indicator: '7.1',
        check: 'value',
        status: 'unknown',
        value: null,
        provenance: { instrument: BASE, locator: 'Tiêu chí 7.1', status: 'unknown', note: 'Giao UBND tỉnh quy định' },
      },
      {
        criterion: '7',
        indicator: '7.2',
        check: 'value',
        status: 'unknown',
        value: 'absent',
        provenance: { instrument: BASE, locator: 'Tiêu chí 7.2', status: 'unknown' },
      },
      {
        criterion: '7',
        indicator: '7.3',
        check: 'value',
        status: 'secondary',
        value: '2',
        provenance: { instrument: BASE, locator: 'Tiêu chí 7.3', status: 'secondary', source: 'https://example.org/news' },
      },
      {
        criterion: '7',
        indicator: '7.4',
        check: 'value',
        status: 'unverified',
        value: '5',
        provenance: { instrument: BASE, locator: 'Hỏi đáp', status: 'unverified' },
      },
    ]);
  });
  it('the checks themselves carry the threshold status', () => {
    const result = run(passingInput());
    expect(checkOf(result, '7.3').threshold.status).toBe('secondary');
    expect(checkOf(result, '7.4').threshold.status).toBe('unverified');
    expect(checkOf(result, '1.1').threshold.status).toBe('official');
  });
});

describe('receipt', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

  it('records the library, its version (equal to package.json), the rulebook and what was used', () => {
    const result = run({}, { date: '2024-02-29', region: 'DBSH', facts: { extremelyDisadvantaged: true, poorDistrict: true } });
    expect(result.receipt).toEqual({
      library: pkg.name,
      libraryVersion: pkg.version,
      rulebook: 'toy-ntm-2022-2025',
      rulebookValidity: { from: '2022-01-01', to: '2025-12-31' },
      instruments: [BASE, AMENDMENT],
      evaluationDate: '2024-02-29',
      thresholdYear: 2024,
      column: 'TDMNPB',
    });
    expect(result.rulebook).toEqual({ id: 'toy-ntm-2022-2025', kind: 'toy-ntm', title: { vi: 'Bộ tiêu chí thử nghiệm', en: 'Toy criteria set' } });
    expect(result.context).toMatchObject({ date: '2024-02-29', year: 2024 });
  });
});
