import { cliError } from './cli-error.js';

/** One CSV record: its fields and the file line it starts on (header = line 1). */
export interface CsvRecord {
  readonly fields: readonly string[];
  readonly line: number;
}

/** Options of {@link parseCsv}. */
export interface CsvParseOptions {
  /** Field delimiter; detected from the header line when absent (`,`, `;` or tab). */
  readonly delimiter?: string;
}

/**
 * Guesses the delimiter from the first line: the most frequent of `,` `;` and tab outside quotes
 * (Vietnamese spreadsheets often export `;` because `,` is the decimal mark). Defaults to `,`.
 *
 * @example
 * ```ts
 * detectDelimiter('name;15.3;11\n'); // ';'
 * ```
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) as number) + 1);
  }
  let best = ',';
  for (const [ch, n] of counts) if (n > (counts.get(best) as number)) best = ch;
  return best;
}

/**
 * Reads CSV text (RFC 4180): fields separated by the delimiter, records by CRLF or LF; a field in
 * double quotes may hold delimiters, line breaks and doubled quotes (`""`). A leading byte-order
 * mark is dropped. Blank lines are skipped. Each record keeps the line it starts on, so messages
 * can name the row as a spreadsheet shows it.
 *
 * @example
 * ```ts
 * parseCsv('name,note\r\n"Tịnh Long","đạt ""17/19"""\r\n').map((r) => r.fields);
 * // [['name', 'note'], ['Tịnh Long', 'đạt "17/19"']]
 * ```
 * @throws {@link CliError} on an unterminated quoted field or text after a closing quote.
 */
export function parseCsv(text: string, options: CsvParseOptions = {}): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = options.delimiter ?? detectDelimiter(src);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let recordStarted = false;
  let atFieldStart = true;
  const endRecord = () => {
    fields.push(field);
    if (recordStarted) records.push({ fields, line: recordLine });
    fields = [];
    field = '';
    recordStarted = false;
    atFieldStart = true;
  };
  while (i < src.length) {
    const ch = src.charAt(i);
    if (ch === '"' && atFieldStart) {
      // Quoted field.
      const quoteLine = line;
      i++;
      recordStarted = true;
      atFieldStart = false;
      for (;;) {
        if (i >= src.length) {
          throw cliError('unterminated-quote', `a quoted field opened on line ${quoteLine} is never closed`, `trường trong ngoặc kép mở ở dòng ${quoteLine} không được đóng`, { kind: 'csv', row: quoteLine });
        }
        const c = src.charAt(i);
        if (c === '"') {
          if (src.charAt(i + 1) === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        field += c;
        i++;
      }
      const next = src.charAt(i);
      if (i < src.length && next !== delimiter && next !== '\n' && next !== '\r') {
        throw cliError('text-after-quote', `unexpected text after a closing quote (write "" for a quote inside a quoted field)`, `có ký tự sau dấu ngoặc kép đóng (viết "" cho dấu ngoặc kép bên trong)`, { kind: 'csv', row: line });
      }
      continue;
    }
    if (ch === delimiter) {
      fields.push(field);
      field = '';
      recordStarted = true;
      atFieldStart = true;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && src.charAt(i + 1) === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    field += ch;
    recordStarted = true;
    atFieldStart = false;
    i++;
  }
  if (recordStarted) endRecord();
  return records;
}

/**
 * Quotes one field when RFC 4180 requires it (delimiter, quote, CR or LF inside) or when it has
 * leading or trailing spaces.
 *
 * @example
 * ```ts
 * csvField('59,3%'); // '"59,3%"'
 * csvField('a "b"'); // '"a ""b"""'
 * ```
 */
export function csvField(value: string, delimiter = ','): string {
  const needs = value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r') || value !== value.trim();
  return needs ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Writes records as CSV text (RFC 4180: CRLF line ends, fields quoted when needed).
 *
 * @example
 * ```ts
 * formatCsv([['unit', 'criteria'], ['Hương Xuân', '19/19']]); // 'unit,criteria\r\nHương Xuân,19/19\r\n'
 * ```
 */
export function formatCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[], delimiter = ','): string {
  return rows.map((row) => row.map((v) => csvField(v === null || v === undefined ? '' : String(v), delimiter)).join(delimiter)).join('\r\n') + (rows.length > 0 ? '\r\n' : '');
}
