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
 * Compares an actual value with a threshold, exactly. A share given as counts is compared by
 * cross-multiplication (`numerator × 100` against `threshold × denominator`), so 7 of 100 against
 * "≤ 7 %" is met and 19 of 20 against "≥ 95 %" is met, with no rounding anywhere.
 */
export function compareWith(actual: NumericActual, op: Comparator, threshold: Decimal): boolean {
  const [left, right] =
    actual.kind === 'counts'
      ? [new Decimal(actual.numerator).times(100), threshold.times(actual.denominator)]
      : [actual.value, threshold];
  const c = left.comparedTo(right);
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
export function gapTo(actual: NumericActual, op: Comparator, threshold: Decimal): string {
  if (compareWith(actual, op, threshold)) return '0';
  return decimalToString(valueOf(actual).minus(threshold).abs());
}

/**
 * For counts: the smallest change of the numerator, with the same denominator, that meets
 * `op threshold` (as a non-negative number of units); `null` when no integer numerator within
 * `0 … denominator` meets it.
 */
export function countGapTo(numerator: number, denominator: number, op: Comparator, threshold: Decimal): number | null {
  if (compareWith({ kind: 'counts', numerator, denominator }, op, threshold)) return 0;
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
