import type { CategoryCounts } from './classify-households.js';
import { percentOfRatio, toExactRatio, type ExactRatio } from './exact-ratio.js';
import { rational } from '../core/rational.js';

/** One rate: the count, the exact ratio of all households and the percentage. */
export interface PovertyRate {
  readonly count: number;
  /** `null` when there are no households. */
  readonly ratio: ExactRatio | null;
  /** count ÷ households × 100, canonical decimal (40 significant digits); `null` with no households. */
  readonly percent: string | null;
  /** When some households are indeterminate: the rate if all of them fell in this class. */
  readonly upTo?: { readonly count: number; readonly percent: string | null };
}

/**
 * The poverty rates of a set of households (denominator = every classified household,
 * indeterminate ones included): tỷ lệ hộ nghèo, tỷ lệ hộ cận nghèo and tỷ lệ nghèo đa chiều
 * (poor + near-poor, the reporting convention of MOLISA Decision 71/QĐ-LĐTBXH of 19/01/2023).
 */
export interface PovertyRates {
  readonly households: number;
  readonly counts: CategoryCounts;
  readonly poor: PovertyRate;
  readonly nearPoor: PovertyRate;
  readonly multidimensional: PovertyRate;
  readonly indeterminate: number;
}

function rate(count: number, households: number, indeterminate: number): PovertyRate {
  const of = (n: number) => (households === 0 ? null : rational(BigInt(n), BigInt(households)));
  const r = of(count);
  const base: PovertyRate = { count, ratio: r && toExactRatio(r), percent: r && percentOfRatio(r) };
  if (indeterminate === 0) return base;
  const up = of(count + indeterminate);
  return { ...base, upTo: { count: count + indeterminate, percent: up && percentOfRatio(up) } };
}

/**
 * Rates from category counts (e.g. a batch's or a CSV summary's `counts`, or figures from a report).
 *
 * @example
 * ```ts
 * const r = povertyRatesFromCounts({ poor: 4, 'near-poor': 3, 'not-classified': 93 });
 * r.poor.percent; // '4'
 * r.multidimensional.percent; // '7'
 * ```
 */
export function povertyRatesFromCounts(counts: Partial<CategoryCounts>): PovertyRates {
  const full: CategoryCounts = {
    poor: counts.poor ?? 0,
    'near-poor': counts['near-poor'] ?? 0,
    'average-living-standard': counts['average-living-standard'] ?? 0,
    'not-classified': counts['not-classified'] ?? 0,
    indeterminate: counts.indeterminate ?? 0,
  };
  for (const [key, value] of Object.entries(full)) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`counts.${key} must be a non-negative integer`);
  }
  const households = Object.values(full).reduce((a, b) => a + b, 0);
  const ind = full.indeterminate;
  return {
    households,
    counts: full,
    poor: rate(full.poor, households, ind),
    nearPoor: rate(full['near-poor'], households, ind),
    multidimensional: rate(full.poor + full['near-poor'], households, ind),
    indeterminate: ind,
  };
}
