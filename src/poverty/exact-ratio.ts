import { Decimal, decimalToString } from '../core/decimal.js';

/**
 * An exact ratio: numerator and denominator as canonical decimal strings (integers for counts),
 * plus `decimal`, the quotient to 40 significant digits (exact whenever the quotient terminates
 * within 40 digits).
 */
export interface ExactRatio {
  readonly numerator: string;
  readonly denominator: string;
  readonly decimal: string;
}

/* Internal helpers: exact rationals over bigint, for the rates and Alkire–Foster sums. */

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

export function rational(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new RangeError('zero denominator');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

export const add = (a: Rational, b: Rational): Rational => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational => rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => rational(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational): Rational => rational(a.n * b.d, a.d * b.n);
export const cmp = (a: Rational, b: Rational): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};

/** Parses a canonical decimal string or finite number (e.g. "0.25", 3) into a rational. */
export function rationalFromDecimal(value: string | number): Rational {
  const text = typeof value === 'number' ? decimalToString(new Decimal(String(value))) : value;
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const n = BigInt(whole + fraction) * (negative ? -1n : 1n);
  return rational(n, 10n ** BigInt(fraction.length));
}

/** The decimal value of a rational, to 40 significant digits, canonical. */
export function rationalToDecimal(r: Rational): string {
  return decimalToString(new Decimal(r.n.toString()).div(r.d.toString()));
}

export function toExactRatio(r: Rational): ExactRatio {
  return { numerator: r.n.toString(), denominator: r.d.toString(), decimal: rationalToDecimal(r) };
}

/** numerator / denominator as an ExactRatio (reduced), given as bigint or safe integers. */
export function exactRatio(numerator: bigint | number, denominator: bigint | number): ExactRatio {
  return toExactRatio(rational(BigInt(numerator), BigInt(denominator)));
}

/** A ratio × 100 as a canonical decimal string (40 significant digits). */
export function percentOfRatio(r: Rational): string {
  return rationalToDecimal(mul(r, rational(100n)));
}
