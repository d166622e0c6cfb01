/**
 * `npm run demo [-- --lang en]`: evaluates the bundled example communes and prints what is met,
 * unmet, missing, and which thresholds are unknown or unverified; then a short tour of the other
 * domains on figures from the seed reports (a district roll-up, a township, an OCOP product, a
 * household, and a report line checked).
 */
import communes from '../examples/example-communes.json' with { type: 'json' };
import { withExampleThresholds } from '../examples/example-rulebook.js';
import {
  evaluate,
  explain,
  formatNumber,
  pickText,
  rulebookFor,
  NoRulebookInForceError,
  type EvaluationContext,
  type EvaluationInput,
  type Locale,
} from '../src/index.js';
import { describeCriteriaStanding, rollUpDistrict } from '../src/ladder/index.js';
import { evaluateCivilizedUrban } from '../src/urban/index.js';
import { builtInOcopScoreSheets, explainOcopRating, rateOcopProduct } from '../src/ocop/index.js';
import { classifyHousehold, totalsConsistentWithRate } from '../src/poverty/index.js';
import { checkReportedProgress } from '../src/targets/index.js';

const locale: Locale = process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'vi';
const vi = locale === 'vi';
const rule = '─'.repeat(100);

console.log(vi ? 'nong-thon-moi — đánh giá các xã ví dụ' : 'nong-thon-moi — evaluating the example communes');
console.log(
  vi
    ? 'Mọi số liệu xã và mọi ngưỡng có nhãn "EXAMPLE" là VÍ DỤ, không phải quy định pháp luật.'
    : 'All commune figures, and every threshold cited as "EXAMPLE", are EXAMPLES, not law.',
);

for (const commune of communes) {
  const context = commune.context as EvaluationContext;
  const national = rulebookFor(commune.kind, context.date);
  const rulebook = 'thresholdTable' in commune ? withExampleThresholds(national) : national;
  const result = evaluate(rulebook, commune.input as EvaluationInput, context);

  console.log(`\n${rule}\n${pickText(commune.name, locale)}\n${pickText(commune.about, locale)}\n${rule}`);
  for (const line of explain(result, { locale })) console.log(line);
  const unknown = result.unverifiedThresholds.filter((t) => t.status === 'unknown').map((t) => t.indicator);
  if (unknown.length > 0) {
    console.log(
      vi
        ? `→ Cần bổ sung ngưỡng (từ văn bản của tỉnh) cho: ${[...new Set(unknown)].join(', ')}`
        : `→ Thresholds to supply (from your province's text): ${[...new Set(unknown)].join(', ')}`,
    );
  }
}

console.log(`\n${rule}`);
try {
  rulebookFor('commune-ntm', '2026-01-20');
} catch (error) {
  if (!(error instanceof NoRulebookInForceError)) throw error;
  const message = error.issues[0]?.message;
  console.log(vi ? `Chọn bộ tiêu chí cho ngày 20/01/2026: ${message?.vi}` : `Choosing a rulebook for 2026-01-20: ${message?.en}`);
}

// ── A tour of the other domains, on figures from the seed reports ─────────────────────────────
const heading = (vi_: string, en: string) => console.log(`\n${rule}\n${vi ? vi_ : en}\n${rule}`);

heading('Huyện Nam Đông, 6 tháng đầu năm 2023 (báo cáo 003): tổng hợp lên huyện', 'Nam Đông district, first half of 2023 (report 003): the district roll-up');
const standing = (met: number) => ({ met, total: 19 });
const district = rollUpDistrict(
  {
    // The report gives the district 4/9 criteria; which indicators miss it does not say: the first ones here.
    district: {
      '1.1': true, '2.1': true, '2.2': { numerator: 40, denominator: 48 }, '2.3': true, '2.4': true, '3.1': true, '3.2': true, '4.1': true, '9': true,
      ...Object.fromEntries([['5', 4, 2], ['6', 4, 3], ['7', 8, 4], ['8', 5, 1]].flatMap(([code, n, k]) => Array.from({ length: n as number }, (_, i) => [`${code}.${i + 1}`, i >= (k as number)]))),
    },
    communes: [
      { name: 'Hương Xuân', ntm: standing(19), advanced: { met: 17, total: 19 } },
      ...(
        [['Hương Lộc', 17], ['Hương Phú', 17], ['Thượng Nhật', 17], ['Thượng Long', 16], ['Hương Sơn', 14], ['Hương Hữu', 13], ['Thượng Lộ', 12], ['Thượng Quảng', 12]] as const
      ).map(([name, met]) => ({ name, ntm: standing(met) })),
    ],
    townships: [{ name: 'Khe Tre', civilizedUrban: false }],
  },
  { date: '2023-06-30' },
);
console.log(pickText(describeCriteriaStanding(district.criteria).text, locale));
if (district.communeSummary) console.log(pickText(district.communeSummary.text, locale));

heading('Thị trấn Khe Tre: đô thị văn minh (QĐ 04/2022/QĐ-TTg)', 'Khe Tre township: civilized urban area (Decision 04/2022/QĐ-TTg)');
const kheTre = evaluateCivilizedUrban(
  {
    unit: 'township',
    recognition: 'first',
    registered: true,
    registeredOn: null,
    // Illustrative split of contents over the 9 criteria; the report states 5/9 criteria.
    contents: { '1': { met: 6, total: 6 }, '2': { met: 4, total: 5 }, '3': { met: 5, total: 6 }, '4': { met: 6, total: 6 }, '5': { met: 5, total: 5 }, '6': { met: 4, total: 5 }, '7': { met: 7, total: 7 }, '8': { met: 6, total: 6 }, '9': { met: 5, total: 6 } },
    satisfaction: null,
  },
  { date: '2023-06-30' },
);
console.log(`${vi ? 'Tiêu chí đạt' : 'Criteria met'}: ${kheTre.criteriaMet.text}; ${vi ? 'nội dung đạt' : 'contents met'}: ${kheTre.contentsMet.text}; ${pickText(kheTre.summary, locale)}`);

heading('Một sản phẩm OCOP (QĐ 148/QĐ-TTg, bộ 1: rau, củ, quả, hạt tươi)', 'An OCOP product (Decision 148/QĐ-TTg, set 1: fresh produce)');
const sheet = builtInOcopScoreSheets['148-2023']?.['1'];
if (sheet) {
  const choices: Record<string, string | number> = {};
  for (const part of sheet.parts) for (const section of part.sections) for (const c of section.criteria) choices[c.id] = [...c.options].sort((a, b) => b.points - a.points)[0]!.id;
  choices['2a'] = 3; // a provincial rather than a district speciality: misses the 4★ mark
  const rating = rateOcopProduct({ productSet: 1, product: 'Dưa lưới', choices }, { date: '2023-06-30' });
  for (const line of explainOcopRating(rating, { locale }).slice(4, 8)) console.log(line);
}

heading('Một hộ gia đình (chuẩn nghèo đa chiều 2022–2025) và tỷ lệ hộ nghèo Bình Sơn (báo cáo 004)', 'A household (multidimensional poverty 2022–2025) and Bình Sơn\'s poverty rate (report 004)');
const household = classifyHousehold(
  { income: { perCapitaMonthly: 1_500_000 }, deprivations: { healthInsurance: true, housingArea: true, latrine: true, employment: false } },
  { date: '2024-06-30', area: 'rural' },
);
for (const line of household.explanation[locale].slice(0, 3)) console.log(line);
const totals = totalsConsistentWithRate(1810, '2.88', 2);
if (totals) {
  console.log(
    vi
      ? `"1.810 hộ, tỷ lệ 2,88 %" đúng khi tổng số hộ từ ${formatNumber(totals.min, 'vi')} đến ${formatNumber(totals.max, 'vi')}.`
      : `"1,810 households, 2.88 %" holds for ${formatNumber(totals.min, 'en')} to ${formatNumber(totals.max, 'en')} households in all.`,
  );
}

heading('Kiểm tra số liệu báo cáo (báo cáo 003, mục III.1)', 'Checking a reported figure (report 003, section III.1)');
const timber = checkReportedProgress({
  label: vi ? 'gỗ khai thác' : 'timber harvested',
  actual: '51600', plan: '1500', unit: 'tấn', statedPercent: '34.4',
  planElsewhere: [{ value: '150000', unit: 'tấn', where: '003 B.III.1 "150 ngàn tấn"' }],
});
console.log(vi ? '"51.600/1.500 tấn gỗ, đạt 34,4 % KH"' : '"51,600/1,500 t of timber, 34.4 % of plan"');
for (const finding of timber.findings) console.log(`  ${pickText(finding.message, locale)}`);
