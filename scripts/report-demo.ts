/**
 * `npx tsx scripts/report-demo.ts <out.html> [--lang en]`: writes an example HTML report built
 * from real evaluations — the bundled example communes (examples/example-communes.json), the
 * Nam Đông communes' ladder positions as the district's 2023 six-month report states them
 * (/work/shared/seeds/003_58059cd68c956849.txt, section I.1.b), the Đức Phổ OCOP products
 * (seeds/000_a7bd56a1d1ec181e.txt, section I.1) and the poverty rates the reports give
 * (seeds/003 section II.3.a; seeds/004_cff891ee20d8fea1.txt section 3.1).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import communes from '../examples/example-communes.json' with { type: 'json' };
import { withExampleThresholds } from '../examples/example-rulebook.js';
import { assessCommuneLadder, evaluate, rulebookFor, type EvaluationContext, type EvaluationInput, type Locale } from '../src/index.js';
import { DUC_PHO_OCOP } from '../examples/duc-pho-ocop.js';
import { OCOP_PRODUCT_GROUPS, summarizeOcopPortfolio } from '../src/ocop/index.js';
import { renderHtmlReport, type HtmlReportInput, type ReportUnit } from '../src/report/index.js';

/** The nine Nam Đông communes: NTM and advanced criteria met as the report states them (seeds/003, I.1.b). */
export const NAM_DONG_STANDINGS: readonly { name: string; ntm: number; advanced?: number }[] = [
  { name: 'Hương Xuân', ntm: 19, advanced: 17 },
  { name: 'Hương Lộc', ntm: 17, advanced: 16 },
  { name: 'Hương Phú', ntm: 17, advanced: 16 },
  { name: 'Thượng Nhật', ntm: 17 },
  { name: 'Thượng Long', ntm: 16 },
  { name: 'Hương Sơn', ntm: 14 },
  { name: 'Hương Hữu', ntm: 13 },
  { name: 'Thượng Lộ', ntm: 12 },
  { name: 'Thượng Quảng', ntm: 12 },
];


/** The example communes of examples/example-communes.json, evaluated as `npm run demo` does. */
export function exampleCommuneUnits(): ReportUnit[] {
  return communes.map((c) => {
    const context = c.context as EvaluationContext;
    const national = rulebookFor(c.kind, context.date);
    const rulebook = 'thresholdTable' in c ? withExampleThresholds(national) : national;
    return { name: c.name, note: c.about, evaluation: evaluate(rulebook, c.input as EvaluationInput, context) };
  });
}

/** The Nam Đông communes' ladder positions from their reported standings (30/06/2023, region BTB). */
export function namDongUnits(): ReportUnit[] {
  return NAM_DONG_STANDINGS.map((s) => ({
    name: `Xã ${s.name} (Nam Đông)`,
    note: {
      vi: 'Số tiêu chí theo báo cáo 6 tháng đầu năm 2023 của huyện Nam Đông (không có số liệu từng chỉ tiêu).',
      en: 'Criteria met as the Nam Đông district six-month report of 2023 states them (no indicator figures).',
    },
    ladder: assessCommuneLadder(
      {
        ntm: { reported: { criteriaMet: s.ntm, criteriaTotal: 19 } },
        ...(s.advanced === undefined ? {} : { advanced: { reported: { criteriaMet: s.advanced, criteriaTotal: 19 } } }),
      },
      { date: '2023-06-30', region: 'BTB' },
    ),
  }));
}

/** The whole demo report's input. */
export function demoReportInput(): HtmlReportInput {
  const groupLabels = Object.fromEntries(OCOP_PRODUCT_GROUPS.map((g) => [String(g.id), g.label]));
  return {
    title: { vi: 'Báo cáo ví dụ: nông thôn mới, OCOP và giảm nghèo', en: 'Example report: new rural development, OCOP and poverty' },
    subtitle: {
      vi: 'Số liệu xã ví dụ và số liệu trích từ báo cáo của huyện Nam Đông, thị xã Đức Phổ, huyện Bình Sơn (2023).',
      en: 'Example communes and figures quoted from the 2023 reports of Nam Đông district, Đức Phổ town and Bình Sơn district.',
    },
    date: '2023-12-31',
    units: [...exampleCommuneUnits(), ...namDongUnits()],
    ocop: [
      {
        title: { vi: 'Thị xã Đức Phổ (Quảng Ngãi)', en: 'Đức Phổ town (Quảng Ngãi)' },
        source: { vi: 'Báo cáo của thị xã Đức Phổ, tháng 11/2023, mục I.1.', en: 'Đức Phổ town report, November 2023, section I.1.' },
        summary: summarizeOcopPortfolio(DUC_PHO_OCOP, { asOf: '2023-11-30' }),
        groupLabels,
      },
    ],
    poverty: [
      {
        title: { vi: 'Huyện Nam Đông: vùng đồng bào dân tộc thiểu số (06 xã)', en: 'Nam Đông district: ethnic-minority area (6 communes)' },
        source: {
          vi: 'Báo cáo 6 tháng đầu năm 2023 của huyện Nam Đông, mục I.3.a: tỷ lệ hộ nghèo 10,14 % (cuối năm 2021: 16,81 %). Báo cáo chỉ nêu tỷ lệ, không nêu số hộ.',
          en: 'Nam Đông six-month report 2023, section I.3.a: poor households 10.14 % (end of 2021: 16.81 %). The report gives rates only, no household counts.',
        },
        subgroups: [
          { label: { vi: 'Cuối năm 2021', en: 'End of 2021' }, rates: { poor: { percent: '16.81' } } },
          { label: { vi: '6 tháng đầu năm 2023', en: 'First half of 2023' }, rates: { poor: { percent: '10.14' } } },
        ],
      },
      {
        title: { vi: 'Huyện Bình Sơn (Quảng Ngãi)', en: 'Bình Sơn district (Quảng Ngãi)' },
        source: {
          vi: 'Báo cáo của huyện Bình Sơn năm 2023, mục 3.1: hộ nghèo cuối năm 2023 ước 1.810 hộ, tỷ lệ 2,88 %.',
          en: 'Bình Sơn district report 2023, section 3.1: poor households at the end of 2023 estimated at 1,810, 2.88 %.',
        },
        subgroups: [{ label: { vi: 'Toàn huyện, cuối năm 2023 (ước)', en: 'Whole district, end of 2023 (estimate)' }, rates: { poor: { count: 1810, percent: '2.88' } } }],
      },
    ],
    notes: [
      {
        vi: 'Ngưỡng có nhãn "EXAMPLE" là VÍ DỤ, không phải quy định pháp luật.',
        en: 'Thresholds cited as "EXAMPLE" are EXAMPLES, not law.',
      },
    ],
  };
}

/** Renders the demo report in `locale`. */
export function renderDemoReport(locale: Locale = 'vi'): string {
  return renderHtmlReport(demoReportInput(), { locale });
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const out = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--lang');
  if (out === undefined) {
    console.error('Usage: npx tsx scripts/report-demo.ts <out.html> [--lang en]');
    process.exit(2);
  }
  const locale: Locale = process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'vi';
  writeFileSync(out, renderDemoReport(locale), 'utf8');
  console.log(`${locale === 'vi' ? 'Đã ghi báo cáo' : 'Report written to'} ${resolve(out)}`);
}
