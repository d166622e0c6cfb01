import { Decimal, decimalToString } from './decimal.js';

/**
 * An exact rational number on BigInt, always reduced with a positive denominator. Used where a
 * result must never depend on a rounding: sums of interpolated points, rates and Alkire–Foster
 * measures. Internal to the library's modules; results expose canonical decimal strings.
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** `n / d`, reduced. @throws RangeError on a zero denominator. */
export function rational(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new RangeError('zero denominator');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

export const ZERO: Rational = { n: 0n, d: 1n };
export const add = (a: Rational, b: Rational): Rational => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational => rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => rational(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational): Rational => rational(a.n * b.d, a.d * b.n);
/** Sign of `a − b`. */
export const cmp = (a: Rational, b: Rational): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};

/** Parses a canonical decimal string or a finite number (`"0.25"`, `3`) exactly. */
export function rationalFromDecimal(value: string | number): Rational {
  const text = typeof value === 'number' ? decimalToString(new Decimal(String(value))) : value;
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const n = BigInt(whole + fraction) * (negative ? -1n : 1n);
  return rational(n, 10n ** BigInt(fraction.length));
}

/** The value to 40 significant digits (half-up), canonical. */
export function rationalToDecimal(r: Rational): string {
  return decimalToString(new Decimal(r.n.toString()).div(r.d.toString()));
}

/** Whether the decimal expansion is finite (the denominator has no prime factor but 2 and 5). */
export function isFiniteDecimal(r: Rational): boolean {
  let d = r.d;
  while (d % 2n === 0n) d /= 2n;
  while (d % 5n === 0n) d /= 5n;
  return d === 1n;
}

/** Rounds half-up (away from zero at .5) to `places` decimals, exactly. */
export function roundHalfUp(r: Rational, places: number): Rational {
  const scale = 10n ** BigInt(places);
  const sign = r.n < 0n ? -1n : 1n;
  const abs = r.n < 0n ? -r.n : r.n;
  return rational(sign * ((abs * scale * 2n + r.d) / (2n * r.d)), scale);
}

/** Canonical decimal text: every digit when the expansion is finite, else 40 significant digits. */
export function rationalToString(r: Rational): string {
  if (!isFiniteDecimal(r)) return rationalToDecimal(r);
  let places = 0;
  for (let d = r.d; d !== 1n; places++) d /= gcd(d, 10n);
  const scale = 10n ** BigInt(places);
  const digits = ((r.n < 0n ? -r.n : r.n) * scale) / r.d;
  const text = digits.toString().padStart(places + 1, '0');
  const point = text.length - places;
  const fraction = text.slice(point).replace(/0+$/, '');
  return `${r.n < 0n ? '-' : ''}${text.slice(0, point)}${fraction ? `.${fraction}` : ''}`;
}
