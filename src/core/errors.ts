import type { LocalizedText } from './localized-text.js';

/** One problem found in an input, a context or a rulebook. */
export interface Issue {
  /** Where: the path of keys from the root of the checked value, e.g. `["11", "numerator"]`. */
  readonly path: readonly (string | number)[];
  /** A stable machine-readable code, e.g. `numerator-above-denominator`. */
  readonly code: string;
  /** What is wrong, in Vietnamese and English. */
  readonly message: LocalizedText;
}

/** Formats a path as `11.numerator` (or `(root)`). */
export function formatPath(path: readonly (string | number)[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

function summarise(kind: string, issues: readonly Issue[]): string {
  const lines = issues.slice(0, 10).map((issue) => `  - ${formatPath(issue.path)}: ${issue.message.en} [${issue.code}]`);
  if (issues.length > 10) lines.push(`  … and ${issues.length - 10} more`);
  return `${kind} (${issues.length} issue${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

/** Base class of every error the library throws on purpose. */
export class NtmError extends Error {
  readonly issues: readonly Issue[];
  constructor(kind: string, issues: readonly Issue[]) {
    super(summarise(kind, issues));
    this.name = new.target.name;
    this.issues = issues;
  }
}

/** The evaluation input (raw facts of a unit) is invalid. */
export class InputError extends NtmError {
  constructor(issues: readonly Issue[]) {
    super('Invalid evaluation input', issues);
  }
}

/** The evaluation context (date, region, group, facts) is invalid. */
export class ContextError extends NtmError {
  constructor(issues: readonly Issue[]) {
    super('Invalid evaluation context', issues);
  }
}

/** A rulebook (national, provincial or user-supplied) is malformed. */
export class RulebookError extends NtmError {
  constructor(issues: readonly Issue[]) {
    super('Invalid rulebook', issues);
  }
}

/** No rulebook of the asked kind is in force on the asked date. */
export class NoRulebookInForceError extends NtmError {
  constructor(issue: Issue) {
    super('No rulebook in force', [issue]);
  }
}

/** Shorthand to build an issue. */
export function issue(path: readonly (string | number)[], code: string, en: string, vi: string): Issue {
  return { path, code, message: { en, vi } };
}
