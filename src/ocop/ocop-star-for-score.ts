import { Decimal } from '../core/decimal.js';
import { InputError, issue } from '../core/errors.js';
import { OCOP_STAR_BANDS } from './data/versions.js';
import type { OcopStar } from './rating-result.js';

/**
 * The star class of a total score (the council's average) by the bands of every version:
 * [0, 30) → 1★, [30, 50) → 2★, [50, 70) → 3★, [70, 90) → 4★, [90, 100] → 5★. Exact, never
 * rounded: 89.99 is 4★ and 90 is 5★. Mandatory minima are not considered here (see
 * `rateOcopProduct`).
 *
 * @throws `InputError` (`out-of-range`) outside 0–100, (`invalid-value`) for a non-number.
 * @example
 * ```ts
 * ocopStarForScore('69.99'); // 3
 * ocopStarForScore(70);      // 4
 * ```
 */
export function ocopStarForScore(score: number | string): OcopStar {
  let value: Decimal;
  try {
    value = new Decimal(typeof score === 'number' ? String(score) : score);
  } catch {
    throw new InputError([issue(['score'], 'invalid-value', 'The score must be a number or a decimal string', 'Điểm phải là một số hoặc chuỗi số thập phân')]);
  }
  if (!value.isFinite() || value.lt(0) || value.gt(100)) {
    throw new InputError([issue(['score'], 'out-of-range', 'The score must be between 0 and 100', 'Điểm phải từ 0 đến 100')]);
  }
  for (let i = OCOP_STAR_BANDS.length - 1; i >= 0; i--) {
    const band = OCOP_STAR_BANDS[i]!;
    if (value.gte(band.from)) return band.star;
  }
  return 1;
}
