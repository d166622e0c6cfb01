import { statusText } from '../core/explain.js';
import type { Locale } from '../core/localized-text.js';
import type { Status } from '../core/result.js';
import type { CommonOptions } from './command.js';
import { formatCsv } from './csv.js';
import type { CliIo } from './io.js';
import { writeJsonArray } from './json-output.js';
import { renderTable, type TableColumn } from './table.js';

type CsvCell = string | number | boolean | null | undefined;

/** How one command shows its results in each output format (see {@link writeResults}). */
export interface ResultsView<T> {
  /** What JSON output lists, one entry per item (default: the items themselves). */
  readonly json?: (item: T) => unknown;
  readonly csv: { readonly header: readonly string[]; readonly row: (item: T) => readonly CsvCell[] };
  readonly table: {
    /** A line above the table. */
    readonly title?: string;
    readonly columns: readonly TableColumn[];
    readonly row: (item: T) => readonly string[];
    /** A line below the table. */
    readonly footer?: string;
  };
  /** The explanation of one item, written under the table for a single item or with `--explain`. */
  readonly explain: (item: T) => { readonly name: string; readonly lines: readonly string[] };
}

/**
 * Writes a command's results in the chosen format: a JSON array, CSV with a header row, or a table
 * followed by each item's explanation (when there is one item, or `explainAll`).
 *
 * @example
 * ```ts
 * writeResults(rated, view, io, { ...common, format: 'csv' }, false); // header, then one row per item
 * ```
 */
export function writeResults<T>(items: readonly T[], view: ResultsView<T>, io: CliIo, common: CommonOptions, explainAll: boolean): void {
  if (common.format === 'json') {
    writeJsonArray(io.stdout, view.json ? items.map(view.json) : items);
    return;
  }
  if (common.format === 'csv') {
    io.stdout.write(formatCsv([view.csv.header, ...items.map(view.csv.row)]));
    return;
  }
  const { title, columns, row, footer } = view.table;
  io.stdout.write(`${title !== undefined ? `${title}\n` : ''}${renderTable(columns, items.map(row))}${footer !== undefined ? `${footer}\n` : ''}`);
  if (explainAll || items.length === 1) {
    for (const item of items) {
      const { name, lines } = view.explain(item);
      io.stdout.write(`\n== ${name}\n${lines.join('\n')}\n`);
    }
  }
}

/**
 * The result column of a unit: "ĐẠT CHUẨN" / "RECOGNISED" when recognised, else its status in words.
 *
 * @example
 * ```ts
 * verdictText(false, 'missing', 'en'); // 'missing input'
 * ```
 */
export function verdictText(recognised: boolean, status: Status, locale: Locale): string {
  return recognised ? (locale === 'vi' ? 'ĐẠT CHUẨN' : 'RECOGNISED') : statusText(status, locale);
}

export { statusText };
