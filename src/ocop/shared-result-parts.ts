import type { LocalizedText } from '../core/localized-text.js';
import { averageToString, hundredthsToString } from './points.js';
import type { CriterionPoints, MinimumCheck } from './rating-result.js';
import type { MarkedStar, SheetCriterion } from './score-sheet-schema.js';

/*
 * Internal. A criterion's points object and a minimum's check object depend only on the criterion
 * (or minimum), its points and the number of sheets averaged, so they are built once, frozen and
 * shared by every rating that needs them: a batch does not build 30 criterion objects per product.
 * Ratings are read-only (every result type is `readonly`); sharing frozen parts keeps them so.
 */

/** Entries remembered per criterion or minimum; beyond this, parts are built (and frozen) each time. */
export const MAX_REMEMBERED_PARTS = 4096;

/**
 * Keys pack a sum below `SUM_LIMIT` hundredths, the number of sheets below `MEMBERS_RADIX` and the
 * option position + 1 below `OPTION_RADIX`: at most 2^49, an exact integer in a double.
 */
const SUM_LIMIT = 2 ** 30;
const MEMBERS_RADIX = 4096;
const OPTION_RADIX = 64;

function pointsText(sum: number, members: number): string {
  return members === 1 ? hundredthsToString(sum) : averageToString(sum, members).text;
}

/** What a criterion's shared points objects are built from. @internal */
export interface CriterionPointsSource {
  readonly criterion: SheetCriterion;
  /** The criterion's maximum as a decimal string. */
  readonly maxText: string;
  readonly optionIds: readonly string[];
  /** Frozen points objects of each option chosen and scored on one sheet, by option position. */
  readonly chosenPoints: readonly CriterionPoints[];
  /** Other frozen points objects (points given, averages, not scored) remembered by packed key. */
  readonly otherPoints: Map<number, CriterionPoints>;
}

/** The frozen points object of each option of `criterion` chosen and scored on one sheet, by option position. @internal */
export function chosenPointsOf(criterion: SheetCriterion, maxText: string, optionHs: readonly number[]): readonly CriterionPoints[] {
  return criterion.options.map((option, at) =>
    Object.freeze({ id: criterion.id, label: criterion.label, max: maxText, points: hundredthsToString(optionHs[at]!), option: option.id, scored: true }),
  );
}

/**
 * The points object of a criterion: `sum` hundredths over `members` sheets, the chosen option's
 * position (negative for none) and whether it was scored. Shared and frozen. @internal
 */
export function criterionPointsOf(c: CriterionPointsSource, sum: number, members: number, optionAt: number, scored: boolean): CriterionPoints {
  if (optionAt >= 0 && scored && members === 1) return c.chosenPoints[optionAt]!;
  // 0 for no option (not given, or points given: the same object), else the option's position + 1.
  const slot = optionAt >= 0 ? optionAt + 1 : 0;
  const cacheable = members < MEMBERS_RADIX && slot < OPTION_RADIX && Number.isSafeInteger(sum) && sum >= 0 && sum < SUM_LIMIT;
  const key = cacheable ? ((sum * 2 + (scored ? 1 : 0)) * OPTION_RADIX + slot) * MEMBERS_RADIX + members : -1;
  if (cacheable) {
    const known = c.otherPoints.get(key);
    if (known !== undefined) return known;
  }
  const made: CriterionPoints = Object.freeze({
    id: c.criterion.id,
    label: c.criterion.label,
    max: c.maxText,
    points: pointsText(sum, members),
    option: optionAt >= 0 ? c.optionIds[optionAt]! : null,
    scored,
  });
  if (cacheable && c.otherPoints.size < MAX_REMEMBERED_PARTS) c.otherPoints.set(key, made);
  return made;
}

/** A minimum's check, with its item of a downgrade reason in both languages. @internal */
export interface SharedCheck {
  readonly check: MinimumCheck;
  readonly vi: string;
  readonly en: string;
}

/** What a minimum's check is built from. @internal */
export interface CheckSource {
  readonly level: MarkedStar;
  readonly rule: 'at-least' | 'above-zero';
  readonly requiredText: string;
  readonly criterion: string;
  readonly label: LocalizedText;
}

/** A minimum, with its shared checks. @internal */
export interface MinimumSource extends CheckSource {
  /** Frozen checks remembered by packed key. */
  readonly checks: Map<number, SharedCheck>;
  /** The check of each option of the criterion chosen on one sheet, by option position. */
  readonly checkByOption: readonly SharedCheck[];
}

/** The check of minimum `r` against `sum` hundredths over `members` sheets. Shared and frozen. @internal */
export function minimumCheckOf(r: MinimumSource, sum: number, members: number, met: boolean): SharedCheck {
  const cacheable = members < MEMBERS_RADIX && Number.isSafeInteger(sum) && sum >= 0 && sum < SUM_LIMIT;
  const key = cacheable ? (sum * 2 + (met ? 1 : 0)) * MEMBERS_RADIX + members : -1;
  if (cacheable) {
    const known = r.checks.get(key);
    if (known !== undefined) return known;
  }
  const made = makeCheck(r, sum, members, met);
  if (cacheable && r.checks.size < MAX_REMEMBERED_PARTS) r.checks.set(key, made);
  return made;
}

/** The check of minimum `r` for each option of its criterion chosen on one sheet (`optionHs`: their points in hundredths). @internal */
export function checkByOptionOf(r: CheckSource & { readonly requiredH: number }, optionHs: readonly number[]): readonly SharedCheck[] {
  return optionHs.map((h) => makeCheck(r, h, 1, r.rule === 'above-zero' ? h > 0 : h >= r.requiredH));
}

function makeCheck(r: CheckSource, sum: number, members: number, met: boolean): SharedCheck {
  const actual = pointsText(sum, members);
  return {
    check: Object.freeze({ level: r.level, criterion: r.criterion, label: r.label, rule: r.rule, required: r.requiredText, actual, met }),
    vi: `${r.criterion} (hạng ${r.level}★: ${r.rule === 'above-zero' ? 'phải có điểm' : `cần ≥ ${r.requiredText}`}, đạt ${actual})`,
    en: `${r.criterion} (${r.level}★: ${r.rule === 'above-zero' ? 'must score' : `needs ≥ ${r.requiredText}`}, has ${actual})`,
  };
}
