import { describe, expect, it } from 'vitest';
import { defineRulebook } from '../../src/core/define-rulebook.js';
import { evaluate } from '../../src/core/evaluate.js';
import { describeCheck, explain } from '../../src/core/explain.js';
import type { EvaluationInput } from '../../src/core/input-schema.js';
import { decidableToyRulebook, passingInput, toyRulebook, toyRulebookInput } from '../fixtures/toy-rulebook.js';

const OVERRIDDEN = { date: '2024-02-29', region: 'DBSH', facts: { extremelyDisadvantaged: true, poorDistrict: true } };

/** A unit with a bit of everything: a percentage, counts in the thousands, a multi-check, n/a, unknowns. */
const mixed: EvaluationInput = {
  ...passingInput(),
  '2.1': { percent: '59.3' },
  '1.2': '1485.5',
  '3.3': { preschool: false, enrolment: { numerator: 1485, denominator: 2000 } },
  '6.1': { notApplicable: true },
};
const result = evaluate(toyRulebook, mixed, OVERRIDDEN);
const vi = explain(result, { locale: 'vi' });
const en = explain(result, { locale: 'en' });
const line = (lines: readonly string[], start: string) => lines.map((l) => l.trimStart()).find((l) => l.startsWith(start));

describe('explain in Vietnamese', () => {
  it('is the default locale', () => {
    expect(explain(result)).toEqual(vi);
  });
  it('heads with the title, the date as dd/MM/yyyy, the threshold year and the column override', () => {
    expect(vi[0]).toBe('Bộ tiêu chí thử nghiệm [toy-ntm-2022-2025]');
    expect(vi[1]).toBe(
      'Ngày đánh giá 29/02/2024; năm áp dụng ngưỡng 2024; Trung du và miền núi phía Bắc (áp dụng thay cho DBSH: Xã ĐBKK thuộc huyện nghèo áp dụng cột TDMNPB)',
    );
  });
  it('gives the verdict with the criteria progress in Vietnamese number format', () => {
    expect(vi[2]).toBe('Kết quả: CHƯA ĐẠT CHUẨN (chưa đạt) — 3/6 tiêu chí (50 %), 15/19 chỉ tiêu');
  });
  it('writes "59,3 %", the requirement with its symbol, the gap in percentage points and the citation', () => {
    expect(line(vi, '✗ 2.1')).toBe('✗ 2.1 Tỷ lệ hộ dùng nước sạch: thực tế 59,3 %; yêu cầu ≥ 95 %; còn thiếu 35,7 điểm %; [chính thức: TOY-1/QĐ, Tiêu chí 2.1]');
  });
  it('writes counts with thousands separators ("1.485/2.000 = 74,25 %") and the count still needed', () => {
    const enrolment = line(vi, '✗ Tỷ lệ học sinh đi học');
    expect(enrolment).toContain('thực tế 1.485/2.000 = 74,25 %');
    expect(enrolment).toContain('còn thiếu 15,75 điểm %');
    expect(enrolment).toContain('315');
  });
  it('shows a multi-check indicator as a header with its checks below', () => {
    expect(line(vi, '✗ 3.3')).toBe('✗ 3.3 Phổ cập giáo dục: chưa đạt');
    expect(line(vi, '✗ Phổ cập mầm non')).toBe('✗ Phổ cập mầm non: thực tế không; yêu cầu Đạt; [chính thức: TOY-1/QĐ, Tiêu chí 3.3]');
  });
  it('uses a symbol per status: ✓ met, ✗ unmet, – not applicable, ~ indeterminate', () => {
    expect(vi).toContain('✓ Tiêu chí 1. Thu nhập và hộ nghèo: đạt (2/2)');
    expect(vi).toContain('✗ Tiêu chí 2. Nước và vệ sinh: chưa đạt (3/4)');
    expect(line(vi, '– 6.1')).toBe('– 6.1 Chợ đạt chuẩn (nếu có): không áp dụng');
    expect(line(vi, '~ 7.1')).toMatch(/^~ 7\.1 Tỷ lệ chưa có ngưỡng: thực tế chưa có số liệu; yêu cầu ≥ \?; \[chưa biết: TOY-1\/QĐ, Tiêu chí 7\.1\]/);
  });
  it('and ? for missing input', () => {
    const lines = explain(evaluate(toyRulebook, {}, OVERRIDDEN));
    expect(line(lines, '? 1.2')).toMatch(/^\? 1\.2 Thu nhập bình quân đầu người: thực tế chưa có số liệu; yêu cầu ≥ 45 triệu đồng\/người\/năm; \[chính thức/);
  });
  it('names the provenance status of non-official thresholds in Vietnamese', () => {
    const all = explain(result, { locale: 'vi', detail: 'all' });
    expect(line(all, '✓ 7.3')).toContain('[nguồn thứ cấp: TOY-1/QĐ, Tiêu chí 7.3]');
    expect(line(all, '✓ 7.4')).toContain('[chưa xác minh: TOY-1/QĐ, Hỏi đáp]');
    expect(line(all, '~ 7.2')).toContain('[chưa biết: TOY-1/QĐ, Tiêu chí 7.2]');
    expect(vi.at(-1)).toBe('Lưu ý nguồn: kết quả dựa vào 4 ngưỡng chưa chính thức (1 thứ cấp, 1 chưa xác minh, 2 chưa biết — cần bổ sung từ văn bản của tỉnh).');
  });
  it('writes amounts the Vietnamese way ("1.485,5 triệu đồng/người/năm")', () => {
    expect(line(explain(result, { detail: 'all' }), '✓ 1.2')).toContain('thực tế 1.485,5 triệu đồng/người/năm; yêu cầu ≥ 45 triệu đồng/người/năm');
  });
  it('says ĐẠT CHUẨN when recognised', () => {
    const recognised = explain(evaluate(decidableToyRulebook(), passingInput(), { date: '2024-06-30', region: 'BTB' }));
    expect(recognised[2]).toBe('Kết quả: ĐẠT CHUẨN — 7/7 tiêu chí (100 %), 18/18 chỉ tiêu');
  });
});

describe('explain in English', () => {
  it('writes English words, ISO dates and English number format', () => {
    expect(en[0]).toBe('Toy criteria set [toy-ntm-2022-2025]');
    expect(en[1]).toBe(
      'Assessment date 2024-02-29; threshold year 2024; Northern midlands and mountains (applied instead of DBSH: Extremely disadvantaged communes of poor districts use the TDMNPB column)',
    );
    expect(en[2]).toBe('Result: NOT RECOGNISED (not met) — 3/6 criteria (50 %), 15/19 indicators');
    expect(line(en, '✗ 2.1')).toBe('✗ 2.1 Households with clean water: actual 59.3 %; required ≥ 95 %; short by 35.7 pp; [official: TOY-1/QĐ, Tiêu chí 2.1]');
    expect(line(en, '✗ Enrolment rate')).toContain('actual 1,485/2,000 = 74.25 %');
    expect(en).toContain('✓ Criterion 1. Income and poverty: met (2/2)');
  });
  it('names provenance statuses in English', () => {
    const all = explain(result, { locale: 'en', detail: 'all' });
    expect(line(all, '✓ 7.3')).toContain('[secondary source: TOY-1/QĐ, Tiêu chí 7.3]');
    expect(line(all, '✓ 7.4')).toContain('[unverified: TOY-1/QĐ, Hỏi đáp]');
    expect(en.at(-1)).toBe("Sources: this result relies on 4 non-official thresholds (1 secondary, 1 unverified, 2 unknown — supply them from your province's rulebook).");
  });
  it('contains no Vietnamese words of its own', () => {
    const own = en.join('\n').replace(/TOY-\d\/QĐ|Tiêu chí [\d.]+|Hỏi đáp/g, '');
    expect(own).not.toMatch(/thực tế|yêu cầu|chưa|đạt|Tiêu chí/);
  });
});

describe('explain detail', () => {
  it('"problems" (the default) lists only indicators that are not met', () => {
    expect(line(vi, '✓ 1.1')).toBeUndefined();
    expect(line(vi, '✗ 2.1')).toBeDefined();
    expect(vi.filter((l) => l.startsWith('   ✓'))).toEqual([]);
  });
  it('"all" lists every indicator', () => {
    const all = explain(result, { detail: 'all' });
    expect(line(all, '✓ 1.1')).toBe('✓ 1.1 Tỷ lệ hộ nghèo: thực tế 7/100 = 7 %; yêu cầu ≤ 13 %; [chính thức: TOY-1/QĐ, Tiêu chí 1.1]');
    const indicatorLines = all.filter((l) => /^ {3}[✓✗?~–] \d/.test(l));
    expect(indicatorLines).toHaveLength(20);
  });
  it('keeps criterion lines in both modes', () => {
    const criteria = (lines: readonly string[]) => lines.filter((l) => /^[✓✗?~–] Tiêu chí/.test(l));
    expect(criteria(vi)).toHaveLength(7);
    expect(criteria(explain(result, { detail: 'all' }))).toHaveLength(7);
  });
});

describe('explain handles every kind of check', () => {
  it('levels are shown by name, whatever the unit is called', () => {
    const input = toyRulebookInput() as unknown as { criteria: { indicators: { unit?: string }[] }[] };
    const level = input.criteria[3]?.indicators[3];
    if (level) level.unit = 'mức';
    const rulebook = defineRulebook(input);
    const lines = explain(evaluate(rulebook, { '4.4': 'level1' }, { date: '2024-06-30', region: 'BTB' }));
    expect(line(lines, '✗ 4.4')).toMatch(/^✗ 4\.4 Mức độ chuyển đổi số: thực tế Mức 1; yêu cầu ≥ Mức 2; /);
  });
  it('an absent count and a range', () => {
    const lines = explain(evaluate(toyRulebook, { '4.2': 3, '5.1': { numerator: 40, denominator: 100 } }, { date: '2024-06-30', region: 'BTB' }));
    expect(line(lines, '✗ 4.2')).toMatch(/^✗ 4\.2 Số công trình xây dựng trái phép: thực tế 3; yêu cầu Không có; /);
    expect(line(lines, '✗ 5.1')).toMatch(/thực tế 40\/100 = 40 %; yêu cầu 43–45 %; còn thiếu 3 điểm %/);
  });
});

describe('describeCheck', () => {
  const check = (value: unknown) => ({ unit: 'percent', actual: null, required: { type: 'compare' as const, op: '<=', value: '7' }, gap: null, gapCount: null, ...(value as object) });

  it('says a share given as counts, its ceiling and how far over it is, in both languages', () => {
    const over = check({ actual: { value: '8.5', numerator: 17, denominator: 200, given: 'counts' }, gap: '1.5', gapCount: 3 });
    expect(describeCheck(over, 'vi')).toEqual({ actual: '17/200 = 8,5 %', required: '≤ 7 %', gap: 'vượt 1,5 điểm %', gapCount: 'cần giảm 3', ceiling: true });
    expect(describeCheck(over, 'en')).toEqual({ actual: '17/200 = 8.5 %', required: '≤ 7 %', gap: 'over by 1.5 pp', gapCount: 'reduce by 3', ceiling: true });
  });

  it('leaves the gap parts empty when met, and marks an unknown threshold and a missing value', () => {
    const met = check({ actual: { value: '7', numerator: 7, denominator: 100, given: 'counts' }, gap: '0', gapCount: 0 });
    expect(describeCheck(met, 'vi')).toMatchObject({ actual: '7/100 = 7 %', gap: '', gapCount: '' });
    const unknown = check({ required: { type: 'compare', op: '>=', value: null } });
    expect(describeCheck(unknown, 'vi')).toMatchObject({ actual: 'chưa có số liệu', required: '≥ ?', ceiling: false });
  });

  it('is the wording explain uses for every check of a real evaluation', () => {
    for (const criterion of result.criteria)
      for (const indicator of criterion.indicators)
        for (const c of indicator.checks) {
          const d = describeCheck(c, 'vi');
          expect(vi.some((l) => l.includes(`thực tế ${d.actual}; yêu cầu ${d.required}`)) || c.status === 'met').toBe(true);
        }
  });
});
