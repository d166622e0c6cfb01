import type { ColumnChoice } from './context.js';
import type { LocalizedText } from './localized-text.js';
import type { Comparator, Provenance, ProvenanceStatus, Requirement } from './rulebook-schema.js';

/**
 * The outcome of one check, indicator, criterion or unit:
 * - `met` / `unmet`: decided against a known threshold;
 * - `missing`: the input did not give the value (never treated as zero);
 * - `not-applicable`: a conditional ("nếu có") indicator that does not apply;
 * - `indeterminate`: the threshold (or the indicator's content) is unknown, or no threshold is
 *   defined for this column/year — the caller must supply it.
 */
export type Status = 'met' | 'unmet' | 'missing' | 'not-applicable' | 'indeterminate';

/** Why a check is `missing` or `indeterminate`. */
export type StatusReason =
  | 'input-missing'
  | 'threshold-unknown'
  | 'content-unknown'
  | 'no-threshold-for-context'
  | 'needs-counts';

/** The actual value a check was judged on. */
export interface ActualValue {
  /**
   * Numeric values as canonical decimal strings. For a ratio given as counts this is the
   * percentage rounded half-up to 4 decimals, for display only: the comparison itself is exact
   * (integer cross-multiplication).
   */
  readonly value: string | boolean;
  readonly numerator?: number;
  readonly denominator?: number;
  /** How the caller gave it: as counts, as a ready percentage, or as a plain value. */
  readonly given: 'counts' | 'percent' | 'value';
  /** The level's name, for level checks. */
  readonly name?: LocalizedText;
}

/** The requirement a check was judged against, resolved for the unit's column, year and date. */
export interface RequiredValue {
  readonly type: Requirement['type'];
  readonly op?: Comparator;
  /** Threshold (compare), level key (level); `null` when unknown. */
  readonly value?: string | null;
  readonly min?: string;
  readonly max?: string;
  /** The required level's name, for level checks. */
  readonly name?: LocalizedText;
}

/** A threshold as used: its citation and how sure we are of it. */
export interface ThresholdUsed {
  readonly status: ProvenanceStatus;
  readonly provenance: Provenance;
}

export interface CheckResult {
  readonly key: string;
  readonly name?: LocalizedText;
  readonly unit: string;
  readonly status: Status;
  readonly reason?: StatusReason;
  readonly actual: ActualValue | null;
  readonly required: RequiredValue;
  /**
   * How far the actual value is from meeting the requirement, in the check's unit (percentage
   * points for ratios; levels for levels): `"0"` when met, `null` when it cannot be computed.
   * Exact: for a share from counts it may carry up to 40 significant digits (1/3 of a point);
   * it is never rounded, so an unmet check never shows a gap of `"0"`.
   */
  readonly gap: string | null;
  /**
   * For a ratio given as counts: how many units of the numerator must change (more households
   * with clean water, fewer poor households) to meet it with the same denominator. `0` when met;
   * `null` when not computable or not reachable.
   */
  readonly gapCount: number | null;
  readonly threshold: ThresholdUsed;
}

export interface IndicatorResult {
  readonly code: string;
  readonly name: LocalizedText;
  readonly criterion: string;
  readonly status: Status;
  readonly unit: string;
  readonly checks: readonly CheckResult[];
  /** Citation of the indicator row. */
  readonly provenance: Provenance;
}

export interface Tally {
  readonly met: number;
  readonly unmet: number;
  readonly missing: number;
  readonly 'not-applicable': number;
  readonly indeterminate: number;
  /** All, not-applicable ones included. */
  readonly total: number;
}

export interface CriterionResult {
  readonly code: string;
  readonly name: LocalizedText;
  readonly group?: LocalizedText;
  readonly status: Status;
  readonly indicators: readonly IndicatorResult[];
  readonly tally: Tally;
}

/** A pointer to one check that needs attention. */
export interface Finding {
  readonly criterion: string;
  readonly indicator: string;
  readonly check: string;
  readonly status: Status;
  readonly reason?: StatusReason;
  readonly name: LocalizedText;
}

/** A threshold used whose status is not `official`, with its citation. */
export interface UnverifiedThreshold {
  readonly criterion: string;
  readonly indicator: string;
  readonly check: string;
  readonly status: Exclude<ProvenanceStatus, 'official'>;
  readonly value: string | null;
  readonly provenance: Provenance;
}

/** Progress as "met of total" with an exact percentage (rounded half-up to 2 decimals). */
export interface Progress {
  readonly met: number;
  readonly total: number;
  readonly percent: string;
}

/** What an evaluation used, so a saved result can be audited later (cf. regelrecht's receipts). */
export interface Receipt {
  readonly library: string;
  readonly libraryVersion: string;
  readonly rulebook: string;
  readonly rulebookValidity: { readonly from: string; readonly to?: string };
  readonly instruments: readonly string[];
  readonly evaluationDate: string;
  readonly thresholdYear: number;
  readonly column?: string;
}

export interface EvaluationResult {
  readonly rulebook: { readonly id: string; readonly kind: string; readonly title: LocalizedText };
  readonly context: { readonly date: string; readonly year: number; readonly column?: ColumnChoice };
  /** `met` exactly when every criterion is met: the unit is recognised. */
  readonly status: Status;
  readonly recognised: boolean;
  readonly criteria: readonly CriterionResult[];
  /** Criteria met of the applicable criteria (the reports' "17/19"); a criterion that is wholly not applicable (a district without townships) counts in neither. */
  readonly criteriaProgress: Progress;
  /** Indicators met of the applicable indicators. */
  readonly indicatorProgress: Progress;
  readonly unmet: readonly Finding[];
  readonly missing: readonly Finding[];
  readonly indeterminate: readonly Finding[];
  /** Every non-official threshold the result depends on, `unknown` ones included. */
  readonly unverifiedThresholds: readonly UnverifiedThreshold[];
  readonly receipt: Receipt;
}
