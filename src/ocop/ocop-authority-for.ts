import { OCOP_AUTHORITY_LABELS } from './data/knock-outs.js';
import { ocopVersionFor, type OcopVersionOptions } from './ocop-version-for.js';
import type { OcopStar, RecognisingAuthority } from './rating-result.js';

/**
 * Who recognises (and certifies) an OCOP product of `star` stars on `date`: under 1048/QĐ-TTg the
 * province for 3★–4★; under 148/QĐ-TTg the district for 3★, the province for 4★, the ministry
 * for 5★; from 06/07/2025 (1489/QĐ-TTg) and under 26/2026/QĐ-TTg the province for 3★–4★ and the
 * Ministry of Agriculture and Environment for 5★. `null` for 1★ and 2★ (not recognised).
 *
 * @example
 * ```ts
 * ocopAuthorityFor(3, '2023-06-01')?.level; // 'district'
 * ocopAuthorityFor(3, '2025-08-01')?.level; // 'province'
 * ocopAuthorityFor(2, '2025-08-01');        // null
 * ```
 */
export function ocopAuthorityFor(star: OcopStar, date: string | Date, options: OcopVersionOptions = {}): RecognisingAuthority | null {
  if (star < 3) return null;
  const version = ocopVersionFor(date, options);
  const level = version.authorities[star as 3 | 4 | 5];
  const label = level === 'ministry' ? version.ministry! : OCOP_AUTHORITY_LABELS[level];
  return { level, label, provenance: version.authorityProvenance };
}
