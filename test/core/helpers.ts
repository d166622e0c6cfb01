import type { CheckResult, CriterionResult, EvaluationResult, IndicatorResult } from '../../src/core/result.js';

/** The result of one indicator, by code; fails the test when absent. */
export function indicatorOf(result: EvaluationResult, code: string): IndicatorResult {
  const found = result.criteria.flatMap((c) => c.indicators).find((i) => i.code === code);
  if (!found) throw new Error(`no indicator ${code} in the result`);
  return found;
}

/** The result of one check of an indicator (`value` for single-check indicators). */
export function checkOf(result: EvaluationResult, code: string, key = 'value'): CheckResult {
  const found = indicatorOf(result, code).checks.find((c) => c.key === key);
  if (!found) throw new Error(`no check ${code}/${key} in the result`);
  return found;
}

/** The result of one criterion, by code. */
export function criterionOf(result: EvaluationResult, code: string): CriterionResult {
  const found = result.criteria.find((c) => c.code === code);
  if (!found) throw new Error(`no criterion ${code} in the result`);
  return found;
}

/** Runs `fn` and returns what it threw (fails when it does not throw). */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

/** Recursively freezes a plain data tree (for no-mutation tests). */
export function deepFreezeData<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreezeData(child);
    Object.freeze(value);
  }
  return value;
}

/** Every object or array reachable from `value`, `value` included. */
export function objectsIn(value: unknown, seen: unknown[] = []): unknown[] {
  if (value !== null && typeof value === 'object') {
    seen.push(value);
    for (const child of Object.values(value)) objectsIn(child, seen);
  }
  return seen;
}
