import { Decimal, decimalToString } from '../core/decimal.js';

/**
 * An exact non-negative-or-negative rational number on BigInt, for points: interpolation divides by
 * the level span, and the pass decision must never depend on a rounding. Internal.
 */
export interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
};

function make(n: bigint, d: bigint): Fraction {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return { n: n / g, d: d / g };
}

/** Parses a canonical decimal string or a finite number. */
export function fraction(value: string | number): Fraction {
  const text = typeof value === 'number' ? decimalToString(new Decimal(String(value))) : value;
  const negative = text.startsWith('-');
  const [int = '0', frac = ''] = (negative ? text.slice(1) : text).split('.');
  const n = BigInt(int + frac) * (negative ? -1n : 1n);
  return make(n, 10n ** BigInt(frac.length));
}

export const ZERO: Fraction = { n: 0n, d: 1n };
export const add = (a: Fraction, b: Fraction): Fraction => make(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Fraction, b: Fraction): Fraction => make(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Fraction, b: Fraction): Fraction => make(a.n * b.n, a.d * b.d);
export const div = (a: Fraction, b: Fraction): Fraction => make(a.n * b.d, a.d * b.n);
export const cmp = (a: Fraction, b: Fraction): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};

/** Whether the fraction has a finite decimal expansion (denominator of 2s and 5s only). */
export function isFiniteDecimal(f: Fraction): boolean {
  let d = f.d;
  while (d % 2n === 0n) d /= 2n;
  while (d % 5n === 0n) d /= 5n;
  return d === 1n;
}

/** Rounds half-up (away from zero at .5) to `places` decimals, exactly. */
export function roundHalfUp(f: Fraction, places: number): Fraction {
  const scale = 10n ** BigInt(places);
  const sign = f.n < 0n ? -1n : 1n;
  const abs = f.n < 0n ? -f.n : f.n;
  const scaled = (abs * scale * 2n + f.d) / (2n * f.d);
  return make(sign * scaled, scale);
}

/**
 * A canonical decimal string: exact when the expansion is finite, otherwise the library's
 * 40-significant-digit Decimal division (half-up).
 */
export function fractionToString(f: Fraction): string {
  if (isFiniteDecimal(f)) {
    // Scale to a power of ten exactly and print.
    let places = 0;
    let d = f.d;
    while (d !== 1n) {
      const g = gcd(d, 10n);
      d /= g;
      places++;
      if (g === 1n) break;
    }
    const scale = 10n ** BigInt(places);
    const scaled = (f.n * scale) / f.d;
    return decimalToString(new Decimal(scaled.toString()).dividedBy(new Decimal(scale.toString())));
  }
  return decimalToString(new Decimal(f.n.toString()).dividedBy(new Decimal(f.d.toString())));
}
