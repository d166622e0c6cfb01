import { add, cmp, div, rational, rationalFromDecimal, sub } from '../core/rational.js';

/**
 * Which totals make `count` round (half-up) to the `percent` a report states with `decimals`
 * decimals: the range of household totals consistent with "1.810 hộ, tỷ lệ 2,88 %". Use it to
 * check a report, or to recover the denominator it used. `null` when no total fits.
 *
 * @example
 * ```ts
 * // Bình Sơn (seed 004): 1,810 poor households = 2.88 %
 * totalsConsistentWithRate(1810, '2.88', 2); // { min: 62739, max: 62956 }
 * ```
 */
export function totalsConsistentWithRate(count: number, percent: string | number, decimals: number): { min: number; max: number } | null {
  if (!Number.isSafeInteger(count) || count <= 0) throw new RangeError('count must be a positive integer');
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) throw new RangeError('decimals must be an integer from 0 to 10');
  const p = rationalFromDecimal(percent);
  const half = rational(5n, 10n ** BigInt(decimals + 1));
  const low = sub(p, half);
  const high = add(p, half);
  const hundredCount = rational(100n * BigInt(count));
  // low ≤ 100·count/T < high  ⇔  100·count/high < T ≤ 100·count/low
  const floor = (r: { n: bigint; d: bigint }) => (r.n >= 0n ? r.n / r.d : -((-r.n + r.d - 1n) / r.d));
  const min = floor(div(hundredCount, high)) + 1n;
  const max = cmp(low, rational(0n)) <= 0 ? null : floor(div(hundredCount, low));
  const lower = min < BigInt(count) ? BigInt(count) : min;
  if (max === null) return { min: Number(lower), max: Number.MAX_SAFE_INTEGER };
  return lower > max ? null : { min: Number(lower), max: Number(max) };
}
