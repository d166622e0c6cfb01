/* Internal: turns classification options into a compiled standard, a date and an area. */
import { ContextError, NoRulebookInForceError, issue, type Issue } from '../core/errors.js';
import { compileStandard, dateContext, type CompiledStandard, type DateContext } from './engine.js';
import { povertyStandardFor } from './poverty-standard-for.js';
import type { PovertyArea, PovertyStandard } from './poverty-standard-schema.js';

/** Options of every classification function. */
export interface ClassifyOptions {
  /** The classification date (review date): picks the standard. ISO `yyyy-MM-dd` or a `Date`. */
  readonly date: string | Date;
  /** Where the households live, unless a household gives its own `area`. */
  readonly area?: PovertyArea;
  /** Use this standard (it must apply on `date`) instead of looking one up. */
  readonly standard?: PovertyStandard;
  /** Look the standard up among these (default: the national ones; a provincial one in force wins). */
  readonly standards?: readonly PovertyStandard[];
}

export interface Resolved {
  readonly compiled: CompiledStandard;
  readonly when: DateContext;
  readonly area: PovertyArea | undefined;
}

export function resolveOptions(options: ClassifyOptions): Resolved {
  const issues: Issue[] = [];
  if (options === null || typeof options !== 'object') {
    throw new ContextError([issue([], 'invalid-type', 'options must be an object with at least a date', 'Tùy chọn phải là một đối tượng, tối thiểu có ngày phân loại')]);
  }
  const when = dateContext(options.date);
  if (when === undefined) {
    issues.push(issue(['date'], 'invalid-date', 'date must be a real calendar date (yyyy-MM-dd or a valid Date)', 'Ngày phải là ngày hợp lệ (yyyy-MM-dd hoặc Date hợp lệ)'));
  }
  if (options.area !== undefined && options.area !== 'rural' && options.area !== 'urban') {
    issues.push(issue(['area'], 'invalid-value', 'area must be "rural" or "urban"', 'Khu vực phải là "rural" (nông thôn) hoặc "urban" (thành thị)'));
  }
  if (issues.length > 0 || when === undefined) throw new ContextError(issues);
  let standard = options.standard;
  if (standard === undefined) standard = povertyStandardFor(when.day, options.standards);
  else if (when.day < standard.validFrom || when.day > standard.validTo) {
    throw new NoRulebookInForceError(issue(['date'], 'standard-not-in-force', `${standard.id} applies from ${standard.validFrom} to ${standard.validTo}, not on ${when.day}`, `Chuẩn ${standard.id} áp dụng từ ${standard.validFrom} đến ${standard.validTo}, không áp dụng ngày ${when.day}`));
  }
  return { compiled: compileStandard(standard), when, area: options.area };
}
