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

interface Scaled {
  readonly units: number;
  readonly scale: number;
}

/** A threshold as an integer and a power-of-ten scale (`16.5` → 165 / 10¹), when it fits exactly. */
function toScaled(threshold: Decimal): Scaled | null {
  const places = threshold.decimalPlaces();
  if (places > 6) return null;
  const units = threshold.times(10 ** places);
  return units.abs().lte(Number.MAX_SAFE_INTEGER) ? { units: units.toNumber(), scale: 10 ** places } : null;
}

// Thresholds come from frozen rulebooks and are parsed once (see evaluate-check), so the same
// Decimal instance recurs: remember its scaled form by identity.
const scaledByThreshold = new WeakMap<Decimal, Scaled | null>();

function scaledOf(threshold: Decimal): Scaled | null {
  let fit = scaledByThreshold.get(threshold);
  if (fit === undefined) {
    fit = toScaled(threshold);
    scaledByThreshold.set(threshold, fit);
  }
  return fit;
}

/** Sign of `numerator × 100 − threshold × denominator`, exactly. */
function compareCounts(numerator: number, denominator: number, threshold: Decimal): number {
  const fit = scaledOf(threshold);
  if (fit) {
    // Integer cross-multiplication when every product stays an exact double.
    const left = numerator * 100 * fit.scale;
    const right = fit.units * denominator;
    if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left === right ? 0 : left < right ? -1 : 1;
  }
  return new Decimal(numerator).times(100).comparedTo(threshold.times(denominator));
}

/** `floor(a / b)` for safe integers and `b > 0`, exactly (a double division can be off by one). */
function floorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  if (q * b > a) q -= 1;
  else if ((q + 1) * b <= a) q += 1;
  return q;
}

/** The numerator that sits exactly on the threshold, `threshold × denominator / 100`, as floor and ceiling. */
function boundaryNumerator(denominator: number, threshold: Decimal): { floor: number; ceil: number; exact: boolean } {
  const fit = scaledOf(threshold);
  const a = fit ? fit.units * denominator : NaN;
  const b = fit ? 100 * fit.scale : NaN;
  if (fit && Number.isSafeInteger(a) && Number.isSafeInteger(b)) {
    const floor = floorDiv(a, b);
    const exact = floor * b === a;
    return { floor, ceil: exact ? floor : floor + 1, exact };
  }
  const boundary = threshold.times(denominator).div(100);
  return { floor: boundary.floor().toNumber(), ceil: boundary.ceil().toNumber(), exact: boundary.isInteger() };
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
  const boundary = boundaryNumerator(denominator, threshold);
  let target: number;
  switch (op) {
    case '>=':
      target = boundary.ceil;
      break;
    case '>':
      target = boundary.floor + 1;
      break;
    case '<=':
      target = boundary.floor;
      break;
    case '<':
      target = boundary.ceil - 1;
      break;
    case '=':
      if (!boundary.exact) return null;
      target = boundary.floor;
      break;
  }
  if (target < 0 || target > denominator) return null;
  return Math.abs(target - numerator);
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
  if (boundaryNumerator(denominator, min).ceil > boundaryNumerator(denominator, max).floor) return null;
  return Math.max(below, above);
}
