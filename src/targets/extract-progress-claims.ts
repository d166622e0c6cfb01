import type { NumberNotation } from '../format/parse-number.js';
import { NUMBER_TOKEN_SOURCE, parseNumber } from '../format/parse-number.js';
import type { Quantity } from '../format/parse-quantity.js';
import { readBoundAt, type Bound } from '../format/parse-bound.js';
import { readFractionAt } from '../format/parse-fraction.js';
import { readQuantityAt } from '../format/read-quantity.js';
import type { ReportedClaimInput } from './check-reported-progress.js';
import { lowerIsBetterKeyword } from './lower-is-better.js';

/**
 * The sentence pattern a claim was read from:
 * - `fraction`: "A/B đơn vị, đạt C% KH", or "đạt C% so với … A/B đơn vị";
 * - `percent`: "A đơn vị, đạt C% KH", "đạt tỷ lệ C% so với …" or "đạt C% (…" (no plan in the claim);
 * - `verdict`: "X%: đạt (KH Y%)", or "tối thiểu Y% …: đạt (X%)";
 * - `criteria`: "đạt N/M tiêu chí".
 */
export type ClaimKind = 'fraction' | 'percent' | 'verdict' | 'criteria';

/** A claim read from report text, with its position. */
export interface ExtractedClaim {
  readonly kind: ClaimKind;
  /** Index of the first character of the claim in the text (UTF-16 code units), plus `offset`. */
  readonly start: number;
  /** Index just after the claim. */
  readonly end: number;
  /** The claim's text. */
  readonly excerpt: string;
  /** The line's wording before the figures. */
  readonly label: string;
  /** Ready for {@link checkReportedProgress}. */
  readonly claim: ReportedClaimInput;
  /** How the direction was decided: a lower-is-better keyword, or the default (higher). */
  readonly directionSource: { readonly kind: 'keyword'; readonly keyword: string } | { readonly kind: 'default' };
  /** Numbers in the claim that read differently in the other notation (decided by `notation`). */
  readonly ambiguousNumbers: readonly string[];
}

/** Options of {@link extractProgressClaims}. */
export interface ExtractProgressClaimsOptions {
  /** Number notation of the text; default `'vi'`. Ambiguous numbers are listed per claim. */
  readonly notation?: NumberNotation;
  /** Added to every position (when `text` is a slice of a larger document). */
  readonly offset?: number;
}

const LETTER = /[\p{L}\p{M}]/u;
const TOKEN = new RegExp(NUMBER_TOKEN_SOURCE, 'g');
const STATED_PERCENT = String.raw`(\d+(?:[.,]\d+)?)\s*%`;
/** After "A/B unit": a few words, an optional parenthesis, then "đạt [tỷ lệ] C%". */
const AFTER_FRACTION = new RegExp(String.raw`^([^\d;.,()\n:%]{0,60}?)(\s*\([^()\n]{0,160}\))?\s*[,;]?\s*đạt(?:\s+tỷ\s+lệ)?\s*:?\s*${STATED_PERCENT}`, 'iu');
const AFTER_AMOUNT = new RegExp(String.raw`^([^\d;.,()\n:%]{0,60}?)\s*[,;]?\s*đạt(?:\s+tỷ\s+lệ)?\s*:?\s*${STATED_PERCENT}\s*(?:(KH|kế hoạch|so với)|(?=\())`, 'iu');
/** "đạt C% so với … A/B unit" (004: "đạt 71,68% so với kế hoạch nhập Tabmis 198,9/277,5 tỷ đồng"). */
const PERCENT_BEFORE_FRACTION = new RegExp(String.raw`đạt(?:\s+tỷ\s+lệ)?\s+${STATED_PERCENT}\s+so với\s+([^\d;()\n]{0,60}?)(?=\d)`, 'giu');
const VERDICT_WITH_PLAN = /:\s*(đạt và vượt(?:\s+chỉ tiêu(?:\s+đề ra)?)?|đạt|chưa đạt|không đạt)\s*\(\s*(?:KH|kế hoạch)\s*:?\s*([^()\n]{1,60}?)\s*\)/giu;
const VERDICT_WITH_ACTUAL = new RegExp(String.raw`:\s*(đạt|chưa đạt|không đạt)\s*\(\s*${STATED_PERCENT}\s*\)`, 'giu');
const CRITERIA = /(?<!chưa\s)đạt(?:\s+chuẩn)?\s+(\d+)\s*\/\s*(\d+)(?:\s+(tiêu chí|chỉ tiêu|nội dung))?/giu;

/** Start of the clause that ends at `pos`: after the last `;`, newline, parenthesis or sentence end. */
function clauseStart(text: string, pos: number, parens = true): number {
  let i = pos - 1;
  while (i >= 0) {
    const ch = text.charAt(i);
    if (ch === ';' || ch === '\n' || (parens && (ch === '(' || ch === ')'))) return i + 1;
    if (ch === '.' && /\s/.test(text.charAt(i + 1)) && !/\d/.test(text.charAt(i - 1))) return i + 1;
    i--;
  }
  return 0;
}

/** The label of the figure at `i`: the clause before it, the last non-empty part after a colon. */
function labelBefore(text: string, i: number): string {
  let window = text.slice(clauseStart(text, i, false), i);
  let previous = '';
  while (previous !== window) {
    previous = window;
    window = window.replace(/\([^()]*\)/g, ' ');
  }
  window = window.slice(Math.max(window.lastIndexOf('(') + 1, window.lastIndexOf(')') + 1));
  const parts = window.split(':');
  for (let k = parts.length - 1; k >= 0; k--) {
    const label = cleanLabel(parts[k] ?? '');
    if (label.length > 0) return label;
  }
  return '';
}

function cleanLabel(raw: string): string {
  return raw
    .replace(/\*+/g, '')
    .replace(/^[\s,:\-–]+/, '')
    .replace(/(?:\s*(?:ước đạt|đã trồng được|đã trồng|trồng được|được|đã|đạt|là|:))+\s*$/iu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function percentOf(text: string, notation: NumberNotation): string | null {
  try {
    return parseNumber(text, { notation }).value;
  } catch {
    return null;
  }
}

function isNumberStart(text: string, i: number): boolean {
  const before = text.charAt(i - 1);
  return !/[\d.,/]/.test(before) && !LETTER.test(before);
}

function ambiguous(...qs: (Quantity | null | undefined)[]): string[] {
  return qs.filter((q): q is Quantity => !!q?.ambiguity).map((q) => q.ambiguity?.text ?? q.text);
}

function direction(label: string): Pick<ExtractedClaim, 'directionSource'> & { direction: 'higher' | 'lower' } {
  const keyword = lowerIsBetterKeyword(label);
  return keyword ? { direction: 'lower', directionSource: { kind: 'keyword', keyword } } : { direction: 'higher', directionSource: { kind: 'default' } };
}

function planFromBound(bound: Bound): ReportedClaimInput['plan'] {
  if (bound.comparator === 'between' && bound.min && bound.max) return { comparator: 'between', min: bound.min.baseValue, max: bound.max.baseValue };
  if (!bound.value) return null;
  return bound.comparator === null ? bound.value.baseValue : { comparator: bound.comparator === 'between' ? null : bound.comparator, value: bound.value.baseValue };
}

/**
 * Reads the progress claims a report makes — "2.640,4/4.450 tấn đạt 59,3%", "đạt tỷ lệ 38,06%
 * so với tổng số hồ sơ", "tiểu học 100%: chưa đạt (KH trên 99,5%)", "tối thiểu 90% …: đạt
 * (100%)", "đạt 4/9 tiêu chí" — into claims with their positions, ready for
 * {@link checkReportedProgress}. Amounts with a scale word are compared in the base unit
 * (`44,5 triệu đồng` → 44 500 000 đồng). A plain plan value is read as "at least", or as "at
 * most" when the line names a lower-is-better metric (e.g. "suy dinh dưỡng").
 *
 * @example
 * ```ts
 * const [claim] = extractProgressClaims('Tổng sản lượng lương thực có hạt 2.640,4/4.450 tấn đạt 59,3%;');
 * claim?.kind;   // 'fraction'
 * claim?.claim;  // { label: 'Tổng sản lượng lương thực có hạt', actual: '2640.4', plan: '4450', unit: 'tấn', statedPercent: '59.3', … }
 * claim?.start;  // 33
 * ```
 */
export function extractProgressClaims(text: string, options: ExtractProgressClaimsOptions = {}): ExtractedClaim[] {
  const notation = options.notation ?? 'vi';
  const offset = options.offset ?? 0;
  const claims: ExtractedClaim[] = [];
  const covered: [number, number][] = [];
  const isCovered = (i: number): boolean => covered.some(([s, e]) => i >= s && i < e);
  const numberOptions = { notation } as const;

  // 1. "A/B unit …, đạt C%" and "A unit …, đạt C% KH".
  for (const m of text.matchAll(TOKEN)) {
    const i = m.index ?? 0;
    if (!isNumberStart(text, i) || isCovered(i)) continue;
    const fraction = readFractionAt(text, i, numberOptions);
    if (fraction) {
      const after = AFTER_FRACTION.exec(text.slice(fraction.end));
      if (!after) continue;
      const stated = percentOf(after[3] ?? '', notation);
      if (stated === null) continue;
      const end = fraction.end + after[0].length + (/^\s*(KH|kế hoạch)(?![\p{L}])/iu.exec(text.slice(fraction.end + after[0].length))?.[0].length ?? 0);
      const label = labelBefore(text, i);
      const { numerator, denominator } = fraction.fraction;
      const d = direction(label);
      covered.push([i, end]);
      claims.push({
        kind: 'fraction',
        start: offset + i,
        end: offset + end,
        excerpt: text.slice(i, end),
        label,
        claim: { label, actual: numerator.baseValue, plan: denominator.baseValue, unit: numerator.unit, planUnit: denominator.unit, statedPercent: stated, direction: d.direction },
        directionSource: d.directionSource,
        ambiguousNumbers: ambiguous(numerator, denominator),
      });
      continue;
    }
    const amount = readQuantityAt(text, i, numberOptions);
    if (!amount || (amount.quantity.unit === null && amount.quantity.scale === null) || amount.quantity.unit === '%' || text.charAt(amount.end) === '/') continue;
    const after = AFTER_AMOUNT.exec(text.slice(amount.end));
    if (!after) continue;
    const stated = percentOf(after[2] ?? '', notation);
    if (stated === null) continue;
    const end = amount.end + after[0].trimEnd().length;
    const label = labelBefore(text, i);
    const d = direction(label);
    covered.push([i, end]);
    claims.push({
      kind: 'percent',
      start: offset + i,
      end: offset + end,
      excerpt: text.slice(i, end),
      label,
      claim: { label, actual: amount.quantity.baseValue, unit: amount.quantity.unit, statedPercent: stated, direction: d.direction },
      directionSource: d.directionSource,
      ambiguousNumbers: ambiguous(amount.quantity),
    });
  }

  // 1b. "đạt C% so với … A/B unit".
  for (const m of text.matchAll(PERCENT_BEFORE_FRACTION)) {
    const i = m.index ?? 0;
    const at = i + m[0].length;
    if (isCovered(at)) continue;
    const fraction = readFractionAt(text, at, numberOptions);
    const stated = percentOf(m[1] ?? '', notation);
    if (!fraction || stated === null) continue;
    const { numerator, denominator } = fraction.fraction;
    const label = cleanLabel(m[2] ?? '') || labelBefore(text, i);
    const d = direction(label);
    covered.push([i, fraction.end]);
    claims.push({
      kind: 'fraction',
      start: offset + i,
      end: offset + fraction.end,
      excerpt: text.slice(i, fraction.end),
      label,
      claim: { label, actual: numerator.baseValue, plan: denominator.baseValue, unit: numerator.unit, planUnit: denominator.unit, statedPercent: stated, direction: d.direction },
      directionSource: d.directionSource,
      ambiguousNumbers: ambiguous(numerator, denominator),
    });
  }

  // 2. "X: đạt (KH Y)".
  for (const m of text.matchAll(VERDICT_WITH_PLAN)) {
    const colon = m.index ?? 0;
    const start = clauseStart(text, colon);
    const clause = text.slice(start, colon);
    let last: ReturnType<typeof readQuantityAt> = null;
    for (const n of clause.matchAll(TOKEN)) {
      const j = n.index ?? 0;
      if (!isNumberStart(clause, j)) continue;
      const q = readQuantityAt(clause, j, numberOptions);
      if (q) last = q;
    }
    if (!last) continue;
    const planText = m[2] ?? '';
    const bound = readBoundAt(planText, 0, numberOptions);
    if (!bound || bound.end < planText.trim().length) continue;
    const plan = planFromBound(bound.bound);
    if (plan === null || plan === undefined) continue;
    const planQuantity = bound.bound.value ?? bound.bound.max;
    const actualQ = last.quantity.unit === null && last.quantity.scale === null && planQuantity ? { ...last.quantity, unit: planQuantity.unit } : last.quantity;
    const before = cleanLabel(clause.slice(0, last.start));
    const label = before.length > 0 ? cleanLabel(before.split(':').pop() ?? before) || before : cleanLabel(clause.slice(last.end));
    const d = direction(clause);
    const verdictWord = (m[1] ?? '').toLowerCase();
    const end = colon + m[0].length;
    claims.push({
      kind: 'verdict',
      start: offset + start + last.start,
      end: offset + end,
      excerpt: text.slice(start + last.start, end),
      label,
      claim: { label, actual: actualQ.baseValue, unit: actualQ.unit, plan, planUnit: planQuantity?.unit ?? null, statedVerdict: verdictWord.startsWith('đạt') ? 'met' : 'unmet', direction: d.direction },
      directionSource: d.directionSource,
      ambiguousNumbers: ambiguous(last.quantity, bound.bound.value, bound.bound.min, bound.bound.max),
    });
  }

  // 3. "tối thiểu Y% …: đạt (X%)".
  for (const m of text.matchAll(VERDICT_WITH_ACTUAL)) {
    const colon = m.index ?? 0;
    const start = clauseStart(text, colon);
    const clause = text.slice(start, colon);
    const found = /(tối thiểu|ít nhất|trên|dưới|không quá|tối đa)?\s*(\d+(?:[.,]\d+)?)\s*%/iu.exec(clause);
    if (!found) continue;
    const bound = readBoundAt(clause, found.index, numberOptions);
    if (!bound) continue;
    const plan = planFromBound(bound.bound);
    const actual = percentOf(m[2] ?? '', notation);
    if (plan === null || plan === undefined || actual === null) continue;
    const label = cleanLabel(clause.slice(found.index + found[0].length));
    const d = direction(clause);
    const end = colon + m[0].length;
    claims.push({
      kind: 'verdict',
      start: offset + start + found.index,
      end: offset + end,
      excerpt: text.slice(start + found.index, end),
      label,
      claim: { label, actual, unit: '%', plan, planUnit: '%', statedVerdict: (m[1] ?? '').toLowerCase().startsWith('đạt') ? 'met' : 'unmet', direction: d.direction },
      directionSource: d.directionSource,
      ambiguousNumbers: [],
    });
  }

  // 4. "đạt N/M tiêu chí".
  for (const m of text.matchAll(CRITERIA)) {
    const i = m.index ?? 0;
    if (/chưa\s*$/iu.test(text.slice(Math.max(0, i - 6), i))) continue;
    const end = i + m[0].length;
    if (/^\s*\/\s*\d/.test(text.slice(end)) || claims.some((c) => c.start - offset <= i && i < c.end - offset)) continue;
    // Without a unit, the fraction must not be followed by a word ("đạt 102/264 tấn" is a plan figure).
    if (m[3] === undefined && /^\s*[\p{L}]/u.test(text.slice(end))) continue;
    const label = cleanLabel(text.slice(clauseStart(text, i), i));
    claims.push({
      kind: 'criteria',
      start: offset + i,
      end: offset + end,
      excerpt: m[0],
      label,
      claim: { label, actual: m[1] ?? '0', plan: m[2] ?? '0', unit: m[3] ?? 'tiêu chí', planUnit: m[3] ?? 'tiêu chí' },
      directionSource: { kind: 'default' },
      ambiguousNumbers: [],
    });
  }

  return claims.sort((a, b) => a.start - b.start);
}
