import { describe, expect, it } from 'vitest';
import { formatQuantity } from '../../src/format/format-quantity.js';
import { parseBound } from '../../src/format/parse-bound.js';
import { parseFraction } from '../../src/format/parse-fraction.js';
import { parseNumber } from '../../src/format/parse-number.js';
import { parseQuantity } from '../../src/format/parse-quantity.js';
import { parseRange } from '../../src/format/parse-range.js';
import { builtInTargetCatalogs } from '../../src/targets/catalogs.js';
import { checkReportText } from '../../src/targets/check-report-text.js';
import { checkReportedProgress } from '../../src/targets/check-reported-progress.js';
import { evaluateTarget } from '../../src/targets/evaluate-target.js';
import { findTarget } from '../../src/targets/find-target.js';
import { SEED_003_AGRICULTURE_PLAN } from './seed-003-plans.js';
import { SEED_003_A_III_1 } from './seed-excerpts.js';

/** The examples of docs/targets.md, section by section, with the values the guide shows. */
describe('docs/targets.md examples', () => {
  it('1. reading Vietnamese numbers', () => {
    expect(parseQuantity('274,816 tỷ đồng').baseValue).toBe('274816000000');
    expect(parseQuantity('150 ngàn tấn').baseValue).toBe('150000');
    expect(parseFraction('2.640,4/4.450 tấn').numerator.value).toBe('2640.4');
    expect(parseRange('43-45%').min.value).toBe('43');
    expect(parseBound('KH trên 99,5%').comparator).toBe('>');
    expect(parseBound('từ 550 lao động trở lên').comparator).toBe('>=');
    expect(formatQuantity(parseQuantity('274,816 tỷ đồng'), 'en')).toBe('274.816 billion VND');
    const n = parseNumber('1.485');
    expect(n.value).toBe('1485');
    expect(n.ambiguity?.en).toBe('1.485');
    expect(parseNumber('1.485', { notation: 'en' }).value).toBe('1.485');
  });

  it('2. evaluateTarget', () => {
    const communes = findTarget('QD263.xa_ntm');
    const result = evaluateTarget(communes!, '79.3', { asOf: '2025-12-31' });
    expect(result.status).toBe('unmet');
    expect(result.gap).toBe('0.7');
    expect(result.explanation.vi).toBe('Số xã đạt chuẩn nông thôn mới: thực tế 79,3% so với yêu cầu ít nhất 80% (hạn 31/12/2025) — chưa đạt, còn thiếu 0,7 điểm %.');
    const poverty = findTarget('QD90.mpi_rate');
    const fall = evaluateTarget(poverty!, { baseline: '5.2', current: '4.03', years: '1' }, { asOf: '2022-12-31' });
    expect(fall.status).toBe('met');
    expect(fall.change).toEqual({ total: '1.17', years: '1', perYear: '1.17' });
  });

  it('3. catalogs: 75 targets, 66 secondary, 4 unverified, 5 unknown', () => {
    const statuses = builtInTargetCatalogs.flatMap((c) => c.targets.map((t) => t.provenance.status));
    expect(statuses).toHaveLength(75);
    expect(statuses.filter((s) => s === 'secondary')).toHaveLength(66);
    expect(statuses.filter((s) => s === 'unverified')).toHaveLength(4);
    expect(statuses.filter((s) => s === 'unknown')).toHaveLength(5);
    expect(statuses.filter((s) => s === 'official')).toHaveLength(0);
  });

  it('4. targetFromText', async () => {
    const { targetFromText } = await import('../../src/targets/target-from-text.js');
    const primary = targetFromText({
      id: 'tieu_hoc',
      title: { vi: 'Tỷ lệ huy động tiểu học', en: 'Primary enrolment' },
      text: 'trên 99,5%',
      deadline: '2023-12-31',
      scope: 'district',
      provenance: { instrument: '18/NQ-HĐND', locator: 'seed 003, B.I.3.1', status: 'secondary' },
    });
    expect([primary.comparator, primary.value, primary.unit]).toEqual(['>', '99.5', '%']);
  });

  it('5. checking what a report states', () => {
    const timber = checkReportedProgress({
      actual: '51600',
      plan: '1500',
      unit: 'tấn',
      statedPercent: '34.4',
      planElsewhere: [{ value: '150000', unit: 'tấn', where: '003 B.III.1 "150 ngàn tấn"' }],
    });
    expect(timber.consistent).toBe(false);
    expect(timber.impliedPlan).toEqual({ min: '149782.2932', max: '150218.3406' });
    expect(checkReportedProgress({ actual: '100', plan: { comparator: '>', value: '99.5' }, statedVerdict: 'unmet' }).consistent).toBe(false);
    expect(checkReportedProgress({ actual: '8.7', plan: '11', statedVerdict: 'met', direction: 'lower' }).consistent).toBe(true);
    const result = checkReportText(SEED_003_A_III_1, { plansElsewhere: SEED_003_AGRICULTURE_PLAN });
    expect(result.summary).toEqual({ extracted: 21, flagged: 1, noted: 4, byKind: { fraction: 16, percent: 5, verdict: 0, criteria: 0 } });
  });

  it('the TSDoc examples of extractProgressClaims and checkReportText', async () => {
    const { extractProgressClaims } = await import('../../src/targets/extract-progress-claims.js');
    const [claim] = extractProgressClaims('Tổng sản lượng lương thực có hạt 2.640,4/4.450 tấn đạt 59,3%;');
    expect(claim?.kind).toBe('fraction');
    expect(claim?.start).toBe(33);
    expect(claim?.claim).toMatchObject({ label: 'Tổng sản lượng lương thực có hạt', actual: '2640.4', plan: '4450', unit: 'tấn', statedPercent: '59.3' });
    const one = checkReportText('sản lượng gỗ khai thác ước đạt 51.600/1.500 tấn gỗ nguyên liệu, đạt 34,4% KH;', {
      plansElsewhere: [{ labelIncludes: 'gỗ khai thác', value: '150000', unit: 'tấn', where: 'B.III.1' }],
    });
    expect(one.summary).toEqual({ extracted: 1, flagged: 1, noted: 0, byKind: { fraction: 1, percent: 0, verdict: 0, criteria: 0 } });
  });
});
