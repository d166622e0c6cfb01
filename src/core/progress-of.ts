import { roundedPercent } from './compare.js';
import type { Progress } from './result.js';

/**
 * "met of total" with its percentage rounded half-up to 2 decimals (`'0'` when the total is 0):
 * the reports' "17/19 (89,47 %)", as every result of the library states it.
 *
 * @example
 * ```ts
 * progressOf(17, 19); // { met: 17, total: 19, percent: '89.47' }
 * ```
 */
export function progressOf(met: number, total: number): Progress {
  return { met, total, percent: total === 0 ? '0' : roundedPercent(met, total, 2) };
}
