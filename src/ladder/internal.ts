/*
 * Helpers shared by the ladder functions. Not part of the public API.
 */
import { div, rational, rationalFromDecimal, type Rational } from '../core/rational.js';
import { toIsoDate } from '../core/context.js';
import { InputError, issue, type Issue } from '../core/errors.js';
import type { RatioValue } from '../core/input-schema.js';
import type { RulebookRegistry } from '../core/registry.js';
import type { Status } from '../core/result.js';
import type { Rulebook } from '../core/rulebook.js';
import { builtInRegistry } from '../rulebooks/index.js';
import type { LadderLevel, LevelStanding, ReportedStanding } from './types.js';

/** The rulebook of `kind` in force on `date`, or `undefined` when none is (never throws for a gap). */
export function rulebookInForce(kind: string, date: string, registry: RulebookRegistry = builtInRegistry): Rulebook | undefined {
  return registry.findRulebook(kind, date);
}

export { progressOf } from '../core/progress-of.js';

export function isReported(value: unknown): value is ReportedStanding {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, 'reported');
}

/** Validates a reported standing; issues are reported under `path`. */
export function checkReported(standing: ReportedStanding, path: (string | number)[]): Issue[] {
  const r = standing.reported as unknown as Record<string, unknown> | null;
  const issues: Issue[] = [];
  if (typeof r !== 'object' || r === null) {
    return [issue([...path, 'reported'], 'invalid-type', 'reported must be { criteriaMet, criteriaTotal }', 'reported phải có dạng { criteriaMet, criteriaTotal }')];
  }
  const { criteriaMet: met, criteriaTotal: total } = r;
  if (typeof total !== 'number' || !Number.isInteger(total) || total < 1) {
    issues.push(issue([...path, 'reported', 'criteriaTotal'], 'invalid-count', 'criteriaTotal must be a whole number ≥ 1', 'criteriaTotal phải là số nguyên ≥ 1'));
  }
  if (typeof met !== 'number' || !Number.isInteger(met) || met < 0) {
    issues.push(issue([...path, 'reported', 'criteriaMet'], 'invalid-count', 'criteriaMet must be a whole number ≥ 0', 'criteriaMet phải là số nguyên ≥ 0'));
  } else if (typeof total === 'number' && met > total) {
    issues.push(issue([...path, 'reported', 'criteriaMet'], 'met-above-total', `criteriaMet (${met}) is above criteriaTotal (${total})`, `criteriaMet (${met}) lớn hơn criteriaTotal (${total})`));
  }
  if (r['recognisedOn'] !== undefined && (typeof r['recognisedOn'] !== 'string' || toIsoDate(r['recognisedOn']) === undefined)) {
    issues.push(issue([...path, 'reported', 'recognisedOn'], 'invalid-date', 'recognisedOn must be a real date yyyy-MM-dd', 'recognisedOn phải là ngày hợp lệ yyyy-MM-dd'));
  } else if (r['recognisedOn'] !== undefined && met !== total) {
    issues.push(issue([...path, 'reported', 'recognisedOn'], 'recognised-not-met', 'A recognition date needs every criterion met', 'Có ngày công nhận thì phải đạt đủ tiêu chí'));
  }
  if (r['decision'] !== undefined && (typeof r['decision'] !== 'string' || r['decision'] === '')) {
    issues.push(issue([...path, 'reported', 'decision'], 'invalid-type', 'decision must be a decision number such as "1234/QĐ-UBND"', 'decision phải là số quyết định, ví dụ "1234/QĐ-UBND"'));
  }
  return issues;
}

/** Re-throws an engine error with its issue paths prefixed (e.g. by the ladder level). */
export function withPrefix<T>(path: (string | number)[], run: () => T, rename?: Readonly<Record<string, string>>): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof InputError) {
      const renamed = (p: readonly (string | number)[]) => (rename && typeof p[0] === 'string' && rename[p[0]] ? [rename[p[0]] as string, ...p.slice(1)] : p);
      throw new InputError(error.issues.map((i) => ({ ...i, path: [...path, ...renamed(i.path)] })));
    }
    throw error;
  }
}

/** A share as an exact rational (a percent becomes percent / 100), to compare with core's `cmp`. */
export function shareOf(value: RatioValue): Rational {
  if ('percent' in value) return div(rationalFromDecimal(value.percent), rational(100n));
  return rational(BigInt(value.numerator), BigInt(value.denominator));
}

/** A level standing as met / unmet / unknown. `{met, total}` is met when all criteria are. */
export function standingStatus(standing: LevelStanding | undefined): 'met' | 'unmet' | 'unknown' {
  if (standing === undefined || standing === 'unknown') return 'unknown';
  if (typeof standing === 'boolean') return standing ? 'met' : 'unmet';
  return standing.met === standing.total ? 'met' : 'unmet';
}

/** Rolls a status and a prerequisite status up (unmet wins, then missing, then indeterminate). */
export function both(own: Status, prerequisite: Status): Status {
  const statuses = [own, prerequisite];
  if (statuses.includes('unmet')) return 'unmet';
  if (statuses.includes('missing')) return 'missing';
  if (statuses.includes('indeterminate')) return 'indeterminate';
  if (statuses.includes('not-applicable')) return 'not-applicable';
  return 'met';
}

export const LEVELS: readonly LadderLevel[] = ['ntm', 'advanced', 'model'];

export const LEVEL_NAMES: Record<LadderLevel | 'none', { vi: string; en: string }> = {
  none: { vi: 'chưa đạt chuẩn nông thôn mới', en: 'not yet NTM' },
  ntm: { vi: 'nông thôn mới', en: 'new-rural (NTM)' },
  advanced: { vi: 'nông thôn mới nâng cao', en: 'advanced NTM' },
  model: { vi: 'nông thôn mới kiểu mẫu', en: 'model NTM' },
};
