import { Decimal, decimalToString } from './decimal.js';
import type { Comparator } from './rulebook-schema.js';

/** A numeric actual value: a plain decimal, or an exact share `numerator / denominator` in percent. */
export type NumericActual =
  | { readonly kind: 'decimal'; readonly value: Decimal }
  | { readonly kind: 'counts'; readonly numerator: number; readonly denominator: number };

/** Percent of a share, exact to 40 significant digits. */
export function percentOf(numerator: number, denominator: number): Decimal {
  return new Decimal(numerator).times(100).div(denominator);
}

/**
 * Percent of a share rounded half-up to `places` decimals, as a canonical decimal string. Uses
 * exact integer division when the numbers allow it (all realistic counts), Decimal otherwise.
 */
export function roundedPercent(numerator: number, denominator: number, places: number): string {
  const a = 2 * numerator * 100 * 10 ** places + denominator;
  const b = 2 * denominator;
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b)) {
    return decimalToString(percentOf(numerator, denominator).toDecimalPlaces(places, Decimal.ROUND_HALF_UP));
  }
  let q = Math.floor(a / b); // floor((2·n·100·10^p + d) / 2d) = round-half-up(n·100·10^p / d)
  if (q * b > a) q -= 1;
  else if ((q + 1) * b <= a) q += 1;
  const digits = String(q).padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** A threshold as an integer and a power-of-ten scale (`16.5` → 165 / 10¹), when it fits exactly. */
function scaled(threshold: Decimal): { units: number; scale: number } | undefined {
  const places = threshold.decimalPlaces();
  if (places > 6) return undefined;
  const units = threshold.times(10 ** places);
  return units.abs().lte(Number.MAX_SAFE_INTEGER) ? { units: units.toNumber(), scale: 10 ** places } : undefined;
}

const scaledCache = new Map<string, { units: number; scale: number } | undefined>();

/** Sign of `numerator × 100 − threshold × denominator`, exactly. */
function compareCounts(numerator: number, denominator: number, threshold: Decimal): number {
  const key = threshold.toString();
  let fit = scaledCache.get(key);
  if (fit === undefined && !scaledCache.has(key)) {
    fit = scaled(threshold);
    if (scaledCache.size < 10_000) scaledCache.set(key, fit);
  }
  if (fit) {
    // Integer cross-multiplication when every product stays an exact double.
    const left = numerator * 100 * fit.scale;
    const right = fit.units * denominator;
    if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left === right ? 0 : left < right ? -1 : 1;
  }
  return new Decimal(numerator).times(100).comparedTo(threshold.times(denominator));
}

/**
 * Compares an actual value with a threshold, exactly. A share given as counts is compared by
 * cross-multiplication (`numerator × 100` against `threshold × denominator`), so 7 of 100 against
 * "≤ 7 %" is met and 19 of 20 against "≥ 95 %" is met, with no rounding anywhere.
 */
export function compareWith(actual: NumericActual, op: Comparator, threshold: Decimal): boolean {
  const c = actual.kind === 'counts' ? compareCounts(actual.numerator, actual.denominator, threshold) : actual.value.comparedTo(threshold);
  switch (op) {
    case '>=':
      return c >= 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    case '<':
      return c < 0;
    case '=':
      return c === 0;
  }
}

function valueOf(actual: NumericActual): Decimal {
  return actual.kind === 'counts' ? percentOf(actual.numerator, actual.denominator) : actual.value;
}

/** Distance by which `actual` misses `op threshold`, in the value's unit; `"0"` when met. */
export function gapTo(actual: NumericActual, op: Comparator, threshold: Decimal, met = compareWith(actual, op, threshold)): string {
  if (met) return '0';
  return decimalToString(valueOf(actual).minus(threshold).abs());
}

/**
 * For counts: the smallest change of the numerator, with the same denominator, that meets
 * `op threshold` (as a non-negative number of units); `null` when no integer numerator within
 * `0 … denominator` meets it.
 */
export function countGapTo(
  numerator: number,
  denominator: number,
  op: Comparator,
  threshold: Decimal,
  met = compareWith({ kind: 'counts', numerator, denominator }, op, threshold),
): number | null {
  if (met) return 0;
  const exact = threshold.times(denominator).div(100); // the numerator that sits exactly on the threshold
  let target: Decimal;
  switch (op) {
    case '>=':
      target = exact.ceil();
      break;
    case '>':
      target = exact.floor().plus(1);
      break;
    case '<=':
      target = exact.floor();
      break;
    case '<':
      target = exact.ceil().minus(1);
      break;
    case '=':
      if (!exact.isInteger()) return null;
      target = exact;
      break;
  }
  if (target.isNegative() || target.gt(denominator)) return null;
  return target.minus(numerator).abs().toNumber();
}

/** Whether `actual` lies in `[min, max]`, exactly. */
export function isBetween(actual: NumericActual, min: Decimal, max: Decimal): boolean {
  return compareWith(actual, '>=', min) && compareWith(actual, '<=', max);
}

/** Distance from `actual` to the nearest bound of `[min, max]`; `"0"` inside. */
export function gapToRange(actual: NumericActual, min: Decimal, max: Decimal): string {
  if (!compareWith(actual, '>=', min)) return gapTo(actual, '>=', min);
  if (!compareWith(actual, '<=', max)) return gapTo(actual, '<=', max);
  return '0';
}

/** Smallest numerator change to land in `[min, max]`; `null` when unreachable. */
export function countGapToRange(numerator: number, denominator: number, min: Decimal, max: Decimal): number | null {
  const below = countGapTo(numerator, denominator, '>=', min);
  const above = countGapTo(numerator, denominator, '<=', max);
  if (below === null || above === null) return null;
  // Only one bound can be missed at a time; the range may still contain no integer numerator.
  const low = new Decimal(min).times(denominator).div(100).ceil();
  const high = new Decimal(max).times(denominator).div(100).floor();
  if (low.gt(high)) return null;
  return Math.max(below, above);
}
