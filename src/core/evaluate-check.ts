import { countGapTo, countGapToRange, compareWith, gapTo, gapToRange, isBetween, numericOf, numericText, roundedPercent, type NumericActual } from './compare.js';
import { matchesCondition, type ConditionSubject, type ResolvedContext } from './context.js';
import { Decimal, decimalToString, toDecimal } from './decimal.js';
import type { CheckValue, RatioValue } from './input-schema.js';
import type { ActualValue, CheckResult, RequiredValue, Status, StatusReason, ThresholdUsed } from './result.js';
import type { Check, Comparator, Condition, Provenance, ProvenanceStatus } from './rulebook-schema.js';
import type { PlannedCheck } from './evaluation-plan.js';

/** Display precision of a percentage computed from counts (the comparison never uses it). */
export const PERCENT_DISPLAY_DECIMALS = 4;

interface ThresholdCase {
  readonly when?: Condition;
  readonly value: unknown;
  readonly notApplicable?: true;
  readonly provenance: { readonly status: ProvenanceStatus; readonly instrument?: string; readonly locator?: string; readonly source?: string; readonly note?: string };
}

/**
 * The numeric reading of the value last passed to {@link readActual} (ratios, quantities, counts).
 * Kept here rather than returned in a pair: evaluation is synchronous and this runs for every check.
 */
let lastNumeric: NumericActual | undefined;
/** The one counts reading, reused: it never outlives the check it is read for. */
const countsReading: { kind: 'counts'; numerator: number; denominator: number } = { kind: 'counts', numerator: 0, denominator: 1 };

function readActual(planned: PlannedCheck, value: CheckValue): ActualValue {
  lastNumeric = undefined;
  switch (planned.measureKind) {
    case 'ratio': {
      const ratio = value as RatioValue;
      if ('percent' in ratio) {
        const numeric = (lastNumeric = numericOf(ratio.percent));
        return { value: numericText(numeric), given: 'percent' };
      }
      const { numerator, denominator } = ratio;
      countsReading.numerator = numerator;
      countsReading.denominator = denominator;
      lastNumeric = countsReading;
      return { value: roundedPercent(numerator, denominator, PERCENT_DISPLAY_DECIMALS), numerator, denominator, given: 'counts' };
    }
    case 'quantity':
    case 'count': {
      const numeric = (lastNumeric = numericOf(value as number | string));
      return { value: numericText(numeric), given: 'value' };
    }
    case 'boolean':
      return { value: value as boolean, given: 'value' };
    case 'level': {
      const measure = planned.check.measure;
      const level = measure.kind === 'level' ? measure.levels.find((l) => l.key === value) : undefined;
      return { value: value as string, given: 'value', ...(level ? { name: level.name } : {}) };
    }
  }
}

function selectThreshold(
  cases: readonly ThresholdCase[],
  context: ResolvedContext,
  denominator: number | undefined,
): ThresholdCase | 'needs-counts' | undefined {
  const subject = subjectOf(context);
  for (const candidate of cases) {
    const match = matchesCondition(candidate.when, subject, denominator);
    if (match === undefined) return 'needs-counts';
    if (match) return candidate;
  }
  return undefined;
}

/**
 * The case a check uses in a context, remembered per context key (batches share contexts); the
 * last one is kept on the planned check itself, as a batch asks for the same key again and again.
 */
function selectionFor(planned: PlannedCheck, context: ResolvedContext): ThresholdCase | undefined {
  if (planned.recentContextKey === context.key) return planned.recentSelection as ThresholdCase | undefined;
  let known = planned.selections.get(context.key) as ThresholdCase | null | undefined;
  if (known === undefined) {
    const selected = selectThreshold(planned.thresholds ?? [], context, undefined);
    if (planned.selections.size >= 256) planned.selections.clear(); // bounded: contexts vary little
    known = selected === undefined || selected === 'needs-counts' ? null : selected;
    planned.selections.set(context.key, known);
  }
  planned.recentContextKey = context.key;
  planned.recentSelection = known ?? undefined;
  return known ?? undefined;
}

const subjects = new WeakMap<ResolvedContext, ConditionSubject>();

/** The condition subject of a context, built once per evaluation rather than once per check. */
function subjectOf(context: ResolvedContext): ConditionSubject {
  let subject = subjects.get(context);
  if (!subject) {
    subject = { date: context.date, year: context.year, column: context.column?.key, facts: context.facts };
    subjects.set(context, subject);
  }
  return subject;
}

/** What a threshold case resolves to; built once per case of a frozen rulebook, shared by results. */
interface CompiledCase {
  readonly limit?: Decimal;
  readonly min?: Decimal;
  readonly max?: Decimal;
  readonly required: RequiredValue;
  readonly threshold: ThresholdUsed;
}

const compiledCases = new WeakMap<ThresholdCase, CompiledCase>();

/** The compiled case, the last one kept on the planned check (it is asked for once per unit). */
function compiledFor(planned: PlannedCheck, selected: ThresholdCase): CompiledCase {
  if (planned.recentCase === selected) return planned.recentCompiled as CompiledCase;
  const compiled = compileCase(planned.check, planned.row, selected);
  planned.recentCase = selected;
  planned.recentCompiled = compiled;
  return compiled;
}

function compileCase(check: Check, row: Provenance, selected: ThresholdCase): CompiledCase {
  let compiled = compiledCases.get(selected);
  if (compiled) return compiled;
  const requirement = check.requirement;
  const threshold = Object.freeze({ status: selected.provenance.status, provenance: Object.freeze(buildProvenance(row, selected.provenance)) });
  const op = requirement.type === 'compare' ? { op: requirement.op } : {};
  if (selected.notApplicable || selected.value === null) {
    compiled = { required: Object.freeze({ type: requirement.type, ...op, value: null }), threshold };
  } else if (requirement.type === 'between') {
    const range = selected.value as { min: string; max: string };
    const [min, max] = [toDecimal(range.min), toDecimal(range.max)];
    compiled = { min, max, required: Object.freeze({ type: 'between', min: decimalToString(min), max: decimalToString(max) }), threshold };
  } else if (requirement.type === 'level') {
    const wanted = selected.value as string;
    const name = check.measure.kind === 'level' ? check.measure.levels.find((l) => l.key === wanted)?.name : undefined;
    compiled = { required: Object.freeze({ type: 'level', value: wanted, ...(name ? { name } : {}) }), threshold };
  } else {
    const limit = toDecimal(selected.value as string);
    compiled = { limit, required: Object.freeze({ type: requirement.type, ...op, value: decimalToString(limit) }), threshold };
  }
  compiledCases.set(selected, compiled);
  return compiled;
}

const REQUIRED = {
  achieved: Object.freeze({ type: 'achieved' }),
  absent: Object.freeze({ type: 'absent' }),
} as const satisfies Record<string, RequiredValue>;

function buildProvenance(row: Provenance, own: NonNullable<ThresholdCase['provenance']>): Provenance {
  return {
    instrument: own.instrument ?? row.instrument,
    locator: own.locator ?? row.locator,
    status: own.status,
    ...(own.source !== undefined ? { source: own.source } : {}),
    ...(own.note !== undefined ? { note: own.note } : {}),
  };
}

function result(
  check: PlannedCheck,
  status: Status,
  required: RequiredValue,
  threshold: ThresholdUsed,
  actual: ActualValue | null,
  reason?: StatusReason,
  gap: string | null = null,
  gapCount: number | null = null,
): CheckResult {
  // Built by assignment, not spreads or option objects: this runs for every check of every unit.
  const out: { -readonly [K in keyof CheckResult]: CheckResult[K] } = { key: check.key, unit: check.unit, status, actual, required, gap, gapCount, threshold };
  if (check.name) out.name = check.name;
  if (reason) out.reason = reason;
  return out;
}

/**
 * Judges one check of an indicator. `value` is already validated; `undefined`/`null` is missing.
 * Precedence: unknown content or threshold → `indeterminate`; then no input → `missing`.
 */
export function evaluateCheck(planned: PlannedCheck, value: CheckValue | null | undefined, context: ResolvedContext): CheckResult {
  const row = planned.row;
  const type = planned.requirementType;
  const actual = value === null || value === undefined ? null : readActual(planned, value);
  const numeric = actual === null ? undefined : lastNumeric;
  const read = actual !== null;

  if (type === 'achieved' || type === 'absent') {
    const required = REQUIRED[type];
    if (row.status === 'unknown') return result(planned, 'indeterminate', required, planned.rowThreshold, actual, 'content-unknown');
    if (!read) return result(planned, 'missing', required, planned.rowThreshold, null, 'input-missing');
    const met = type === 'achieved' ? value === true : value === false || value === 0;
    const isCount = planned.measureKind === 'count';
    const gap = isCount ? String(value) : null;
    return result(planned, met ? 'met' : 'unmet', required, planned.rowThreshold, actual, undefined, met && gap ? '0' : gap, isCount ? (value as number) : null);
  }

  if (row.status === 'unknown') {
    return result(planned, 'indeterminate', planned.requiredUnknown, planned.rowThreshold, actual, 'content-unknown');
  }
  const denominator = actual !== null && actual.given === 'counts' ? actual.denominator : undefined;
  const selected = planned.dependsOnDenominator ? selectThreshold(planned.thresholds ?? [], context, denominator) : selectionFor(planned, context);
  if (selected === 'needs-counts' && !read) {
    // No value at all: report it missing (never indeterminate) — the roll-up ranks missing first.
    return result(planned, 'missing', planned.requiredUnknown, planned.rowThreshold, null, 'input-missing');
  }
  if (selected === undefined || selected === 'needs-counts') {
    const reason: StatusReason = selected === 'needs-counts' ? 'needs-counts' : 'no-threshold-for-context';
    const unknown: ThresholdUsed = { status: 'unknown', provenance: { ...row, status: 'unknown', note: reason === 'needs-counts' ? 'The threshold depends on the denominator: give counts, not a percentage.' : 'The rulebook defines no threshold for this column, year or date.' } };
    return result(planned, 'indeterminate', planned.requiredUnknown, unknown, actual, reason);
  }

  const { limit, min, max, required, threshold } = compiledFor(planned, selected);
  if (selected.notApplicable) return result(planned, 'not-applicable', required, threshold, actual);
  if (selected.value === null) return result(planned, 'indeterminate', required, threshold, actual, 'threshold-unknown');
  if (!read) return result(planned, 'missing', required, threshold, null, 'input-missing');

  switch (type) {
    case 'compare': {
      const op = planned.op as Comparator;
      if (!numeric) throw new Error('unreachable: a compare check reads a number');
      const met = compareWith(numeric, op, limit as Decimal);
      const gapCount = numeric.kind === 'counts' ? countGapTo(numeric.numerator, numeric.denominator, op, limit as Decimal, met) : null;
      return result(planned, met ? 'met' : 'unmet', required, threshold, actual, undefined, gapTo(numeric, op, limit as Decimal, met), gapCount);
    }
    case 'between': {
      const [low, high] = [min as Decimal, max as Decimal];
      if (!numeric) throw new Error('unreachable: a between check reads a number');
      const gapCount = numeric.kind === 'counts' ? countGapToRange(numeric.numerator, numeric.denominator, low, high) : null;
      return result(planned, isBetween(numeric, low, high) ? 'met' : 'unmet', required, threshold, actual, undefined, gapToRange(numeric, low, high), gapCount);
    }
    case 'level': {
      const short = planned.levelKeys.indexOf(required.value as string) - planned.levelKeys.indexOf(value as string);
      return result(planned, short <= 0 ? 'met' : 'unmet', required, threshold, actual, undefined, String(Math.max(short, 0)));
    }
  }
}
