import { Decimal } from '../core/decimal.js';
import type { Locale } from '../core/localized-text.js';
import { fromZodIssues } from '../core/zod-issues.js';
import { formatDate } from '../format/format-number.js';
import { LIBRARY_NAME, LIBRARY_VERSION } from '../version.js';
import { escapeHtml } from './escape-html.js';
import { ReportInputError } from './errors.js';
import { attainment } from './internal/attainment.js';
import { reportCss } from './internal/css.js';
import { LEVEL_TEXT, PROVENANCE_TEXT, SOURCE_TEXT, STATUS_TEXT, lookup, word, type WordKey } from './internal/labels.js';
import { attainmentChart, barChart, groupedChart, ladderChart, niceMax, stackedChart, type AttainmentRow, type BarRow, type Rung } from './internal/svg.js';
import { actualText, gapCountText, gapText, num, pick, requiredText } from './internal/text.js';
import {
  htmlReportInputSchema,
  htmlReportOptionsSchema,
  type HtmlReportInput,
  type HtmlReportOptions,
  type ReportText,
} from './report-input-schema.js';
import type { z } from 'zod';

type Input = z.output<typeof htmlReportInputSchema>;
type Unit = Input['units'][number];
type Evaluation = NonNullable<Unit['evaluation']>;
type Ladder = NonNullable<Unit['ladder']>;
type Progress = Evaluation['criteriaProgress'];
type OcopSection = NonNullable<Input['ocop']>[number];
type PovertySection = NonNullable<Input['poverty']>[number];
type StarCounts = OcopSection['summary']['byStar'];
type Rate = PovertySection['subgroups'][number]['rates']['poor'];

const LEVELS = ['ntm', 'advanced', 'model'] as const;

interface Ctx {
  readonly locale: Locale;
  readonly maxChartRows: number;
  nextId(prefix: string): string;
}

const e = escapeHtml;

function w(ctx: Ctx, key: WordKey): string {
  return word(key, ctx.locale);
}

function t(ctx: Ctx, text: ReportText): string {
  return pick(text, ctx.locale);
}

function pct(ctx: Ctx, percent: string): string {
  return `${num(percent, ctx.locale)} %`;
}

function progressText(ctx: Ctx, p: Progress): string {
  return `${p.met}/${p.total} (${pct(ctx, p.percent)})`;
}

function statusHtml(ctx: Ctx, status: string): string {
  return `<span class="st-${e(status)}">${e(lookup(STATUS_TEXT, status, ctx.locale))}</span>`;
}

/** A data table; `cells` are HTML (already escaped); `numeric` marks right-aligned columns. */
function table(caption: string, headers: readonly string[], rows: readonly (readonly string[])[], numeric: readonly number[] = []): string {
  const head = `<thead><tr>${headers.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead>`;
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td${numeric.includes(i) ? ' class="num"' : ''}>${c}</td>`)).join('')}</tr>`)
    .join('');
  return `<table><caption>${e(caption)}</caption>${head}<tbody>${body}</tbody></table>`;
}

function figure(ctx: Ctx, caption: string, chart: string, dataTable: string, kind: string, extra = ''): string {
  const id = ctx.nextId('fig');
  return `<figure class="fig fig-${kind}" aria-labelledby="${id}"><figcaption id="${id}">${e(caption)}</figcaption>${chart}${extra}${dataTable}</figure>`;
}

/** The unit's evaluations: its own, then the evaluated ladder levels (one per rulebook). */
function evaluationsOf(unit: Unit): Evaluation[] {
  const list: Evaluation[] = [];
  const seen = new Set<string>();
  const add = (ev: Evaluation | null | undefined) => {
    if (ev && !seen.has(ev.rulebook.id)) {
      seen.add(ev.rulebook.id);
      list.push(ev);
    }
  };
  add(unit.evaluation);
  if (unit.ladder) for (const level of LEVELS) add(unit.ladder.levels[level].evaluation);
  return list;
}

interface ProgressRow {
  readonly label: string;
  readonly progress: Progress;
  readonly status: string;
}

/** Criteria progress bars of a unit: the evaluation's, then each ladder level with one. */
function progressRows(ctx: Ctx, unit: Unit): ProgressRow[] {
  const rows: ProgressRow[] = [];
  const seen = new Set<string>();
  if (unit.evaluation) {
    rows.push({ label: t(ctx, unit.evaluation.rulebook.title), progress: unit.evaluation.criteriaProgress, status: unit.evaluation.status });
    seen.add(unit.evaluation.rulebook.id);
  }
  if (unit.ladder) {
    for (const level of LEVELS) {
      const l = unit.ladder.levels[level];
      if (!l.inForce || l.criteriaProgress === null || l.source === 'not-given') continue;
      if (l.rulebook !== null && seen.has(l.rulebook)) continue;
      rows.push({ label: lookup(LEVEL_TEXT, level, ctx.locale), progress: l.criteriaProgress, status: l.status });
    }
  }
  return rows;
}

function barCls(p: Progress): string {
  return p.total > 0 && p.met === p.total ? 'bar-met' : 'bar-progress';
}

function progressFigure(ctx: Ctx, caption: string, desc: string, rows: readonly (ProgressRow & { readonly name?: string })[], kind: string): string {
  const bars: BarRow[] = rows.map((r) => ({
    label: r.name ?? r.label,
    value: r.progress.met,
    max: r.progress.total,
    text: progressText(ctx, r.progress),
    cls: barCls(r.progress),
  }));
  const chart = barChart(ctx.nextId('chart'), caption, `${desc} ${rows.map((r) => `${r.name ?? r.label}: ${r.progress.met}/${r.progress.total}`).join('; ')}`, bars, kind);
  const headers = [rows.some((r) => r.name !== undefined) ? w(ctx, 'unit') : w(ctx, 'rulebook'), ...(rows.some((r) => r.name !== undefined) ? [w(ctx, 'rulebook')] : []), w(ctx, 'met'), w(ctx, 'total'), w(ctx, 'percent'), w(ctx, 'status')];
  const withName = rows.some((r) => r.name !== undefined);
  const data = rows.map((r) => [
    e(r.name ?? r.label),
    ...(withName ? [e(r.label)] : []),
    String(r.progress.met),
    String(r.progress.total),
    e(pct(ctx, r.progress.percent)),
    statusHtml(ctx, r.status),
  ]);
  const numeric = withName ? [2, 3, 4] : [1, 2, 3];
  return figure(ctx, caption, chart, table(`${w(ctx, 'dataTable')}: ${caption}`, headers, data, numeric), kind);
}

function ladderFigure(ctx: Ctx, ladder: Ladder): string {
  const caption = w(ctx, 'ladder');
  const rungs: Rung[] = LEVELS.map((level) => {
    const l = ladder.levels[level];
    const progress = l.criteriaProgress ? `${w(ctx, 'criteriaMet')}: ${l.criteriaProgress.met}/${l.criteriaProgress.total}` : lookup(SOURCE_TEXT, l.source, ctx.locale);
    return {
      name: lookup(LEVEL_TEXT, level, ctx.locale),
      progress,
      statusText: `${l.reached ? w(ctx, 'reached') : lookup(STATUS_TEXT, l.reachedStatus, ctx.locale)} (${lookup(SOURCE_TEXT, l.source, ctx.locale)})`,
      reached: l.reached,
      current: ladder.highest === level,
      available: l.inForce,
    };
  });
  const highest = ladder.highest === 'none' ? w(ctx, 'none') : lookup(LEVEL_TEXT, ladder.highest, ctx.locale);
  const next = ladder.next
    ? `${w(ctx, 'next')}: ${lookup(LEVEL_TEXT, ladder.next.level, ctx.locale)}${ladder.next.criteriaToGo !== null ? ` (${ctx.locale === 'vi' ? `còn ${ladder.next.criteriaToGo} tiêu chí` : `${ladder.next.criteriaToGo} criteria to go`})` : ''}${ladder.next.blockedBy ? `; ${w(ctx, 'blockedBy')} ${lookup(LEVEL_TEXT, ladder.next.blockedBy, ctx.locale)}` : ''}.`
    : '';
  const currentText = `${w(ctx, 'highest')}: ${highest}. ${next}`.trim();
  const chart = ladderChart(ctx.nextId('chart'), `${caption} — ${highest}`, w(ctx, 'ladderDesc'), rungs, currentText);
  const rows = LEVELS.map((level) => {
    const l = ladder.levels[level];
    return [
      e(lookup(LEVEL_TEXT, level, ctx.locale)),
      e(lookup(SOURCE_TEXT, l.source, ctx.locale)),
      l.criteriaProgress ? e(progressText(ctx, l.criteriaProgress)) : '–',
      statusHtml(ctx, l.status),
      l.prerequisite === null ? '–' : `${e(lookup(LEVEL_TEXT, l.prerequisite.level, ctx.locale))}: ${statusHtml(ctx, l.prerequisite.status)}`,
      e(w(ctx, l.reached ? 'yes' : 'no')),
    ];
  });
  const data = table(`${w(ctx, 'dataTable')}: ${caption}`, [w(ctx, 'level'), w(ctx, 'source'), w(ctx, 'criteriaMet'), w(ctx, 'status'), w(ctx, 'prerequisite'), w(ctx, 'reached')], rows, [2]);
  return figure(ctx, caption, chart, data, 'ladder', `<p class="note">${e(currentText)}</p>`);
}

function unmetFigure(ctx: Ctx, evaluations: readonly Evaluation[]): string {
  const caption = w(ctx, 'unmetTitle');
  const many = evaluations.length > 1;
  const rows: AttainmentRow[] = [];
  const tableRows: string[][] = [];
  for (const ev of evaluations) {
    const prefix = many ? `${t(ctx, ev.rulebook.title)} — ` : '';
    for (const criterion of ev.criteria) {
      for (const indicator of criterion.indicators) {
        for (const check of indicator.checks) {
          if (check.status !== 'unmet') continue;
          const checkName = indicator.checks.length > 1 ? ` — ${check.name ? t(ctx, check.name) : check.key}` : '';
          const label = `${indicator.code} ${t(ctx, indicator.name)}${checkName}`;
          const actual = actualText(check, ctx.locale);
          const required = requiredText(check, ctx.locale);
          const gap = gapText(check, ctx.locale);
          const gapCount = gapCountText(check, ctx.locale);
          rows.push({
            label: `${many ? `[${ev.rulebook.id}] ` : ''}${label}`,
            ratio: attainment(check),
            detail: `${w(ctx, 'actual')} ${actual}; ${w(ctx, 'required')} ${required}${gap ? `; ${gap}` : ''}${gapCount ? `; ${gapCount}` : ''}`,
            cls: 'bar-unmet',
          });
          const p = check.threshold.provenance;
          tableRows.push([
            e(`${prefix}${criterion.code}. ${t(ctx, criterion.name)}`),
            e(label),
            e(actual),
            e(required),
            e(gap || '–'),
            e(gapCount || '–'),
            e(`${p.instrument}, ${p.locator} (${lookup(PROVENANCE_TEXT, check.threshold.status, ctx.locale)})`),
          ]);
        }
      }
    }
  }
  if (rows.length === 0) return `<p class="note no-unmet">${e(w(ctx, 'noUnmet'))}</p>`;
  const shown = rows.slice(0, ctx.maxChartRows);
  const limited = shown.length < rows.length ? `<p class="note">${e(w(ctx, 'chartLimited').replace('{n}', String(shown.length)))}</p>` : '';
  const desc = `${w(ctx, 'unmetDesc')} ${rows.map((r) => r.label).join('; ')}`;
  const chart = attainmentChart(ctx.nextId('chart'), `${caption}: ${rows.length}`, desc, shown);
  const data = table(
    `${w(ctx, 'dataTable')}: ${caption}`,
    [w(ctx, 'criterion'), w(ctx, 'indicator'), w(ctx, 'actual'), w(ctx, 'required'), w(ctx, 'gap'), w(ctx, 'gapCount'), w(ctx, 'threshold')],
    tableRows,
  );
  return figure(ctx, caption, chart, data, 'gaps', limited);
}

/** Missing, indeterminate and non-official thresholds of each evaluation, in words. */
function undecidedHtml(ctx: Ctx, evaluations: readonly Evaluation[]): string {
  const items = evaluations.map((ev) => {
    const missing = new Set<string>();
    const indeterminate = new Set<string>();
    for (const c of ev.criteria)
      for (const i of c.indicators) {
        if (i.status === 'missing') missing.add(i.code);
        if (i.status === 'indeterminate') indeterminate.add(i.code);
      }
    const byStatus = new Map<string, number>();
    for (const u of ev.unverifiedThresholds) byStatus.set(u.status, (byStatus.get(u.status) ?? 0) + 1);
    const parts: string[] = [];
    if (missing.size > 0) parts.push(`${missing.size} ${w(ctx, 'missingCount')}: ${[...missing].join(', ')}`);
    if (indeterminate.size > 0) parts.push(`${indeterminate.size} ${w(ctx, 'indeterminateCount')}: ${[...indeterminate].join(', ')}`);
    if (ev.unverifiedThresholds.length > 0) {
      const detail = [...byStatus].map(([s, n]) => `${lookup(PROVENANCE_TEXT, s, ctx.locale)} ${n}`).join(', ');
      parts.push(`${w(ctx, 'notOfficial')}: ${ev.unverifiedThresholds.length} (${detail})`);
    }
    if (parts.length === 0) return '';
    return `<li><strong>${e(t(ctx, ev.rulebook.title))}</strong>: ${parts.map(e).join('; ')}.</li>`;
  });
  const list = items.filter((i) => i !== '');
  return list.length === 0 ? '' : `<div class="undecided"><h4>${e(w(ctx, 'undecided'))}</h4><ul>${list.join('')}</ul></div>`;
}

function unitSection(ctx: Ctx, unit: Unit, index: number): string {
  const name = t(ctx, unit.name);
  const rows = progressRows(ctx, unit);
  const evaluations = evaluationsOf(unit);
  const parts: string[] = [];
  parts.push(`<h3>${e(name)}</h3>`);
  if (unit.note) parts.push(`<p class="note">${e(t(ctx, unit.note))}</p>`);
  if (unit.evaluation) {
    const ev = unit.evaluation;
    parts.push(
      `<p class="summary">${e(t(ctx, ev.rulebook.title))} — ${e(formatDate(ev.context.date, ctx.locale))}: <strong>${e(w(ctx, ev.recognised ? 'recognised' : 'notRecognised'))}</strong> (${statusHtml(ctx, ev.status)}); ` +
        `${e(w(ctx, 'criteriaMet'))} ${e(progressText(ctx, ev.criteriaProgress))}; ${e(w(ctx, 'indicatorsMet'))} ${e(progressText(ctx, ev.indicatorProgress))}.</p>`,
    );
  }
  if (rows.length > 0) parts.push(progressFigure(ctx, `${w(ctx, 'criteriaProgress')} — ${name}`, w(ctx, 'overviewDesc'), rows, 'criteria'));
  if (unit.ladder) parts.push(ladderFigure(ctx, unit.ladder));
  if (evaluations.length > 0) {
    parts.push(unmetFigure(ctx, evaluations));
    parts.push(undecidedHtml(ctx, evaluations));
  }
  return `<section class="unit" id="unit-${index + 1}" aria-label="${e(name)}">${parts.join('')}</section>`;
}

function overview(ctx: Ctx, units: readonly Unit[]): string {
  const rows = units.flatMap((u) => {
    const first = progressRows(ctx, u)[0];
    return first ? [{ ...first, name: t(ctx, u.name) }] : [];
  });
  if (rows.length === 0) return '';
  return `<section class="overview" id="overview"><h2>${e(w(ctx, 'overview'))}</h2>${progressFigure(ctx, w(ctx, 'overview'), w(ctx, 'overviewDesc'), rows, 'overview')}</section>`;
}

function sortKeys(keys: readonly string[]): string[] {
  return [...keys].sort((a, b) => {
    if (a === 'unknown') return 1;
    if (b === 'unknown') return -1;
    const na = Number(a);
    const nb = Number(b);
    return Number.isFinite(na) && Number.isFinite(nb) ? na - nb : a.localeCompare(b);
  });
}

function starFigure(ctx: Ctx, caption: string, firstHeader: string, counts: Readonly<Record<string, StarCounts>>, labelOf: (key: string) => string): string {
  const legend = [
    { value: 0, cls: 'star-3', name: '3★' },
    { value: 0, cls: 'star-4', name: '4★' },
    { value: 0, cls: 'star-5', name: '5★' },
    { value: 0, cls: 'star-unknown', name: w(ctx, 'starUnknown') },
  ];
  const keys = sortKeys(Object.keys(counts));
  const rows = keys.map((key) => {
    const c = counts[key] as StarCounts;
    return {
      label: labelOf(key),
      segments: [
        { value: c[3], cls: 'star-3', name: '3★' },
        { value: c[4], cls: 'star-4', name: '4★' },
        { value: c[5], cls: 'star-5', name: '5★' },
        { value: c.unknown, cls: 'star-unknown', name: w(ctx, 'starUnknown') },
      ],
      text: `${c.total} ${w(ctx, 'products')}`,
    };
  });
  const desc = `${w(ctx, 'ocopDesc')} ${rows.map((r) => `${r.label}: ${r.segments.map((s) => `${s.name} ${s.value}`).join(', ')}`).join('; ')}`;
  const chart = stackedChart(ctx.nextId('chart'), caption, desc, legend, rows, 'ocop');
  const data = table(
    `${w(ctx, 'dataTable')}: ${caption}`,
    [firstHeader, '3★', '4★', '5★', w(ctx, 'starUnknown'), w(ctx, 'total')],
    keys.map((key) => {
      const c = counts[key] as StarCounts;
      return [e(labelOf(key)), String(c[3]), String(c[4]), String(c[5]), String(c.unknown), String(c.total)];
    }),
    [1, 2, 3, 4, 5],
  );
  return figure(ctx, caption, chart, data, 'ocop');
}

function ocopSection(ctx: Ctx, section: OcopSection): string {
  const s = section.summary;
  const title = t(ctx, section.title);
  const unknownLabel = w(ctx, 'unknownKey');
  const groupLabel = (key: string) => {
    if (key === 'unknown') return unknownLabel;
    const given = section.groupLabels?.[key];
    return given ? `${key}. ${t(ctx, given)}` : `${w(ctx, 'group')} ${key}`;
  };
  const b = s.byStar;
  return (
    `<div class="ocop-block"><h3>${e(title)}</h3>` +
    (section.source ? `<p class="note">${e(t(ctx, section.source))}</p>` : '') +
    `<p class="summary">${e(w(ctx, 'total'))}: ${b.total} ${e(w(ctx, 'products'))} (${e(w(ctx, 'asOf'))} ${e(formatDate(s.asOf, ctx.locale))}): 3★ ${b[3]}, 4★ ${b[4]}, 5★ ${b[5]}, ${e(w(ctx, 'starUnknown'))} ${b.unknown}.</p>` +
    starFigure(ctx, `${w(ctx, 'ocopByYear')} — ${title}`, w(ctx, 'year'), s.byYear, (k) => (k === 'unknown' ? unknownLabel : k)) +
    starFigure(ctx, `${w(ctx, 'ocopByGroup')} — ${title}`, w(ctx, 'group'), s.byGroup, groupLabel) +
    `</div>`
  );
}

function rateCell(ctx: Ctx, rate: Rate | undefined): [string, string] {
  if (!rate) return ['–', '–'];
  return [rate.count === undefined ? '–' : num(rate.count, ctx.locale, 0), rate.percent === null ? '–' : e(pct(ctx, rate.percent))];
}

function povertySection(ctx: Ctx, section: PovertySection): string {
  const title = t(ctx, section.title);
  const series = [
    { key: 'poor', cls: 'rate-poor', name: w(ctx, 'poor') },
    { key: 'nearPoor', cls: 'rate-near', name: w(ctx, 'nearPoor') },
    { key: 'multidimensional', cls: 'rate-multi', name: w(ctx, 'multidimensional') },
  ] as const;
  const present = series.filter((s) => section.subgroups.some((g) => g.rates[s.key] !== undefined));
  let max = new Decimal(0);
  for (const g of section.subgroups)
    for (const s of present) {
      const p = g.rates[s.key]?.percent;
      if (p) max = Decimal.max(max, new Decimal(p));
    }
  const scale = niceMax(max);
  const rows = section.subgroups.map((g) => ({
    label: t(ctx, g.label),
    bars: present.map((s) => {
      const rate = g.rates[s.key];
      const p = rate?.percent ?? null;
      return { value: p, cls: s.cls, name: s.name, text: p === null ? `${s.name}: ${w(ctx, 'noData')}` : pct(ctx, p) };
    }),
  }));
  const caption = `${w(ctx, 'poverty')} — ${title}`;
  const desc = `${w(ctx, 'povertyDesc')} ${rows.map((r) => `${r.label}: ${r.bars.map((b) => `${b.name} ${b.text}`).join(', ')}`).join('; ')}`;
  const chart = groupedChart(ctx.nextId('chart'), caption, desc, present.map((s) => ({ value: 0, cls: s.cls, name: s.name })), rows, scale, `${num(scale.toFixed(), ctx.locale)} %`, 'poverty');
  const headers = [w(ctx, 'subgroup'), w(ctx, 'households')];
  for (const s of present) headers.push(`${s.name} (${w(ctx, 'households').toLowerCase()})`, `${s.name} (%)`);
  const data = table(
    `${w(ctx, 'dataTable')}: ${caption}`,
    headers,
    section.subgroups.map((g) => [
      e(t(ctx, g.label)),
      g.rates.households === undefined ? '–' : num(g.rates.households, ctx.locale, 0),
      ...present.flatMap((s) => rateCell(ctx, g.rates[s.key])),
    ]),
    Array.from({ length: headers.length - 1 }, (_, i) => i + 1),
  );
  return (
    `<div class="poverty-block"><h3>${e(title)}</h3>` +
    (section.source ? `<p class="note">${e(t(ctx, section.source))}</p>` : '') +
    figure(ctx, caption, chart, data, 'poverty', `<p class="note">${e(w(ctx, 'scale'))}: 0–${e(num(scale.toFixed(), ctx.locale))} %</p>`) +
    `</div>`
  );
}

/**
 * Renders one self-contained, printable HTML report (inline CSS and SVG; no script, no network,
 * no font download) from the library's results: per unit, the criteria met as bars ("17/19"),
 * the position on the NTM ladder, and the indicators not met with their gaps and the citation
 * and status of each threshold; then optional OCOP sections (stars by year and by product
 * group, from `summarizeOcopPortfolio`) and poverty sections (rates by subgroup, from
 * `povertyRates` / `povertyRatesFromCounts`). Every chart is an SVG with a `<title>`, a
 * description and an `aria-label`, followed by a data table with the same numbers. Every text
 * from the input is escaped. Pure: it reads no clock and no file and returns a string.
 *
 * @throws {@link ReportInputError} when the input or the options are invalid (results loaded
 * from JSON are checked field by field).
 * @example
 * ```ts
 * const result = evaluate(rulebookFor('commune-ntm', '2023-12-31'), facts, { date: '2023-12-31', region: 'BTB' });
 * const html = renderHtmlReport(
 *   { title: 'Báo cáo nông thôn mới', date: '2023-12-31', units: [{ name: 'Xã Hương Lộc', evaluation: result }] },
 *   { locale: 'vi' },
 * );
 * html.startsWith('<!doctype html>'); // true
 * ```
 */
export function renderHtmlReport(input: HtmlReportInput, options: HtmlReportOptions = {}): string {
  const opts = htmlReportOptionsSchema.safeParse(options ?? {});
  if (!opts.success) throw new ReportInputError(fromZodIssues(opts.error.issues, ['options']));
  const parsed = htmlReportInputSchema.safeParse(input);
  if (!parsed.success) throw new ReportInputError(fromZodIssues(parsed.error.issues));
  const data = parsed.data;
  const locale: Locale = opts.data.locale ?? 'vi';
  let counter = 0;
  const ctx: Ctx = { locale, maxChartRows: opts.data.maxChartRows ?? 25, nextId: (prefix) => `${prefix}-${++counter}` };

  const title = t(ctx, data.title);
  const ocop = data.ocop ?? [];
  const poverty = data.poverty ?? [];
  const toc: string[] = [];
  const body: string[] = [];

  const ov = overview(ctx, data.units);
  if (ov) {
    toc.push(`<li><a href="#overview">${e(w(ctx, 'overview'))}</a></li>`);
    body.push(ov);
  }
  if (data.units.length > 0) {
    body.push(`<h2 id="units">${e(w(ctx, 'units'))}</h2>`);
    data.units.forEach((u, i) => {
      toc.push(`<li><a href="#unit-${i + 1}">${e(t(ctx, u.name))}</a></li>`);
      body.push(unitSection(ctx, u, i));
    });
  }
  if (ocop.length > 0) {
    toc.push(`<li><a href="#ocop">${e(w(ctx, 'ocop'))}</a></li>`);
    body.push(`<section class="ocop" id="ocop"><h2>${e(w(ctx, 'ocop'))}</h2>${ocop.map((s) => ocopSection(ctx, s)).join('')}</section>`);
  }
  if (poverty.length > 0) {
    toc.push(`<li><a href="#poverty">${e(w(ctx, 'poverty'))}</a></li>`);
    body.push(`<section class="poverty" id="poverty"><h2>${e(w(ctx, 'poverty'))}</h2>${poverty.map((s) => povertySection(ctx, s)).join('')}</section>`);
  }
  const notes = data.notes ?? [];
  const footer =
    `<footer>` +
    (notes.length > 0 ? `<h2>${e(w(ctx, 'notes'))}</h2><ul class="notes">${notes.map((n) => `<li>${e(t(ctx, n))}</li>`).join('')}</ul>` : '') +
    `<p class="meta">${e(w(ctx, 'reportBy'))} ${e(LIBRARY_NAME)} ${e(LIBRARY_VERSION)}.</p></footer>`;

  return (
    `<!doctype html>\n<html lang="${locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="generator" content="${e(`${LIBRARY_NAME} ${LIBRARY_VERSION}`)}">` +
    `<title>${e(title)}</title><style>${reportCss(opts.data.pageSize ?? 'A4')}</style></head>` +
    `<body><header><h1>${e(title)}</h1>` +
    (data.subtitle ? `<p class="subtitle">${e(t(ctx, data.subtitle))}</p>` : '') +
    (data.date ? `<p class="meta">${e(w(ctx, 'reportDate'))}: ${e(formatDate(data.date, locale))}</p>` : '') +
    `</header>` +
    (toc.length > 1 ? `<nav aria-label="${e(w(ctx, 'contents'))}"><h2>${e(w(ctx, 'contents'))}</h2><ol>${toc.join('')}</ol></nav>` : '') +
    `<main>${body.join('')}</main>${footer}</body></html>\n`
  );
}
