import { Decimal } from '../core/decimal.js';

/*
 * Internal: points are handled as integer hundredths (every sheet value has at most two
 * decimals), so sums are exact integers and averages are compared by cross-multiplication.
 */

/** Hundredths of a points value with at most two decimals. @internal */
export function toHundredths(points: number): number {
  return Math.round(points * 100);
}

/** `true` when `points` has at most two decimals. @internal */
export function isHundredths(points: number): boolean {
  return Math.abs(Math.round(points * 100) - points * 100) < 1e-9;
}

/** Strings of 0.00–100.00, built on first use (a dense array: fast lookups). */
let small: string[] | undefined;

/** Canonical decimal string of an integer count of hundredths (`350` → `"3.5"`). @internal */
export function hundredthsToString(value: number): string {
  if (value >= 0 && value <= 10000 && Number.isInteger(value)) {
    if (small === undefined) {
      small = new Array<string>(10001);
      for (let i = 0; i <= 10000; i++) small[i] = format(i);
    }
    return small[value]!;
  }
  return format(value);
}

function format(value: number): string {
  const negative = value < 0;
  const abs = Math.abs(value);
  const whole = Math.floor(abs / 100);
  const rest = abs % 100;
  let text = String(whole);
  if (rest !== 0) text += '.' + (rest < 10 ? '0' + rest : rest % 10 === 0 ? String(rest / 10) : String(rest));
  return negative ? '-' + text : text;
}

/** `sum / count` (sum in hundredths) as a decimal string, and whether it is exact. @internal */
export function averageToString(sum: number, count: number): { text: string; exact: boolean } {
  if (count === 1) return { text: hundredthsToString(sum), exact: true };
  if (sum % count === 0) return { text: hundredthsToString(sum / count), exact: true };
  const key = sum * 1024 + count;
  const known = count < 1024 ? averages.get(key) : undefined;
  if (known) return known;
  const computed = divide(sum, count);
  if (count < 1024 && averages.size < 100_000) averages.set(key, computed);
  return computed;
}

/** Council averages repeat (small sums, few members): remember them. */
const averages = new Map<number, { text: string; exact: boolean }>();

function divide(sum: number, count: number): { text: string; exact: boolean } {
  let d = count / gcd(sum, count);
  while (d % 2 === 0) d /= 2;
  while (d % 5 === 0) d /= 5;
  const value = new Decimal(sum).div(new Decimal(count).times(100));
  return { text: value.toFixed(), exact: d === 1 };
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
