import { resolveContext, type EvaluationContext } from './context.js';
import { progressOf } from './progress-of.js';
import { InputError, type NtmError } from './errors.js';
import { evaluateCheck } from './evaluate-check.js';
import { readInput, readValidInput } from './fast-input-check.js';
import { inputSchema, type CheckValue, type EvaluationInput } from './input-schema.js';
import type { Rulebook } from './rulebook.js';
import { planOf, type PlannedCheck, type PlannedCriterion, type PlannedIndicator } from './evaluation-plan.js';
import type {
  CheckResult,
  CriterionResult,
  EvaluationResult,
  Finding,
  IndicatorResult,
  Status,
  Tally,
  ThresholdUsed,
  UnverifiedThreshold,
} from './result.js';
import { LIBRARY_NAME, LIBRARY_VERSION } from '../version.js';
import { fromZodIssues } from './zod-issues.js';

/**
 * Rolls statuses up: any `unmet` makes the whole unmet; otherwise any `missing`, then any
 * `indeterminate`; `not-applicable` only when everything is; otherwise `met`.
 */
export function combineStatuses(statuses: readonly Status[]): Status {
  if (statuses.includes('unmet')) return 'unmet';
  if (statuses.includes('missing')) return 'missing';
  if (statuses.includes('indeterminate')) return 'indeterminate';
  if (statuses.length > 0 && statuses.every((s) => s === 'not-applicable')) return 'not-applicable';
  return 'met';
}

/** Counts statuses, one at a time (the evaluation loop builds no status arrays). */
class TallyCounter {
  met = 0;
  unmet = 0;
  missing = 0;
  notApplicable = 0;
  indeterminate = 0;
  total = 0;

  add(status: Status): void {
    this.total++;
    if (status === 'met') this.met++;
    else if (status === 'unmet') this.unmet++;
    else if (status === 'missing') this.missing++;
    else if (status === 'not-applicable') this.notApplicable++;
    else this.indeterminate++;
  }

  /** The same roll-up as {@link combineStatuses} over the counted statuses. */
  status(): Status {
    if (this.unmet > 0) return 'unmet';
    if (this.missing > 0) return 'missing';
    if (this.indeterminate > 0) return 'indeterminate';
    if (this.total > 0 && this.notApplicable === this.total) return 'not-applicable';
    return 'met';
  }

  tally(): Tally {
    return { met: this.met, unmet: this.unmet, missing: this.missing, 'not-applicable': this.notApplicable, indeterminate: this.indeterminate, total: this.total };
  }
}

// Findings and unverified-threshold entries depend only on the (frozen) check and on what it was
// judged against, so one frozen entry per combination serves every evaluated unit. The last entry
// used is kept on the planned check: in a batch the same context gives the same entry again.
const findings = new WeakMap<PlannedCheck, Map<string, Finding>>();
const unverifiedEntries = new WeakMap<PlannedCheck, WeakMap<ThresholdUsed, UnverifiedThreshold>>();

function findingFor(indicator: PlannedIndicator, check: PlannedCheck, checked: CheckResult): Finding {
  const recent = check.recentFinding as Finding | undefined;
  if (recent && recent.status === checked.status && recent.reason === checked.reason) return recent;
  let byOutcome = findings.get(check);
  if (!byOutcome) findings.set(check, (byOutcome = new Map()));
  const key = `${checked.status}|${checked.reason ?? ''}`;
  let finding = byOutcome.get(key);
  if (!finding) {
    finding = Object.freeze({
      criterion: indicator.criterion,
      indicator: indicator.code,
      check: check.key,
      status: checked.status,
      ...(checked.reason ? { reason: checked.reason } : {}),
      name: check.name ?? indicator.name,
    });
    byOutcome.set(key, finding);
  }
  check.recentFinding = finding;
  return finding;
}

function unverifiedEntryFor(indicator: PlannedIndicator, check: PlannedCheck, checked: CheckResult): UnverifiedThreshold {
  const recent = check.recentUnverified as UnverifiedThreshold | undefined;
  if (recent && check.recentUnverifiedThreshold === checked.threshold) return recent;
  let byThreshold = unverifiedEntries.get(check);
  if (!byThreshold) unverifiedEntries.set(check, (byThreshold = new WeakMap()));
  let entry = byThreshold.get(checked.threshold);
  if (!entry) {
    const r = checked.required;
    entry = Object.freeze({
      criterion: indicator.criterion,
      indicator: indicator.code,
      check: check.key,
      status: checked.threshold.status as UnverifiedThreshold['status'],
      value: r.value ?? (r.min !== undefined ? `${r.min}…${r.max}` : r.type === 'compare' ? null : r.type),
      provenance: checked.threshold.provenance,
    });
    byThreshold.set(checked.threshold, entry);
  }
  check.recentUnverified = entry;
  check.recentUnverifiedThreshold = checked.threshold;
  return entry;
}

function isNotApplicable(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { notApplicable?: unknown }).notApplicable === true;
}

/**
 * Evaluates a unit (a commune, a district …) against a rulebook. Pure: the same rulebook, input
 * and context always give the same result, and neither input nor rulebook is touched.
 *
 * Each check is compared exactly with the threshold for the unit's column (region or commune
 * group, after overrides), year and date; each indicator is met when all its checks are; each
 * criterion when all its indicators are; the unit is recognised when every criterion is met.
 *
 * @throws {@link InputError} when the input is invalid; {@link ContextError} when the context is.
 * @example
 * ```ts
 * import { evaluate, rulebookFor } from 'nong-thon-moi';
 * const rulebook = rulebookFor('commune-ntm', '2024-06-30');
 * const result = evaluate(rulebook, { '15.3': { percent: 24.1 }, '9.1': 0 }, { date: '2024-06-30', region: 'BTB' });
 * result.criteriaProgress; // { met: …, total: 19, percent: … }
 * ```
 */
export function evaluate(rulebook: Rulebook, input: EvaluationInput, context: EvaluationContext): EvaluationResult {
  const resolved = resolveContext(rulebook, context);
  let values = readValidInput(rulebook, input);
  if (!values) {
    // The slow path: zod names every problem (and would accept anything the fast check missed).
    const parsed = inputSchema(rulebook).safeParse(input);
    if (!parsed.success) throw new InputError(fromZodIssues(parsed.error.issues));
    values = readInput(rulebook, parsed.data);
  }

  const unmet: Finding[] = [];
  const missing: Finding[] = [];
  const indeterminate: Finding[] = [];
  const unverifiedThresholds: UnverifiedThreshold[] = [];

  const criteria: CriterionResult[] = [];
  let indicatorsApplicable = 0;
  let indicatorsMet = 0;
  // Indexed loops: this runs for every indicator of every unit, and array iterators cost here.
  const plan = planOf(rulebook);
  for (let c = 0; c < plan.length; c++) {
    const criterion = plan[c] as PlannedCriterion;
    const indicators: IndicatorResult[] = [];
    const counter = new TallyCounter();
    for (let i = 0; i < criterion.indicators.length; i++) {
      const indicator = criterion.indicators[i] as PlannedIndicator;
      const raw = values[indicator.slot];
      let result: IndicatorResult;
      if (indicator.conditional && isNotApplicable(raw)) {
        result = { code: indicator.code, name: indicator.name, criterion: criterion.code, status: 'not-applicable', unit: indicator.unit, checks: [], provenance: indicator.provenance };
      } else {
        const single = indicator.checks.length === 1;
        const checks: CheckResult[] = [];
        const checkCounter = single ? undefined : new TallyCounter();
        for (let k = 0; k < indicator.checks.length; k++) {
          const check = indicator.checks[k] as PlannedCheck;
          const value = single ? (raw as CheckValue | null | undefined) : (raw as Record<string, CheckValue | null | undefined> | null | undefined)?.[check.key];
          const checked = evaluateCheck(check, value, resolved);
          const status = checked.status;
          if (status === 'unmet' || status === 'missing' || status === 'indeterminate') {
            (status === 'unmet' ? unmet : status === 'missing' ? missing : indeterminate).push(findingFor(indicator, check, checked));
          }
          if (checked.threshold.status !== 'official') unverifiedThresholds.push(unverifiedEntryFor(indicator, check, checked));
          checks.push(checked);
          checkCounter?.add(status);
        }
        result = {
          code: indicator.code,
          name: indicator.name,
          criterion: criterion.code,
          status: checkCounter ? checkCounter.status() : (checks[0] as CheckResult).status,
          unit: indicator.unit,
          checks,
          provenance: indicator.provenance,
        };
      }
      if (result.status !== 'not-applicable') indicatorsApplicable++;
      if (result.status === 'met') indicatorsMet++;
      indicators.push(result);
      counter.add(result.status);
    }
    const criterionResult: { -readonly [K in keyof CriterionResult]: CriterionResult[K] } = {
      code: criterion.code,
      name: criterion.name,
      status: counter.status(),
      indicators,
      tally: counter.tally(),
    };
    if (criterion.group) criterionResult.group = criterion.group;
    criteria.push(criterionResult);
  }

  const status = combineStatuses(criteria.map((c) => c.status));
  const column = resolved.column;
  return {
    rulebook: { id: rulebook.id, kind: rulebook.kind, title: rulebook.title },
    context: { date: resolved.date, year: resolved.year, ...(column ? { column } : {}) },
    status,
    recognised: status === 'met',
    criteria,
    criteriaProgress: progressOf(criteria.filter((c) => c.status === 'met').length, criteria.filter((c) => c.status !== 'not-applicable').length),
    indicatorProgress: progressOf(indicatorsMet, indicatorsApplicable),
    unmet,
    missing,
    indeterminate,
    unverifiedThresholds,
    receipt: {
      library: LIBRARY_NAME,
      libraryVersion: LIBRARY_VERSION,
      rulebook: rulebook.id,
      rulebookValidity: { from: rulebook.validFrom, ...(rulebook.validTo ? { to: rulebook.validTo } : {}) },
      instruments: rulebook.instruments.map((i) => i.id),
      evaluationDate: resolved.date,
      thresholdYear: resolved.year,
      ...(column ? { column: column.key } : {}),
    },
  };
}

/** The outcome of {@link safeEvaluate}: the result, or the error that {@link evaluate} would throw. */
export type SafeEvaluation = { readonly success: true; readonly data: EvaluationResult } | { readonly success: false; readonly error: NtmError };

/**
 * Like {@link evaluate}, but returns `{ success: false, error }` instead of throwing on invalid
 * input or context (as zod's `safeParse` does). Unexpected errors still throw.
 */
export function safeEvaluate(rulebook: Rulebook, input: EvaluationInput, context: EvaluationContext): SafeEvaluation {
  try {
    return { success: true, data: evaluate(rulebook, input, context) };
  } catch (error) {
    if (error instanceof Error && 'issues' in error && (error.name === 'InputError' || error.name === 'ContextError')) {
      return { success: false, error: error as NtmError };
    }
    throw error;
  }
}
