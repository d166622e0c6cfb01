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

const decimalCache = new Map<string, Decimal>();

/** Thresholds are a few hundred distinct strings: parse each once. */
function cachedDecimal(value: string): Decimal {
  let parsed = decimalCache.get(value);
  if (!parsed) {
    parsed = toDecimal(value);
    if (decimalCache.size < 10_000) decimalCache.set(value, parsed);
  }
  return parsed;
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

const resolvedProvenance = new WeakMap<object, Provenance>();

/** A threshold's full citation; cases are frozen rulebook data, so each is resolved once. */
function resolveProvenance(row: Provenance, own?: ThresholdCase['provenance']): Provenance {
  if (!own) return row;
  let resolved = resolvedProvenance.get(own);
  if (!resolved) {
    resolved = buildProvenance(row, own);
    resolvedProvenance.set(own, resolved);
  }
  return resolved;
}

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
  const rowThreshold: ThresholdUsed = { status: row.status, provenance: row };
  const read = value === null || value === undefined ? undefined : readActual(check, value);
  const actual = read?.actual ?? null;

  if (requirement.type === 'achieved' || requirement.type === 'absent') {
    const required: RequiredValue = { type: requirement.type };
    if (row.status === 'unknown') return result(check, 'indeterminate', required, rowThreshold, actual, { reason: 'content-unknown' });
    if (!read) return result(check, 'missing', required, rowThreshold, null, { reason: 'input-missing' });
    const met = requirement.type === 'achieved' ? value === true : value === false || value === 0;
    const gap = check.measure.kind === 'count' ? String(value) : null;
    return result(check, met ? 'met' : 'unmet', required, rowThreshold, actual, { gap: met && gap ? '0' : gap, gapCount: check.measure.kind === 'count' ? (value as number) : null });
  }

  const denominator = actual?.given === 'counts' ? actual.denominator : undefined;
  const selected = row.status === 'unknown' ? undefined : selectThreshold(requirement.thresholds, context, denominator);
  const baseRequired: RequiredValue = { type: requirement.type, ...(requirement.type === 'compare' ? { op: requirement.op } : {}) };
  if (row.status === 'unknown') {
    return result(check, 'indeterminate', { ...baseRequired, value: null }, rowThreshold, actual, { reason: 'content-unknown' });
  }
  if (selected === 'needs-counts' && !read) {
    // No value at all: report it missing (never indeterminate) — the roll-up ranks missing first.
    return result(check, 'missing', { ...baseRequired, value: null }, rowThreshold, null, { reason: 'input-missing' });
  }
  if (selected === undefined || selected === 'needs-counts') {
    const reason: StatusReason = selected === 'needs-counts' ? 'needs-counts' : 'no-threshold-for-context';
    const unknown: ThresholdUsed = { status: 'unknown', provenance: { ...row, status: 'unknown', note: reason === 'needs-counts' ? 'The threshold depends on the denominator: give counts, not a percentage.' : 'The rulebook defines no threshold for this column, year or date.' } };
    return result(check, 'indeterminate', { ...baseRequired, value: null }, unknown, actual, { reason });
  }

  const threshold: ThresholdUsed = { status: selected.provenance.status, provenance: resolveProvenance(row, selected.provenance) };
  if (selected.notApplicable) return result(check, 'not-applicable', { ...baseRequired, value: null }, threshold, actual);
  if (selected.value === null) {
    return result(check, 'indeterminate', { ...baseRequired, value: null }, threshold, actual, { reason: 'threshold-unknown' });
  }

  switch (requirement.type) {
    case 'compare': {
      const limit = cachedDecimal(selected.value as string);
      const required = { ...baseRequired, value: decimalToString(limit) };
      if (!read?.numeric) return result(check, 'missing', required, threshold, null, { reason: 'input-missing' });
      const numeric = read.numeric;
      const met = compareWith(numeric, requirement.op, limit);
      const gapCount = numeric.kind === 'counts' ? countGapTo(numeric.numerator, numeric.denominator, requirement.op, limit, met) : null;
      return result(check, met ? 'met' : 'unmet', required, threshold, actual, { gap: gapTo(numeric, requirement.op, limit, met), gapCount });
    }
    case 'between': {
      const range = selected.value as { min: string; max: string };
      const [min, max] = [toDecimal(range.min), toDecimal(range.max)];
      const required = { ...baseRequired, min: decimalToString(min), max: decimalToString(max) };
      if (!read?.numeric) return result(check, 'missing', required, threshold, null, { reason: 'input-missing' });
      const numeric = read.numeric;
      const gapCount = numeric.kind === 'counts' ? countGapToRange(numeric.numerator, numeric.denominator, min, max) : null;
      return result(check, isBetween(numeric, min, max) ? 'met' : 'unmet', required, threshold, actual, { gap: gapToRange(numeric, min, max), gapCount });
    }
    case 'level': {
      const measured = check.measure.kind === 'level' ? check.measure.levels : [];
      const levels = measured.map((l) => l.key);
      const wanted = selected.value as string;
      const wantedName = measured.find((l) => l.key === wanted)?.name;
      const required = { ...baseRequired, value: wanted, ...(wantedName ? { name: wantedName } : {}) };
      if (!read) return result(check, 'missing', required, threshold, null, { reason: 'input-missing' });
      const short = levels.indexOf(wanted) - levels.indexOf(value as string);
      return result(check, short <= 0 ? 'met' : 'unmet', required, threshold, actual, { gap: String(Math.max(short, 0)) });
    }
  }
}
