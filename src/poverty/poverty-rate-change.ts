import { decimalToString, Decimal } from '../core/decimal.js';
import { rationalToDecimal, sub, mul, rational, type Rational } from '../core/rational.js';
import type { PovertyRate, PovertyRates } from './poverty-rates-from-counts.js';

/** How one rate moved between two reviews. */
export interface RateChange {
  /** `to − from` in percentage points, exact to 40 significant digits (negative = reduction). */
  readonly percentagePoints: string;
  /** Reduction per year in percentage points when `years` is given, else `null`. */
  readonly averageAnnualReduction: string | null;
}

/** The change of the three rates between two sets of rates. */
export interface PovertyRateChange {
  readonly poor: RateChange;
  readonly nearPoor: RateChange;
  readonly multidimensional: RateChange;
}

function ratioOf(rate: PovertyRate, which: string): Rational {
  if (!rate.ratio) throw new RangeError(`the ${which} rates have no households`);
  return rational(BigInt(rate.ratio.numerator), BigInt(rate.ratio.denominator));
}

/**
 * The change of the poor, near-poor and multidimensional rates from one review to the next, in
 * percentage points computed from the exact ratios (no rounding of the percentages first), and
 * the average annual reduction over `years`.
 *
 * @example
 * ```ts
 * const before = povertyRatesFromCounts({ poor: 1681, 'not-classified': 8319 }); // 16.81 %
 * const after = povertyRatesFromCounts({ poor: 1014, 'not-classified': 8986 }); // 10.14 %
 * povertyRateChange(before, after, 2).poor; // { percentagePoints: '-6.67', averageAnnualReduction: '3.335' }
 * ```
 * @throws RangeError when either set has no households or `years` is not positive.
 */
export function povertyRateChange(from: PovertyRates, to: PovertyRates, years?: number | string): PovertyRateChange {
  const span = years === undefined ? null : new Decimal(String(years));
  if (span !== null && (!span.isFinite() || span.lte(0))) throw new RangeError('years must be a positive number');
  const change = (key: 'poor' | 'nearPoor' | 'multidimensional'): RateChange => {
    const delta = mul(sub(ratioOf(to[key], 'later'), ratioOf(from[key], 'earlier')), rational(100n));
    return {
      percentagePoints: rationalToDecimal(delta),
      averageAnnualReduction: span === null ? null : decimalToString(new Decimal(delta.n.toString()).neg().div(new Decimal(delta.d.toString()).mul(span))),
    };
  };
  return { poor: change('poor'), nearPoor: change('nearPoor'), multidimensional: change('multidimensional') };
}
