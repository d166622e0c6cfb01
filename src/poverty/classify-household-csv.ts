import { InputError, issue, type Issue } from '../core/errors.js';
import type { PovertyCategory } from './classify-household.js';
import { emptyCounts, type BatchOptions, type CategoryCounts, type RowError } from './classify-households.js';
import type { StreamOutcome } from './classify-household-stream.js';
import { DECIMAL_STRING_PATTERN } from '../core/decimal.js';
import { CATEGORY_NAMES, classifyParts, newScratch, popcount, type CompiledStandard, type DateContext } from './engine.js';
import type { PovertyArea } from './poverty-standard-schema.js';
import { householdIssues } from './household-issues.js';
import { resolveOptions } from './resolve-options.js';
import { splitCsvLine } from './split-csv-line.js';

/** Options of {@link classifyHouseholdCsv}. */
export interface CsvOptions extends BatchOptions {
  /** Columns to count by (commune, ethnicity, …): counts per value in `groups`. */
  readonly groupBy?: readonly string[];
  /** Other columns present in the file that are not used. Unknown columns are an error otherwise. */
  readonly ignoreColumns?: readonly string[];
  /** Field delimiter (default `,`). */
  readonly delimiter?: string;
  /** Called with every row's outcome, in order (keep what you need; nothing is retained). */
  readonly onRow?: (outcome: StreamOutcome) => void;
}

/** What a CSV run found: counts overall and per group column value, and every rejected row. */
export interface CsvSummary {
  readonly standardId: string;
  readonly date: string;
  readonly rows: number;
  readonly classified: number;
  readonly counts: CategoryCounts;
  readonly groups: Record<string, Record<string, CategoryCounts>>;
  readonly errors: RowError[];
}

const TRUE = new Set(['1', 'true', 'TRUE', 'x', 'X', 'có', 'Có']);
const FALSE = new Set(['0', 'false', 'FALSE', 'không', 'Không']);
const INCOME_COLUMNS = ['perCapitaMonthly', 'householdTotal', 'members', 'months'];
/** Positions in INCOME_COLUMNS. */
const INCOME_PER_CAPITA = 0;
const INCOME_TOTAL = 1;
const INCOME_MEMBERS = 2;
const INCOME_MONTHS = 3;

/** The cell `text[start, end)` when it is 1 to 15 ASCII digits, as its exact value; else -1 (no regular expression, no substring). */
function wholeNumberIn(text: string, start: number, end: number): number {
  const length = end - start;
  if (length === 0 || length > 15) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Classifies a CSV household list streamed line by line (`lines`: any iterable or async iterable
 * of lines, e.g. Node's `readline`). The first line is the header. Columns: `id`, `area`
 * (`rural`/`urban`), `perCapitaMonthly` or `householdTotal` + `members` + `months`,
 * `floorAreaM2`, and one column per indicator code with `1`/`0` (also `true`/`false`, `có`/`không`,
 * `x`); an empty cell is unknown. Numbers are plain decimals (`1500000.5`). Rows are numbered by
 * line (header = 1); blank lines are skipped. Only counts are kept, so memory stays flat.
 *
 * @example
 * ```ts
 * const summary = await classifyHouseholdCsv(
 *   ['id,commune,perCapitaMonthly,healthInsurance,latrine,telecom', '1,Hương Hữu,1400000,1,1,1', '2,Hương Hữu,abc,0,0,0'],
 *   { date: '2024-06-30', area: 'rural', groupBy: ['commune'] },
 * );
 * summary.counts.poor; // 1
 * summary.errors[0].row; // 3
 * ```
 * @throws {@link InputError} when the header has an unknown, duplicate or missing column.
 */
export async function classifyHouseholdCsv(lines: AsyncIterable<string> | Iterable<string>, options: CsvOptions): Promise<CsvSummary> {
  const { compiled, when, area } = resolveOptions(options);
  const delimiter = options.delimiter ?? ',';
  const groupBy = options.groupBy ?? [];
  const tally = [0, 0, 0, 0, 0];
  const groupTallies = groupBy.map(() => new Map<string, number[]>());
  const lastGroupValues: (string | undefined)[] = groupBy.map(() => undefined);
  const lastGroupTallies: (number[] | undefined)[] = groupBy.map(() => undefined);
  const errors: RowError[] = [];
  const out = newScratch();
  let header: string[] | undefined;
  let kinds: number[] = []; // 0 ignore, 1 id, 2 area, 3 income field, 4 floor area, 5 indicator
  let groupColumns: number[] = [];
  let bits: number[] = [];
  let incomeFields: number[] = []; // per column: its index in INCOME_COLUMNS, or -1
  let idColumn = -1;
  // Where each cell of the current line starts and ends (reused from line to line).
  let cellStarts = new Int32Array(0);
  let cellEnds = new Int32Array(0);
  let income: { perCapitaMonthly?: unknown; householdTotal?: unknown; members?: unknown; months?: unknown } = {};
  let incomeKeys = 0;
  let lineNumber = 0;
  let rows = 0;
  const handle = (raw: string): void => {
    lineNumber++;
    const line = raw.length > 0 && raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
    if (header === undefined) {
      header = splitCsvLine(lineNumber === 1 && line.startsWith('\uFEFF') ? line.slice(1) : line, delimiter).map((h) => h.trim());
      ({ kinds, groupColumns } = readHeader(header, compiled.index, groupBy, options.ignoreColumns ?? []));
      bits = header.map((name) => 1 << (compiled.index.get(name) ?? 0));
      incomeFields = header.map((name) => INCOME_COLUMNS.indexOf(name));
      idColumn = header.indexOf('id');
      cellStarts = new Int32Array(header.length);
      cellEnds = new Int32Array(header.length);
      const perCapita = header.includes('perCapitaMonthly');
      income = perCapita ? { perCapitaMonthly: 0 } : { householdTotal: 0, members: 0, months: 0 };
      incomeKeys = perCapita ? 1 : 3;
      return;
    }
    if (line.length === 0 || (line.charCodeAt(0) <= 32 && line.trim() === '')) return;
    rows++;
    // Fast path: a line without quotes is scanned in place (no string per cell: a flag is read as
    // one character code, a whole number digit by digit); a quoted line is split first.
    const fields = line.indexOf('"') === -1 ? undefined : splitCsvLine(line, delimiter);
    const columns = header.length;
    let ok = fields === undefined || fields.length === columns;
    let deprived = 0;
    let known = 0;
    let rowArea: PovertyArea | undefined = area;
    let floorArea: string | undefined;
    let incomeCells = 0;
    let position = 0;
    for (let c = 0; ok && c < columns; c++) {
      let text: string;
      let start: number;
      let end: number;
      if (fields === undefined) {
        const next = line.indexOf(delimiter, position);
        if (next === -1 && c < columns - 1) {
          ok = false; // too few fields
          break;
        }
        text = line;
        start = position;
        end = next === -1 ? line.length : next;
        position = end + delimiter.length;
      } else {
        text = fields[c] as string;
        start = 0;
        end = text.length;
      }
      cellStarts[c] = start;
      cellEnds[c] = end;
      const kind = kinds[c];
      if (kind === 0 || kind === 1) continue; // the id is read only when an outcome needs it
      if (kind === 5) {
        const bit = bits[c] as number;
        const ch = end - start === 1 ? text.charCodeAt(start) : -1;
        if (ch === 49) {
          deprived |= bit;
          known |= bit;
        } else if (ch === 48) known |= bit;
        else if (end > start) {
          const t = text.slice(start, end).trim();
          if (TRUE.has(t)) {
            deprived |= bit;
            known |= bit;
          } else if (FALSE.has(t)) known |= bit;
          else if (t !== '') ok = false;
        }
      } else if (kind === 3) {
        const field = incomeFields[c] as number;
        let value: number | string | undefined = wholeNumberIn(text, start, end);
        if (value < 0) {
          const t = text.slice(start, end).trim();
          if (t === '') continue;
          const whole = wholeNumberIn(t, 0, t.length);
          value = whole >= 0 ? whole : field !== INCOME_MEMBERS && field !== INCOME_MONTHS && DECIMAL_STRING_PATTERN.test(t) ? t : undefined;
        }
        if (value === undefined || (value === 0 && (field === INCOME_MEMBERS || field === INCOME_MONTHS))) ok = false;
        else if (field === INCOME_PER_CAPITA) income.perCapitaMonthly = value;
        else if (field === INCOME_TOTAL) income.householdTotal = value;
        else if (field === INCOME_MEMBERS) income.members = value;
        else income.months = value;
        incomeCells++;
      } else if (kind === 2) {
        const t = text.slice(start, end).trim();
        if (t === 'rural' || t === 'urban') rowArea = t;
        else if (t !== '') ok = false;
      } else if (kind === 4) floorArea = text.slice(start, end).trim() || undefined;
    }
    if (fields === undefined && ok && position <= line.length) ok = false; // too many fields
    const cellText = (c: number): string => (fields !== undefined ? (fields[c] as string) : line.slice(cellStarts[c], cellEnds[c]));
    if (ok && incomeCells === incomeKeys && rowArea !== undefined && classifyParts(compiled, rowArea, income as Record<string, unknown>, deprived, known, undefined, floorArea, when, out)) {
      const code = out.category;
      tally[code] = (tally[code] as number) + 1;
      for (let g = 0; g < groupColumns.length; g++) {
        const value = trimmed(cellText(groupColumns[g] as number));
        // Household lists are usually sorted by commune or village: the last group often recurs.
        let t = value === lastGroupValues[g] ? lastGroupTallies[g] : undefined;
        if (t === undefined) {
          const byValue = groupTallies[g] as Map<string, number[]>;
          t = byValue.get(value);
          if (t === undefined) byValue.set(value, (t = [0, 0, 0, 0, 0]));
          lastGroupValues[g] = value;
          lastGroupTallies[g] = t;
        }
        t[code] = (t[code] as number) + 1;
      }
      if (options.onRow) {
        const id = idColumn >= 0 ? cellText(idColumn).trim() || undefined : undefined;
        options.onRow({ ok: true, row: lineNumber, ...(id !== undefined ? { id } : {}), area: out.area, category: CATEGORY_NAMES[code] as PovertyCategory, deprivationCount: popcount(out.deprivedMask), deprivedMask: out.deprivedMask, unknownMask: out.unknownMask });
      }
    } else {
      const cells = fields ?? splitCsvLine(line, delimiter);
      // With the wrong number of fields the columns may be shifted: no id is guessed.
      const id = idColumn >= 0 && cells.length === columns ? (cells[idColumn] as string).trim() || undefined : undefined;
      const idPart = id !== undefined ? { id } : {};
      const issues = rowIssues(cells, header, kinds, compiled, area, when);
      errors.push({ row: lineNumber, ...idPart, issues });
      options.onRow?.({ ok: false, row: lineNumber, ...idPart, issues });
    }
  };
  // A sync source (an array of lines) is read without a promise per line.
  if (Symbol.asyncIterator in lines) for await (const raw of lines as AsyncIterable<string>) handle(raw);
  else for (const raw of lines as Iterable<string>) handle(raw);
  const toCounts = (t: readonly number[]): CategoryCounts => {
    const counts = emptyCounts();
    CATEGORY_NAMES.forEach((name, i) => (counts[name] = t[i] as number));
    return counts;
  };
  const groups: Record<string, Record<string, CategoryCounts>> = Object.fromEntries(
    groupBy.map((g, i) => [g, Object.fromEntries([...(groupTallies[i] as Map<string, number[]>)].map(([value, t]) => [value, toCounts(t)]))]),
  );
  return { standardId: compiled.standard.id, date: when.day, rows, classified: rows - errors.length, counts: toCounts(tally), groups, errors };
}

function readHeader(header: readonly string[], indicators: ReadonlyMap<string, number>, groupBy: readonly string[], ignore: readonly string[]) {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const kinds = header.map((name, c) => {
    if (seen.has(name)) issues.push(issue(['header', c], 'duplicate-column', `Column "${name}" appears twice`, `Cột "${name}" bị trùng`));
    seen.add(name);
    if (name === 'id') return 1;
    if (name === 'area') return 2;
    if (INCOME_COLUMNS.includes(name)) return 3;
    if (name === 'floorAreaM2') return 4;
    if (indicators.has(name)) return 5;
    if (groupBy.includes(name) || ignore.includes(name)) return 0;
    issues.push(issue(['header', c], 'unknown-column', `Unknown column "${name}": not an indicator of the standard, nor listed in groupBy or ignoreColumns`, `Cột "${name}" không xác định: không phải chỉ số của chuẩn, cũng không có trong groupBy hoặc ignoreColumns`));
    return 0;
  });
  const hasPerCapita = seen.has('perCapitaMonthly');
  const hasTotal = seen.has('householdTotal') && seen.has('members') && seen.has('months');
  if (hasPerCapita && (seen.has('householdTotal') || seen.has('members') || seen.has('months'))) {
    issues.push(issue(['header'], 'conflicting-income-columns', 'Give either perCapitaMonthly or householdTotal + members + months, not both', 'Chỉ dùng cột perCapitaMonthly hoặc bộ cột householdTotal, members, months, không dùng cả hai'));
  }
  if (!hasPerCapita && !hasTotal) {
    issues.push(issue(['header'], 'missing-income-column', 'Give a perCapitaMonthly column, or householdTotal, members and months', 'Cần cột perCapitaMonthly, hoặc các cột householdTotal, members và months'));
  }
  const groupColumns = groupBy.map((g) => {
    const c = header.indexOf(g);
    if (c === -1) issues.push(issue(['groupBy', g], 'missing-column', `groupBy column "${g}" is not in the header`, `Cột nhóm "${g}" không có trong dòng tiêu đề`));
    return c;
  });
  if (issues.length > 0) throw new InputError(issues);
  return { kinds, groupColumns };
}

/** The slow path for a rejected row: rebuild the household from the cells and name every problem. */
function rowIssues(fields: readonly string[], header: readonly string[], kinds: readonly number[], compiled: CompiledStandard, area: PovertyArea | undefined, when: DateContext): Issue[] {
  if (fields.length !== header.length) {
    return [issue([], 'wrong-field-count', `The line has ${fields.length} fields; the header has ${header.length}`, `Dòng có ${fields.length} trường; dòng tiêu đề có ${header.length}`)];
  }
  const issues: Issue[] = [];
  const household: Record<string, unknown> = {};
  const income: Record<string, unknown> = {};
  const deprivations: Record<string, boolean> = {};
  for (let c = 0; c < fields.length; c++) {
    const kind = kinds[c];
    const name = header[c] as string;
    const cell = (fields[c] as string).trim();
    if (kind === 0 || cell === '') continue;
    if (kind === 5) {
      if (TRUE.has(cell)) deprivations[name] = true;
      else if (FALSE.has(cell)) deprivations[name] = false;
      else issues.push(issue([name], 'invalid-flag', `"${cell}" is not a flag: use 1/0, true/false, có/không or leave empty for unknown`, `"${cell}" không phải giá trị có/không: dùng 1/0, true/false, có/không hoặc để trống nếu chưa rõ`));
    } else if (kind === 3) income[name] = (name === 'members' || name === 'months') && /^\d+$/.test(cell) ? Number(cell) : cell;
    else if (kind === 1) household['id'] = cell;
    else if (kind === 2) household['area'] = cell;
    else if (kind === 4) household['floorAreaM2'] = cell;
  }
  if (issues.length > 0) return issues;
  household['income'] = income;
  household['deprivations'] = deprivations;
  return householdIssues(compiled, household, area, when);
}

/** `trim()` only when there is something to trim (most cells have no spaces). */
function trimmed(cell: string): string {
  if (cell.length === 0) return cell;
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(cell.length - 1);
  return first > 32 && last > 32 ? cell : cell.trim();
}
