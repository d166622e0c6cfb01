/* Inline SVG charts: plain strings, every text escaped, every bar carrying its numbers. */
import { Decimal } from '../../core/decimal.js';
import { escapeHtml } from '../escape-html.js';

type DecimalValue = Decimal | string | number;

export const VIEW_W = 800;
export const LABEL_X = 8;
export const BAR_X = 265;
/** Width of a full bar, in SVG user units. */
export const BAR_W = 400;
export const VALUE_X = BAR_X + BAR_W + 10;
const LABEL_CHARS = 34;

/** `value / max` of the bar width, rounded half-up to 2 decimals, within [0, BAR_W]. */
export function barWidth(value: DecimalValue, max: DecimalValue): string {
  const m = new Decimal(max);
  if (m.lte(0)) return '0';
  const w = Decimal.min(Decimal.max(new Decimal(value).div(m), 0), 1).times(BAR_W);
  return w.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed();
}

export function truncate(text: string, chars = LABEL_CHARS): string {
  const cps = Array.from(text);
  return cps.length <= chars ? text : `${cps.slice(0, chars - 1).join('')}…`;
}

/** A text element; a truncated text keeps its full wording in a `<title>` tooltip. */
export function svgText(x: number | string, y: number | string, text: string, cls: string, anchor: 'start' | 'end' = 'start', chars = LABEL_CHARS): string {
  const short = truncate(text, chars);
  const tip = short === text ? '' : `<title>${escapeHtml(text)}</title>`;
  return `<text x="${x}" y="${y}" class="${cls}"${anchor === 'end' ? ' text-anchor="end"' : ''}>${tip}${escapeHtml(short)}</text>`;
}

export function svgFrame(id: string, title: string, desc: string, height: number, body: string, kind: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-${kind}" data-chart="${kind}" viewBox="0 0 ${VIEW_W} ${height}" width="${VIEW_W}" height="${height}" ` +
    `role="img" aria-labelledby="${id}-t" aria-describedby="${id}-d" aria-label="${escapeHtml(title)}" preserveAspectRatio="xMinYMin meet">` +
    `<title id="${id}-t">${escapeHtml(title)}</title><desc id="${id}-d">${escapeHtml(desc)}</desc>${body}</svg>`
  );
}

export interface BarRow {
  readonly label: string;
  readonly value: DecimalValue;
  readonly max: DecimalValue;
  /** Text written after the bar (e.g. "17/19 (89,47 %)"). */
  readonly text: string;
  readonly cls: string;
}

const ROW_H = 28;
const TOP = 8;

/** One horizontal bar per row, each against its own maximum (the track is the maximum). */
export function barChart(id: string, title: string, desc: string, rows: readonly BarRow[], kind = 'bars'): string {
  const height = TOP * 2 + rows.length * ROW_H;
  const body = rows
    .map((r, i) => {
      const y = TOP + i * ROW_H;
      return (
        `<g class="row">${svgText(LABEL_X, y + 17, r.label, 'label')}` +
        `<rect class="track" x="${BAR_X}" y="${y + 4}" width="${BAR_W}" height="18"/>` +
        `<rect class="bar ${r.cls}" x="${BAR_X}" y="${y + 4}" width="${barWidth(r.value, r.max)}" height="18" data-value="${escapeHtml(String(r.value))}" data-max="${escapeHtml(String(r.max))}"/>` +
        `${svgText(VALUE_X, y + 17, r.text, 'value', 'start', 20)}</g>`
      );
    })
    .join('');
  return svgFrame(id, title, desc, height, body, kind);
}

export interface AttainmentRow {
  readonly label: string;
  /** Share of the threshold reached, 0…1. */
  readonly ratio: Decimal;
  readonly detail: string;
  readonly cls: string;
}

const ATT_ROW_H = 44;

/** Unmet indicators: how far each gets towards its threshold (the track's end is the threshold). */
export function attainmentChart(id: string, title: string, desc: string, rows: readonly AttainmentRow[]): string {
  const height = TOP * 2 + rows.length * ATT_ROW_H;
  const body = rows
    .map((r, i) => {
      const y = TOP + i * ATT_ROW_H;
      return (
        `<g class="row">${svgText(LABEL_X, y + 15, r.label, 'label')}` +
        `<rect class="track" x="${BAR_X}" y="${y + 3}" width="${BAR_W}" height="16"/>` +
        `<rect class="bar ${r.cls}" x="${BAR_X}" y="${y + 3}" width="${barWidth(r.ratio, 1)}" height="16" data-value="${r.ratio.toDecimalPlaces(6).toFixed()}" data-max="1"/>` +
        `<line class="threshold" x1="${BAR_X + BAR_W}" x2="${BAR_X + BAR_W}" y1="${y}" y2="${y + 22}"/>` +
        `${svgText(VALUE_X, y + 15, `${r.ratio.times(100).toDecimalPlaces(0, Decimal.ROUND_DOWN).toFixed()} %`, 'value', 'start', 10)}` +
        `${svgText(LABEL_X + 12, y + 35, r.detail, 'detail', 'start', 125)}</g>`
      );
    })
    .join('');
  return svgFrame(id, title, desc, height, body, 'gaps');
}

export interface Segment {
  readonly value: number;
  readonly cls: string;
  readonly name: string;
}

export interface StackedRow {
  readonly label: string;
  readonly segments: readonly Segment[];
  readonly text: string;
}

/** Stacked horizontal bars, all on one scale (the largest total fills the track). */
export function stackedChart(id: string, title: string, desc: string, legend: readonly Segment[], rows: readonly StackedRow[], kind: string): string {
  const max = Math.max(1, ...rows.map((r) => r.segments.reduce((a, s) => a + s.value, 0)));
  const legendH = 24;
  const height = TOP * 2 + legendH + rows.length * ROW_H;
  const legendSvg = legend
    .map((s, i) => `<g class="legend"><rect class="${s.cls}" x="${BAR_X + i * 110}" y="${TOP}" width="12" height="12"/>${svgText(BAR_X + i * 110 + 16, TOP + 11, s.name, 'legend-text', 'start', 14)}</g>`)
    .join('');
  const body = rows
    .map((r, i) => {
      const y = TOP + legendH + i * ROW_H;
      let acc = new Decimal(0);
      const segs = r.segments
        .filter((s) => s.value > 0)
        .map((s) => {
          const x = new Decimal(BAR_X).plus(barWidth(acc, max));
          acc = acc.plus(s.value);
          const w = new Decimal(BAR_X).plus(barWidth(acc, max)).minus(x);
          return `<rect class="bar seg ${s.cls}" x="${x.toFixed()}" y="${y + 4}" width="${w.toFixed()}" height="18" data-value="${s.value}" data-max="${max}"><title>${escapeHtml(`${r.label}: ${s.name} ${s.value}`)}</title></rect>`;
        })
        .join('');
      return `<g class="row">${svgText(LABEL_X, y + 17, r.label, 'label')}<rect class="track" x="${BAR_X}" y="${y + 4}" width="${BAR_W}" height="18"/>${segs}${svgText(VALUE_X, y + 17, r.text, 'value', 'start', 12)}</g>`;
    })
    .join('');
  return svgFrame(id, title, desc, height, legendSvg + body, kind);
}

export interface GroupedRow {
  readonly label: string;
  readonly bars: readonly { readonly value: string | null; readonly cls: string; readonly name: string; readonly text: string }[];
}

/** A round upper bound for a percentage axis: the first of 1, 2, 5, 10, 20, 25, 50, 100 at or above `max`. */
export function niceMax(max: Decimal): Decimal {
  for (const step of [1, 2, 5, 10, 20, 25, 50, 100]) if (max.lte(step)) return new Decimal(step);
  return max.ceil();
}

/** Grouped horizontal bars (one per series) per row, on a common percentage scale. */
export function groupedChart(id: string, title: string, desc: string, legend: readonly Segment[], rows: readonly GroupedRow[], scale: Decimal, scaleText: string, kind: string): string {
  const legendH = 24;
  const bar = 14;
  const rowH = (n: number) => n * (bar + 3) + 12;
  const heights = rows.map((r) => rowH(r.bars.length));
  const axisH = 20;
  const height = TOP * 2 + legendH + heights.reduce((a, b) => a + b, 0) + axisH;
  const legendSvg = legend
    .map((s, i) => `<g class="legend"><rect class="${s.cls}" x="${BAR_X + i * 130}" y="${TOP}" width="12" height="12"/>${svgText(BAR_X + i * 130 + 16, TOP + 11, s.name, 'legend-text', 'start', 16)}</g>`)
    .join('');
  let y = TOP + legendH;
  const body = rows
    .map((r, i) => {
      const top = y;
      y += heights[i] ?? 0;
      const bars = r.bars
        .map((b, j) => {
          const by = top + 4 + j * (bar + 3);
          if (b.value === null) return svgText(BAR_X, by + 11, b.text, 'value', 'start', 40);
          return (
            `<rect class="bar ${b.cls}" x="${BAR_X}" y="${by}" width="${barWidth(b.value, scale)}" height="${bar}" data-value="${escapeHtml(b.value)}" data-max="${scale.toFixed()}"><title>${escapeHtml(`${r.label}: ${b.name} ${b.text}`)}</title></rect>` +
            svgText(VALUE_X, by + 11, b.text, 'value', 'start', 14)
          );
        })
        .join('');
      return `<g class="row">${svgText(LABEL_X, top + 15, r.label, 'label')}${bars}</g>`;
    })
    .join('');
  const axis =
    `<g class="axis"><line x1="${BAR_X}" x2="${BAR_X + BAR_W}" y1="${y + 2}" y2="${y + 2}"/>` +
    `<text x="${BAR_X}" y="${y + 16}" class="tick">0</text><text x="${BAR_X + BAR_W}" y="${y + 16}" class="tick" text-anchor="end">${escapeHtml(scaleText)}</text></g>`;
  return svgFrame(id, title, desc, height, legendSvg + body + axis, kind);
}

export interface Rung {
  readonly name: string;
  readonly progress: string;
  readonly statusText: string;
  readonly reached: boolean;
  readonly current: boolean;
  readonly available: boolean;
}

/** The ladder: three rising steps, reached ones filled, the highest reached marked. */
export function ladderChart(id: string, title: string, desc: string, rungs: readonly Rung[], currentText: string): string {
  const stepW = 230;
  const height = 150;
  const body = rungs
    .map((r, i) => {
      const x = 10 + i * (stepW + 10);
      const h = 40 + i * 25;
      const y = 120 - h;
      const cls = r.reached ? 'rung reached' : r.available ? 'rung' : 'rung unavailable';
      return (
        `<g class="step" data-level-index="${i}" data-reached="${r.reached}"><rect class="${cls}" x="${x}" y="${y}" width="${stepW}" height="${h}" rx="3"/>` +
        `${svgText(x + 8, y + 16, r.name, r.reached ? 'rung-label on' : 'rung-label', 'start', 30)}` +
        `${svgText(x + 8, y + 32, r.progress, r.reached ? 'rung-value on' : 'rung-value', 'start', 30)}` +
        `${svgText(x + 8, 138, r.statusText, 'detail', 'start', 34)}` +
        (r.current ? `<path class="marker" d="M${x + stepW - 22} ${y - 14} l8 10 l8 -10 z"/>` : '') +
        `</g>`
      );
    })
    .join('');
  return svgFrame(id, title, `${desc} ${currentText}`, height, body, 'ladder');
}
