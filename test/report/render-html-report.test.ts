/*
 * The HTML report without a browser: structure, self-containment, escaping, the numbers on the
 * bars. Real evaluations: the example communes (examples/example-communes.json), the Nam Đông
 * communes as /work/shared/seeds/003_58059cd68c956849.txt (I.1.b) states them, Đức Phổ's OCOP
 * products (seeds/000_a7bd56a1d1ec181e.txt, I.1) and the poverty rates of seeds/003 (I.3.a) and
 * seeds/004_cff891ee20d8fea1.txt (3.1).
 */
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { demoReportInput, exampleCommuneUnits, namDongUnits, NAM_DONG_STANDINGS } from '../../scripts/report-demo.js';
import type { CommuneLadderResult, EvaluationResult } from '../../src/index.js';
import { summarizeOcopPortfolio, type OcopPortfolioSummary } from '../../src/ocop/index.js';
import { classifyHousehold, povertyRates, type PovertyRates } from '../../src/poverty/index.js';
import {
  escapeHtml,
  htmlReportInputSchema,
  renderHtmlReport,
  ReportInputError,
  type HtmlReportInput,
  type ReportEvaluation,
  type ReportLadder,
  type ReportOcopSummary,
  type ReportPovertyRates,
} from '../../src/report/index.js';

const XSS = '<script>window.__pwned = 1</script>';
const XSS_ATTR = '"><img src=x onerror="window.__pwned=2">';

/** All `<rect class="bar …">` of the chart with `data-chart="kind"`, in order. */
function bars(html: string, kind: string): { width: number; value: string; max: string }[] {
  const out: { width: number; value: string; max: string }[] = [];
  const svgs = html.split('<svg ').slice(1).filter((s) => s.includes(`data-chart="${kind}"`));
  for (const svg of svgs) {
    for (const m of svg.matchAll(/<rect class="bar[^"]*"[^>]*? width="([\d.]+)"[^>]*? data-value="([^"]*)" data-max="([^"]*)"/g)) {
      out.push({ width: Number(m[1]), value: m[2] ?? '', max: m[3] ?? '' });
    }
  }
  return out;
}

const count = (html: string, needle: string) => html.split(needle).length - 1;

describe('renderHtmlReport: a self-contained document', () => {
  const html = renderHtmlReport(demoReportInput(), { locale: 'vi' });

  it('is one HTML document with inline CSS and SVG, no script, no external resource', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true);
    expect(count(html, '<style>')).toBe(1);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|@font-face/i);
    // The only URL is SVG's namespace name, which is never fetched.
    const urls = [...html.matchAll(/https?:\/\/[^"'\s<)]+/g)].map((m) => m[0]);
    expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg']));
    expect(html).toContain('@media print');
    expect(html).toContain('@page{size:A4');
  });

  it('gives every chart a <title>, a description, an aria-label and a data table in the same figure', () => {
    const figures = html.split('<figure ').slice(1);
    const svgCount = count(html, '<svg ');
    expect(figures.length).toBe(svgCount);
    for (const f of figures) {
      const body = f.slice(0, f.indexOf('</figure>'));
      expect(body).toMatch(/<svg [^>]*role="img"[^>]*aria-label="[^"]+"/);
      expect(body).toMatch(/<title id="chart-\d+-t">[^<]+<\/title><desc id="chart-\d+-d">/);
      expect(body.indexOf('<table>')).toBeGreaterThan(body.indexOf('</svg>'));
    }
  });

  it('draws, for the demo, 1 overview + 12 criteria + 9 ladder + 2 OCOP + 2 poverty charts, and unmet-gap charts', () => {
    const kinds = [...html.matchAll(/data-chart="([a-z]+)"/g)].map((m) => m[1]);
    const tally = (k: string) => kinds.filter((x) => x === k).length;
    expect(tally('overview')).toBe(1);
    expect(tally('criteria')).toBe(3 + NAM_DONG_STANDINGS.length);
    expect(tally('ladder')).toBe(NAM_DONG_STANDINGS.length);
    expect(tally('ocop')).toBe(2);
    expect(tally('poverty')).toBe(2);
    expect(tally('gaps')).toBeGreaterThanOrEqual(1);
  });

  it('is deterministic (pure): the same input gives the same string', () => {
    expect(renderHtmlReport(demoReportInput(), { locale: 'vi' })).toBe(html);
  });
});

describe('renderHtmlReport: the numbers on the bars', () => {
  it('overview: the Nam Đông communes at 19, 17, 17, 17, 16, 14, 13, 12, 12 of 19 (seeds/003 I.1.b), width = met/total × 400', () => {
    const html = renderHtmlReport({ title: 'Nam Đông', units: namDongUnits() });
    const overview = bars(html, 'overview');
    expect(overview.map((b) => b.value)).toEqual(['19', '17', '17', '17', '16', '14', '13', '12', '12']);
    expect(overview.every((b) => b.max === '19')).toBe(true);
    // 17/19 × 400 = 357.894736… → 357.89; 12/19 × 400 = 252.631578… → 252.63
    expect(overview.map((b) => b.width)).toEqual([400, 357.89, 357.89, 357.89, 336.84, 294.74, 273.68, 252.63, 252.63]);
    expect(html).toContain('17/19 (89,47 %)');
    expect(html).toContain('12/19 (63,16 %)');
  });

  it('example commune B: 17/19 criteria, income 44.5 against ≥ 50 is 89 % of the way (bar 356 of 400), short by 5.5', () => {
    const [, b] = exampleCommuneUnits();
    const vi = renderHtmlReport({ title: 'B', units: [b!] }, { locale: 'vi' });
    expect(bars(vi, 'criteria')).toEqual([{ width: 357.89, value: '17', max: '19' }]);
    const gaps = bars(vi, 'gaps');
    expect(gaps).toContainEqual({ width: 356, value: '0.89', max: '1' }); // 44.5 / 50
    expect(gaps).toContainEqual({ width: 0, value: '0', max: '1' }); // 17.6: a yes/no indicator, not met
    expect(vi).toContain('còn thiếu 5,5 triệu đồng/người/năm');
    const en = renderHtmlReport({ title: 'B', units: [b!] }, { locale: 'en' });
    expect(en).toContain('short by 5.5 million VND/person/year');
    expect(en).toContain('17/19 (89.47 %)');
  });

  it('a ladder position: Hương Xuân reached NTM (19/19), advanced 17/19; Hương Lộc none (17/19)', () => {
    const [xuan, loc] = namDongUnits();
    const html = renderHtmlReport({ title: 'x', units: [xuan!, loc!] }, { locale: 'en' });
    const ladders = html.split('data-chart="ladder"').slice(1).map((s) => s.slice(0, s.indexOf('</svg>')));
    expect(ladders[0]).toContain('Position on the NTM ladder — NTM commune');
    expect(ladders[0]).toMatch(/data-level-index="0" data-reached="true"/);
    expect(ladders[0]).toMatch(/data-level-index="1" data-reached="false"/);
    expect(ladders[0]).toContain('Criteria met: 17/19');
    expect(ladders[1]).toContain('Position on the NTM ladder — none');
    expect(ladders[1]).toMatch(/data-level-index="0" data-reached="false"/);
    expect(html).toContain('Highest rung reached: NTM commune. Next rung: Advanced NTM (2 criteria to go).');
    expect(html).toContain('Highest rung reached: none. Next rung: NTM commune (2 criteria to go).');
  });

  it('OCOP, Đức Phổ (seeds/000 I.1): 2022 has six 3★ and two 4★ on a scale of 8 products', () => {
    const html = renderHtmlReport(demoReportInput(), { locale: 'vi' });
    const ocop = bars(html, 'ocop');
    // byYear first: 2021 (1 star not stated), 2022 (6×3★, 2×4★), 2023 (1×3★); the widest row (8) fills 400.
    expect(ocop.slice(0, 4)).toEqual([
      { width: 50, value: '1', max: '8' },
      { width: 300, value: '6', max: '8' },
      { width: 100, value: '2', max: '8' },
      { width: 50, value: '1', max: '8' },
    ]);
    expect(html).toContain('1. Thực phẩm');
    expect(html).toContain('Tổng: 10 sản phẩm');
  });

  it('poverty: 16.81 % and 10.14 % (seeds/003 I.3.a) on a 0–20 % scale; 2.88 % with 1,810 households (seeds/004 3.1) on 0–5 %', () => {
    const html = renderHtmlReport(demoReportInput(), { locale: 'vi' });
    expect(bars(html, 'poverty')).toEqual([
      { width: 336.2, value: '16.81', max: '20' },
      { width: 202.8, value: '10.14', max: '20' },
      { width: 230.4, value: '2.88', max: '5' },
    ]);
    expect(html).toContain('<td class="num">1.810</td>');
    expect(renderHtmlReport(demoReportInput(), { locale: 'en' })).toContain('<td class="num">1,810</td>');
  });
});

describe('renderHtmlReport: escaping every user-supplied string', () => {
  const [b] = exampleCommuneUnits().slice(1);
  const input: HtmlReportInput = {
    title: XSS,
    subtitle: { vi: XSS_ATTR, en: XSS_ATTR },
    units: [{ ...b!, name: XSS, note: XSS_ATTR }],
    ocop: [{ ...demoReportInput().ocop![0]!, title: XSS, source: XSS, groupLabels: { '1': XSS } }],
    poverty: [{ title: XSS, source: XSS_ATTR, subgroups: [{ label: XSS, rates: { poor: { percent: '2.88' } } }] }],
    notes: [XSS, XSS_ATTR],
  };

  it.each(['vi', 'en'] as const)('never lets a tag or an attribute through (%s)', (locale) => {
    const html = renderHtmlReport(input, { locale });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('onerror="');
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;');
  });

  it('escapes the five special characters and nothing else', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;');
    expect(escapeHtml('Hương Xuân — 17/19')).toBe('Hương Xuân — 17/19');
  });

  it('property: any unit name yields no tag of its own, and the same number of charts', () => {
    const [a] = namDongUnits();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }), (name) => {
        const html = renderHtmlReport({ title: name, units: [{ ...a!, name, note: name }] });
        // The same name with every character replaced by "x" (same length, so the same truncations).
        const same = Array.from(name, () => 'x').join('');
        const plain = renderHtmlReport({ title: same, units: [{ ...a!, name: same, note: same }] });
        expect(count(html, '<svg ')).toBe(count(plain, '<svg '));
        expect(count(html, '<')).toBe(count(plain, '<'));
        const unescaped = escapeHtml(name).replace(/&(lt|gt|quot|#39|amp);/g, (_, c: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[c] ?? '');
        expect(unescaped).toBe(name);
      }),
      { numRuns: 200 },
    );
  });
});

describe('renderHtmlReport: languages and optional sections', () => {
  it('writes its own words in Vietnamese or English and picks the input texts', () => {
    const input = demoReportInput();
    const vi = renderHtmlReport(input, { locale: 'vi' });
    const en = renderHtmlReport(input, { locale: 'en' });
    expect(vi).toContain('<html lang="vi">');
    expect(vi).toContain('Chỉ tiêu chưa đạt và khoảng cách');
    expect(vi).toContain('Ngày báo cáo: 31/12/2023');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Indicators not met and their gaps');
    expect(en).toContain('Report date: 2023-12-31');
    expect(en).toContain('Example commune B (North Central Coast)');
    expect(renderHtmlReport(input)).toBe(vi); // vi by default
  });

  it('leaves out the OCOP and poverty sections when they are not given', () => {
    const html = renderHtmlReport({ title: 'x', units: exampleCommuneUnits() });
    expect(html).not.toContain('id="ocop"');
    expect(html).not.toContain('id="poverty"');
    expect(html).not.toContain('data-chart="ocop"');
  });

  it('renders an OCOP-only or poverty-only report', () => {
    const { ocop, poverty } = demoReportInput();
    const html = renderHtmlReport({ title: 'OCOP', units: [], ocop, poverty });
    expect(count(html, '<svg ')).toBe(4);
    expect(html).not.toContain('id="overview"');
  });

  it('maxChartRows limits the gap chart, not the table (example commune B: 2 unmet, chart 1)', () => {
    const [, b] = exampleCommuneUnits();
    const html = renderHtmlReport({ title: 'B', units: [b!] }, { locale: 'en', maxChartRows: 1 });
    expect(bars(html, 'gaps')).toHaveLength(1);
    expect(html).toContain('The chart draws the first 1 indicators; the table lists all.');
    const gapTable = html.slice(html.indexOf('Data table: Indicators not met and their gaps'));
    expect(count(gapTable.slice(0, gapTable.indexOf('</table>')), '<tr>')).toBe(1 + 2); // header + 2 rows
  });

  it('letter paper on request', () => {
    expect(renderHtmlReport({ title: 'x', units: [] }, { pageSize: 'letter' })).toContain('@page{size:letter');
  });
});

describe('renderHtmlReport: the other domains\' results are accepted as they are', () => {
  it('types: EvaluationResult, CommuneLadderResult, OcopPortfolioSummary and PovertyRates fit the report\'s input types', () => {
    expectTypeOf<EvaluationResult>().toExtend<ReportEvaluation>();
    expectTypeOf<CommuneLadderResult>().toExtend<ReportLadder>();
    expectTypeOf<OcopPortfolioSummary>().toExtend<ReportOcopSummary>();
    expectTypeOf<PovertyRates>().toExtend<ReportPovertyRates>();
  });

  it('poverty by commune from classified households (docs/poverty.md household: 1,500,000 đồng and 3 deprivations, rural → poor)', () => {
    const options = { date: '2024-06-30', area: 'rural' } as const;
    const deprivations = { healthInsurance: true, housingArea: true, latrine: true, employment: false };
    const communes = ['Hương Hữu', 'Hương Hữu', 'Thượng Long'];
    const classified = [1_500_000, 2_500_000, 2_500_000].map((income) => classifyHousehold({ income: { perCapitaMonthly: income }, deprivations }, options));
    expect(classified.map((c) => c.category)).toEqual(['poor', 'not-classified', 'not-classified']);
    const rates = povertyRates(classified, { groupBy: { commune: (_, i) => communes[i]! } });
    const subgroups = Object.entries(rates.groups.commune!).map(([label, r]) => ({ label, rates: r }));
    const html = renderHtmlReport({ title: 'x', units: [], poverty: [{ title: 'Theo xã', subgroups }] }, { locale: 'en' });
    // Hương Hữu: 1 poor of 2 = 50 %; Thượng Long: 0 of 1. Scale 0–50 %.
    const b = bars(html, 'poverty');
    expect(b.slice(0, 3)).toEqual([
      { width: 400, value: '50', max: '50' }, // poor
      { width: 0, value: '0', max: '50' }, // near-poor
      { width: 400, value: '50', max: '50' }, // multidimensional
    ]);
    expect(b.slice(3).map((x) => x.width)).toEqual([0, 0, 0]);
    expect(html).toContain('<th scope="row">Hương Hữu</th><td class="num">2</td><td class="num">1</td><td class="num">50 %</td>');
  });

  it('OCOP: a live portfolio summary renders exactly as its JSON copy', () => {
    const summary = summarizeOcopPortfolio([{ name: 'Muối hầm', star: 4, group: 1, year: 2022 }], { asOf: '2023-11-30' });
    const live = renderHtmlReport({ title: 'x', units: [], ocop: [{ title: 'Đức Phổ', summary }] });
    const loaded = renderHtmlReport(JSON.parse(JSON.stringify({ title: 'x', units: [], ocop: [{ title: 'Đức Phổ', summary }] })) as HtmlReportInput);
    expect(loaded).toBe(live);
    expect(live).toContain('Nhóm 1'); // no group labels given
  });
});

describe('renderHtmlReport: validation at the boundary', () => {
  it('accepts results saved as JSON and renders them exactly as the live objects', () => {
    const input = demoReportInput();
    const loaded = JSON.parse(JSON.stringify(input)) as HtmlReportInput;
    expect(renderHtmlReport(loaded, { locale: 'en' })).toBe(renderHtmlReport(input, { locale: 'en' }));
  });

  it('names the field and the rule, in Vietnamese and English', () => {
    const unit = JSON.parse(JSON.stringify(exampleCommuneUnits()[1])) as { evaluation: { criteriaProgress: { met: number } } };
    unit.evaluation.criteriaProgress.met = 20; // of 19
    const error = (() => {
      try {
        renderHtmlReport({ title: 'x', units: [unit as never] });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ReportInputError);
    const issue = (error as ReportInputError).issues[0]!;
    expect(issue.path).toEqual(['units', 0, 'evaluation', 'criteriaProgress', 'met']);
    expect(issue.message.en).toContain('met must not exceed total');
    expect(issue.message.vi.length).toBeGreaterThan(0);
  });

  it('rejects a unit without an evaluation or a ladder, a bad date and a bad option', () => {
    const paths = (input: unknown, options?: unknown) => {
      try {
        renderHtmlReport(input as HtmlReportInput, options as never);
      } catch (e) {
        return (e as ReportInputError).issues.map((i) => `${i.path.join('.')}:${i.code}`);
      }
      return [];
    };
    expect(paths({ title: 'x', units: [{ name: 'Xã A' }] })).toEqual(['units.0.evaluation:invalid-value']);
    expect(paths({ title: 'x', units: [], date: '2023-02-30' })).toEqual(['date:invalid-format']);
    expect(paths({ title: 'x', units: [] }, { locale: 'fr' })).toEqual(['options.locale:invalid-value']);
    expect(paths({ title: 'x', units: [], colour: 'red' })).toEqual(['colour:unknown-key']);
  });
});

describe('the input format as JSON Schema', () => {
  it('z.toJSONSchema turns htmlReportInputSchema into a JSON Schema with the top-level fields', () => {
    const schema = z.toJSONSchema(htmlReportInputSchema, { io: 'input' }) as { type: string; required: string[]; properties: Record<string, unknown> };
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(['title', 'units']);
    expect(Object.keys(schema.properties)).toEqual(['title', 'subtitle', 'date', 'units', 'ocop', 'poverty', 'notes']);
  });
});

describe('src/report stays pure', () => {
  it('imports no Node module and reads no clock', () => {
    const dir = new URL('../../src/report/', import.meta.url);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const src = readFileSync(new URL(f, dir), 'utf8');
      expect(src, f).not.toMatch(/from 'node:|from '(fs|path|os|url)'|process\.|Date\.now|new Date\(|document\.|window\./);
      expect(src, f).not.toMatch(/from '\.\.\/(ocop|poverty)\//);
    }
  });
});
