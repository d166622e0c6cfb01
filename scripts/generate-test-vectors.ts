/*
 * Builds src/test-vectors/data/<domain>.json from the case definitions below.
 *
 *   npx tsx scripts/generate-test-vectors.ts
 *
 * Every `expected` value here is written by hand from the law (the threshold and comparator the
 * instrument states) or from the seed report (file + figure). The generator does NOT run the
 * library to fill them in: test/test-vectors/vectors.test.ts runs every vector and fails when the
 * library disagrees. Where a long exact string (a 40-digit gap, an exact share) was copied from the
 * library's output after checking it by hand, the vector's description says so.
 *
 * Changing an expected value is a behaviour change for the teams that use these vectors: do it
 * only with a changeset that says why (see docs/test-vectors.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LIBRARY_VERSION } from '../src/version.js';
import { testVectorFileSchema, type TestVector } from '../src/test-vectors/test-vector-schema.js';
import { builtInOcopScoreSheets } from '../src/ocop/index.js';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'test-vectors', 'data');

type Text = { vi: string; en: string };
const files = new Map<string, TestVector[]>();
function add(domain: string, vector: TestVector): void {
  const list = files.get(domain) ?? [];
  list.push(vector);
  files.set(domain, list);
}
const tx = (vi: string, en: string): Text => ({ vi, en });

// ---------------------------------------------------------------------------------------------
// Core + rulebooks: evaluate(rulebook, input, context)
// ---------------------------------------------------------------------------------------------

function ev(rulebook: string, name: string, description: Text, input: unknown, context: unknown, expected: Record<string, unknown>, source?: string): void {
  add('rulebooks', { id: `${rulebook}/${name}`, description, function: 'evaluate', rulebook, input, options: context, expected, ...(source ? { source } : {}) });
}
const met = (actual: string, required: string) => ({ status: 'met', actual, required, gap: '0' });
const unmet = (actual: string, required: string, gap: string) => ({ status: 'unmet', actual, required, gap });

// ---- commune-ntm-2021-2025 (318/QĐ-TTg, Phụ lục I; 211/QĐ-TTg from 01/03/2024) ----
const C21 = 'commune-ntm-2021-2025';
const QD318 = '318/QĐ-TTg (08/03/2022), Phụ lục I';

/** 15.3 (≤, by region): the limit per region column, and the value 0.01 above it. */
const LABOUR_15_3: Record<string, { limit: string; above: string }> = {
  TDMNPB: { limit: '24', above: '24.01' },
  DBSH: { limit: '16.5', above: '16.51' },
  BTB: { limit: '25', above: '25.01' },
  DHNTB: { limit: '22', above: '22.01' },
  TN: { limit: '26.5', above: '26.51' },
  DNB: { limit: '14.5', above: '14.51' },
  DBSCL: { limit: '19', above: '19.01' },
};
for (const [region, { limit, above }] of Object.entries(LABOUR_15_3)) {
  const r = region.toLowerCase();
  ev(C21, `15.3-${r}-exactly-at-threshold`, tx(`Chỉ tiêu 15.3 (suy dinh dưỡng thể thấp còi trẻ dưới 5 tuổi), vùng ${region}: đúng ${limit} % (≤ ${limit} %) là đạt`, `Indicator 15.3 (stunting of children under 5), region ${region}: exactly ${limit} % (≤ ${limit} %) is met`),
    { '15.3': { percent: limit } }, { date: '2024-06-30', region }, { column: region, checks: { '15.3': { ...met(limit, limit), op: '<=' } } }, `${QD318}, chỉ tiêu 15.3, cột ${region}`);
  ev(C21, `15.3-${r}-just-above-threshold`, tx(`Chỉ tiêu 15.3 (thấp còi), vùng ${region}: ${above} % vượt ngưỡng ≤ ${limit} % 0,01 điểm — chưa đạt`, `Indicator 15.3 (stunting), region ${region}: ${above} % is 0.01 points over ≤ ${limit} % — unmet`),
    { '15.3': { percent: above } }, { date: '2024-06-30', region }, { checks: { '15.3': unmet(above, limit, '0.01') } }, `${QD318}, chỉ tiêu 15.3, cột ${region}`);
}
ev(C21, '15.3-btb-counts-25-of-100', tx('15.3 BTB bằng số đếm: 25/100 = 25 % ≤ 25 % — đạt', '15.3 BTB as counts: 25/100 = 25 % ≤ 25 % — met'),
  { '15.3': { numerator: 25, denominator: 100 } }, { date: '2024-06-30', region: 'BTB' }, { checks: { '15.3': { ...met('25', '25'), gapCount: 0 } } }, `${QD318}, chỉ tiêu 15.3, cột BTB`);
ev(C21, '15.3-btb-counts-26-of-100', tx('15.3 BTB: 26/100 — chưa đạt, thiếu 1 điểm %, cần bớt 1 người', '15.3 BTB: 26/100 — unmet by 1 point; one person fewer would meet it'),
  { '15.3': { numerator: 26, denominator: 100 } }, { date: '2024-06-30', region: 'BTB' }, { checks: { '15.3': { ...unmet('26', '25', '1'), gapCount: 1 } } }, `${QD318}, chỉ tiêu 15.3, cột BTB`);
ev(C21, '15.3-dbsh-counts-33-of-200', tx('15.3 ĐBSH: 33/200 = 16,5 % — đúng ngưỡng, đạt (so sánh chính xác, không làm tròn)', '15.3 DBSH: 33/200 = 16.5 % — exactly at the limit, met (exact comparison)'),
  { '15.3': { numerator: 33, denominator: 200 } }, { date: '2024-06-30', region: 'DBSH' }, { checks: { '15.3': { ...met('16.5', '16.5'), gapCount: 0 } } }, `${QD318}, chỉ tiêu 15.3, cột ĐBSH`);
ev(C21, '15.3-dbsh-counts-34-of-200', tx('15.3 ĐBSH: 34/200 = 17 % — chưa đạt 0,5 điểm, cần bớt 1', '15.3 DBSH: 34/200 = 17 % — unmet by 0.5 points, one fewer needed'),
  { '15.3': { numerator: 34, denominator: 200 } }, { date: '2024-06-30', region: 'DBSH' }, { checks: { '15.3': { ...unmet('17', '16.5', '0.5'), gapCount: 1 } } }, `${QD318}, chỉ tiêu 15.3, cột ĐBSH`);
ev(C21, '15.3-btb-counts-one-third', tx('15.3 BTB: 1/3 = 33,33…% — chưa đạt; khoảng cách chính xác 25/3 điểm (chuỗi 40 chữ số lấy từ đầu ra thư viện sau khi kiểm tra tay)', '15.3 BTB: 1/3 = 33.33…% — unmet; exact gap 25/3 points (the 40-digit string was copied from the library output after checking it by hand)'),
  { '15.3': { numerator: 1, denominator: 3 } }, { date: '2024-06-30', region: 'BTB' }, { checks: { '15.3': { ...unmet('33.3333', '25', '8.33333333333333333333333333333333333333'), gapCount: 1 } } }, `${QD318}, chỉ tiêu 15.3, cột BTB`);
ev(C21, '15.3-chung-threshold-unknown', tx('15.3 cột CHUNG: ngưỡng chưa tìm được — không xác định (không đoán)', '15.3 in the CHUNG column: threshold not recovered — indeterminate (never guessed)'),
  { '15.3': { percent: '10' } }, { date: '2024-06-30', region: 'CHUNG' }, { column: 'CHUNG', checks: { '15.3': { status: 'indeterminate', reason: 'threshold-unknown', required: null, gap: null, thresholdStatus: 'unknown' } } });

// 15.4 (≥, TDMNPB 50 %, DBSH 70 %)
ev(C21, '15.4-tdmnpb-exactly-50', tx('15.4 TDMNPB: đúng 50 % (≥ 50 %) — đạt', '15.4 TDMNPB: exactly 50 % (≥ 50 %) — met'), { '15.4': { percent: '50' } }, { date: '2024-06-30', region: 'TDMNPB' }, { checks: { '15.4': { ...met('50', '50'), op: '>=' } } }, `${QD318}, chỉ tiêu 15.4`);
ev(C21, '15.4-tdmnpb-49.99', tx('15.4 TDMNPB: 49,99 % — chưa đạt 0,01 điểm', '15.4 TDMNPB: 49.99 % — unmet by 0.01 points'), { '15.4': { percent: '49.99' } }, { date: '2024-06-30', region: 'TDMNPB' }, { checks: { '15.4': unmet('49.99', '50', '0.01') } }, `${QD318}, chỉ tiêu 15.4`);
ev(C21, '15.4-dbsh-counts-70-of-100', tx('15.4 ĐBSH: 70/100 — đạt', '15.4 DBSH: 70/100 — met'), { '15.4': { numerator: 70, denominator: 100 } }, { date: '2024-06-30', region: 'DBSH' }, { checks: { '15.4': { ...met('70', '70'), gapCount: 0 } } }, `${QD318}, chỉ tiêu 15.4`);
ev(C21, '15.4-dbsh-counts-69-of-100', tx('15.4 ĐBSH: 69/100 — chưa đạt, thiếu 1', '15.4 DBSH: 69/100 — unmet, one short'), { '15.4': { numerator: 69, denominator: 100 } }, { date: '2024-06-30', region: 'DBSH' }, { checks: { '15.4': { ...unmet('69', '70', '1'), gapCount: 1 } } }, `${QD318}, chỉ tiêu 15.4`);
ev(C21, '15.4-btb-threshold-unknown', tx('15.4 BTB: ngưỡng chưa tìm được — không xác định', '15.4 BTB: threshold not recovered — indeterminate'), { '15.4': { percent: '90' } }, { date: '2024-06-30', region: 'BTB' }, { checks: { '15.4': { status: 'indeterminate', reason: 'threshold-unknown' } } });

// 3.1 ≥ 80 %, 6.3 ≥ 100 %, 14.1 grade-1 enrolment ≥ 98 %, 15.1 ≥ 90 %
const GE_NAME: Record<string, [string, string]> = {
  '3.1': ['đất nông nghiệp được tưới tiêu chủ động', 'agricultural land actively irrigated'],
  '6.3': ['thôn có nhà văn hóa', 'villages with a cultural house'],
  '14.1/grade1Enrolment': ['trẻ 6 tuổi vào lớp 1', 'six-year-olds entering grade 1'],
  '15.1': ['người dân tham gia bảo hiểm y tế', 'residents with health insurance'],
};
const GE: Array<[string, string, string, [number, number], [number, number], string]> = [
  // indicator/check key, threshold, percent just below, counts at, counts one short, gap of counts one short
  ['3.1', '80', '79.99', [4, 5], [79, 100], '1'],
  ['6.3', '100', '99.99', [12, 12], [11, 12], '8.33333333333333333333333333333333333333'],
  ['14.1/grade1Enrolment', '98', '97.99', [49, 50], [48, 50], '2'],
  ['15.1', '90', '89.99', [9, 10], [89, 100], '1'],
];
for (const [key, t, below, at, short, shortGap] of GE) {
  const [nameVi, nameEn] = GE_NAME[key]!;
  const [code, check] = key.split('/') as [string, string | undefined];
  const value = (v: unknown) => ({ [code]: check ? { [check]: v } : v });
  const slug = key.replace('/', '-').toLowerCase();
  const atPct = String((at[0] * 100) / at[1]);
  const shortPct = ((short[0] * 100) / short[1]).toFixed(4).replace(/\.?0+$/, '');
  ev(C21, `${slug}-exactly-${t}`, tx(`${key} (${nameVi}): đúng ${t} % (≥ ${t} %) — đạt`, `${key} (${nameEn}): exactly ${t} % (≥ ${t} %) — met`), value({ percent: t }), { date: '2023-06-30', region: 'BTB' }, { checks: { [key]: { ...met(t, t), op: '>=' } } }, `${QD318}, chỉ tiêu ${code}`);
  ev(C21, `${slug}-just-below-${t}`, tx(`${key}: ${below} % — chưa đạt 0,01 điểm`, `${key}: ${below} % — unmet by 0.01 points`), value({ percent: below }), { date: '2023-06-30', region: 'BTB' }, { checks: { [key]: unmet(below, t, '0.01') } }, `${QD318}, chỉ tiêu ${code}`);
  ev(C21, `${slug}-counts-${at[0]}-of-${at[1]}`, tx(`${key}: ${at[0]}/${at[1]} = ${atPct} % — đạt`, `${key}: ${at[0]}/${at[1]} = ${atPct} % — met`), value({ numerator: at[0], denominator: at[1] }), { date: '2023-06-30', region: 'BTB' }, { checks: { [key]: { ...met(atPct, t), gapCount: 0 } } }, `${QD318}, chỉ tiêu ${code}`);
  ev(C21, `${slug}-counts-${short[0]}-of-${short[1]}`,
    tx(`${key}: ${short[0]}/${short[1]} — chưa đạt, thiếu đúng 1 đơn vị${shortGap.length > 10 ? ' (chuỗi khoảng cách lấy từ đầu ra thư viện, đã kiểm tra tay: 100/12 điểm)' : ''}`, `${key}: ${short[0]}/${short[1]} — unmet, exactly one unit short${shortGap.length > 10 ? ' (gap string copied from the library output, checked by hand: 100/12 points)' : ''}`),
    value({ numerator: short[0], denominator: short[1] }), { date: '2023-06-30', region: 'BTB' }, { checks: { [key]: { ...unmet(shortPct, t, shortGap), gapCount: 1 } } }, `${QD318}, chỉ tiêu ${code}`);
}

// 5: schools — level 1 share depends on the region and on the number of schools (> 3 or ≤ 3)
ev(C21, '5-level1-dbsh-100-percent-required', tx('Tiêu chí 5, ĐBSH: trường đạt chuẩn mức 1 phải 100 %; 3/4 — chưa đạt, thiếu 1 trường', 'Criterion 5, DBSH: level-1 schools must be 100 %; 3/4 — unmet, one school short'),
  { '5': { level1: { numerator: 3, denominator: 4 } } }, { date: '2023-06-30', region: 'DBSH' }, { checks: { '5/level1': { ...unmet('75', '100', '25'), gapCount: 1 } } }, `${QD318}, tiêu chí 5`);
ev(C21, '5-minimum-standard-not-applicable-in-dbsh', tx('Tiêu chí 5, ĐBSH: luật không đặt yêu cầu "tối thiểu" ở vùng này — không áp dụng', 'Criterion 5, DBSH: the law sets no "minimum standard" requirement here — not applicable'),
  { '5': { minimumStandard: { numerator: 3, denominator: 4 }, level1: { numerator: 4, denominator: 4 } } }, { date: '2023-06-30', region: 'DBSH' }, { checks: { '5/minimumStandard': { status: 'not-applicable' }, '5/level1': { status: 'met' } }, criteria: { '5': 'met' } }, `${QD318}, tiêu chí 5`);
ev(C21, '5-level1-btb-more-than-3-schools-7-of-10', tx('Tiêu chí 5, BTB, hơn 3 trường: ≥ 70 %; 7/10 — đạt', 'Criterion 5, BTB, more than 3 schools: ≥ 70 %; 7/10 — met'),
  { '5': { minimumStandard: { numerator: 10, denominator: 10 }, level1: { numerator: 7, denominator: 10 } } }, { date: '2023-06-30', region: 'BTB' }, { checks: { '5/level1': met('70', '70') }, criteria: { '5': 'met' } }, `${QD318}, tiêu chí 5`);
ev(C21, '5-level1-btb-more-than-3-schools-2-of-4', tx('Tiêu chí 5, BTB, 4 trường (> 3): 2/4 = 50 % < 70 % — chưa đạt, thiếu 1 trường', 'Criterion 5, BTB, 4 schools (> 3): 2/4 = 50 % < 70 % — unmet, one school short'),
  { '5': { level1: { numerator: 2, denominator: 4 } } }, { date: '2023-06-30', region: 'BTB' }, { checks: { '5/level1': { ...unmet('50', '70', '20'), gapCount: 1 } } }, `${QD318}, tiêu chí 5`);
ev(C21, '5-level1-btb-3-schools-2-of-3', tx('Tiêu chí 5, BTB, đúng 3 trường (≤ 3): ≥ 50 %; 2/3 — đạt', 'Criterion 5, BTB, exactly 3 schools (≤ 3): ≥ 50 %; 2/3 — met'),
  { '5': { level1: { numerator: 2, denominator: 3 } } }, { date: '2023-06-30', region: 'BTB' }, { checks: { '5/level1': { status: 'met', required: '50', gap: '0' } } }, `${QD318}, tiêu chí 5`);
ev(C21, '5-level1-btb-3-schools-1-of-3', tx('Tiêu chí 5, BTB, 3 trường: 1/3 < 50 % — chưa đạt, thiếu 1 trường', 'Criterion 5, BTB, 3 schools: 1/3 < 50 % — unmet, one school short'),
  { '5': { level1: { numerator: 1, denominator: 3 } } }, { date: '2023-06-30', region: 'BTB' }, { checks: { '5/level1': { status: 'unmet', required: '50', gapCount: 1 } } }, `${QD318}, tiêu chí 5`);
ev(C21, '5-level1-btb-percent-needs-counts', tx('Tiêu chí 5, BTB: ngưỡng phụ thuộc số trường, nhập tỷ lệ % thì không xác định được — cần số đếm', 'Criterion 5, BTB: the threshold depends on the number of schools; a bare percent cannot decide — counts needed'),
  { '5': { level1: { percent: '60' } } }, { date: '2023-06-30', region: 'BTB' }, { checks: { '5/level1': { status: 'indeterminate', reason: 'needs-counts' } } }, `${QD318}, tiêu chí 5`);

// 14.1: levels (mức độ 2)
ev(C21, '14.1-primary-level-2-met', tx('14.1 phổ cập tiểu học mức độ 2 (yêu cầu ≥ mức 2) — đạt', '14.1 primary universalisation level 2 (≥ level 2 required) — met'), { '14.1': { primary: 'muc-2' } }, { date: '2023-06-30', region: 'BTB' }, { checks: { '14.1/primary': { status: 'met', actual: 'muc-2', required: 'muc-2' } } }, `${QD318}, chỉ tiêu 14.1`);
ev(C21, '14.1-primary-level-3-met', tx('14.1 tiểu học mức độ 3 (cao hơn mức 2) — đạt', '14.1 primary level 3 (above level 2) — met'), { '14.1': { primary: 'muc-3' } }, { date: '2023-06-30', region: 'BTB' }, { checks: { '14.1/primary': { status: 'met', actual: 'muc-3' } } }, `${QD318}, chỉ tiêu 14.1`);
ev(C21, '14.1-lower-secondary-level-1-unmet', tx('14.1 THCS mức độ 1 — chưa đạt, thiếu 1 mức', '14.1 lower secondary level 1 — unmet, one level short'), { '14.1': { lowerSecondary: 'muc-1' } }, { date: '2023-06-30', region: 'BTB' }, { checks: { '14.1/lowerSecondary': { status: 'unmet', actual: 'muc-1', required: 'muc-2', gap: '1' } } }, `${QD318}, chỉ tiêu 14.1`);
ev(C21, '14.1-literacy-not-achieved-unmet', tx('14.1 xóa mù chữ "chưa đạt" — thiếu 2 mức', '14.1 literacy "not achieved" — two levels short'), { '14.1': { literacy: 'chua-dat' } }, { date: '2023-06-30', region: 'BTB' }, { checks: { '14.1/literacy': { status: 'unmet', gap: '2' } } }, `${QD318}, chỉ tiêu 14.1`);

// yes/no, absent, conditional, unknown thresholds, missing
ev(C21, '1.1-achieved-true', tx('1.1 quy hoạch: có — đạt', '1.1 planning: yes — met'), { '1.1': true }, { date: '2023-06-30', region: 'BTB' }, { indicators: { '1.1': 'met' } }, `${QD318}, chỉ tiêu 1.1`);
ev(C21, '1.1-achieved-false', tx('1.1 quy hoạch: không — chưa đạt', '1.1 planning: no — unmet'), { '1.1': false }, { date: '2023-06-30', region: 'BTB' }, { indicators: { '1.1': 'unmet' } }, `${QD318}, chỉ tiêu 1.1`);
ev(C21, '1-criterion-met-when-both-indicators-met', tx('Tiêu chí 1 đạt khi cả 1.1 và 1.2 đạt', 'Criterion 1 is met when both 1.1 and 1.2 are met'), { '1.1': true, '1.2': true }, { date: '2023-06-30', region: 'BTB' }, { criteria: { '1': 'met' } }, `${QD318}, tiêu chí 1`);
ev(C21, '1-criterion-missing-when-one-indicator-missing', tx('Tiêu chí 1: 1.1 đạt, 1.2 không có số liệu — thiếu số liệu (không coi là 0)', 'Criterion 1: 1.1 met, 1.2 not given — missing (never counted as zero)'), { '1.1': true }, { date: '2023-06-30', region: 'BTB' }, { criteria: { '1': 'missing' }, checks: { '1.2': { status: 'missing', reason: 'input-missing' } } }, `${QD318}, tiêu chí 1`);
ev(C21, '9.1-absent-zero', tx('9.1 (phải không có): 0 — đạt', '9.1 (must be none): 0 — met'), { '9.1': 0 }, { date: '2023-06-30', region: 'BTB' }, { indicators: { '9.1': 'met' } }, `${QD318}, chỉ tiêu 9.1`);
ev(C21, '9.1-absent-one', tx('9.1 (phải không có): 1 — chưa đạt', '9.1 (must be none): 1 — unmet'), { '9.1': 1 }, { date: '2023-06-30', region: 'BTB' }, { indicators: { '9.1': 'unmet' } }, `${QD318}, chỉ tiêu 9.1`);
ev(C21, '13.4-conditional-not-applicable', tx('13.4 "(nếu có)": không có — không áp dụng, không tính vào tổng', '13.4 "(if any)": none — not applicable, left out of the totals'), { '13.4': { notApplicable: true } }, { date: '2023-06-30', region: 'BTB' }, { indicators: { '13.4': 'not-applicable' }, indicatorProgress: { met: 0, total: 56 } }, `${QD318}, chỉ tiêu 13.4`);
ev(C21, '10-income-threshold-unknown', tx('10 thu nhập: ngưỡng theo vùng/năm chưa tìm được — không xác định', '10 income: the per-region/year threshold was not recovered — indeterminate'), { '10': '60' }, { date: '2023-06-30', region: 'BTB' }, { checks: { '10': { status: 'indeterminate', reason: 'threshold-unknown', actual: '60' } } });
ev(C21, '11-poverty-threshold-unknown', tx('11 tỷ lệ nghèo đa chiều: ngưỡng chưa tìm được — không xác định', '11 multidimensional poverty rate: threshold not recovered — indeterminate'), { '11': { numerator: 7, denominator: 100 } }, { date: '2023-06-30', region: 'BTB' }, { checks: { '11': { status: 'indeterminate', reason: 'threshold-unknown', actual: '7' } } });
ev(C21, 'empty-input-all-missing', tx('Không nhập gì: đơn vị "thiếu số liệu", 0/19 tiêu chí', 'No input: the unit is "missing", 0/19 criteria'), {}, { date: '2023-06-30', region: 'BTB' }, { status: 'missing', recognised: false, criteriaProgress: { met: 0, total: 19, percent: '0' }, indicatorProgress: { met: 0, total: 57 } }, `${QD318}: 19 tiêu chí, 57 chỉ tiêu`);
ev(C21, 'threshold-year-from-date', tx('Năm áp ngưỡng mặc định là năm của ngày đánh giá', 'The threshold year defaults to the year of the assessment date'), {}, { date: '2025-12-31', region: 'BTB' }, { thresholdYear: 2025 });

// region override (211/QĐ-TTg from 01/03/2024): 24.5 % in 15.3 is met in BTB (≤ 25) and unmet in TDMNPB (≤ 24)
const OVERRIDE = '211/QĐ-TTg (01/03/2024) thay thế quy định vùng áp dụng của 318/QĐ-TTg';
ev(C21, 'override-ethnic-kv23-from-2024-03-01', tx('Xã vùng ĐBDTTS khu vực II/III ở BTB, ngày 01/03/2024: áp cột TDMNPB — 15.3 = 24,5 % chưa đạt (≤ 24)', 'Ethnic-minority area II/III commune in BTB on 2024-03-01: the TDMNPB column applies — 15.3 = 24.5 % unmet (≤ 24)'),
  { '15.3': { percent: '24.5' } }, { date: '2024-03-01', region: 'BTB', facts: { ethnicMinorityAreaKhuVucIIorIII: true } }, { column: 'TDMNPB', checks: { '15.3': unmet('24.5', '24', '0.5') } }, OVERRIDE);
ev(C21, 'override-ethnic-kv23-before-2024-03-01', tx('Cùng xã ngày 29/02/2024 (trước 211/QĐ-TTg): vẫn cột BTB — 15.3 = 24,5 % đạt (≤ 25)', 'The same commune on 2024-02-29 (before 211/QĐ-TTg): still BTB — 15.3 = 24.5 % met (≤ 25)'),
  { '15.3': { percent: '24.5' } }, { date: '2024-02-29', region: 'BTB', facts: { ethnicMinorityAreaKhuVucIIorIII: true } }, { column: 'BTB', checks: { '15.3': met('24.5', '25') } }, OVERRIDE);
ev(C21, 'override-dbkk-poor-district-until-2024-02-29', tx('Xã ĐBKK thuộc huyện nghèo/vừa thoát nghèo 2018–2020, ngày 29/02/2024: cột TDMNPB', 'Extremely disadvantaged commune in a (just-escaped) poor district, on 2024-02-29: TDMNPB column'),
  { '15.3': { percent: '24.5' } }, { date: '2024-02-29', region: 'DHNTB', facts: { extremelyDisadvantaged: true, inPoorOrJustEscapedDistrict2018To2020: true } }, { column: 'TDMNPB', checks: { '15.3': { status: 'unmet', required: '24' } } }, `${QD318}, phần áp dụng`);
ev(C21, 'override-dbkk-poor-district-ends-2024-03-01', tx('Cùng xã ngày 01/03/2024: quy định cũ hết hiệu lực — về cột DHNTB (≤ 22)', 'The same commune on 2024-03-01: the old rule no longer applies — back to DHNTB (≤ 22)'),
  { '15.3': { percent: '24.5' } }, { date: '2024-03-01', region: 'DHNTB', facts: { extremelyDisadvantaged: true, inPoorOrJustEscapedDistrict2018To2020: true } }, { column: 'DHNTB', checks: { '15.3': unmet('24.5', '22', '2.5') } }, OVERRIDE);
ev(C21, 'override-safe-zone-poor-district-2024', tx('Xã ATK thuộc huyện nghèo, từ 01/03/2024: cột TDMNPB', 'Safe-zone commune in a poor district, from 2024-03-01: TDMNPB column'),
  { '15.3': { percent: '24' } }, { date: '2024-06-30', region: 'TN', facts: { safeZone: true, inPoorDistrict: true } }, { column: 'TDMNPB', checks: { '15.3': met('24', '24') } }, OVERRIDE);
ev(C21, 'override-needs-all-facts', tx('Chỉ "ATK" mà không thuộc huyện nghèo: không chuyển cột — vẫn TN (≤ 26,5)', 'Safe zone alone, not in a poor district: no override — stays TN (≤ 26.5)'),
  { '15.3': { percent: '26.5' } }, { date: '2024-06-30', region: 'TN', facts: { safeZone: true } }, { column: 'TN', checks: { '15.3': met('26.5', '26.5') } }, OVERRIDE);

// validity, context and input errors
ev(C21, 'error-date-after-validity', tx('Ngày 01/01/2026 nằm ngoài hiệu lực (đến 31/12/2025) — lỗi ngữ cảnh', '2026-01-01 is after the validity (to 2025-12-31) — context error'), {}, { date: '2026-01-01', region: 'BTB' }, { error: { name: 'ContextError', codes: ['date-outside-validity'] } });
ev(C21, 'last-day-of-validity', tx('31/12/2025 là ngày cuối còn hiệu lực — đánh giá được', '2025-12-31 is the last day in force — evaluates'), { '1.1': true }, { date: '2025-12-31', region: 'BTB' }, { rulebook: C21, indicators: { '1.1': 'met' } });
ev(C21, 'first-day-of-validity', tx('08/03/2022 (ngày ký 318/QĐ-TTg) — đánh giá được', '2022-03-08 (318/QĐ-TTg signed) — evaluates'), { '1.1': true }, { date: '2022-03-08', region: 'BTB' }, { thresholdYear: 2022, indicators: { '1.1': 'met' } });
ev(C21, 'error-day-before-validity', tx('07/03/2022: trước khi có hiệu lực — lỗi ngữ cảnh', '2022-03-07: before it took effect — context error'), {}, { date: '2022-03-07', region: 'BTB' }, { error: { name: 'ContextError', codes: ['date-outside-validity'] } });
ev(C21, 'error-region-required', tx('Thiếu vùng — lỗi ngữ cảnh nêu trường "region"', 'No region — context error naming "region"'), {}, { date: '2023-06-30' }, { error: { name: 'ContextError', codes: ['required'], paths: ['region'] } });
ev(C21, 'error-unknown-region', tx('Vùng "XYZ" không có trong bộ tiêu chí — lỗi', 'Region "XYZ" is not a column — error'), {}, { date: '2023-06-30', region: 'XYZ' }, { error: { name: 'ContextError', codes: ['unknown-column'], paths: ['region'] } });
ev(C21, 'error-zero-denominator', tx('Mẫu số 0 — lỗi đầu vào nêu đúng trường', 'Denominator 0 — input error naming the field'), { '15.3': { numerator: 1, denominator: 0 } }, { date: '2023-06-30', region: 'BTB' }, { error: { name: 'InputError', codes: ['zero-denominator'], paths: ['15.3.denominator'] } });
ev(C21, 'error-percent-above-100', tx('101 % — lỗi đầu vào', '101 % — input error'), { '15.3': { percent: 101 } }, { date: '2023-06-30', region: 'BTB' }, { error: { name: 'InputError', codes: ['percent-range'], paths: ['15.3.percent'] } });

// ---- commune-ntm-2026-2030 ----
const C26 = 'commune-ntm-2026-2030';
ev(C26, 'ocop-plan-achieved', tx('Tiêu chí 3, nội dung có kế hoạch OCOP: có — đạt', 'Criterion 3, OCOP plan content: yes — met'), { '3.ocop-plan': true }, { date: '2026-06-30', communeGroup: 1 }, { column: '1', checks: { '3.ocop-plan': { status: 'met' } } });
ev(C26, 'ocop-plan-not-achieved', tx('Tiêu chí 3, kế hoạch OCOP: không — chưa đạt', 'Criterion 3, OCOP plan: no — unmet'), { '3.ocop-plan': false }, { date: '2026-06-30', communeGroup: 2 }, { column: '2', checks: { '3.ocop-plan': { status: 'unmet' } } });
ev(C26, 'poverty-threshold-unknown', tx('Tiêu chí 6, tỷ lệ nghèo đa chiều: ngưỡng theo nhóm xã chưa tìm được — không xác định', 'Criterion 6, multidimensional poverty: the per-group threshold was not recovered — indeterminate'), { '6.multidimensional-poverty': { numerator: 3, denominator: 100 } }, { date: '2026-06-30', communeGroup: 3 }, { column: '3', checks: { '6.multidimensional-poverty': { status: 'indeterminate', reason: 'threshold-unknown', actual: '3' } } });
ev(C26, 'first-day-2026-02-15', tx('15/02/2026: ngày đầu có hiệu lực', '2026-02-15: first day in force'), {}, { date: '2026-02-15', communeGroup: '1' }, { rulebook: C26, status: 'missing', criteriaProgress: { met: 0, total: 10 } });
ev(C26, 'error-gap-before-2026-02-15', tx('14/02/2026: trước hiệu lực — lỗi', '2026-02-14: before it took effect — error'), {}, { date: '2026-02-14', communeGroup: 1 }, { error: { name: 'ContextError', codes: ['date-outside-validity'] } });
ev(C26, 'error-unknown-commune-group', tx('Nhóm xã 4 không tồn tại — lỗi', 'Commune group 4 does not exist — error'), {}, { date: '2026-06-30', communeGroup: 4 }, { error: { name: 'ContextError', codes: ['unknown-column'] } });
ev(C26, 'error-commune-group-required', tx('Thiếu nhóm xã — lỗi', 'No commune group — error'), {}, { date: '2026-06-30' }, { error: { name: 'ContextError', codes: ['required'], paths: ['communeGroup'] } });

// ---- advanced-commune-ntm-2021-2025 (14.1 ≥ 95, 14.2 ≥ 90, 14.3 ≥ 40, 14.4 ≥ 70) ----
const AC = 'advanced-commune-ntm-2021-2025';
const ADV: Array<[string, string, [number, number]]> = [
  ['14.1', '95', [19, 20]],
  ['14.2', '90', [9, 10]],
  ['14.3', '40', [2, 5]],
  ['14.4', '70', [7, 10]],
];
for (const [code, t, [n, d]] of ADV) {
  ev(AC, `${code}-exactly-${t}`, tx(`${code}: đúng ${t} % (≥ ${t} %) — đạt`, `${code}: exactly ${t} % (≥ ${t} %) — met`), { [code]: { percent: t } }, { date: '2023-06-30', region: 'BTB' }, { checks: { [code]: met(t, t) } }, `Bộ tiêu chí xã NTM nâng cao 2021–2025, chỉ tiêu ${code}`);
  ev(AC, `${code}-counts-${n}-of-${d}`, tx(`${code}: ${n}/${d} = ${t} % — đạt`, `${code}: ${n}/${d} = ${t} % — met`), { [code]: { numerator: n, denominator: d } }, { date: '2023-06-30', region: 'BTB' }, { checks: { [code]: { ...met(t, t), gapCount: 0 } } }, `chỉ tiêu ${code}`);
  ev(AC, `${code}-counts-${n - 1}-of-${d}`, tx(`${code}: ${n - 1}/${d} — chưa đạt, thiếu 1`, `${code}: ${n - 1}/${d} — unmet, one short`), { [code]: { numerator: n - 1, denominator: d } }, { date: '2023-06-30', region: 'BTB' }, { checks: { [code]: { status: 'unmet', gapCount: 1 } } }, `chỉ tiêu ${code}`);
}
ev(AC, '10-income-threshold-unknown', tx('Thu nhập: ngưỡng chưa tìm được — không xác định', 'Income: threshold not recovered — indeterminate'), { '10': 70 }, { date: '2023-06-30', region: 'DNB' }, { checks: { '10': { status: 'indeterminate', reason: 'threshold-unknown' } } });
ev(AC, 'no-chung-column', tx('Bộ nâng cao không có cột CHUNG — lỗi', 'The advanced set has no CHUNG column — error'), {}, { date: '2023-06-30', region: 'CHUNG' }, { error: { name: 'ContextError', codes: ['unknown-column'] } });

// ---- model-commune-ntm-2021-2025 ----
const MC = 'model-commune-ntm-2021-2025';
ev(MC, '3-one-model-village', tx('Tiêu chí 3: ≥ 1 — có đúng 1, đạt', 'Criterion 3: ≥ 1 — exactly 1, met'), { '3': 1 }, { date: '2024-06-30', region: 'BTB' }, { checks: { '3': met('1', '1') } }, 'Bộ tiêu chí xã NTM kiểu mẫu 2021–2025, tiêu chí 3');
ev(MC, '3-zero-model-villages', tx('Tiêu chí 3: 0 — chưa đạt, thiếu 1', 'Criterion 3: 0 — unmet, one short'), { '3': 0 }, { date: '2024-06-30', region: 'BTB' }, { checks: { '3': unmet('0', '1', '1') } }, 'tiêu chí 3');
ev(MC, '4-two-fields', tx('Tiêu chí 4: 2 lĩnh vực nổi trội (≥ 1) — đạt', 'Criterion 4: 2 outstanding fields (≥ 1) — met'), { '4': 2 }, { date: '2024-06-30', region: 'BTB' }, { checks: { '4': met('2', '1') } }, 'tiêu chí 4');
ev(MC, '2-income-threshold-unknown', tx('Tiêu chí 2, thu nhập: ngưỡng chưa tìm được — không xác định', 'Criterion 2, income: threshold not recovered — indeterminate'), { '2': 80 }, { date: '2024-06-30', region: 'BTB' }, { checks: { '2': { status: 'indeterminate', reason: 'threshold-unknown' } } });
ev(MC, 'partial-progress', tx('1, 3, 4 đạt; 2 không xác định — 3/4 tiêu chí, đơn vị "không xác định"', '1, 3, 4 met; 2 indeterminate — 3/4 criteria, unit "indeterminate"'), { '1': true, '2': 80, '3': 1, '4': 1 }, { date: '2024-06-30', region: 'BTB' }, { status: 'indeterminate', recognised: false, criteriaProgress: { met: 3, total: 4, percent: '75' } });

// ---- district-ntm-2021-2025 ----
const DI = 'district-ntm-2021-2025';
ev(DI, '2.2-counts-48-of-48', tx('2.2 đường huyện: 48/48 km (≥ 100 %) — đạt', '2.2 district roads: 48/48 km (≥ 100 %) — met'), { '2.2': { numerator: 48, denominator: 48 } }, { date: '2023-06-30' }, { checks: { '2.2': { ...met('100', '100'), gapCount: 0 } } }, 'Bộ tiêu chí huyện NTM 2021–2025, chỉ tiêu 2.2');
ev(DI, '2.2-counts-40-of-48', tx('2.2: 40/48 km — chưa đạt, thiếu 8 km (như ví dụ Nam Đông, con số chia tách là minh họa)', '2.2: 40/48 km — unmet, 8 km short (as in the Nam Đông example; the split is illustrative)'), { '2.2': { numerator: 40, denominator: 48 } }, { date: '2023-06-30' }, { checks: { '2.2': { status: 'unmet', gapCount: 8 } } }, 'seed 003_58059cd68c956849.txt I.1.b (split illustrative)');
ev(DI, '2.4-conditional-not-applicable', tx('2.4 "(nếu có)": không áp dụng', '2.4 "(if any)": not applicable'), { '2.4': { notApplicable: true } }, { date: '2023-06-30' }, { indicators: { '2.4': 'not-applicable' } });
ev(DI, 'last-day-2025-06-30', tx('30/06/2025: ngày cuối còn cấp huyện', '2025-06-30: the last day of the district level'), { '1.1': true }, { date: '2025-06-30' }, { indicators: { '1.1': 'met' } });
ev(DI, 'error-after-district-abolished', tx('01/07/2025: cấp huyện đã bỏ — lỗi', '2025-07-01: district level abolished — error'), {}, { date: '2025-07-01' }, { error: { name: 'ContextError', codes: ['date-outside-validity'] } });
ev(DI, 'criterion-9-met', tx('Tiêu chí 9 (an ninh trật tự - hành chính công) đạt', 'Criterion 9 (security and public administration) met'), { '9': true }, { date: '2023-06-30' }, { criteria: { '9': 'met' } });

// ---- advanced-district-ntm-2021-2025 ----
const AD = 'advanced-district-ntm-2021-2025';
const allNine = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [String(i + 1), true]));
ev(AD, 'all-nine-met-recognised', tx('9/9 tiêu chí đạt — đủ điều kiện công nhận', '9/9 criteria met — recognised'), allNine, { date: '2024-06-30' }, { status: 'met', recognised: true, criteriaProgress: { met: 9, total: 9, percent: '100' } });
ev(AD, 'eight-of-nine', tx('8/9 (tiêu chí 5 chưa đạt) — chưa được công nhận', '8/9 (criterion 5 unmet) — not recognised'), { ...allNine, '5': false }, { date: '2024-06-30' }, { status: 'unmet', recognised: false, criteriaProgress: { met: 8, total: 9, percent: '88.89' }, criteria: { '5': 'unmet' } });
ev(AD, 'one-missing', tx('8 đạt, 1 thiếu số liệu — "thiếu số liệu", không phải "chưa đạt"', '8 met, 1 missing — "missing", not "unmet"'), { ...allNine, '9': null }, { date: '2024-06-30' }, { status: 'missing', criteriaProgress: { met: 8, total: 9 }, criteria: { '9': 'missing' } });
ev(AD, 'missing-and-unmet', tx('Có cả chưa đạt và thiếu: đơn vị "chưa đạt"', 'Both unmet and missing: the unit is "unmet"'), { ...allNine, '8': false, '9': null }, { date: '2024-06-30' }, { status: 'unmet', criteriaProgress: { met: 7, total: 9 } });
ev(AD, 'error-after-2025-06-30', tx('01/07/2025: không còn cấp huyện — lỗi', '2025-07-01: no district level — error'), {}, { date: '2025-07-01' }, { error: { name: 'ContextError', codes: ['date-outside-validity'] } });

// ---- province-ntm-2021-2025 ----
const PR = 'province-ntm-2021-2025';
const PROV = 'Bộ tiêu chí tỉnh hoàn thành nhiệm vụ xây dựng NTM 2021–2025';
ev(PR, 'p1-100-percent', tx('P1: 100 % huyện đạt chuẩn (≥ 100 %) — đạt', 'P1: 100 % of districts recognised — met'), { P1: { numerator: 9, denominator: 9 } }, { date: '2024-06-30' }, { checks: { P1: { ...met('100', '100'), gapCount: 0 } } }, `${PROV}, P1`);
ev(PR, 'p1-8-of-9', tx('P1: 8/9 huyện — chưa đạt, thiếu 1', 'P1: 8/9 districts — unmet, one short'), { P1: { numerator: 8, denominator: 9 } }, { date: '2024-06-30' }, { checks: { P1: { status: 'unmet', gapCount: 1 } } }, `${PROV}, P1`);
ev(PR, 'p3-exactly-20', tx('P3: đúng 20 % (≥ 20 %) — đạt', 'P3: exactly 20 % — met'), { P3: { numerator: 1, denominator: 5 } }, { date: '2024-06-30' }, { checks: { P3: met('20', '20') } }, `${PROV}, P3`);
ev(PR, 'p4-39.99', tx('P4: 39,99 % (< 40 %) — chưa đạt 0,01 điểm', 'P4: 39.99 % (< 40 %) — unmet by 0.01 points'), { P4: { percent: '39.99' } }, { date: '2024-06-30' }, { checks: { P4: unmet('39.99', '40', '0.01') } }, `${PROV}, P4`);
ev(PR, 'p6-exactly-70', tx('P6: 70 % — đạt', 'P6: 70 % — met'), { P6: { percent: 70 } }, { date: '2024-06-30' }, { checks: { P6: met('70', '70') } }, `${PROV}, P6`);
ev(PR, 'p7-exactly-4-m2', tx('P7: đúng 4 m²/người (≥ 4) — đạt', 'P7: exactly 4 m² per person (≥ 4) — met'), { P7: '4' }, { date: '2024-06-30' }, { checks: { P7: met('4', '4') } }, `${PROV}, P7`);
ev(PR, 'p7-3.99-m2', tx('P7: 3,99 m²/người — chưa đạt 0,01', 'P7: 3.99 m² per person — unmet by 0.01'), { P7: '3.99' }, { date: '2024-06-30' }, { checks: { P7: unmet('3.99', '4', '0.01') } }, `${PROV}, P7`);
ev(PR, 'p8-counts-9-of-10', tx('P8: 9/10 = 90 % — đạt', 'P8: 9/10 = 90 % — met'), { P8: { numerator: 9, denominator: 10 } }, { date: '2024-06-30' }, { checks: { P8: met('90', '90') } }, `${PROV}, P8`);
ev(PR, 'p2-conditional-not-applicable', tx('P2 "(nếu có)": tỉnh không có — không áp dụng, 7 tiêu chí còn lại', 'P2 "(if any)": none in the province — not applicable, 7 criteria remain'), { P2: { notApplicable: true } }, { date: '2024-06-30' }, { criteria: { P2: 'not-applicable' }, criteriaProgress: { met: 0, total: 7 } }, `${PROV}, P2`);

// ---- civilized urban (04/2022/QĐ-TTg) ----
const CUW = 'civilized-urban-ward-township-2022';
const CUD = 'civilized-urban-district-2022';
const KHE_TRE = [6, 5, 6, 6, 5, 5, 7, 6, 6];
const kheTreShort = [0, 1, 1, 0, 0, 1, 0, 0, 1];
ev(CUW, 'khe-tre-5-of-9', tx('Thị trấn Khe Tre giữa năm 2023: 5/9 tiêu chí đô thị văn minh (cách chia nội dung theo tiêu chí là minh họa, chỉ tổng là của báo cáo)', 'Khe Tre township, mid-2023: 5/9 civilized-urban criteria (the split of contents per criterion is illustrative; only the totals are the report\'s)'),
  Object.fromEntries(KHE_TRE.map((total, i) => [String(i + 1), { numerator: total - kheTreShort[i]!, denominator: total }])), { date: '2023-06-30' },
  { status: 'unmet', recognised: false, criteriaProgress: { met: 5, total: 9, percent: '55.56' } }, 'seed 003_58059cd68c956849.txt, dòng 27: "Thị trấn Khe Tre đạt chuẩn 5/9 tiêu chí đô thị văn minh"');
ev(CUW, 'criterion-1-all-contents', tx('Tiêu chí 1: 6/6 nội dung (100 %) — đạt', 'Criterion 1: 6/6 contents (100 %) — met'), { '1': { numerator: 6, denominator: 6 } }, { date: '2023-06-30' }, { checks: { '1': { ...met('100', '100'), gapCount: 0 } } }, '04/2022/QĐ-TTg, Phụ lục I');
ev(CUW, 'criterion-1-one-content-short', tx('Tiêu chí 1: 5/6 — chưa đạt, thiếu 1 nội dung', 'Criterion 1: 5/6 — unmet, one content short'), { '1': { numerator: 5, denominator: 6 } }, { date: '2023-06-30' }, { checks: { '1': { status: 'unmet', gapCount: 1, thresholdStatus: 'unverified' } } }, '04/2022/QĐ-TTg, Phụ lục I');
ev(CUW, 'all-nine-full-recognised', tx('Đủ 9/9 tiêu chí — đạt', 'All 9/9 criteria — met'), Object.fromEntries(KHE_TRE.map((t, i) => [String(i + 1), { numerator: t, denominator: t }])), { date: '2023-06-30' }, { status: 'met', recognised: true, criteriaProgress: { met: 9, total: 9, percent: '100' } });
ev(CUW, 'khe-tre-target-50-of-52', tx('Chỉ tiêu 2023 của Khe Tre: 50/52 nội dung — 7/9 tiêu chí (hai nội dung thiếu ở hai tiêu chí, minh họa)', 'Khe Tre\'s 2023 target: 50/52 contents — 7/9 criteria (the two contents short in two criteria, illustrative)'),
  Object.fromEntries(KHE_TRE.map((t, i) => [String(i + 1), { numerator: t - (i === 2 || i === 8 ? 1 : 0), denominator: t }])), { date: '2023-12-31' }, { criteriaProgress: { met: 7, total: 9 } }, 'seed 003_58059cd68c956849.txt, dòng 197: "50/52 nội dung"');
ev(CUD, 'all-nine-met', tx('Quận/thị xã: 9/9 — đạt', 'Urban district/town: 9/9 — met'), Object.fromEntries(Array.from({ length: 9 }, (_, i) => [String(i + 1), { percent: 100 }])), { date: '2024-06-30' }, { status: 'met', criteriaProgress: { met: 9, total: 9 } }, '04/2022/QĐ-TTg, Phụ lục II');
ev(CUD, 'criterion-9-99.99', tx('Tiêu chí 9: 99,99 % (< 100 %) — chưa đạt', 'Criterion 9: 99.99 % (< 100 %) — unmet'), { '9': { percent: '99.99' } }, { date: '2024-06-30' }, { checks: { '9': unmet('99.99', '100', '0.01') } });
ev(CUD, 'criterion-2-missing', tx('Tiêu chí 2 không có số liệu — thiếu (không coi là 0)', 'Criterion 2 not given — missing (never zero)'), { '2': null }, { date: '2024-06-30' }, { checks: { '2': { status: 'missing', reason: 'input-missing' } } });
ev(CUD, 'counts-3-of-4', tx('Tiêu chí 4: 3/4 — chưa đạt, thiếu 1', 'Criterion 4: 3/4 — unmet, one short'), { '4': { numerator: 3, denominator: 4 } }, { date: '2024-06-30' }, { checks: { '4': { ...unmet('75', '100', '25'), gapCount: 1 } } });
ev(CUD, 'error-before-2022-04-15', tx('14/04/2022: trước khi 04/2022/QĐ-TTg có hiệu lực — lỗi', '2022-04-14: before 04/2022/QĐ-TTg took effect — error'), {}, { date: '2022-04-14' }, { error: { name: 'ContextError', codes: ['date-outside-validity'] } });

// ---- rulebookFor(kind, date): which set is in force ----
function rf(name: string, description: Text, kind: string, date: string, expected: Record<string, unknown>): void {
  add('rulebooks', { id: `rulebook-for/${name}`, description, function: 'rulebookFor', input: { kind, date }, expected });
}
rf('commune-2025-12-31', tx('Xã NTM ngày 31/12/2025: bộ 2021–2025', 'Commune NTM on 2025-12-31: the 2021–2025 set'), 'commune-ntm', '2025-12-31', { id: C21 });
rf('commune-2026-01-20-gap', tx('Xã NTM ngày 20/01/2026: khoảng trống giữa hai bộ — lỗi', 'Commune NTM on 2026-01-20: the gap between the two sets — error'), 'commune-ntm', '2026-01-20', { error: { name: 'NoRulebookInForceError', codes: ['no-rulebook-in-force'] } });
rf('commune-2026-02-15', tx('Xã NTM ngày 15/02/2026: bộ 2026–2030', 'Commune NTM on 2026-02-15: the 2026–2030 set'), 'commune-ntm', '2026-02-15', { id: C26 });
rf('district-2025-07-01', tx('Huyện NTM ngày 01/07/2025: không còn — lỗi', 'District NTM on 2025-07-01: none — error'), 'district-ntm', '2025-07-01', { error: { name: 'NoRulebookInForceError' } });
rf('civilized-urban-2030', tx('Đô thị văn minh (phường, thị trấn) năm 2030: bộ 2022 còn hiệu lực (chưa có ngày hết)', 'Civilized urban ward/township in 2030: the 2022 set (no end date)'), 'civilized-urban-ward-township', '2030-01-01', { id: CUW, validTo: null });

// ---------------------------------------------------------------------------------------------
// Ladder
// ---------------------------------------------------------------------------------------------
const SEED003 = 'seed 003_58059cd68c956849.txt, mục I.1.b (Nam Đông, 6 tháng đầu năm 2023)';
add('ladder', { id: 'ladder/nam-dong-huong-loc-17-of-19', description: tx('Hương Lộc (Nam Đông): NTM 17/19 theo báo cáo — chưa đạt, còn 2 tiêu chí', 'Hương Lộc (Nam Đông): NTM 17/19 as reported — not reached, 2 criteria to go'), function: 'assessCommuneLadder',
  input: { ntm: { reported: { criteriaMet: 17, criteriaTotal: 19 } } }, options: { context: { date: '2023-06-30', region: 'BTB' } },
  expected: { highest: 'none', levels: { ntm: { rulebook: C21, status: 'unmet', criteriaProgress: { met: 17, total: 19, percent: '89.47' }, reached: false } }, next: { level: 'ntm', criteriaToGo: 2 } }, source: SEED003 });
add('ladder', { id: 'ladder/nam-dong-huong-xuan-19-of-19', description: tx('Hương Xuân: NTM 19/19, nâng cao 17/19 — bậc cao nhất là NTM', 'Hương Xuân: NTM 19/19, advanced 17/19 — highest rung NTM'), function: 'assessCommuneLadder',
  input: { ntm: { reported: { criteriaMet: 19, criteriaTotal: 19 } }, advanced: { reported: { criteriaMet: 17, criteriaTotal: 19 } } }, options: { context: { date: '2023-06-30', region: 'BTB' } },
  expected: { highest: 'ntm', levels: { ntm: { reached: true }, advanced: { criteriaProgress: { met: 17, total: 19, percent: '89.47' }, reached: false } }, next: { level: 'advanced', criteriaToGo: 2 } }, source: SEED003 });
add('ladder', { id: 'ladder/nam-dong-roll-up', description: tx('Huyện Nam Đông: 4/9 tiêu chí huyện; 1/9 xã đạt NTM (Hương Xuân) — chưa đạt huyện NTM', 'Nam Đông district: 4/9 district criteria; 1 of 9 communes NTM (Hương Xuân) — not an NTM district'), function: 'rollUpDistrict',
  input: {
    district: { '1.1': true, '2.1': true, '2.2': { numerator: 40, denominator: 48 }, '2.3': true, '2.4': true, '3.1': true, '3.2': true, '4.1': true,
      '5.1': false, '5.2': false, '5.3': true, '5.4': true, '6.1': false, '6.2': false, '6.3': false, '6.4': true,
      '7.1': false, '7.2': false, '7.3': false, '7.4': false, '7.5': true, '7.6': true, '7.7': true, '7.8': true,
      '8.1': false, '8.2': true, '8.3': true, '8.4': true, '8.5': true, '9': true },
    communes: [
      { name: 'Hương Xuân', ntm: { met: 19, total: 19 }, advanced: { met: 17, total: 19 } }, { name: 'Hương Lộc', ntm: { met: 17, total: 19 }, advanced: { met: 16, total: 19 } },
      { name: 'Hương Phú', ntm: { met: 17, total: 19 }, advanced: { met: 16, total: 19 } }, { name: 'Thượng Nhật', ntm: { met: 17, total: 19 } },
      { name: 'Thượng Long', ntm: { met: 16, total: 19 } }, { name: 'Hương Sơn', ntm: { met: 14, total: 19 } }, { name: 'Hương Hữu', ntm: { met: 13, total: 19 } },
      { name: 'Thượng Lộ', ntm: { met: 12, total: 19 } }, { name: 'Thượng Quảng', ntm: { met: 12, total: 19 } },
    ],
  },
  options: { context: { date: '2023-06-30' } },
  expected: { communes: { total: 9, ntm: 1 }, recognised: false, criteria: { criteriaProgress: { met: 4, total: 9, percent: '44.44' } } }, source: `${SEED003}; cách chia chỉ tiêu chưa đạt trong từng tiêu chí huyện là minh họa` });

// ---------------------------------------------------------------------------------------------
// Urban (civilized urban) and urban classification
// ---------------------------------------------------------------------------------------------
const contents = (short: number[]) => Object.fromEntries(KHE_TRE.map((total, i) => [String(i + 1), { met: total - (short[i] ?? 0), total }]));
add('urban', { id: 'civilized-urban/khe-tre-mid-2023', description: tx('Khe Tre giữa 2023: 5/9 tiêu chí, 48/52 nội dung — chưa đạt (cách chia minh họa)', 'Khe Tre mid-2023: 5/9 criteria, 48/52 contents — not met (illustrative split)'), function: 'evaluateCivilizedUrban',
  input: { unit: 'township', recognition: 'first', registered: true, registeredOn: null, contents: contents(kheTreShort), satisfaction: null }, options: { date: '2023-06-30' },
  expected: { criteriaMet: { text: '5/9' }, contentsMet: { text: '48/52' } }, source: 'seed 003_58059cd68c956849.txt, dòng 27' });
add('urban', { id: 'civilized-urban/khe-tre-target-2023', description: tx('Mục tiêu 2023 của Khe Tre: 50/52 nội dung', 'Khe Tre\'s 2023 target: 50/52 contents'), function: 'evaluateCivilizedUrban',
  input: { unit: 'township', recognition: 'first', registered: true, registeredOn: null, contents: contents([0, 0, 1, 0, 0, 0, 0, 0, 1]), satisfaction: null }, options: { date: '2023-12-31' },
  expected: { criteriaMet: { text: '7/9' }, contentsMet: { text: '50/52' } }, source: 'seed 003_58059cd68c956849.txt, dòng 197' });

// Recognition conditions (04/2022/QĐ-TTg, Điều 4): all 9 criteria, ≥ 90 % of residents satisfied, two years of building from registration.
const fullWard = { unit: 'ward', recognition: 'first', registered: true, registeredOn: '2021-06-30', contents: contents([]) };
const QD04 = '04/2022/QĐ-TTg: người dân hài lòng từ 90 % trở lên; thời gian xây dựng 2 năm kể từ khi đăng ký';
add('urban', { id: 'civilized-urban/satisfaction-exactly-90-percent-counts', description: tx('Phường đủ 9/9 tiêu chí, 1.800/2.000 người dân hài lòng (đúng 90 %), đăng ký 30/06/2021, xét 30/06/2023 — được công nhận', 'Ward with 9/9 criteria, 1,800/2,000 residents satisfied (exactly 90 %), registered 2021-06-30, assessed 2023-06-30 — recognised'), function: 'evaluateCivilizedUrban',
  input: { ...fullWard, satisfaction: { numerator: 1800, denominator: 2000 } }, options: { date: '2023-06-30' }, expected: { recognised: true, status: 'met', criteriaMet: { text: '9/9' } }, source: QD04 });
add('urban', { id: 'civilized-urban/satisfaction-1799-of-2000', description: tx('Cùng phường, 1.799/2.000 (dưới 90 %) — chưa được công nhận', 'Same ward, 1,799/2,000 (under 90 %) — not recognised'), function: 'evaluateCivilizedUrban',
  input: { ...fullWard, satisfaction: { numerator: 1799, denominator: 2000 } }, options: { date: '2023-06-30' }, expected: { recognised: false, status: 'unmet' }, source: QD04 });
add('urban', { id: 'civilized-urban/two-years-minus-one-day', description: tx('Đủ điều kiện khác nhưng xét ngày 29/06/2023 — chưa đủ 2 năm kể từ 30/06/2021, chưa đạt', 'Everything else met but assessed 2023-06-29 — not yet two years from 2021-06-30, unmet'), function: 'evaluateCivilizedUrban',
  input: { ...fullWard, satisfaction: { percent: '90' } }, options: { date: '2023-06-29' }, expected: { recognised: false, status: 'unmet' }, source: QD04 });
add('urban', { id: 'civilized-urban/satisfaction-missing', description: tx('Không có kết quả khảo sát người dân — thiếu số liệu, không phải "không đạt"', 'No residents\' survey — missing, not "unmet"'), function: 'evaluateCivilizedUrban',
  input: { ...fullWard, satisfaction: null }, options: { date: '2023-06-30' }, expected: { recognised: false, status: 'missing' }, source: QD04 });

// Bình Sơn, urban type IV (NQ 26/2022/UBTVQH15): 55/63 standards, 78.75 points (split illustrative)
/** Criterion 1.8 scores `extra`, standards 5.8–5.48 score `each`, 5.49 scores `last`. */
function binhSon(extra: string, each = '1.2', last = '1.05'): unknown {
  const s: unknown[] = [];
  const scored = (code: string, criterion: number, points: string) => ({ code, criterion, scored: { points, belowMinimum: false } });
  const below = (code: string, criterion: number) => ({ code, criterion, scored: { points: '0', belowMinimum: true } });
  for (let i = 1; i <= 8; i++) s.push(scored(`1.${i}`, 1, i === 8 ? extra : '1.75'));
  s.push(scored('2.1', 2, '3'), scored('2.2', 2, '3'), below('3.1', 3), scored('3.2', 3, '2'), scored('4.1', 4, '3'), scored('4.2', 4, '3'));
  for (let i = 1; i <= 7; i++) s.push(below(`5.${i}`, 5));
  for (let i = 8; i <= 49; i++) s.push(scored(`5.${i}`, 5, i === 49 ? last : each));
  return { standards: s };
}
const NQ26 = 'Nghị quyết 26/2022/UBTVQH15: đô thị loại IV cần ≥ 75 điểm';
add('urban', { id: 'urban-classification/binh-son-78.75', description: tx('Bình Sơn 2023: 55/63 tiêu chuẩn, 78,75 điểm (> 75) — đạt (điểm từng tiêu chuẩn là minh họa, cộng đúng tổng báo cáo)', 'Bình Sơn 2023: 55/63 standards, 78.75 points (> 75) — passes (per-standard points illustrative, adding up to the reported total)'), function: 'scoreUrbanClassification',
  input: binhSon('2.25'), options: { type: 'IV', date: '2023-12-31' }, expected: { totalDisplay: '78.75', standardsMet: { text: '55/63' }, passes: true }, source: 'seed 004_cff891ee20d8fea1.txt, dòng 37–39: "55/63 tiêu chuẩn", "78,75 điểm (>75 điểm)"' });
add('urban', { id: 'urban-classification/exactly-75', description: tx('Hồ sơ kiểu Bình Sơn cộng đúng 75 điểm (12,25 + 2,6 + 14 + 41 × 1,1 + 1,05; ngưỡng ≥ 75) — đạt', 'A Bình Sơn-like dossier totalling exactly 75 points (12.25 + 2.6 + 14 + 41 × 1.1 + 1.05; ≥ 75) — passes'), function: 'scoreUrbanClassification',
  input: binhSon('2.6', '1.1'), options: { type: 'IV', date: '2023-12-31' }, expected: { totalDisplay: '75', passes: true }, source: NQ26 });
add('urban', { id: 'urban-classification/74.99', description: tx('Cùng hồ sơ, 74,99 điểm — không đạt', 'The same dossier at 74.99 points — does not pass'), function: 'scoreUrbanClassification',
  input: binhSon('2.59', '1.1'), options: { type: 'IV', date: '2023-12-31' }, expected: { totalDisplay: '74.99', passes: false }, source: NQ26 });

// ---------------------------------------------------------------------------------------------
// OCOP
// ---------------------------------------------------------------------------------------------
const BANDS = '148/QĐ-TTg: 3★ 50–<70, 4★ 70–<90, 5★ ≥ 90 (1★ < 30, 2★ 30–<50 as in 1048/QĐ-TTg)';
const stars: Array<[string, number]> = [['0', 1], ['29.99', 1], ['30', 2], ['49.99', 2], ['50', 3], ['69.99', 3], ['70', 4], ['89.99', 4], ['90', 5], ['100', 5]];
for (const [score, star] of stars) {
  add('ocop', { id: `ocop/star-for-score-${score}`, description: tx(`${score} điểm → ${star} sao`, `${score} points → ${star} stars`), function: 'ocopStarForScore', input: { score }, expected: { star }, source: BANDS });
}
add('ocop', { id: 'ocop/star-for-score-above-100', description: tx('100,01 điểm — ngoài thang, lỗi', '100.01 points — off the scale, error'), function: 'ocopStarForScore', input: { score: '100.01' }, expected: { error: { name: 'InputError', codes: ['out-of-range'] } } });
add('ocop', { id: 'ocop/star-for-score-negative', description: tx('Điểm âm — lỗi', 'Negative score — error'), function: 'ocopStarForScore', input: { score: -1 }, expected: { error: { name: 'InputError', codes: ['out-of-range'] } } });
add('ocop', { id: 'ocop/certificate-36-months', description: tx('Công nhận 25/12/2024: giấy chứng nhận 36 tháng, hết hạn 25/12/2027; ngày 01/07/2027 còn 177 ngày', 'Recognised 2024-12-25: 36-month certificate, expires 2027-12-25; 177 days left on 2027-07-01'), function: 'ocopCertificateStatus',
  input: { recognisedOn: '2024-12-25' }, options: { asOf: '2027-07-01' }, expected: { validityMonths: 36, expiresOn: '2027-12-25', status: 'valid', daysLeft: 177 }, source: '148/QĐ-TTg: giấy chứng nhận có giá trị 36 tháng' });
add('ocop', { id: 'ocop/certificate-last-valid-day', description: tx('Đúng ngày hết hạn 25/12/2027 — còn hiệu lực, 0 ngày', 'On the expiry day 2027-12-25 — still valid, 0 days left'), function: 'ocopCertificateStatus',
  input: { recognisedOn: '2024-12-25' }, options: { asOf: '2027-12-25' }, expected: { status: 'valid', daysLeft: 0 } });
add('ocop', { id: 'ocop/certificate-expired-next-day', description: tx('26/12/2027 — hết hạn', '2027-12-26 — expired'), function: 'ocopCertificateStatus',
  input: { recognisedOn: '2024-12-25' }, options: { asOf: '2027-12-26' }, expected: { status: 'expired', daysLeft: -1 } });
add('ocop', { id: 'ocop/certificate-not-yet-issued', description: tx('Xem xét trước ngày công nhận — chưa cấp', 'Asked before the recognition date — not yet issued'), function: 'ocopCertificateStatus',
  input: { recognisedOn: '2024-12-25' }, options: { asOf: '2024-12-24' }, expected: { status: 'not-yet-issued' } });
add('ocop', { id: 'ocop/certificate-under-1048', description: tx('Công nhận 2021 theo 1048/QĐ-TTg: 36 tháng', 'Recognised in 2021 under 1048/QĐ-TTg: 36 months'), function: 'ocopCertificateStatus',
  input: { recognisedOn: '2021-10-15' }, options: { asOf: '2023-11-30' }, expected: { issuedUnder: '1048-2019', expiresOn: '2024-10-15', status: 'valid' } });
add('ocop', { id: 'ocop/certificate-invalid-date', description: tx('Ngày 30/02 không có thật — lỗi', 'February 30 does not exist — error'), function: 'ocopCertificateStatus',
  input: { recognisedOn: '2024-02-30' }, options: { asOf: '2024-06-30' }, expected: { error: { name: 'ContextError', codes: ['invalid-date'] } } });

// rateOcopProduct on the 148/QĐ-TTg sheet for product set 1. Only the INPUT is built from the sheet
// (every criterion at its highest-scoring option); the expected totals are the sheet's maxima
// (A 40 + B 25 + C 35 = 100) and the band table above.
const sheet1 = builtInOcopScoreSheets['148-2023']!['1']!;
const best: Record<string, string> = {};
for (const part of sheet1.parts) for (const section of part.sections) {
  for (const c of section.pickOne ? section.criteria.slice(0, 1) : section.criteria) best[c.id] = [...c.options].sort((a, b) => b.points - a.points)[0]!.id;
}
add('ocop', { id: 'ocop/rate-148-sheet-1-all-best-100', description: tx('Phiếu 148/QĐ-TTg bộ sản phẩm 1, mọi tiêu chí ở mức cao nhất: 100 điểm (A 40, B 25, C 35) — 5 sao, cấp Bộ công nhận', '148/QĐ-TTg sheet for product set 1, every criterion at its best option: 100 points (A 40, B 25, C 35) — 5 stars, recognised by the ministry'), function: 'rateOcopProduct',
  input: { productSet: 1, choices: best }, options: { date: '2024-05-10' }, expected: { total: '100', bandStar: 5, star: 5, recognisable: true, authority: { level: 'ministry' }, version: { id: '148-2023' } }, source: '148/QĐ-TTg, Phụ lục (phiếu đánh giá bộ sản phẩm 1); hạng sao theo điểm' });
add('ocop', { id: 'ocop/rate-148-sheet-1-69-points-3-stars', description: tx('Cùng phiếu, hạ 13 tiêu chí xuống còn 69 điểm — 3 sao (dưới ngưỡng 70 của 4 sao); tổng 69 khớp với kiểm thử OCOP của thư viện', 'Same sheet, 13 criteria lowered to 69 points — 3 stars (below the 70 of 4 stars); the 69 total agrees with the library\'s OCOP test'), function: 'rateOcopProduct',
  input: { productSet: 1, choices: { ...best, '5a': 2, '6c': 0, '6d': 0, '7': 0, '12': 1, '1a': 1, '1e': 0, '3a': 1, '3b': 0, '1đ': 1, '4a': 1, '6b': 3, '8': 3 } }, options: { date: '2024-05-10' }, expected: { total: '69', bandStar: 3, star: 3, downgrade: null }, source: '148/QĐ-TTg: 3★ từ 50 đến dưới 70 điểm' });
add('ocop', { id: 'ocop/rate-unknown-product-set', description: tx('Bộ sản phẩm không tồn tại — lỗi', 'A product set that does not exist — error'), function: 'rateOcopProduct',
  input: { productSet: 999, choices: {} }, options: { date: '2024-05-10' }, expected: { error: { name: 'UnknownProductSetError' } } });

const DUC_PHO = [
  { name: 'Nếp ngự Sa Huỳnh', producer: 'HTX Nông nghiệp Phổ Châu', star: null, group: 1, year: 2021 },
  { name: 'Muối hầm', star: 4, group: 1, year: 2022 }, { name: 'Muối tre', star: 4, group: 1, year: 2022 },
  { name: 'Sản phẩm 3 sao 2022 (1)', star: 3, group: 1, year: 2022 }, { name: 'Sản phẩm 3 sao 2022 (2)', star: 3, group: 1, year: 2022 },
  { name: 'Sản phẩm 3 sao 2022 (3)', star: 3, group: 1, year: 2022 }, { name: 'Sản phẩm 3 sao 2022 (4)', star: 3, group: 1, year: 2022 },
  { name: 'Sản phẩm 3 sao 2022 (5)', star: 3, group: 1, year: 2022 }, { name: 'Sản phẩm 3 sao 2022 (6)', star: 3, group: 1, year: 2022 },
  { name: 'Dưa lưới', star: 3, group: 1, year: 2023 },
];
add('ocop', { id: 'ocop/duc-pho-portfolio', description: tx('Đức Phổ: 2021 một sản phẩm (chưa rõ hạng), 2022 tám sản phẩm (2 × 4★, 6 × 3★), 2023 một 3★ (tên sáu sản phẩm 3★ 2022 viết tắt; nhóm sản phẩm giả định)', 'Đức Phổ: 2021 one product (class not stated), 2022 eight (2 × 4★, 6 × 3★), 2023 one 3★ (the six 2022 3★ names abbreviated; groups assumed)'), function: 'summarizeOcopPortfolio',
  input: { products: DUC_PHO }, options: { asOf: '2023-11-30' },
  expected: { byYear: { '2021': { total: 1, unknown: 1 }, '2022': { total: 8, 3: 6, 4: 2, 5: 0 }, '2023': { total: 1, 3: 1 } } }, source: 'seed 000_a7bd56a1d1ec181e.txt, mục I.1 (OCOP)' });

// ---------------------------------------------------------------------------------------------
// Poverty
// ---------------------------------------------------------------------------------------------
function hh(standard: string, name: string, description: Text, household: unknown, options: unknown, expected: Record<string, unknown>, source?: string): void {
  add('poverty', { id: `${standard}/${name}`, description, function: 'classifyHousehold', standard, input: household, options, expected: { standard: { id: standard }, ...expected }, ...(source ? { source } : {}) });
}
const dep = (codes: string[]) => Object.fromEntries(codes.map((c) => [c, true]));
const IND16 = ['healthServiceAccess', 'healthInsurance', 'adultEducation', 'childSchoolAttendance', 'housingQuality', 'housingArea', 'waterSource', 'latrine', 'telecom', 'informationMeans'];
const IND22 = ['employment', 'dependants', 'nutrition', 'healthInsurance', 'adultEducation', 'childSchoolAttendance', 'housingQuality', 'housingArea', 'waterSource', 'latrine', 'telecom', 'informationMeans'];
const IND27 = ['employment', 'dependants', 'healthInsurance', 'nutrition', 'adultEducation', 'childSchoolAttendance', 'housingArea', 'housingQuality', 'telecom', 'waterSource', 'latrine', 'wasteDisposal'];
/** Every indicator of the standard given: `deprived` true, all others false (an indicator left out is unknown, not "not deprived"). */
const all = (codes: string[], deprived: string[]) => Object.fromEntries(codes.map((c) => [c, deprived.includes(c)]));
const P22 = 'vn-poverty-2022-2026';
const ND07 = '07/2021/NĐ-CP, Điều 3: nông thôn 1.500.000, thành thị 2.000.000 đ/người/tháng; nghèo khi thiếu ≥ 3 chỉ số';
hh(P22, 'rural-at-line-3-deprivations-poor', tx('Nông thôn, đúng 1.500.000 đ, thiếu 3 chỉ số — hộ nghèo', 'Rural, exactly 1,500,000 đ, 3 deprivations — poor'), { income: { perCapitaMonthly: 1500000 }, deprivations: dep(['healthInsurance', 'housingArea', 'latrine']) }, { date: '2024-06-30', area: 'rural' }, { category: 'poor' }, ND07);
hh(P22, 'rural-at-line-2-deprivations-near-poor', tx('Nông thôn, 1.500.000 đ, thiếu 2 chỉ số — cận nghèo', 'Rural, 1,500,000 đ, 2 deprivations — near-poor'), { income: { perCapitaMonthly: 1500000 }, deprivations: all(IND22, ['healthInsurance', 'latrine']) }, { date: '2024-06-30', area: 'rural' }, { category: 'near-poor' }, ND07);
hh(P22, 'two-deprivations-others-unknown-indeterminate', tx('Nông thôn, 1.500.000 đ, thiếu 2, các chỉ số khác không rõ — không xác định (chỉ số không nhập không được coi là "không thiếu")', 'Rural, 1,500,000 đ, 2 deprivations, the other indicators not given — indeterminate (an indicator left out is not taken as "not deprived")'), { income: { perCapitaMonthly: 1500000 }, deprivations: dep(['healthInsurance', 'latrine']) }, { date: '2024-06-30', area: 'rural' }, { category: 'indeterminate' }, ND07);
hh(P22, 'rural-one-dong-above-line', tx('Nông thôn, 1.500.001 đ (trên chuẩn 1 đồng), thiếu 3 — không còn nghèo: mức sống trung bình', 'Rural, 1,500,001 đ (one đồng over), 3 deprivations — not poor: average living standard'), { income: { perCapitaMonthly: 1500001 }, deprivations: dep(['healthInsurance', 'housingArea', 'latrine']) }, { date: '2024-06-30', area: 'rural' }, { category: 'average-living-standard' }, ND07);
hh(P22, 'urban-at-line-3-deprivations-poor', tx('Thành thị, đúng 2.000.000 đ, thiếu 3 — hộ nghèo', 'Urban, exactly 2,000,000 đ, 3 deprivations — poor'), { income: { perCapitaMonthly: 2000000 }, deprivations: dep(['healthInsurance', 'housingArea', 'latrine']) }, { date: '2024-06-30', area: 'urban' }, { category: 'poor' }, ND07);
hh(P22, 'urban-1.8m-is-below-urban-line', tx('Thành thị, 1.800.000 đ (trên chuẩn nông thôn nhưng dưới chuẩn thành thị), thiếu 1 — cận nghèo', 'Urban, 1,800,000 đ (over the rural line, under the urban one), 1 deprivation — near-poor'), { income: { perCapitaMonthly: 1800000 }, deprivations: all(IND22, ['latrine']) }, { date: '2024-06-30', area: 'urban' }, { category: 'near-poor' }, ND07);
hh(P22, 'rural-above-average-band', tx('Nông thôn, 2.250.001 đ (trên mức sống trung bình) — không thuộc diện', 'Rural, 2,250,001 đ (above the average-living band) — not classified'), { income: { perCapitaMonthly: 2250001 } }, { date: '2024-06-30', area: 'rural' }, { category: 'not-classified' }, '07/2021/NĐ-CP, Điều 3, khoản 2, điểm c (ngưỡng 2.250.000 là thứ cấp)');
hh(P22, 'household-income-total', tx('Tổng thu nhập 54.000.000 đ / 3 người / 12 tháng = 1.500.000 đ/người/tháng, thiếu 3 — nghèo', 'Household income 54,000,000 đ / 3 people / 12 months = 1,500,000 per person-month, 3 deprivations — poor'), { income: { householdTotal: 54000000, members: 3, months: 12 }, deprivations: dep(['healthInsurance', 'housingArea', 'latrine']) }, { date: '2024-06-30', area: 'rural' }, { category: 'poor', income: { perCapitaMonthly: { decimal: '1500000' } } }, ND07);
hh(P22, 'year-2026-still-applies', tx('Năm 2026 vẫn áp chuẩn 07/2021 (Nghị định 351/2025 chuyển tiếp)', '2026 still uses the 07/2021 standard (transition in Decree 351/2025)'), { income: { perCapitaMonthly: 1500000 }, deprivations: dep(['healthInsurance', 'housingArea', 'latrine']) }, { date: '2026-12-31', area: 'rural' }, { category: 'poor' }, '351/2025/NĐ-CP, điều khoản chuyển tiếp');

const P16 = 'vn-poverty-2016-2021';
const QD59 = '59/2015/QĐ-TTg: nông thôn 700.000 / 1.000.000, thành thị 900.000 / 1.300.000 đ; thiếu ≥ 3 chỉ số';
hh(P16, 'rural-at-poverty-line-poor', tx('Nông thôn 2018, đúng 700.000 đ — nghèo (không cần xét thiếu hụt)', 'Rural 2018, exactly 700,000 đ — poor (deprivations not needed)'), { income: { perCapitaMonthly: 700000 } }, { date: '2018-06-30', area: 'rural' }, { category: 'poor' }, QD59);
hh(P16, 'rural-between-lines-3-deprivations-poor', tx('Nông thôn, 1.000.000 đ và thiếu 3 — nghèo', 'Rural, 1,000,000 đ and 3 deprivations — poor'), { income: { perCapitaMonthly: 1000000 }, deprivations: dep(['healthInsurance', 'housingArea', 'latrine']) }, { date: '2018-06-30', area: 'rural' }, { category: 'poor' }, QD59);
hh(P16, 'rural-between-lines-2-deprivations-near-poor', tx('Nông thôn, 700.001 đ, thiếu 2 — cận nghèo', 'Rural, 700,001 đ, 2 deprivations — near-poor'), { income: { perCapitaMonthly: 700001 }, deprivations: all(IND16, ['healthInsurance', 'latrine']) }, { date: '2018-06-30', area: 'rural' }, { category: 'near-poor' }, QD59);
hh(P16, 'urban-at-near-poverty-line', tx('Thành thị, đúng 1.300.000 đ, thiếu 0 — cận nghèo', 'Urban, exactly 1,300,000 đ, no deprivations — near-poor'), { income: { perCapitaMonthly: 1300000 }, deprivations: all(IND16, []) }, { date: '2020-06-30', area: 'urban' }, { category: 'near-poor' }, QD59);
hh(P16, 'urban-at-poverty-line', tx('Thành thị, 900.000 đ — nghèo', 'Urban, 900,000 đ — poor'), { income: { perCapitaMonthly: 900000 } }, { date: '2021-12-31', area: 'urban' }, { category: 'poor' }, `${QD59}; năm 2021 áp dụng tiếp (07/2021/NĐ-CP Điều 2)`);
hh(P16, 'rural-above-near-poverty-line', tx('Nông thôn, 1.000.001 đ, thiếu 4 — không nghèo, không cận nghèo', 'Rural, 1,000,001 đ, 4 deprivations — neither poor nor near-poor'), { income: { perCapitaMonthly: 1000001 }, deprivations: dep(['healthInsurance', 'housingArea', 'latrine', 'telecom']) }, { date: '2018-06-30', area: 'rural' }, { category: 'average-living-standard' }, QD59);

const P27 = 'vn-poverty-2027-2030';
const ND351 = '351/2025/NĐ-CP: nông thôn 2.200.000, thành thị 2.800.000 đ; thiếu ≥ 3 chỉ số (nguồn thứ cấp)';
hh(P27, 'rural-at-line-3-deprivations-poor', tx('Nông thôn 2027, đúng 2.200.000 đ, thiếu 3 — nghèo', 'Rural 2027, exactly 2,200,000 đ, 3 deprivations — poor'), { income: { perCapitaMonthly: 2200000 }, deprivations: dep(['healthInsurance', 'employment', 'nutrition']) }, { date: '2027-06-30', area: 'rural' }, { category: 'poor' }, ND351);
hh(P27, 'rural-at-line-2-deprivations-near-poor', tx('Nông thôn 2027, 2.200.000 đ, thiếu 2 — cận nghèo', 'Rural 2027, 2,200,000 đ, 2 deprivations — near-poor'), { income: { perCapitaMonthly: 2200000 }, deprivations: all(IND27, ['healthInsurance', 'employment']) }, { date: '2027-06-30', area: 'rural' }, { category: 'near-poor' }, ND351);
hh(P27, 'urban-at-line-3-deprivations-poor', tx('Thành thị 2027, đúng 2.800.000 đ, thiếu 3 — nghèo', 'Urban 2027, exactly 2,800,000 đ, 3 deprivations — poor'), { income: { perCapitaMonthly: 2800000 }, deprivations: dep(['healthInsurance', 'employment', 'nutrition']) }, { date: '2027-06-30', area: 'urban' }, { category: 'poor' }, ND351);
hh(P27, 'rural-above-line-band-unknown', tx('Nông thôn 2027, 2.200.001 đ: mức sống trung bình chưa có ngưỡng — không xác định', 'Rural 2027, 2,200,001 đ: the average-living band is unknown — indeterminate'), { income: { perCapitaMonthly: 2200001 } }, { date: '2027-06-30', area: 'rural' }, { category: 'indeterminate' }, '351/2025/NĐ-CP: ngưỡng mức sống trung bình chưa tìm được');
hh(P27, 'first-day-2027-01-01', tx('01/01/2027: chuẩn 2027–2030 bắt đầu áp dụng; 2.000.000 đ nông thôn là nghèo/cận nghèo theo chuẩn mới', '2027-01-01: the 2027–2030 standard starts; 2,000,000 đ rural is under the new line'), { income: { perCapitaMonthly: 2000000 }, deprivations: all(IND27, ['healthInsurance']) }, { date: '2027-01-01', area: 'rural' }, { category: 'near-poor' }, ND351);

add('poverty', { id: 'poverty-rates/binh-son-1810-households', description: tx('Bình Sơn 2023: 1.810 hộ nghèo, tỷ lệ 2,88 % (làm tròn 2 chữ số) ⇒ tổng số hộ từ 62.739 đến 62.956', 'Bình Sơn 2023: 1,810 poor households at 2.88 % (2 decimals) ⇒ between 62,739 and 62,956 households'), function: 'totalsConsistentWithRate',
  input: { count: 1810, percent: '2.88', decimals: 2 }, expected: { range: { min: 62739, max: 62956 } }, source: 'seed 004_cff891ee20d8fea1.txt: "hộ nghèo … 1.810 hộ tỷ lệ 2,88%"' });
add('poverty', { id: 'poverty-rates/binh-son-exact-share', description: tx('1.810 / 62.850 hộ = 181/6285 (tổng 62.850 là giả định trong khoảng trên; chuỗi thập phân 40 chữ số lấy từ thư viện)', '1,810 / 62,850 households = 181/6285 (62,850 assumed within the range above; the 40-digit decimal copied from the library)'), function: 'povertyRatesFromCounts',
  input: { poor: 1810, 'not-classified': 61040 }, expected: { households: 62850, poor: { ratio: { numerator: '181', denominator: '6285' }, percent: '2.879872712808273667462211614956245027844' } }, source: 'seed 004_cff891ee20d8fea1.txt' });
add('poverty', { id: 'poverty-rates/poor-plus-near-poor', description: tx('4 nghèo, 3 cận nghèo, 93 khác: nghèo 4 %, nghèo đa chiều 7 %', '4 poor, 3 near-poor, 93 other: poor 4 %, multidimensional 7 %'), function: 'povertyRatesFromCounts',
  input: { poor: 4, 'near-poor': 3, 'not-classified': 93 }, expected: { poor: { percent: '4' }, nearPoor: { percent: '3' }, multidimensional: { percent: '7' } } });
add('poverty', { id: 'alkire-foster/two-units-k-half', description: tx('Alkire–Foster, 4 chỉ số đều trọng số, k = 1/2: H = 1/2, A = 1/2, M0 = 1/4', 'Alkire–Foster, 4 equally weighted indicators, k = 1/2: H = 1/2, A = 1/2, M0 = 1/4'), function: 'alkireFoster',
  input: { units: [{ deprivations: { a: true, b: true, c: false, d: false } }, { deprivations: { a: true, b: false, c: false, d: false } }] }, options: { indicators: ['a', 'b', 'c', 'd'], k: '0.5' },
  expected: { population: 2, poor: 1, H: { decimal: '0.5' }, A: { decimal: '0.5' }, M0: { decimal: '0.25' } }, source: 'Alkire & Foster (2011), M0 = H × A' });
add('poverty', { id: 'alkire-foster/k-exactly-met', description: tx('k = 1/4: đơn vị thiếu đúng 1/4 được tính nghèo (≥ k)', 'k = 1/4: a unit deprived in exactly 1/4 counts as poor (≥ k)'), function: 'alkireFoster',
  input: { units: [{ deprivations: { a: true, b: true, c: false, d: false } }, { deprivations: { a: true, b: false, c: false, d: false } }] }, options: { indicators: ['a', 'b', 'c', 'd'], k: '0.25' },
  expected: { poor: 2, H: { decimal: '1' }, A: { numerator: '3', denominator: '8' }, M0: { decimal: '0.375' } } });

// ---------------------------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------------------------
const target = { id: 'KH2023.suy_dinh_duong', title: { vi: 'Tỷ lệ trẻ em DTTS dưới 5 tuổi suy dinh dưỡng', en: 'Underweight EM children under 5' }, metric: 'underweight children / children under 5', unit: '%', comparator: '<=', value: '11', direction: 'lower', deadline: '2023-12-31', scope: 'district', provenance: { instrument: 'seed-003', locator: 'B.I.3.1', status: 'secondary' } };
const T003 = 'seed 003_58059cd68c956849.txt, B.I.3.1: suy dinh dưỡng trẻ em DTTS dưới 5 tuổi ≤ 11 %';
add('targets', { id: 'targets/underweight-exactly-11', description: tx('Chỉ tiêu ≤ 11 %: đúng 11 % — đạt', 'Target ≤ 11 %: exactly 11 % — met'), function: 'evaluateTarget', input: { target, actual: '11' }, options: { asOf: '2023-12-31' }, expected: { status: 'met' }, source: T003 });
add('targets', { id: 'targets/underweight-11.01', description: tx('11,01 % — chưa đạt 0,01 điểm', '11.01 % — unmet by 0.01 points'), function: 'evaluateTarget', input: { target, actual: '11.01' }, options: { asOf: '2023-12-31' }, expected: { status: 'unmet', gap: '0.01', due: true }, source: T003 });
add('targets', { id: 'targets/underweight-missing', description: tx('Không có số liệu — thiếu, không phải 0', 'No figure — missing, not zero'), function: 'evaluateTarget', input: { target, actual: null }, options: { asOf: '2023-06-30' }, expected: { status: 'missing' }, source: T003 });
add('targets', { id: 'targets/underweight-before-deadline', description: tx('Trước hạn (30/06/2023): chưa đến hạn', 'Before the deadline (2023-06-30): not yet due'), function: 'evaluateTarget', input: { target, actual: '8.7' }, options: { asOf: '2023-06-30' }, expected: { due: false, status: 'met' }, source: T003 });
add('targets', { id: 'targets/timber-line', description: tx('Dòng gỗ khai thác: 51.600/1.500 tấn là 3.440 %, không phải 34,4 %; 34,4 % khớp kế hoạch 150.000 tấn ở B.III.1 (khoảng kế hoạch suy ra lấy từ thư viện)', 'The timber line: 51,600/1,500 t is 3,440 %, not 34.4 %; 34.4 % matches the 150,000 t plan of B.III.1 (implied-plan bounds copied from the library)'), function: 'checkReportedProgress',
  input: { actual: '51600', plan: '1500', unit: 'tấn', statedPercent: '34.4', planElsewhere: [{ value: '150000', unit: 'tấn', where: 'B.III.1' }] },
  expected: { consistent: false, computedPercent: '3440', impliedPlan: { min: '149782.2932', max: '150218.3406' }, findings: [{ code: 'percent-mismatch' }, { code: 'plan-mismatch' }] }, source: 'seed 003_58059cd68c956849.txt, III.1: "sản lượng gỗ khai thác ước đạt 51.600/1.500 tấn …, đạt 34,4% KH"' });
add('targets', { id: 'targets/consistent-claim', description: tx('51.600/150.000 tấn = 34,4 % — khớp', '51,600/150,000 t = 34.4 % — consistent'), function: 'checkReportedProgress',
  input: { actual: '51600', plan: '150000', unit: 'tấn', statedPercent: '34.4' }, expected: { consistent: true, computedPercent: '34.4', findings: [] } });

// ---------------------------------------------------------------------------------------------
// Format
// ---------------------------------------------------------------------------------------------
function pn(name: string, description: Text, text: string, options: unknown, expected: Record<string, unknown>): void {
  add('format', { id: `parse-number/${name}`, description, function: 'parseNumber', input: { text }, ...(options ? { options } : {}), expected });
}
pn('thousands-and-decimal', tx('"2.640,4" → 2640.4', '"2.640,4" → 2640.4'), '2.640,4', null, { value: '2640.4', decimals: 1 });
pn('ambiguous-1.485', tx('"1.485" đọc theo kiểu Việt là 1485 và báo mơ hồ', '"1.485" reads as 1485 in Vietnamese notation, flagged ambiguous'), '1.485', null, { value: '1485', ambiguity: { vi: '1485', en: '1.485', chosen: 'vi' } });
pn('ambiguous-1.485-en', tx('"1.485" theo kiểu Anh là 1.485', '"1.485" in English notation is 1.485'), '1.485', { notation: 'en' }, { value: '1.485' });
pn('trailing-zero-kept-as-decimals', tx('"59,30": giữ nguyên độ chính xác đã viết — "59.30", 2 chữ số thập phân', '"59,30": keeps the precision as written — "59.30", 2 decimals'), '59,30', null, { value: '59.30', decimals: 2 });
pn('timber-51.600', tx('"51.600" (dòng gỗ) → 51600', '"51.600" (timber line) → 51600'), '51.600', null, { value: '51600' });
pn('decimal-comma-34.4', tx('"34,4" → 34.4', '"34,4" → 34.4'), '34,4', null, { value: '34.4', ambiguity: null });
function pq(name: string, description: Text, text: string, expected: Record<string, unknown>): void {
  add('format', { id: `parse-quantity/${name}`, description, function: 'parseQuantity', input: { text }, expected });
}
pq('ty-dong', tx('"274,816 tỷ đồng" → 274.816.000.000 đồng', '"274,816 tỷ đồng" → 274,816,000,000 đồng'), '274,816 tỷ đồng', { value: '274.816', scale: 'tỷ', unit: 'đồng', baseValue: '274816000000' });
pq('ngan-tan', tx('"150 ngàn tấn" (kế hoạch gỗ B.III.1) → 150000 tấn', '"150 ngàn tấn" (timber plan B.III.1) → 150000 t'), '150 ngàn tấn', { baseValue: '150000', unit: 'tấn' });
pq('percent', tx('"59,3 %" → đơn vị %', '"59,3 %" → unit %'), '59,3 %', { value: '59.3', unit: '%' });
pq('tan-timber', tx('"51.600 tấn" → 51600 tấn', '"51.600 tấn" → 51600 t'), '51.600 tấn', { value: '51600', unit: 'tấn', baseValue: '51600' });
pq('trieu-dong', tx('"1,5 triệu đồng" → 1.500.000 đồng (chuẩn nghèo nông thôn)', '"1,5 triệu đồng" → 1,500,000 đồng (rural poverty line)'), '1,5 triệu đồng', { value: '1.5', scale: 'triệu', baseValue: '1500000' });

// ---------------------------------------------------------------------------------------------
/** The vector files as they should be on disk: `[file name, JSON text]`, validated. */
export function buildTestVectorFiles(): Array<[string, string]> {
  return [...files].map(([domain, vectors]) => {
    const file = testVectorFileSchema.parse({ schemaVersion: 1, libraryVersion: LIBRARY_VERSION, domain, vectors });
    return [`${domain}.json`, `${JSON.stringify(file, null, 2)}\n`];
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(OUT, { recursive: true });
  for (const [name, text] of buildTestVectorFiles()) {
    writeFileSync(join(OUT, name), text);
    console.log(`${name}: ${files.get(name.replace(/\.json$/, ''))!.length} vectors`);
  }
  console.log(`total: ${[...files.values()].reduce((n, v) => n + v.length, 0)}`);
}
