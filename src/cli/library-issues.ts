import { NtmError, formatPath, type Issue } from '../core/errors.js';
import { CliError, type CliIssue, type Where } from './cli-error.js';

/**
 * Turns the library's bilingual issues into CLI issues placed by `place` (which maps an issue's
 * path to a CSV column, a JSON field or an option).
 *
 * @example
 * ```ts
 * fromLibraryIssues(error.issues, (path) => ({ kind: 'csv', row: 7, column: String(path[0]) }));
 * ```
 */
export function fromLibraryIssues(issues: readonly Issue[], place: (path: readonly (string | number)[]) => Where | undefined): CliIssue[] {
  return issues.map((i) => {
    const where = place(i.path);
    return { ...(where ? { where } : {}), code: i.code, message: i.message };
  });
}

/**
 * A JSON place for an issue of item `index` (or the whole input when `undefined`), under `prefix`.
 *
 * @example
 * ```ts
 * jsonWhere(1, ['input'])(['15.3', 'numerator']); // { kind: 'json', index: 1, path: 'input.15.3.numerator' }
 * ```
 */
export function jsonWhere(index: number | undefined, prefix: readonly (string | number)[] = []): (path: readonly (string | number)[]) => Where {
  return (path) => {
    const full = [...prefix, ...path];
    return { kind: 'json', ...(index !== undefined ? { index } : {}), ...(full.length > 0 ? { path: formatPath(full) } : {}) };
  };
}

/**
 * Runs `fn`; a library error (`NtmError`: bad input, context or rulebook) becomes CLI issues placed
 * by `place`, any other error is rethrown.
 *
 * @example
 * ```ts
 * const r = catchLibrary(() => evaluate(rulebook, input, context), (path) => ({ kind: 'csv', row: 7, column: String(path[0]) }));
 * if (!r.ok) issues.push(...r.issues);
 * ```
 */
export function catchLibrary<T>(fn: () => T, place: (path: readonly (string | number)[]) => Where | undefined): { ok: true; value: T } | { ok: false; issues: CliIssue[] } {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    if (error instanceof NtmError) return { ok: false, issues: fromLibraryIssues(error.issues, place) };
    if (error instanceof CliError) return { ok: false, issues: [...error.issues] };
    throw error;
  }
}

/**
 * Throws a {@link CliError} when `issues` is not empty.
 *
 * @example
 * ```ts
 * throwIfAny(issues); // throws a CliError listing them, if any
 * ```
 */
export function throwIfAny(issues: readonly CliIssue[]): void {
  if (issues.length > 0) throw new CliError(issues);
}
