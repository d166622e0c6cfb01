import { countGapTo, countGapToRange, compareWith, gapTo, gapToRange, isBetween, roundedPercent, type NumericActual } from './compare.js';
import { matchesCondition, type ConditionSubject, type ResolvedContext } from './context.js';
import { Decimal, decimalToString, toDecimal } from './decimal.js';
import type { CheckValue, RatioValue } from './input-schema.js';
import type { ActualValue, CheckResult, RequiredValue, Status, StatusReason, ThresholdUsed } from './result.js';
import type { Check, Condition, Provenance, ProvenanceStatus } from './rulebook-schema.js';

/** Display precision of a percentage computed from counts (the comparison never uses it). */
export const PERCENT_DISPLAY_DECIMALS = 4;

interface ThresholdCase {
  readonly when?: Condition;
  readonly value: unknown;
  readonly notApplicable?: true;
  readonly provenance: { readonly status: ProvenanceStatus; readonly instrument?: string; readonly locator?: string; readonly source?: string; readonly note?: string };
}

function readActual(check: Check, value: CheckValue): { actual: ActualValue; numeric?: NumericActual } {
  switch (check.measure.kind) {
    case 'ratio': {
      const ratio = value as RatioValue;
      if ('percent' in ratio) {
        const percent = toDecimal(ratio.percent);
        return { actual: { value: decimalToString(percent), given: 'percent' }, numeric: { kind: 'decimal', value: percent } };
      }
      const { numerator, denominator } = ratio;
      return {
        actual: { value: roundedPercent(numerator, denominator, PERCENT_DISPLAY_DECIMALS), numerator, denominator, given: 'counts' },
        numeric: { kind: 'counts', numerator, denominator },
      };
    }
    case 'quantity':
    case 'count': {
      const amount = toDecimal(value as number | string);
      return { actual: { value: decimalToString(amount), given: 'value' }, numeric: { kind: 'decimal', value: amount } };
    }
    case 'boolean':
      return { actual: { value: value as boolean, given: 'value' } };
    case 'level': {
      const level = check.measure.levels.find((l) => l.key === value);
      return { actual: { value: value as string, given: 'value', ...(level ? { name: level.name } : {}) } };
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

const rowThresholds = new WeakMap<Provenance, ThresholdUsed>();

/** The row's own citation as a threshold (yes/no requirements, unknown content). */
function rowThreshold(row: Provenance): ThresholdUsed {
  let used = rowThresholds.get(row);
  if (!used) {
    used = Object.freeze({ status: row.status, provenance: row });
    rowThresholds.set(row, used);
  }
  return used;
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
  check: Check,
  status: Status,
  required: RequiredValue,
  threshold: ThresholdUsed,
  actual: ActualValue | null,
  extra?: { reason?: StatusReason; gap?: string | null; gapCount?: number | null },
): CheckResult {
  // Built by assignment, not spreads: this runs for every check of every unit.
  const out: { -readonly [K in keyof CheckResult]: CheckResult[K] } = {
    key: check.key,
    unit: check.unit,
    status,
    actual,
    required,
    gap: extra?.gap ?? null,
    gapCount: extra?.gapCount ?? null,
    threshold,
  };
  if (check.name) out.name = check.name;
  if (extra?.reason) out.reason = extra.reason;
  return out;
}

/**
 * Judges one check of an indicator. `value` is already validated; `undefined`/`null` is missing.
 * Precedence: unknown content or threshold → `indeterminate`; then no input → `missing`.
 */
export function evaluateCheck(check: Check, row: Provenance, value: CheckValue | null | undefined, context: ResolvedContext): CheckResult {
  const requirement = check.requirement;
  const read = value === null || value === undefined ? undefined : readActual(check, value);
  const actual = read?.actual ?? null;

  if (requirement.type === 'achieved' || requirement.type === 'absent') {
    const required = REQUIRED[requirement.type];
    if (row.status === 'unknown') return result(check, 'indeterminate', required, rowThreshold(row), actual, { reason: 'content-unknown' });
    if (!read) return result(check, 'missing', required, rowThreshold(row), null, { reason: 'input-missing' });
    const met = requirement.type === 'achieved' ? value === true : value === false || value === 0;
    const gap = check.measure.kind === 'count' ? String(value) : null;
    return result(check, met ? 'met' : 'unmet', required, rowThreshold(row), actual, { gap: met && gap ? '0' : gap, gapCount: check.measure.kind === 'count' ? (value as number) : null });
  }

  const unknownRequired: RequiredValue = { type: requirement.type, ...(requirement.type === 'compare' ? { op: requirement.op } : {}), value: null };
  if (row.status === 'unknown') {
    return result(check, 'indeterminate', unknownRequired, rowThreshold(row), actual, { reason: 'content-unknown' });
  }
  const denominator = actual?.given === 'counts' ? actual.denominator : undefined;
  const selected = selectThreshold(requirement.thresholds, context, denominator);
  if (selected === 'needs-counts' && !read) {
    // No value at all: report it missing (never indeterminate) — the roll-up ranks missing first.
    return result(check, 'missing', unknownRequired, rowThreshold(row), null, { reason: 'input-missing' });
  }
  if (selected === undefined || selected === 'needs-counts') {
    const reason: StatusReason = selected === 'needs-counts' ? 'needs-counts' : 'no-threshold-for-context';
    const unknown: ThresholdUsed = { status: 'unknown', provenance: { ...row, status: 'unknown', note: reason === 'needs-counts' ? 'The threshold depends on the denominator: give counts, not a percentage.' : 'The rulebook defines no threshold for this column, year or date.' } };
    return result(check, 'indeterminate', unknownRequired, unknown, actual, { reason });
  }

  const { limit, min, max, required, threshold } = compileCase(check, row, selected);
  if (selected.notApplicable) return result(check, 'not-applicable', required, threshold, actual);
  if (selected.value === null) return result(check, 'indeterminate', required, threshold, actual, { reason: 'threshold-unknown' });
  if (!read) return result(check, 'missing', required, threshold, null, { reason: 'input-missing' });

  switch (requirement.type) {
    case 'compare': {
      const numeric = read.numeric as NumericActual;
      const met = compareWith(numeric, requirement.op, limit as Decimal);
      const gapCount = numeric.kind === 'counts' ? countGapTo(numeric.numerator, numeric.denominator, requirement.op, limit as Decimal, met) : null;
      return result(check, met ? 'met' : 'unmet', required, threshold, actual, { gap: gapTo(numeric, requirement.op, limit as Decimal, met), gapCount });
    }
    case 'between': {
      const numeric = read.numeric as NumericActual;
      const [low, high] = [min as Decimal, max as Decimal];
      const gapCount = numeric.kind === 'counts' ? countGapToRange(numeric.numerator, numeric.denominator, low, high) : null;
      return result(check, isBetween(numeric, low, high) ? 'met' : 'unmet', required, threshold, actual, { gap: gapToRange(numeric, low, high), gapCount });
    }
    case 'level': {
      const levels = check.measure.kind === 'level' ? check.measure.levels : [];
      const short = levels.findIndex((l) => l.key === required.value) - levels.findIndex((l) => l.key === value);
      return result(check, short <= 0 ? 'met' : 'unmet', required, threshold, actual, { gap: String(Math.max(short, 0)) });
    }
  }
}
