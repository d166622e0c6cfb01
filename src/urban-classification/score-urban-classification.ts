import { toIsoDate } from '../core/context.js';
import type { DeepReadonly } from '../core/deep-freeze.js';
import { ContextError, InputError, issue, type Issue } from '../core/errors.js';
import type { LocalizedText } from '../core/localized-text.js';
import type { Status } from '../core/result.js';
import type { Provenance } from '../core/rulebook-schema.js';
import { fromZodIssues } from '../core/zod-issues.js';
import { add, cmp, rationalFromDecimal, rationalToString, isFiniteDecimal, roundHalfUp, ZERO, type Rational } from '../core/rational.js';
import type { CitedFrameValue, UrbanClassificationFrame, UrbanType } from './frames.js';
import { scoreParsedStandard, type StandardScore } from './score-standard.js';
import { urbanClassificationFrameFor } from './urban-classification-frame-for.js';
import { urbanClassificationInputSchema, type UrbanClassificationInput, type UrbanClassificationOptions } from './urban-classification-input.js';

/** The points of one criterion. */
export interface CriterionScore {
  readonly code: string;
  readonly name: LocalizedText;
  /** Sum of its standards' points (missing ones left out). */
  readonly points: string;
  readonly maxPoints: CitedFrameValue<string>;
  /** Standards given, and standards at or above their minimum level. */
  readonly standards: number;
  readonly standardsMet: number;
  /** The number of standards the frame has for this criterion, where known. */
  readonly expectedStandards: CitedFrameValue<number>;
}

/** The outcome of {@link scoreUrbanClassification}. */
export interface UrbanClassificationScore {
  readonly frame: { readonly id: string; readonly title: LocalizedText; readonly validFrom: string; readonly validTo?: string; readonly instruments: readonly string[] };
  readonly type: UrbanType;
  readonly date: string;
  readonly standards: readonly StandardScore[];
  readonly criteria: readonly CriterionScore[];
  /** Total points (exact canonical decimal when `exact`; missing standards left out). */
  readonly total: string;
  readonly exact: boolean;
  /** The total rounded half-up to 2 decimals, for display ("78,75 điểm"). */
  readonly totalDisplay: string;
  /** Standards at or above their minimum level, of all standards (the reports' "55/63"). */
  readonly standardsMet: { readonly met: number; readonly total: number; readonly text: string };
  /** Standards below their minimum level (the reports' "tiêu chuẩn còn thiếu, yếu"). */
  readonly standardsBelowMinimum: readonly { readonly code: string; readonly name?: string | LocalizedText }[];
  /** Standards without a value. */
  readonly standardsMissing: readonly string[];
  /** The pass mark (≥, inclusive) with its citation. */
  readonly passPoints: CitedFrameValue<string>;
  /**
   * The score rule: `met` when the total reaches the pass mark (missing standards cannot lower a
   * total, so a total already at the mark passes), `unmet` below it with nothing missing,
   * `missing` below it with standards missing, `indeterminate` when the frame's pass mark is
   * unknown (NQ 111/2025).
   */
  readonly status: Extract<Status, 'met' | 'unmet' | 'missing' | 'indeterminate'>;
  readonly passes: boolean | null;
  /**
   * The "criteria at minimum level" condition, reported apart because its reach is not verified:
   * `met` when no standard is below its minimum level.
   */
  readonly minimumLevels: { readonly status: Extract<Status, 'met' | 'unmet' | 'missing' | 'indeterminate'>; readonly rule: CitedFrameValue<boolean> };
  /** The interpolation rule used, with its citation. */
  readonly interpolation: CitedFrameValue<'linear'>;
  /** Points per standard were rounded to this many decimals before adding (option). */
  readonly roundedPointsTo?: number;
  readonly warnings: readonly Issue[];
  /** Every value used whose provenance is not `official`. */
  readonly unverified: readonly { readonly what: string; readonly provenance: Provenance }[];
  readonly summary: LocalizedText;
}

const TYPE_VI: Record<UrbanType, string> = { special: 'đặc biệt', I: 'I', II: 'II', III: 'III', IV: 'IV', V: 'V' };
const TYPE_EN: Record<UrbanType, string> = { special: 'special', I: 'I', II: 'II', III: 'III', IV: 'IV', V: 'V' };
const display = (f: Rational) => rationalToString(roundHalfUp(f, 2));

/**
 * Scores an urban area for an urban type under the point frame in force on the date: NQ
 * 1210/2016/UBTVQH13 (criteria 20/8/6/6/60), as amended by NQ 26/2022/UBTVQH15 from 01/01/2023
 * (18/8/8/6/60), and NQ 111/2025/UBTVQH15 from 01/01/2026 (types special–III; its points are not
 * known, so the result is `indeterminate`). Points per standard, per criterion and in total; pass
 * at 75 points or more (inclusive, exact); the standards below their minimum level.
 *
 * The standards' levels and points come from the caller (the appendix tables were not
 * recovered): each standard is either measured (`value`, `levels`, `points`; scored by
 * {@link scoreStandard}) or already scored in a dossier (`scored`).
 *
 * @throws `InputError` on invalid standards; `ContextError` on an invalid date, a date
 * before 25/05/2016, or a type the frame does not have (IV or V from 2026).
 * @example
 * ```ts
 * const result = scoreUrbanClassification(
 *   { standards: [{ code: '3.1', criterion: 3, name: 'Mật độ dân số toàn đô thị', scored: { points: 0, belowMinimum: true } }, …] },
 *   { type: 'IV', date: '2023-12-31' },
 * );
 * result.totalDisplay;        // '78.75' (Bình Sơn, 2023)
 * result.standardsMet.text;   // '55/63'
 * result.passes;              // true: 78.75 ≥ 75
 * ```
 */
export function scoreUrbanClassification(input: UrbanClassificationInput, options: UrbanClassificationOptions): UrbanClassificationScore {
  const date = toIsoDate(options.date);
  if (date === undefined) {
    throw new ContextError([issue(['date'], 'invalid-date', 'date must be a real calendar date (yyyy-MM-dd or a valid Date)', 'Ngày phải là ngày hợp lệ (yyyy-MM-dd hoặc Date hợp lệ)')]);
  }
  if (options.roundPointsTo !== undefined && !(Number.isInteger(options.roundPointsTo) && options.roundPointsTo >= 0 && options.roundPointsTo <= 10)) {
    throw new ContextError([issue(['roundPointsTo'], 'invalid-rounding', 'roundPointsTo must be a whole number from 0 to 10', 'roundPointsTo phải là số nguyên từ 0 đến 10')]);
  }
  let frame: DeepReadonly<UrbanClassificationFrame>;
  try {
    frame = urbanClassificationFrameFor(date);
  } catch (error) {
    throw new ContextError((error as ContextError).issues);
  }
  const types = frame.types.value ?? [];
  if (!types.includes(options.type)) {
    throw new ContextError([
      issue(['type'], 'type-not-in-frame', `Type "${options.type}" does not exist under ${frame.title.en} (types: ${types.join(', ')})`, `Loại "${TYPE_VI[options.type] ?? options.type}" không có trong ${frame.title.vi} (các loại: ${types.map((t) => TYPE_VI[t]).join(', ')})`),
    ]);
  }
  const allowed = options.unit !== undefined ? frame.unitTypes.value?.[options.unit] : undefined;
  if (allowed && !allowed.includes(options.type)) {
    throw new ContextError([
      issue(['type'], 'type-not-for-unit', `A ${options.unit} is classified as type ${allowed.join(' or ')}, not ${options.type} (${frame.title.en}, Art. 1)`, `Đơn vị này (${options.unit}) được phân loại đô thị loại ${allowed.map((t) => TYPE_VI[t]).join(' hoặc ')}, không phải loại ${TYPE_VI[options.type]} (${frame.title.vi}, Điều 1)`),
    ]);
  }
  const parsed = urbanClassificationInputSchema.safeParse(input);
  if (!parsed.success) throw new InputError(fromZodIssues(parsed.error.issues));

  const scored = parsed.data.standards.map((s) => scoreParsedStandard(s, options.roundPointsTo));
  let total: Rational = ZERO;
  const sums = new Map<string, { points: Rational; standards: number; met: number }>();
  for (const { score, exact } of scored) {
    const sum = sums.get(score.criterion) ?? { points: ZERO, standards: 0, met: 0 };
    sum.standards++;
    if (score.status === 'met') sum.met++;
    if (exact) {
      sum.points = add(sum.points, exact);
      total = add(total, exact);
    }
    sums.set(score.criterion, sum);
  }

  const warnings: Issue[] = [];
  const unverified: { what: string; provenance: Provenance }[] = [];
  const note = (what: string, cited: { provenance: Provenance }) => {
    if (cited.provenance.status !== 'official') unverified.push({ what, provenance: cited.provenance });
  };
  const criteria: CriterionScore[] = [];
  const frameCriteria = frame.criteria ?? [];
  for (const c of frameCriteria) {
    const sum = sums.get(c.code) ?? { points: ZERO, standards: 0, met: 0 };
    criteria.push({ code: c.code, name: c.name, points: rationalToString(sum.points), maxPoints: c.maxPoints, standards: sum.standards, standardsMet: sum.met, expectedStandards: c.standards });
    note(`criterion ${c.code} maximum points`, c.maxPoints);
    if (c.maxPoints.value !== null && cmp(sum.points, rationalFromDecimal(c.maxPoints.value)) > 0) {
      warnings.push(
        issue(['standards'], 'criterion-above-maximum', `Criterion ${c.code} scores ${rationalToString(sum.points)}, above its maximum of ${c.maxPoints.value}: check the points supplied`, `Tiêu chí ${c.code} được ${rationalToString(sum.points)} điểm, vượt mức tối đa ${c.maxPoints.value} điểm: kiểm tra lại điểm đã nhập`),
      );
    }
    if (c.standards.value !== null && sum.standards !== c.standards.value) {
      warnings.push(
        issue(['standards'], 'standards-count-mismatch', `Criterion ${c.code} has ${c.standards.value} standards, ${sum.standards} were given`, `Tiêu chí ${c.code} có ${c.standards.value} tiêu chuẩn, đã nhập ${sum.standards}`),
      );
    }
  }
  if (frame.criteria === null) {
    for (const [code, sum] of [...sums.entries()].sort()) {
      const unknown: CitedFrameValue<string> = { value: null, provenance: frame.passPoints.provenance };
      criteria.push({ code, name: { vi: `Tiêu chí ${code}`, en: `Criterion ${code}` }, points: rationalToString(sum.points), maxPoints: unknown, standards: sum.standards, standardsMet: sum.met, expectedStandards: { value: null, provenance: frame.passPoints.provenance } });
    }
  }
  note('pass mark', frame.passPoints);
  note('minimum-level rule', frame.minimumLevelRule);
  note('interpolation rule', frame.interpolation);

  const standards = scored.map((s) => s.score);
  const missing = standards.filter((s) => s.status === 'missing').map((s) => s.code);
  const below = standards.filter((s) => s.status === 'unmet').map((s) => ({ code: s.code, ...(s.name !== undefined ? { name: s.name } : {}) }));
  const metCount = standards.filter((s) => s.status === 'met').length;
  const exact = isFiniteDecimal(total);

  let status: UrbanClassificationScore['status'];
  let passes: boolean | null;
  if (frame.passPoints.value === null) {
    status = 'indeterminate';
    passes = null;
  } else if (cmp(total, rationalFromDecimal(frame.passPoints.value)) >= 0) {
    status = 'met';
    passes = true;
  } else if (missing.length > 0) {
    status = 'missing';
    passes = null;
  } else {
    status = 'unmet';
    passes = false;
  }
  const minimumStatus = frame.minimumLevelRule.value === null ? 'indeterminate' : below.length > 0 ? 'unmet' : missing.length > 0 ? 'missing' : 'met';

  const totalDisplay = display(total);
  const typeVi = TYPE_VI[options.type];
  const typeEn = TYPE_EN[options.type];
  const summary: LocalizedText = {
    vi: `Đô thị loại ${typeVi}: đạt ${metCount}/${standards.length} tiêu chuẩn, tổng ${totalDisplay} điểm ${
      passes === true ? `(≥ ${frame.passPoints.value} điểm: đạt)` : passes === false ? `(< ${frame.passPoints.value} điểm: chưa đạt)` : '(chưa xác định được)'
    }; ${below.length} tiêu chuẩn dưới mức tối thiểu${missing.length ? `, ${missing.length} tiêu chuẩn thiếu số liệu` : ''} (${frame.title.vi}).`,
    en: `Urban type ${typeEn}: ${metCount}/${standards.length} standards met, ${totalDisplay} points in total ${
      passes === true ? `(≥ ${frame.passPoints.value}: passes)` : passes === false ? `(< ${frame.passPoints.value}: does not pass)` : '(indeterminate)'
    }; ${below.length} standards below their minimum level${missing.length ? `, ${missing.length} missing` : ''} (${frame.title.en}).`,
  };

  return {
    frame: { id: frame.id, title: frame.title, validFrom: frame.validFrom, ...(frame.validTo ? { validTo: frame.validTo } : {}), instruments: frame.instruments.map((i) => i.id) },
    type: options.type,
    date,
    standards,
    criteria,
    total: rationalToString(total),
    exact,
    totalDisplay,
    standardsMet: { met: metCount, total: standards.length, text: `${metCount}/${standards.length}` },
    standardsBelowMinimum: below,
    standardsMissing: missing,
    passPoints: frame.passPoints,
    status,
    passes,
    minimumLevels: { status: minimumStatus, rule: frame.minimumLevelRule },
    interpolation: frame.interpolation,
    ...(options.roundPointsTo !== undefined ? { roundedPointsTo: options.roundPointsTo } : {}),
    warnings,
    unverified,
    summary,
  };
}
