import { decimalToString, toDecimal } from '../core/decimal.js';

/**
 * The change between two percentages in percentage points (`to − from`), exact. Negative is a
 * reduction.
 *
 * @example
 * ```ts
 * // Nam Đông (seed 003): poor-household rate of the ethnic-minority communes, end-2021 16.81 % → 10.14 %
 * percentagePointChange('16.81', '10.14'); // '-6.67'
 * ```
 */
export function percentagePointChange(fromPercent: string | number, toPercent: string | number): string {
  return decimalToString(toDecimal(toPercent).minus(toDecimal(fromPercent)));
}
