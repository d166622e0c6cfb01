import type { Issue } from '../core/errors.js';
import type { PovertyCategory } from './classify-household.js';
import { CATEGORY_NAMES, classifyInto, newScratch, popcount } from './engine.js';
import { householdIssues } from './household-issues.js';
import { resolveOptions, type ClassifyOptions } from './resolve-options.js';

/** A row that could not be classified: its number, its id if readable, and every issue found. */
export interface RowError {
  /** 1-based position in the input (plus `firstRow − 1`), or the CSV line number. */
  readonly row: number;
  readonly id?: string | number;
  readonly issues: readonly Issue[];
}

/** Households per category. */
export type CategoryCounts = Record<PovertyCategory, number>;

/** Options of the batch API. */
export interface BatchOptions extends ClassifyOptions {
  /** Number of the first row in error reports (default 1). */
  readonly firstRow?: number;
}

/**
 * The compact result of a batch: parallel arrays (one entry per input row, `null` for an
 * invalid row), counts, and the row errors. Bit `i` of a mask is `indicatorCodes[i]`.
 */
export interface BatchClassification {
  readonly standardId: string;
  readonly date: string;
  readonly rows: number;
  readonly classified: number;
  readonly counts: CategoryCounts;
  readonly indicatorCodes: readonly string[];
  readonly categories: (PovertyCategory | null)[];
  readonly deprivationCounts: (number | null)[];
  readonly deprivedMasks: (number | null)[];
  readonly unknownMasks: (number | null)[];
  readonly errors: RowError[];
}

export function emptyCounts(): CategoryCounts {
  return { poor: 0, 'near-poor': 0, 'average-living-standard': 0, 'not-classified': 0, indeterminate: 0 };
}

export function rowId(household: unknown): string | number | undefined {
  if (household === null || typeof household !== 'object') return undefined;
  const id = (household as Record<string, unknown>)['id'];
  return typeof id === 'string' || typeof id === 'number' ? id : undefined;
}

/**
 * Classifies many households on one date, fast (no per-row result objects): a province's list
 * in memory. Invalid rows are listed in `errors` with their row number and issues, and are
 * never counted.
 *
 * @example
 * ```ts
 * const batch = classifyHouseholds(
 *   [
 *     { income: { perCapitaMonthly: 1_200_000 }, deprivations: { healthInsurance: true, latrine: true, telecom: true } },
 *     { income: { perCapitaMonthly: 'abc' } },
 *   ],
 *   { date: '2024-06-30', area: 'rural' },
 * );
 * batch.categories; // ['poor', null]
 * batch.errors[0].row; // 2
 * ```
 */
export function classifyHouseholds(households: Iterable<unknown>, options: BatchOptions): BatchClassification {
  const { compiled, when, area } = resolveOptions(options);
  const firstRow = options.firstRow ?? 1;
  const out = newScratch();
  const tally = [0, 0, 0, 0, 0];
  // Pre-sized when the length is known (an array), so the columns never grow by copying.
  const size = Array.isArray(households) ? households.length : 0;
  const categories = new Array<PovertyCategory | null>(size);
  const deprivationCounts = new Array<number | null>(size);
  const deprivedMasks = new Array<number | null>(size);
  const unknownMasks = new Array<number | null>(size);
  const errors: RowError[] = [];
  let rows = 0;
  for (const household of households) {
    if (classifyInto(compiled, household, area, when, out)) {
      tally[out.category] = (tally[out.category] as number) + 1;
      categories[rows] = CATEGORY_NAMES[out.category] as PovertyCategory;
      deprivationCounts[rows] = popcount(out.deprivedMask);
      deprivedMasks[rows] = out.deprivedMask;
      unknownMasks[rows] = out.unknownMask;
    } else {
      const id = rowId(household);
      errors.push({ row: firstRow + rows, ...(id !== undefined ? { id } : {}), issues: householdIssues(compiled, household, area, when) });
      categories[rows] = null;
      deprivationCounts[rows] = null;
      deprivedMasks[rows] = null;
      unknownMasks[rows] = null;
    }
    rows++;
  }
  const counts = emptyCounts();
  CATEGORY_NAMES.forEach((name, i) => (counts[name] = tally[i] as number));
  return {
    standardId: compiled.standard.id,
    date: when.day,
    rows,
    classified: rows - errors.length,
    counts,
    indicatorCodes: compiled.codes,
    categories,
    deprivationCounts,
    deprivedMasks,
    unknownMasks,
    errors,
  };
}
