import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { cliError } from './cli-error.js';
import { parseCsv, type CsvRecord } from './csv.js';
import type { CliIo } from './io.js';

/** What an input file holds. */
export type InputFormat = 'json' | 'csv' | 'text';

/**
 * Reads a whole input: a file (relative to `io.cwd`) or stdin when `file` is absent or `-`.
 * A leading byte-order mark is dropped.
 *
 * @throws {@link CliError} when the file cannot be read (named, in vi and en).
 *
 * @example
 * ```ts
 * const text = await readText('examples/cli/communes-nam-dong-2023.csv', io);
 * ```
 */
export async function readText(file: string | undefined, io: CliIo): Promise<string> {
  let text: string;
  if (file === undefined && (io.stdin as { isTTY?: boolean }).isTTY === true) {
    throw cliError('no-input', 'no input: give a file, or pipe data in (use - for stdin)', 'chưa có dữ liệu vào: chỉ ra một tệp, hoặc chuyển dữ liệu qua stdin (dùng -)');
  }
  if (file === undefined || file === '-') {
    const decoder = new TextDecoder();
    let out = '';
    for await (const chunk of io.stdin) out += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    text = out + decoder.decode();
  } else {
    try {
      text = await readFile(resolve(io.cwd ?? process.cwd(), file), 'utf8');
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'read-failed';
      throw cliError('cannot-read-file', `cannot read the file (${code})`, `không đọc được tệp (${code})`, { kind: 'file', file });
    }
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The input format: `--input-format` if given, else from the file extension (`.json`, `.csv`,
 * `.tsv`, `.txt`), else guessed from the content (`{` or `[` first means JSON).
 *
 * @example
 * ```ts
 * inputFormatOf('-', '[{"9.1": 0}]', undefined); // 'json'
 * ```
 */
export function inputFormatOf(file: string | undefined, text: string, given: string | undefined, fallback: InputFormat = 'csv'): InputFormat {
  if (given === 'json' || given === 'csv' || given === 'text') return given;
  const ext = file && file !== '-' ? extname(file).toLowerCase() : '';
  if (ext === '.json') return 'json';
  if (ext === '.csv' || ext === '.tsv') return 'csv';
  if (ext === '.txt' || ext === '.md') return 'text';
  const first = text.trimStart().charAt(0);
  return first === '{' || first === '[' ? 'json' : fallback;
}

/**
 * Parses JSON text, reporting a syntax error with its line (bilingual).
 *
 * @example
 * ```ts
 * parseJsonText('[{"name": "Hương Xuân"}]', 'units.json'); // [{ name: 'Hương Xuân' }]
 * ```
 */
export function parseJsonText(text: string, file: string | undefined): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw cliError('invalid-json', `not valid JSON: ${detail}`, `không phải JSON hợp lệ: ${detail}`, { kind: 'file', file: file !== undefined && file !== '-' ? file : 'stdin' });
  }
}

/** A CSV table: the header (trimmed names) and the data records with their line numbers. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly CsvRecord[];
}

/**
 * Reads CSV text into a header and data rows. Rows whose cells are all blank are skipped; a row
 * with more or fewer cells than the header is an error naming the row.
 *
 * @example
 * ```ts
 * readCsvTable('name,15.3\nXã A,20/231\n').header; // ['name', '15.3']
 * ```
 */
export function readCsvTable(text: string, delimiter?: string): CsvTable {
  const records = parseCsv(text, delimiter !== undefined ? { delimiter: delimiter === 'tab' ? '\t' : delimiter } : {});
  const first = records[0];
  if (!first) throw cliError('empty-input', 'the CSV is empty: a header line is needed', 'tệp CSV trống: cần có dòng tiêu đề', { kind: 'csv', row: 1 });
  const header = first.fields.map((h) => h.trim());
  const seen = new Set<string>();
  header.forEach((h) => {
    if (h === '') throw cliError('empty-column-name', 'a column has no name', 'có cột không có tên', { kind: 'csv', row: first.line });
    if (seen.has(h)) throw cliError('duplicate-column', `column "${h}" appears twice`, `cột "${h}" bị trùng`, { kind: 'csv', row: first.line, column: h });
    seen.add(h);
  });
  const rows = records.slice(1).filter((r) => r.fields.some((f) => f.trim() !== ''));
  for (const r of rows) {
    if (r.fields.length !== header.length) {
      throw cliError('wrong-cell-count', `${r.fields.length} cells, the header has ${header.length} columns (a value with the delimiter inside must be quoted: "59,3%")`, `có ${r.fields.length} ô, dòng tiêu đề có ${header.length} cột (giá trị chứa dấu phân cách phải đặt trong ngoặc kép: "59,3%")`, { kind: 'csv', row: r.line });
    }
  }
  return { header, rows };
}
