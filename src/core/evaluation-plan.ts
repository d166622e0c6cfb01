import type { LocalizedText } from './localized-text.js';
import type { Criterion, Indicator, Rulebook } from './rulebook.js';
import type { Check, Comparator, Provenance, Requirement } from './rulebook-schema.js';

/*
 * A rulebook's criteria, indicators and checks come in many shapes (optional fields, union
 * variants), which makes property access in the evaluation loop megamorphic. The plan copies
 * what evaluation reads into objects of one class each, built once per frozen rulebook.
 */

type ThresholdCases = Extract<Requirement, { thresholds: unknown }>['thresholds'];

export class PlannedCheck {
  readonly key: string;
  readonly name: LocalizedText | undefined;
  readonly unit: string;
  readonly requirementType: Requirement['type'];
  readonly op: Comparator | undefined;
  readonly thresholds: ThresholdCases | undefined;
  readonly measureKind: Check['measure']['kind'];
  /** Level keys from lowest to highest (level measures only). */
  readonly levelKeys: readonly string[];
  /** Whether a threshold case tests the input's denominator (then selection depends on the input). */
  readonly dependsOnDenominator: boolean;
  /** Threshold case selected per context key (see `ResolvedContext.key`); `null` when none matches. */
  readonly selections = new Map<string, object | null>();
  /** The finding (an unmet, missing or indeterminate entry) given last; see evaluate.ts. */
  recentFinding: object | undefined = undefined;
  /** The unverified-threshold entry given last, and the threshold it was for. */
  recentUnverified: object | undefined = undefined;
  recentUnverifiedThreshold: object | undefined = undefined;

  constructor(readonly check: Check) {
    this.key = check.key;
    this.name = check.name;
    this.unit = check.unit;
    this.requirementType = check.requirement.type;
    this.op = check.requirement.type === 'compare' ? check.requirement.op : undefined;
    this.thresholds = 'thresholds' in check.requirement ? check.requirement.thresholds : undefined;
    this.measureKind = check.measure.kind;
    this.levelKeys = check.measure.kind === 'level' ? check.measure.levels.map((l) => l.key) : [];
    this.dependsOnDenominator = this.thresholds?.some((c) => c.when?.denominator !== undefined) ?? false;
  }
}

export class PlannedIndicator {
  readonly code: string;
  readonly name: LocalizedText;
  readonly provenance: Provenance;
  readonly conditional: boolean;
  readonly checks: readonly PlannedCheck[];
  /** The indicator's unit, or `composite` for a multi-check indicator. */
  readonly unit: string;

  constructor(
    readonly indicator: Indicator,
    readonly criterion: string,
  ) {
    this.code = indicator.code;
    this.name = indicator.name;
    this.provenance = indicator.provenance;
    this.conditional = indicator.conditional;
    this.checks = indicator.checks.map((check) => new PlannedCheck(check));
    this.unit = indicator.checks.length === 1 ? (indicator.checks[0]?.unit ?? '') : 'composite';
  }
}

export class PlannedCriterion {
  readonly code: string;
  readonly name: LocalizedText;
  readonly group: LocalizedText | undefined;
  readonly indicators: readonly PlannedIndicator[];

  constructor(criterion: Criterion) {
    this.code = criterion.code;
    this.name = criterion.name;
    this.group = criterion.group;
    this.indicators = criterion.indicators.map((indicator) => new PlannedIndicator(indicator, criterion.code));
  }
}

const plans = new WeakMap<Rulebook, readonly PlannedCriterion[]>();

/** The evaluation plan of a rulebook, built on first use. */
export function planOf(rulebook: Rulebook): readonly PlannedCriterion[] {
  let plan = plans.get(rulebook);
  if (!plan) {
    plan = rulebook.criteria.map((criterion) => new PlannedCriterion(criterion));
    plans.set(rulebook, plan);
  }
  return plan;
}
