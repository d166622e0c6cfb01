import { Decimal, decimalToString } from './decimal.js';
import type { Comparator } from './rulebook-schema.js';

/**
 * A numeric actual value: a decimal; the same as an exact integer over a power of ten (`scaled`,
 * which avoids decimal.js on the hot path); or an exact share `numerator / denominator` in percent.
 */
export type NumericActual =
  | { readonly kind: 'decimal'; readonly value: Decimal }
  | { readonly kind: 'scaled'; readonly units: number; readonly scale: number; readonly text: string }
  | { readonly kind: 'counts'; readonly numerator: number; readonly denominator: number };

/** A numeric actual that is not a share. */
export type DecimalActual = Exclude<NumericActual, { kind: 'counts' }>;

const CANONICAL_DECIMAL = /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/;
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Reads a number or decimal string as an exact scaled integer when its canonical text has at most
 * 15 significant digits (so every product below stays exact); otherwise as a Decimal. A plain
 * decimal with leading or trailing zeros (`"45.0"`, `"007"`) is read as its canonical text.
 */
export function numericOf(value: number | string): DecimalActual {
  let text = typeof value === 'number' ? String(value) : value;
  if (!CANONICAL_DECIMAL.test(text) && PLAIN_DECIMAL.test(text)) text = canonicalText(text);
  if (CANONICAL_DECIMAL.test(text) && text !== '-0' && text.replace(/[-.]/g, '').length <= 15) {
    const dot = text.indexOf('.');
    const places = dot < 0 ? 0 : text.length - dot - 1;
    return { kind: 'scaled', units: Number(text.replace('.', '')), scale: 10 ** places, text };
  }
  return { kind: 'decimal', value: new Decimal(text) };
}

/** `"-007.50"` → `"-7.5"`: a plain decimal without leading zeros or fraction zeros (as Decimal writes it). */
function canonicalText(plain: string): string {
  const negative = plain.charCodeAt(0) === 45;
  const body = negative ? plain.slice(1) : plain;
  const dot = body.indexOf('.');
  const whole = (dot < 0 ? body : body.slice(0, dot)).replace(/^0+(?=\d)/, '');
  const fraction = dot < 0 ? '' : body.slice(dot + 1).replace(/0+$/, '');
  const text = fraction === '' ? whole : `${whole}.${fraction}`;
  return negative ? `-${text}` : text;
}

/** The canonical decimal text of a numeric actual (`"59.3"`; a percentage for counts is not used here). */
export function numericText(actual: DecimalActual): string {
  return actual.kind === 'scaled' ? actual.text : decimalToString(actual.value);
}

/** Percent of a share, exact to 40 significant digits. */
export function percentOf(numerator: number, denominator: number): Decimal {
  return new Decimal(numerator).times(100).div(denominator);
}

/**
 * Percent of a share rounded half-up to `places` decimals, as a canonical decimal string. Uses
 * exact integer division when the numbers allow it (all realistic counts), Decimal otherwise.
 */
export function roundedPercent(numerator: number, denominator: number, places: number): string {
  // A variable exponent (`10 ** places`) costs a Math.pow call: the display precision is looked up.
  const a = 2 * numerator * 100 * (places === 4 ? 10_000 : 10 ** places) + denominator;
  const b = 2 * denominator;
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b)) {
    return decimalToString(percentOf(numerator, denominator).toDecimalPlaces(places, Decimal.ROUND_HALF_UP));
  }
  let q = Math.floor(a / b); // floor((2·n·100·10^p + d) / 2d) = round-half-up(n·100·10^p / d)
  if (q * b > a) q -= 1;
  else if ((q + 1) * b <= a) q += 1;
  if (places === 4) {
    // The display precision of shares: spell the fraction from a table (hot path).
    const whole = Math.floor(q / 10_000);
    const fraction = q - whole * 10_000;
    const head = whole <= 100 ? (WHOLE_PERCENTS[whole] as string) : String(whole);
    return fraction === 0 ? head : `${head}.${fourDigits().trimmed[fraction]}`;
  }
  let trim = places; // drop trailing zeros of the fraction without building strings for them
  while (trim > 0 && q % 10 === 0) {
    q /= 10;
    trim--;
  }
  if (trim === 0) return String(q);
  const digits = String(q).padStart(trim + 1, '0');
  return `${digits.slice(0, digits.length - trim)}.${digits.slice(digits.length - trim)}`;
}

/** "0" … "100": the whole part of a share in percent, spelled without a number-to-string conversion. */
const WHOLE_PERCENTS: readonly string[] = Array.from({ length: 101 }, (_, i) => String(i));

let fourDigitTables: { readonly padded: readonly string[]; readonly trimmed: readonly string[] } | undefined;

/** "0000" … "9999", and the same without trailing zeros ("0500" → "05"); built on first use. */
function fourDigits(): { readonly padded: readonly string[]; readonly trimmed: readonly string[] } {
  if (!fourDigitTables) {
    const padded = Array.from({ length: 10_000 }, (_, i) => String(i).padStart(4, '0'));
    fourDigitTables = { padded, trimmed: padded.map((text) => text.replace(/0+$/, '')) };
  }
  return fourDigitTables;
}

interface Scaled {
  readonly units: number;
  readonly scale: number;
  /** log10(scale): the number of fraction digits. */
  readonly places: number;
}

/** A threshold as an integer and a power-of-ten scale (`16.5` → 165 / 10¹), when it fits exactly. */
function toScaled(threshold: Decimal): Scaled | null {
  const places = threshold.decimalPlaces();
  if (places > 6) return null;
  const units = threshold.times(10 ** places);
  return units.abs().lte(Number.MAX_SAFE_INTEGER) ? { units: units.toNumber(), scale: 10 ** places, places } : null;
}

// Thresholds come from frozen rulebooks and are parsed once (see evaluate-check), so the same
// Decimal instance recurs: remember its scaled form by identity.
const scaledByThreshold = new WeakMap<Decimal, Scaled | null>();

let lastThreshold: Decimal | undefined;
let lastFit: Scaled | null = null;

function scaledOf(threshold: Decimal): Scaled | null {
  // One check asks up to three times in a row for the same threshold.
  if (threshold === lastThreshold) return lastFit;
  let fit = scaledByThreshold.get(threshold);
  if (fit === undefined) {
    fit = toScaled(threshold);
    scaledByThreshold.set(threshold, fit);
  }
  lastThreshold = threshold;
  lastFit = fit;
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

/** Sign of `actual − threshold` for a scaled actual, exactly. */
function compareScaled(actual: Extract<NumericActual, { kind: 'scaled' }>, threshold: Decimal): number {
  const fit = scaledOf(threshold);
  if (fit) {
    const left = actual.units * fit.scale;
    const right = fit.units * actual.scale;
    if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left === right ? 0 : left < right ? -1 : 1;
  }
  return new Decimal(actual.text).comparedTo(threshold);
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
  const c =
    actual.kind === 'counts'
      ? compareCounts(actual.numerator, actual.denominator, threshold)
      : actual.kind === 'scaled'
        ? compareScaled(actual, threshold)
        : actual.value.comparedTo(threshold);
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
  return actual.kind === 'counts' ? percentOf(actual.numerator, actual.denominator) : actual.kind === 'scaled' ? new Decimal(actual.text) : actual.value;
}

/** Distance by which `actual` misses `op threshold`, in the value's unit; `"0"` when met. */
export function gapTo(actual: NumericActual, op: Comparator, threshold: Decimal, met = compareWith(actual, op, threshold)): string {
  if (met) return '0';
  if (actual.kind === 'counts') {
    const fit = scaledOf(threshold);
    const gap = fit && (countsGapByNumber(actual.numerator, actual.denominator, fit) ?? countsGap(actual.numerator, actual.denominator, fit));
    if (gap) return gap;
  } else if (actual.kind === 'scaled') {
    const fit = scaledOf(threshold);
    const gap = fit && scaledGap(actual, fit);
    if (gap) return gap;
  }
  return decimalToString(valueOf(actual).minus(threshold).abs());
}

/**
 * `|actual − threshold|` for a scaled actual, in integers at the finer of the two scales; the same
 * text as the Decimal subtraction (at most 16 significant digits, exact). `undefined` out of range.
 */
function scaledGap(actual: Extract<NumericActual, { kind: 'scaled' }>, threshold: Scaled): string | undefined {
  let places = 0;
  for (let scale = actual.scale; scale > 1; scale /= 10) places++;
  const common = places > threshold.places ? places : threshold.places;
  const a = actual.units * 10 ** (common - places);
  const t = threshold.units * 10 ** (common - threshold.places);
  const difference = a > t ? a - t : t - a;
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(t) || !Number.isSafeInteger(difference)) return undefined;
  return scaledText(BigInt(difference), common);
}

/** Significant digits of the library's Decimal (see decimal.ts). */
const PRECISION = 40;
/** 10^0 … 10^80 as BigInt, so no exponentiation runs per call. */
const POW10: readonly bigint[] = Array.from({ length: 81 }, (_, i) => 10n ** BigInt(i));

/** `units / 10^places` as a canonical decimal string. */
function scaledText(units: bigint, places: number): string {
  const text = units.toString();
  if (places === 0) return text;
  const padded = text.padStart(places + 1, '0');
  let end = padded.length;
  while (end > padded.length - places && padded.charCodeAt(end - 1) === 48) end--;
  const point = padded.length - places;
  return end === point ? padded.slice(0, point) : `${padded.slice(0, point)}.${padded.slice(point, end)}`;
}

const limits = new WeakMap<Scaled, bigint[]>();

/** The threshold as an integer count of 10^-places, remembered per threshold and `places`. */
function limitAt(threshold: Scaled, places: number): bigint {
  let byPlaces = limits.get(threshold);
  if (!byPlaces) limits.set(threshold, (byPlaces = []));
  let limit = byPlaces[places];
  if (limit === undefined) byPlaces[places] = limit = BigInt(threshold.units) * (POW10[places - threshold.places] as bigint);
  return limit;
}

/**
 * `|numerator × 100 / denominator − threshold|`, digit for digit what
 * `percentOf(n, d).minus(threshold).abs()` gives with the 40-digit, half-up Decimal: the share is
 * rounded to 40 significant digits, then the difference is. `undefined` when the numbers are out
 * of this fast path's range (the caller falls back to Decimal).
 */
function countsGap(numerator: number, denominator: number, threshold: Scaled): string | undefined {
  const n = numerator * 100;
  if (!Number.isSafeInteger(n) || denominator > 9e14 || threshold.units < 0) return undefined;
  const k = shareFractionDigits(n, denominator);
  if (k < 0 || k > 60) return undefined;
  const d = BigInt(denominator);
  const scaledShare = BigInt(n) * (POW10[k] as bigint);
  let share = scaledShare / d;
  if ((scaledShare - share * d) * 2n >= d) share += 1n;
  const places = k > threshold.places ? k : threshold.places;
  const a = places === k ? share : share * (POW10[places - k] as bigint);
  const b = limitAt(threshold, places);
  let difference = a > b ? a - b : b - a;
  if (difference >= (POW10[PRECISION] as bigint)) {
    // More than 40 significant digits (a threshold far above a tiny share): round again.
    let digits = PRECISION + 1;
    while (digits < POW10.length && difference >= (POW10[digits] as bigint)) digits++;
    const divisor = POW10[digits - PRECISION] as bigint;
    let kept = difference / divisor;
    if ((difference % divisor) * 2n >= divisor) kept += 1n;
    difference = kept * divisor;
  }
  return scaledText(difference, places);
}

/** Fraction digits of the share `numerator × 100 / denominator` at 40 significant digits. */
function shareFractionDigits(n: number, denominator: number): number {
  const whole = floorDiv(n, denominator);
  if (whole > 0) return PRECISION - String(whole).length;
  let zeros = 0; // zeros between the point and the first significant digit
  for (let m = n * 10; m !== 0 && m < denominator; m *= 10) zeros++;
  return PRECISION + zeros;
}

/** 10^0 … 10^4 as numbers. */
const POW10_NUMBER: readonly number[] = [1, 10, 100, 1000, 10_000];

/**
 * The same value as {@link countsGap}, with doubles only (no BigInt), for the common case where
 * every intermediate product is a safe integer; `undefined` otherwise.
 *
 * Why it is the same: with x = n·100/d and the threshold T a multiple of 10^-k, rounding x to k
 * places and subtracting T equals rounding g = x − T to k places with ties toward +∞. So the gap
 * is |g| to k places, ties rounded up when g ≥ 0 and down when g < 0; its digits come from a long
 * division of |g| = |n·100·s − T·s·d| / (d·s) in chunks that keep the remainder exact.
 */
function countsGapByNumber(numerator: number, denominator: number, threshold: Scaled): string | undefined {
  const n = numerator * 100;
  if (!Number.isSafeInteger(n) || threshold.units < 0) return undefined;
  const k = shareFractionDigits(n, denominator);
  const share = n * threshold.scale;
  const limit = threshold.units * denominator;
  const divisor = denominator * threshold.scale;
  if (k < threshold.places || !Number.isSafeInteger(share) || !Number.isSafeInteger(limit) || !Number.isSafeInteger(divisor)) return undefined;
  if (divisor * 1e4 > Number.MAX_SAFE_INTEGER) return undefined; // remainder × 10^4 must stay exact
  const magnitude = share >= limit ? share - limit : limit - share;
  const whole = floorDiv(magnitude, divisor);
  let remainder = magnitude - whole * divisor;
  // Long division, eight digits at a time when the remainder allows (else four), spelled from a
  // table of four-digit groups rather than converted number by number.
  const digits = fourDigits().padded;
  let fraction = '';
  let left = k;
  if (divisor * 1e8 <= Number.MAX_SAFE_INTEGER) {
    for (; left > 8; left -= 8) {
      const scaled = remainder * 1e8;
      const chunk = floorDiv(scaled, divisor);
      remainder = scaled - chunk * divisor;
      const high = Math.floor(chunk / 1e4);
      fraction += digits[high]! + digits[chunk - high * 1e4]!;
    }
  }
  for (; left > 4; left -= 4) {
    const scaled = remainder * 1e4;
    const chunk = floorDiv(scaled, divisor);
    remainder = scaled - chunk * divisor;
    fraction += digits[chunk];
  }
  const lastWidth = left;
  const scaled = remainder * (POW10_NUMBER[lastWidth] as number);
  let last = floorDiv(scaled, divisor);
  remainder = scaled - last * divisor;
  const twice = remainder * 2;
  if (twice > divisor || (twice === divisor && share >= limit)) {
    last += 1;
    // A carry out of the last chunk is rare (…999 rounding up): leave it to the BigInt path.
    if (last === POW10_NUMBER[lastWidth]) return undefined;
  }
  if (lastWidth > 0) fraction += digits[last]!.slice(4 - lastWidth);
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end--;
  const head = String(whole);
  let significant: number;
  if (whole > 0) significant = head.length + end;
  else {
    let zeros = 0;
    while (zeros < end && fraction.charCodeAt(zeros) === 48) zeros++;
    significant = end - zeros;
  }
  // More than 40 significant digits: the Decimal subtraction rounds again; the BigInt path does.
  if (significant > PRECISION) return undefined;
  return end === 0 ? head : `${head}.${fraction.slice(0, end)}`;
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
