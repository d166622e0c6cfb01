import { isBefore, parseISO } from 'date-fns';
import { countGapTo } from '../core/compare.js';
import { Decimal, decimalToString } from '../core/decimal.js';
import { InputError, issue } from '../core/errors.js';
import type { LocalizedText } from '../core/localized-text.js';
import type { Provenance } from '../core/rulebook-schema.js';
import { fromZodIssues } from '../core/zod-issues.js';
import { formatNumber } from '../format/format-number.js';
import { both, describeDeadline, describeRequirement, formatGap, formatInUnit } from './describe-target.js';
import {
  evaluateTargetOptionsSchema,
  targetActualSchema,
  targetSchema,
  type Target,
  type TargetActualInput,
  type TargetComparator,
  type TargetDirection,
  type TargetInput,
  type TargetMeasure,
} from './target-schema.js';

/**
 * - `met`: the actual value meets the target (whether or not it is due yet);
 * - `unmet`: the deadline has passed (or there is none) and the target is not met;
 * - `not-yet-due`: not met yet, but the deadline is after `asOf`;
 * - `missing`: no actual value was given (`null`) — never read as zero;
 * - `indeterminate`: the target's own value is unknown (provenance `unknown`).
 */
export type TargetStatus = 'met' | 'unmet' | 'not-yet-due' | 'missing' | 'indeterminate';

/** What the target requires, as plain data. */
export interface TargetRequirement {
  readonly comparator: TargetComparator;
  readonly value: string | null;
  readonly min: string | null;
  readonly max: string | null;
  readonly direction: TargetDirection;
  readonly wording: string | null;
}

/** The computed change for a `change-per-year` target. */
export interface TargetChange {
  /** baseline − current for a decrease, current − baseline for an increase. */
  readonly total: string;
  readonly years: string;
  /** total ÷ years. */
  readonly perYear: string;
}

/** The result of {@link evaluateTarget}: plain, JSON-serialisable data. */
export interface TargetEvaluation {
  readonly targetId: string;
  readonly title: LocalizedText;
  readonly status: TargetStatus;
  readonly asOf: string;
  readonly deadline: string | null;
  /** Whether `asOf` is on or after the deadline (always true without a deadline). */
  readonly due: boolean;
  readonly measure: TargetMeasure;
  readonly unit: string;
  /**
   * The value compared, in the target's unit: the level, the share in percent, the yearly change
   * or the ratio. Exact when the division terminates, otherwise rounded half-up to 10 decimals.
   * `null` when missing; `"1"`/`"0"` for an achieved/not achieved milestone.
   */
  readonly actual: string | null;
  /** The exact share when the actual was given as counts. */
  readonly share: { readonly numerator: number; readonly denominator: number } | null;
  readonly required: TargetRequirement;
  /** How far the actual still is from meeting the target, in its unit; `"0"` when met; `null` when not computable. */
  readonly gap: string | null;
  /** For a share given as integer counts: the smallest change of the numerator that meets the target. */
  readonly countGap: number | null;
  /** actual ÷ target value × 100, half-up to 2 decimals ("đạt X% KH"); `null` for ranges and milestones. */
  readonly percentOfTarget: string | null;
  /** For a range: where the actual lies. */
  readonly position: 'below' | 'within' | 'above' | null;
  readonly change: TargetChange | null;
  /** Cautions: a value exactly on a "trên"/"dưới" threshold, how "about" and ranges were read. */
  readonly notes: readonly LocalizedText[];
  readonly provenance: Provenance;
  readonly explanation: LocalizedText;
}

/** Options of {@link evaluateTarget}. */
export interface EvaluateTargetOptions {
  /** The date the actual refers to (`yyyy-MM-dd`). */
  readonly asOf: string;
}

/** An exact quotient num / den (den > 0). */
interface Exact {
  readonly num: Decimal;
  readonly den: Decimal;
}

function cmp(x: Exact, threshold: Decimal): number {
  return x.num.comparedTo(threshold.times(x.den));
}

function show(value: Decimal): string {
  return decimalToString(value.toDecimalPlaces(10, Decimal.ROUND_HALF_UP));
}

function quotient(x: Exact): Decimal {
  return x.num.div(x.den);
}

const STATUS_TEXT: Record<TargetStatus, LocalizedText> = {
  met: { vi: 'đạt', en: 'met' },
  unmet: { vi: 'chưa đạt', en: 'unmet' },
  'not-yet-due': { vi: 'chưa đạt, chưa đến hạn', en: 'not met yet, not due' },
  missing: { vi: 'thiếu số liệu', en: 'missing data' },
  indeterminate: { vi: 'chưa xác định (chưa rõ giá trị chỉ tiêu)', en: 'indeterminate (target value unknown)' },
};

function actualShapeError(measure: TargetMeasure): InputError {
  const expected: Record<TargetMeasure, [string, string]> = {
    level: ['a decimal or { numerator, denominator }', 'một số hoặc { numerator, denominator }'],
    'change-per-year': ['{ baseline, current, years } with years > 0', '{ baseline, current, years } với years > 0'],
    'ratio-to-baseline': ['{ baseline, current } with baseline > 0', '{ baseline, current } với baseline > 0'],
    achieved: ['true or false', 'true hoặc false'],
  };
  const [en, vi] = expected[measure];
  return new InputError([issue(['actual'], 'actual-shape', `a "${measure}" target takes ${en} (or null when missing)`, `chỉ tiêu dạng "${measure}" nhận ${vi} (hoặc null khi thiếu số liệu)`)]);
}

/**
 * Judges an actual value against a target on a date: met / unmet / not-yet-due / missing /
 * indeterminate, the gap, the percent of the target reached, and for a reduction target the
 * computed yearly change. Comparisons are exact (shares by cross-multiplication); "trên" (>) and
 * "dưới" (<) are strict and a value exactly on them is flagged in `notes`; a range with direction
 * `higher` is met from its lower bound (as reports judge "43–45 %"), with the position reported.
 *
 * @example
 * ```ts
 * const target = defineTarget({
 *   id: 'KH2023.suy_dinh_duong', title: { vi: 'Tỷ lệ trẻ em DTTS dưới 5 tuổi suy dinh dưỡng', en: 'Underweight EM children under 5' },
 *   metric: 'underweight children / children under 5', unit: '%', comparator: '<=', value: '11',
 *   direction: 'lower', deadline: '2023-12-31', scope: 'district',
 *   provenance: { instrument: 'seed-003', locator: 'B.I.3.1', status: 'secondary' },
 * });
 * evaluateTarget(target, '8.7', { asOf: '2023-06-30' }).status; // 'met'
 * evaluateTarget(target, null, { asOf: '2023-06-30' }).status;  // 'missing'
 * ```
 * @throws InputError when the target, the actual or the options are invalid.
 */
export function evaluateTarget(target: TargetInput | Target, actual: TargetActualInput, options: EvaluateTargetOptions): TargetEvaluation {
  const t = targetSchema.safeParse(target);
  if (!t.success) throw new InputError(fromZodIssues(t.error.issues, ['target']));
  const a = targetActualSchema.safeParse(actual);
  if (!a.success) throw new InputError(fromZodIssues(a.error.issues, ['actual']));
  const o = evaluateTargetOptionsSchema.safeParse(options);
  if (!o.success) throw new InputError(fromZodIssues(o.error.issues, ['options']));
  return evaluateParsed(t.data, a.data, o.data.asOf);
}

/** Internal: {@link evaluateTarget} on already validated values. */
export function evaluateParsed(target: Target, actual: ReturnType<typeof targetActualSchema.parse>, asOf: string): TargetEvaluation {
  const due = target.deadline === null || !isBefore(parseISO(asOf), parseISO(target.deadline));
  const required: TargetRequirement = {
    comparator: target.comparator,
    value: target.value ?? null,
    min: target.min ?? null,
    max: target.max ?? null,
    direction: target.direction,
    wording: target.wording ?? null,
  };
  const notes: LocalizedText[] = [];
  let x: Exact | null = null;
  let share: TargetEvaluation['share'] = null;
  let change: TargetChange | null = null;
  let achieved: boolean | null = null;

  if (actual !== null) {
    switch (target.measure) {
      case 'level':
        if (typeof actual === 'string') x = { num: new Decimal(actual), den: new Decimal(1) };
        else if (typeof actual === 'object' && 'numerator' in actual) {
          x = { num: new Decimal(actual.numerator).times(100), den: new Decimal(actual.denominator) };
          share = { numerator: actual.numerator, denominator: actual.denominator };
        } else throw actualShapeError('level');
        break;
      case 'change-per-year': {
        if (typeof actual !== 'object' || !('years' in actual) || !new Decimal(actual.years).gt(0)) throw actualShapeError('change-per-year');
        const base = new Decimal(actual.baseline);
        const now = new Decimal(actual.current);
        const total = target.change === 'decrease' ? base.minus(now) : now.minus(base);
        x = { num: total, den: new Decimal(actual.years) };
        change = { total: decimalToString(total), years: actual.years, perYear: show(quotient(x)) };
        break;
      }
      case 'ratio-to-baseline':
        if (typeof actual !== 'object' || 'years' in actual || !('baseline' in actual) || !new Decimal(actual.baseline).gt(0)) throw actualShapeError('ratio-to-baseline');
        x = { num: new Decimal(actual.current), den: new Decimal(actual.baseline) };
        break;
      case 'achieved':
        if (typeof actual !== 'boolean') throw actualShapeError('achieved');
        achieved = actual;
        break;
    }
  }

  const base = { targetId: target.id, title: target.title, asOf, deadline: target.deadline, due, measure: target.measure, unit: target.unit, share, required, change, provenance: target.provenance };
  const finish = (status: TargetStatus, rest: { actual: string | null; gap: string | null; countGap: number | null; percentOfTarget: string | null; position: TargetEvaluation['position'] }): TargetEvaluation => {
    const explanation = both((locale) => {
      const requirement = describeRequirement(target, locale);
      const deadline = describeDeadline(target.deadline, locale);
      const head = `${target.title[locale]}: `;
      const actualText =
        rest.actual === null
          ? locale === 'vi' ? 'chưa có số liệu' : 'no figure'
          : target.measure === 'achieved'
            ? rest.actual === '1' ? (locale === 'vi' ? 'đã hoàn thành' : 'achieved') : locale === 'vi' ? 'chưa hoàn thành' : 'not achieved'
            : `${locale === 'vi' ? 'thực tế' : 'actual'} ${formatInUnit(rest.actual, target.unit, locale)}`;
      const gap = rest.gap !== null && rest.gap !== '0' ? (locale === 'vi' ? `, còn thiếu ${formatGap(rest.gap, target.unit, locale)}` : `, short by ${formatGap(rest.gap, target.unit, locale)}`) : '';
      const counts = rest.countGap ? (locale === 'vi' ? ` (thêm ${formatNumber(rest.countGap, 'vi', 0)} đơn vị)` : ` (${formatNumber(rest.countGap, 'en', 0)} more units)`) : '';
      const against = locale === 'vi' ? 'so với yêu cầu' : 'against';
      return `${head}${actualText} ${against} ${requirement}${deadline} — ${STATUS_TEXT[status][locale]}${gap}${counts}.`;
    });
    return { ...base, status, ...rest, notes, explanation };
  };

  if (actual === null) return finish('missing', { actual: null, gap: null, countGap: null, percentOfTarget: null, position: null });
  if (target.measure === 'achieved') {
    const met = achieved === true;
    return finish(met ? 'met' : due ? 'unmet' : 'not-yet-due', { actual: met ? '1' : '0', gap: null, countGap: null, percentOfTarget: null, position: null });
  }
  if (x === null) throw actualShapeError(target.measure);
  const actualText = show(quotient(x));
  const unknownValue = target.comparator === 'between' ? false : target.value === null || target.value === undefined;
  if (unknownValue) return finish('indeterminate', { actual: actualText, gap: null, countGap: null, percentOfTarget: null, position: null });

  let met: boolean;
  let point: Decimal | null = null; // the boundary to reach when unmet
  let gapSide: 'up' | 'down' | 'either' = 'up';
  let position: TargetEvaluation['position'] = null;
  const v = target.value !== null && target.value !== undefined ? new Decimal(target.value) : null;

  switch (target.comparator) {
    case '>=':
    case '>': {
      const c = cmp(x, v as Decimal);
      met = target.comparator === '>=' ? c >= 0 : c > 0;
      if (target.comparator === '>' && c === 0) notes.push(strictNote('>'));
      point = v;
      gapSide = 'up';
      break;
    }
    case '<=':
    case '<': {
      const c = cmp(x, v as Decimal);
      met = target.comparator === '<=' ? c <= 0 : c < 0;
      if (target.comparator === '<' && c === 0) notes.push(strictNote('<'));
      point = v;
      gapSide = 'down';
      break;
    }
    case '=': {
      met = cmp(x, v as Decimal) === 0;
      point = v;
      gapSide = 'either';
      break;
    }
    case 'between': {
      const min = new Decimal(target.min ?? '0');
      const max = new Decimal(target.max ?? '0');
      position = cmp(x, min) < 0 ? 'below' : cmp(x, max) > 0 ? 'above' : 'within';
      if (target.direction === 'higher') {
        met = position !== 'below';
        point = min;
        gapSide = 'up';
        notes.push({ vi: 'Khoảng chỉ tiêu được xét đạt từ cận dưới (hướng cao hơn là tốt hơn)', en: 'A range target with higher-is-better is met from its lower bound' });
      } else if (target.direction === 'lower') {
        met = position !== 'above';
        point = max;
        gapSide = 'down';
        notes.push({ vi: 'Khoảng chỉ tiêu được xét đạt đến cận trên (hướng thấp hơn là tốt hơn)', en: 'A range target with lower-is-better is met up to its upper bound' });
      } else {
        met = position === 'within';
        point = position === 'below' ? min : max;
        gapSide = position === 'below' ? 'up' : 'down';
      }
      break;
    }
    case 'about': {
      const tol = target.tolerance !== undefined ? new Decimal(target.tolerance) : null;
      const value = v as Decimal;
      const near = tol !== null && quotient(x).minus(value).abs().lte(tol);
      if (target.direction === 'higher') {
        met = cmp(x, value) >= 0 || near;
        point = tol ? value.minus(tol) : value;
        gapSide = 'up';
      } else if (target.direction === 'lower') {
        met = cmp(x, value) <= 0 || near;
        point = tol ? value.plus(tol) : value;
        gapSide = 'down';
      } else {
        met = near;
        point = cmp(x, value) < 0 ? value.minus(tol ?? 0) : value.plus(tol ?? 0);
        gapSide = cmp(x, value) < 0 ? 'up' : 'down';
      }
      notes.push({
        vi: tol ? `"Khoảng" được xét với dung sai ${formatNumber(decimalToString(tol), 'vi', 4)}` : '"Khoảng" được xét đạt khi đạt hoặc vượt giá trị về phía tốt',
        en: tol ? `"About" is judged with a tolerance of ${decimalToString(tol)}` : '"About" is judged met at or beyond the value in the good direction',
      });
      break;
    }
  }

  let gap: string | null = '0';
  let countGap: number | null = null;
  if (!met && point !== null) {
    const diff = gapSide === 'up' ? point.times(x.den).minus(x.num) : gapSide === 'down' ? x.num.minus(point.times(x.den)) : x.num.minus(point.times(x.den)).abs();
    gap = show(diff.div(x.den));
    if (share && Number.isInteger(share.numerator) && Number.isInteger(share.denominator)) {
      const op = gapSide === 'up' ? (target.comparator === '>' ? '>' : '>=') : gapSide === 'down' ? (target.comparator === '<' ? '<' : '<=') : '=';
      countGap = countGapTo(share.numerator, share.denominator, op, point);
    }
  } else if (met && share) {
    countGap = 0;
  }
  const percentOfTarget = v !== null && target.comparator !== 'between' && !v.isZero() ? decimalToString(quotient(x).div(v).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)) : null;
  const status: TargetStatus = met ? 'met' : due ? 'unmet' : 'not-yet-due';
  return finish(status, { actual: actualText, gap, countGap, percentOfTarget, position });
}

function strictNote(op: '>' | '<'): LocalizedText {
  return op === '>'
    ? { vi: 'Giá trị đúng bằng ngưỡng "trên": chưa đạt theo nghĩa chặt (>); đạt nếu hiểu là "từ … trở lên" (≥)', en: 'The value equals the "trên" threshold: unmet under the strict reading (>), met under the loose reading (≥)' }
    : { vi: 'Giá trị đúng bằng ngưỡng "dưới": chưa đạt theo nghĩa chặt (<); đạt nếu hiểu là "không quá" (≤)', en: 'The value equals the "dưới" threshold: unmet under the strict reading (<), met under the loose reading (≤)' };
}
