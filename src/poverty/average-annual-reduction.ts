import { decimalToString, toDecimal } from '../core/decimal.js';

/**
 * The average annual reduction of a rate over a period, in percentage points per year
 * ("giảm bình quân … %/năm"): (from − to) ÷ years. Exact to 40 significant digits; negative
 * when the rate rose.
 *
 * @example
 * ```ts
 * averageAnnualReduction('16.81', '10.14', 2); // '3.335' (points per year over two years)
 * ```
 * @throws RangeError when `years` is not a positive number.
 */
export function averageAnnualReduction(fromPercent: string | number, toPercent: string | number, years: string | number): string {
  const span = toDecimal(years);
  if (!span.isFinite() || span.lte(0)) throw new RangeError('years must be a positive number');
  return decimalToString(toDecimal(fromPercent).minus(toDecimal(toPercent)).div(span));
}
