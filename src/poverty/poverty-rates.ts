import type { PovertyCategory } from './classify-household.js';
import { emptyCounts, type CategoryCounts } from './classify-households.js';
import { povertyRatesFromCounts, type PovertyRates } from './poverty-rates-from-counts.js';

/** An item to count: a category, or anything with a `category` (a classification, a stream outcome). */
export type RateItem = PovertyCategory | null | { readonly category: PovertyCategory } | { readonly ok: false };

/** Options of {@link povertyRates}. */
export interface PovertyRatesOptions<T> {
  /** Subgroup dimensions: each function gives the item's key (commune, area, ethnicity, …). */
  readonly groupBy?: Readonly<Record<string, (item: T, index: number) => string>>;
}

/** Rates overall and per subgroup key of each dimension. */
export interface PovertyRatesResult extends PovertyRates {
  /** Items skipped because they were invalid rows (`null` or `ok: false`): never counted. */
  readonly invalid: number;
  readonly groups: Record<string, Record<string, PovertyRates>>;
}

function categoryOf(item: RateItem): PovertyCategory | null {
  if (item === null) return null;
  if (typeof item === 'string') return item;
  return 'category' in item ? item.category : null;
}

/**
 * Poverty rates over a set of classified households, with exact ratios, overall and by any
 * subgroup key. Invalid rows (`null` entries of a batch, `ok: false` stream outcomes) are counted
 * in `invalid`, never in the rates.
 *
 * @example
 * ```ts
 * const communes = ['Hương Hữu', 'Hương Hữu', 'Thượng Long'];
 * const r = povertyRates(['poor', 'not-classified', 'near-poor'], { groupBy: { commune: (_, i) => communes[i] } });
 * r.poor.ratio; // { numerator: '1', denominator: '3', decimal: '0.3333…' }
 * r.groups.commune['Hương Hữu'].poor.percent; // '50'
 * ```
 */
export function povertyRates<T extends RateItem>(items: Iterable<T>, options: PovertyRatesOptions<T> = {}): PovertyRatesResult {
  const total = emptyCounts();
  const dims = Object.entries(options.groupBy ?? {});
  const byGroup: Record<string, Record<string, CategoryCounts>> = Object.fromEntries(dims.map(([d]) => [d, {}]));
  let invalid = 0;
  let index = 0;
  for (const item of items) {
    const category = categoryOf(item);
    if (category === null) invalid++;
    else {
      total[category]++;
      for (const [dim, keyOf] of dims) {
        const groups = byGroup[dim] as Record<string, CategoryCounts>;
        (groups[keyOf(item, index)] ??= emptyCounts())[category]++;
      }
    }
    index++;
  }
  const groups: Record<string, Record<string, PovertyRates>> = {};
  for (const [dim, counts] of Object.entries(byGroup)) {
    groups[dim] = Object.fromEntries(Object.entries(counts).map(([key, c]) => [key, povertyRatesFromCounts(c)]));
  }
  return { ...povertyRatesFromCounts(total), invalid, groups };
}
