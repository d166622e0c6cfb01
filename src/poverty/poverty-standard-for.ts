import { toIsoDate } from '../core/context.js';
import { NoRulebookInForceError, issue } from '../core/errors.js';
import type { PovertyStandard } from './poverty-standard-schema.js';
import { builtInPovertyStandards } from './poverty-standards.js';

/**
 * The poverty standard applied on `date` (ISO `yyyy-MM-dd` or a `Date`). Among `standards`
 * (default: the national ones), a provincial standard in force wins over the national one; two
 * provincial standards in force at once are ambiguous.
 *
 * @example
 * ```ts
 * povertyStandardFor('2021-12-31').id; // 'vn-poverty-2016-2021'
 * povertyStandardFor('2022-01-01').id; // 'vn-poverty-2022-2026'
 * povertyStandardFor('2027-01-01').id; // 'vn-poverty-2027-2030'
 * ```
 * @throws {@link NoRulebookInForceError} for an invalid date, no standard in force, or an ambiguity.
 */
export function povertyStandardFor(date: string | Date, standards: readonly PovertyStandard[] = builtInPovertyStandards): PovertyStandard {
  const day = toIsoDate(date);
  if (day === undefined) {
    throw new NoRulebookInForceError(issue(['date'], 'invalid-date', 'date must be a real calendar date (yyyy-MM-dd or a valid Date)', 'Ngày phải là ngày hợp lệ (yyyy-MM-dd hoặc Date hợp lệ)'));
  }
  const inForce = standards.filter((s) => s.validFrom <= day && day <= s.validTo);
  const provincial = inForce.filter((s) => s.jurisdiction.level === 'province');
  const candidates = provincial.length > 0 ? provincial : inForce;
  if (candidates.length === 1) return candidates[0] as PovertyStandard;
  if (candidates.length === 0) {
    const known = standards.map((s) => `${s.id} (${s.validFrom}–${s.validTo})`).join(', ');
    throw new NoRulebookInForceError(issue(['date'], 'no-standard-in-force', `No poverty standard is applied on ${day}; known: ${known}`, `Ngày ${day} không có chuẩn nghèo nào được áp dụng; hiện có: ${known}`));
  }
  const ids = candidates.map((s) => s.id).join(', ');
  throw new NoRulebookInForceError(issue(['date'], 'ambiguous-standard', `Several poverty standards apply on ${day}: ${ids}; pass one explicitly`, `Ngày ${day} có nhiều chuẩn nghèo cùng áp dụng: ${ids}; hãy chỉ định một chuẩn`));
}
