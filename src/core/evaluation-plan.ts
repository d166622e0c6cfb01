import type { LocalizedText } from './localized-text.js';
import type { Criterion, Indicator, Rulebook } from './rulebook.js';
import type { Check, Comparator, Provenance, Requirement } from './rulebook-schema.js';
import type { RequiredValue, ThresholdUsed } from './result.js';

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
  /** Context key, threshold case and compiled case used last (see evaluate-check.ts). */
  recentContextKey: string | undefined = undefined;
  recentSelection: object | undefined = undefined;
  recentCase: object | undefined = undefined;
  recentCompiled: object | undefined = undefined;
  /** The finding (an unmet, missing or indeterminate entry) given last; see evaluate.ts. */
  recentFinding: object | undefined = undefined;
  /** The unverified-threshold entry given last, and the threshold it was for. */
  recentUnverified: object | undefined = undefined;
  recentUnverifiedThreshold: object | undefined = undefined;

  /** The indicator row's own citation as the threshold used (yes/no requirements, unknown content). */
  readonly rowThreshold: ThresholdUsed;
  /** The requirement with its value unknown. */
  readonly requiredUnknown: RequiredValue;

  constructor(
    readonly check: Check,
    /** The citation of the indicator row the check belongs to. */
    readonly row: Provenance,
  ) {
    this.key = check.key;
    this.name = check.name;
    this.unit = check.unit;
    this.requirementType = check.requirement.type;
    this.op = check.requirement.type === 'compare' ? check.requirement.op : undefined;
    this.thresholds = 'thresholds' in check.requirement ? check.requirement.thresholds : undefined;
    this.measureKind = check.measure.kind;
    this.levelKeys = check.measure.kind === 'level' ? check.measure.levels.map((l) => l.key) : [];
    this.dependsOnDenominator = this.thresholds?.some((c) => c.when?.denominator !== undefined) ?? false;
    this.rowThreshold = Object.freeze({ status: row.status, provenance: row });
    this.requiredUnknown = Object.freeze({ type: this.requirementType, ...(this.op ? { op: this.op } : {}), value: null });
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
    /** Position among all the rulebook's indicators, in plan order (where its input value is read into). */
    readonly slot: number,
  ) {
    this.code = indicator.code;
    this.name = indicator.name;
    this.provenance = indicator.provenance;
    this.conditional = indicator.conditional;
    this.checks = indicator.checks.map((check) => new PlannedCheck(check, indicator.provenance));
    this.unit = indicator.checks.length === 1 ? (indicator.checks[0]?.unit ?? '') : 'composite';
  }
}

export class PlannedCriterion {
  readonly code: string;
  readonly name: LocalizedText;
  readonly group: LocalizedText | undefined;
  readonly indicators: readonly PlannedIndicator[];

  constructor(criterion: Criterion, firstSlot: number) {
    this.code = criterion.code;
    this.name = criterion.name;
    this.group = criterion.group;
    this.indicators = criterion.indicators.map((indicator, i) => new PlannedIndicator(indicator, criterion.code, firstSlot + i));
  }
}

const plans = new WeakMap<Rulebook, readonly PlannedCriterion[]>();

/** The evaluation plan of a rulebook, built on first use. */
export function planOf(rulebook: Rulebook): readonly PlannedCriterion[] {
  let plan = plans.get(rulebook);
  if (!plan) {
    let slot = 0;
    plan = rulebook.criteria.map((criterion) => {
      const planned = new PlannedCriterion(criterion, slot);
      slot += criterion.indicators.length;
      return planned;
    });
    plans.set(rulebook, plan);
  }
  return plan;
}
