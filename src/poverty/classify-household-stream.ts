import type { Issue } from '../core/errors.js';
import type { PovertyCategory } from './classify-household.js';
import { CATEGORY_NAMES, classifyInto, newScratch, popcount } from './engine.js';
import { householdIssues } from './household-issues.js';
import type { PovertyArea } from './poverty-standard-schema.js';
import { rowId } from './classify-households.js';
import type { BatchOptions } from './classify-households.js';
import { resolveOptions } from './resolve-options.js';

/** One row of a stream: classified, or rejected with its issues. */
export type StreamOutcome =
  | {
      readonly ok: true;
      readonly row: number;
      readonly id?: string | number;
      readonly area: PovertyArea;
      readonly category: PovertyCategory;
      readonly deprivationCount: number;
      /** Bit i = the standard's i-th indicator. */
      readonly deprivedMask: number;
      readonly unknownMask: number;
    }
  | { readonly ok: false; readonly row: number; readonly id?: string | number; readonly issues: readonly Issue[] };

/**
 * Classifies households as they arrive from an iterable or async iterable (a database cursor, a
 * file reader), yielding one small outcome per row in order. Memory stays flat. Invalid rows are
 * yielded as `ok: false` with their row number and issues.
 *
 * @example
 * ```ts
 * async function* rows() {
 *   yield { income: { perCapitaMonthly: 900_000 }, deprivations: { healthInsurance: false } };
 * }
 * for await (const outcome of classifyHouseholdStream(rows(), { date: '2024-06-30', area: 'rural' })) {
 *   if (outcome.ok) console.log(outcome.row, outcome.category); // 1 'indeterminate'
 * }
 * ```
 */
export async function* classifyHouseholdStream(source: AsyncIterable<unknown> | Iterable<unknown>, options: BatchOptions): AsyncGenerator<StreamOutcome, void, undefined> {
  const { compiled, when, area } = resolveOptions(options);
  const out = newScratch();
  let row = options.firstRow ?? 1;
  for await (const household of source) {
    const id = rowId(household);
    const idPart = id !== undefined ? { id } : {};
    if (classifyInto(compiled, household, area, when, out)) {
      yield { ok: true, row, ...idPart, area: out.area, category: CATEGORY_NAMES[out.category] as PovertyCategory, deprivationCount: popcount(out.deprivedMask), deprivedMask: out.deprivedMask, unknownMask: out.unknownMask };
    } else {
      yield { ok: false, row, ...idPart, issues: householdIssues(compiled, household, area, when) };
    }
    row++;
  }
}
