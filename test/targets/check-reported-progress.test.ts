import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { checkReportedProgress } from '../../src/targets/check-reported-progress.js';

const codes = (check: ReturnType<typeof checkReportedProgress>): string[] => check.findings.map((f) => f.code);

describe('checkReportedProgress: the stated percentage against actual ÷ plan, at the report’s rounding', () => {
  it('003 III.1 "2.640,4/4.450 tấn đạt 59,3%": 59,335… rounds to 59,3 — consistent', () => {
    const check = checkReportedProgress({ actual: '2640.4', plan: '4450', unit: 'tấn', statedPercent: '59.3' });
    expect(check).toMatchObject({ consistent: true, computedPercent: '59.3', findings: [] });
  });
  it('003 III.1 "62,9/200 ha, đạt 31,5%": exactly 31,45 rounds half-up to 31,5', () => {
    expect(checkReportedProgress({ actual: '62.9', plan: '200', statedPercent: '31.5' })).toMatchObject({ consistent: true, computedPercent: '31.5' });
  });
  it('003 III.1 "4.755/5.450 con, đạt 87,24%": 87,2477… is 87,25 rounded; 87,24 is truncated — noted, not flagged', () => {
    const check = checkReportedProgress({ actual: '4755', plan: '5450', statedPercent: '87.24' });
    expect(check.consistent).toBe(true);
    expect(codes(check)).toEqual(['percent-truncated']);
    expect(check.findings[0]?.severity).toBe('info');
    expect(check.findings[0]?.message.vi).toContain('87,25%');
  });
  it('003 III.1 timber "51.600/1.500 tấn …, đạt 34,4% KH" is flagged; the stated 34,4 % implies a plan of ≈150.000 t, which B.III.1 states ("150 ngàn tấn")', () => {
    const check = checkReportedProgress({
      label: 'sản lượng gỗ khai thác',
      actual: '51600',
      plan: '1500',
      unit: 'tấn',
      planUnit: 'tấn',
      statedPercent: '34.4',
      planElsewhere: [{ value: '150000', unit: 'tấn', where: '003 B.III.1 "150 ngàn tấn"' }],
    });
    expect(check.consistent).toBe(false);
    expect(check.computedPercent).toBe('3440');
    expect(check.impliedPlan).toEqual({ min: '149782.2932', max: '150218.3406' });
    expect(codes(check)).toEqual(['percent-mismatch', 'plan-mismatch']);
    expect(check.findings[0]?.message.vi).toContain('khớp với kế hoạch 150.000');
    expect(check.findings[0]?.message.en).toContain('likely mistyped');
  });
  it('003 III.2 "528/924 ha, đạt 57,2% KH": 528/924 is 57,1 % — flagged (the parts 310 + 218,5 = 528,5 give 57,2 %)', () => {
    const check = checkReportedProgress({ actual: '528', plan: '924', statedPercent: '57.2' });
    expect(check).toMatchObject({ consistent: false, computedPercent: '57.1' });
    expect(checkReportedProgress({ actual: '528.5', plan: '924', statedPercent: '57.2' }).consistent).toBe(true);
  });
  it('002 "11.129 hồ sơ trực tuyến, đạt tỷ lệ 38,06%": no total stated; it must lie between 29.236,83 and 29.244,51', () => {
    const check = checkReportedProgress({ actual: '11129', unit: 'hồ sơ', statedPercent: '38.06' });
    expect(check).toMatchObject({ consistent: true, computedPercent: null, impliedPlan: { min: '29236.8317', max: '29244.5145' } });
    expect(codes(check)).toEqual(['implied-plan']);
  });
  it('a percentage without a plan in the line is checked against the plan stated elsewhere (003 III.1 "57,589 tỷ đồng, đạt 20,97 % KH", plan 274,559 tỷ in B.III.1: truncated)', () => {
    const check = checkReportedProgress({ actual: '57589000000', statedPercent: '20.97', planElsewhere: [{ value: '274559000000', where: 'B.III.1' }] });
    expect(check.computedPercent).toBe('20.98');
    expect(codes(check)).toEqual(['percent-truncated']);
  });
  it('statedPercentDecimals overrides the decimals of a number input', () => {
    expect(checkReportedProgress({ actual: 184.693, plan: 683.69, statedPercent: 27, statedPercentDecimals: 1 }).computedPercent).toBe('27');
  });
});

describe('checkReportedProgress: the stated verdict against comparator and direction', () => {
  it('003 I.3.1 "tiểu học 100%: chưa đạt (KH trên 99,5%)" contradicts its own plan — flagged', () => {
    const check = checkReportedProgress({ label: 'tiểu học', actual: '100', unit: '%', plan: { comparator: '>', value: '99.5' }, statedVerdict: 'unmet' });
    expect(check).toMatchObject({ consistent: false, verdict: 'met', statedVerdict: 'unmet' });
    expect(codes(check)).toEqual(['verdict-contradiction']);
    expect(check.findings[0]?.message.vi).toBe('Báo cáo ghi "chưa đạt" nhưng 100 so với kế hoạch > 99,5 là "đạt"');
  });
  it('003 I.3.1 "suy dinh dưỡng 8,7%: đạt (KH 11%)" is accepted when lower is better, and would be a contradiction if higher were', () => {
    expect(checkReportedProgress({ actual: '8.7', plan: '11', statedVerdict: 'met', direction: 'lower' })).toMatchObject({ consistent: true, verdict: 'met' });
    expect(checkReportedProgress({ actual: '8.7', plan: '11', statedVerdict: 'met' })).toMatchObject({ consistent: false, verdict: 'unmet' });
  });
  it('003 I.3.1 "nhà trẻ 46,12%: đạt (KH: 43-45%)" — a range is met from its lower bound', () => {
    expect(checkReportedProgress({ actual: '46.12', plan: { comparator: 'between', min: '43', max: '45' }, statedVerdict: 'met' }).consistent).toBe(true);
  });
  it('a value exactly on "trên" is unmet, with an info finding on the loose reading', () => {
    const check = checkReportedProgress({ actual: '99', plan: { comparator: '>', value: '99' }, statedVerdict: 'met' });
    expect(check.consistent).toBe(false);
    expect(codes(check)).toEqual(['strict-wording-boundary', 'verdict-contradiction']);
  });
});

describe('checkReportedProgress: the same plan stated elsewhere', () => {
  it('003: fish output "102/264 tấn" (III.2) against the plan 275 t of III.1 and B.III.1 — flagged', () => {
    const check = checkReportedProgress({ actual: '102', plan: '264', unit: 'tấn', statedPercent: '38.6', planElsewhere: [{ value: '275', unit: 'tấn', where: 'B.III.1' }] });
    expect(check.consistent).toBe(false);
    expect(codes(check)).toEqual(['plan-mismatch']);
    expect(check.findings[0]?.message.en).toBe('The plan here is 264 but 275 elsewhere (B.III.1)');
  });
  it('003: breeding sows "1.270/1.360 tấn" against "đàn lợn nái là 1.360 con" (B.III.1) — unit warning, same value', () => {
    const check = checkReportedProgress({ actual: '1270', plan: '1360', unit: 'tấn', planUnit: 'tấn', statedPercent: '93.4', planElsewhere: [{ value: '1360', unit: 'con', where: 'B.III.1' }] });
    expect(check.consistent).toBe(true);
    expect(check.findings).toEqual([expect.objectContaining({ code: 'unit-mismatch', severity: 'warning' })]);
  });
});

describe('checkReportedProgress: input validation', () => {
  it('names the field and rule', () => {
    expect.assertions(2);
    try {
      checkReportedProgress({ actual: '12,5' } as never);
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).issues[0]?.path).toEqual(['claim', 'actual']);
    }
  });
});
