import { evaluateCivilizedUrban, type CivilizedUrbanResult } from '../../urban/evaluate-civilized-urban.js';
import { explainCivilizedUrban } from '../../urban/explain-civilized-urban.js';
import type { CivilizedUrbanInput } from '../../urban/civilized-urban-input.js';
import type { Rulebook } from '../../core/rulebook.js';
import { isNotApplicableCell, readBooleanCell, readDateCell, readRatioCell, type CellResult } from '../cells.js';
import type { CliIssue, Where } from '../cli-error.js';
import type { CommonOptions } from '../command.js';
import type { CliIo } from '../io.js';
import { catchLibrary, jsonWhere, throwIfAny } from '../library-issues.js';
import { createProgress } from '../progress.js';
import { parseJsonText, readCsvTable } from '../read-input.js';
import { statusText, verdictText, writeResults } from '../write-results.js';
import { loadRulebook } from './evaluate-commune.js';

const CRITERIA = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const KNOWN = new Set(['name', 'tên', 'unit', 'recognition', 'registered', 'registeredOn', 'satisfaction', 'wardsAndTownships', 'communes', ...CRITERIA]);

interface PendingWard {
  readonly name: string;
  readonly input: CivilizedUrbanInput;
  readonly place: (path: readonly (string | number)[]) => Where;
}

/** One civilized-urban result with the unit's name. */
export interface EvaluatedWard {
  readonly name: string;
  readonly result: CivilizedUrbanResult;
}

/** Reads `met/total` (contents met of the criterion's contents). */
function readCount(text: string, notation: 'vi' | 'en'): CellResult<{ met: number; total: number }> {
  if (!text.includes('/')) return { ok: false, code: 'count-form', message: { en: `"${text.trim()}": write the count met of the total, like 5/6`, vi: `"${text.trim()}": ghi số đạt trên tổng số, ví dụ 5/6` } };
  const r = readRatioCell(text, notation);
  if (!r.ok) return r;
  if (!('numerator' in r.value)) return { ok: false, code: 'count-form', message: { en: 'write the count met of the total, like 5/6', vi: 'ghi số đạt trên tổng số, ví dụ 5/6' } };
  return { ok: true, value: { met: r.value.numerator, total: r.value.denominator } };
}

function wardsFromCsv(text: string, defaultUnit: string, common: CommonOptions, ignore: ReadonlySet<string>): { wards: PendingWard[]; issues: CliIssue[] } {
  const table = readCsvTable(text, common.delimiter);
  const issues: CliIssue[] = [];
  for (const column of table.header) {
    if (!KNOWN.has(column) && !ignore.has(column)) {
      issues.push({
        where: { kind: 'csv', row: 1, column },
        code: 'unknown-column',
        message: {
          en: `unknown column: expected name, unit, recognition, registered, registeredOn, satisfaction, 1 … 9 (contents met/total of each criterion), wardsAndTownships, communes (--ignore ${column} to skip it)`,
          vi: `cột không xác định: cần name, unit, recognition, registered, registeredOn, satisfaction, 1 … 9 (số nội dung đạt/tổng số của từng tiêu chí), wardsAndTownships, communes (dùng --ignore ${column} để bỏ qua)`,
        },
      });
    }
  }
  throwIfAny(issues);
  const wards: PendingWard[] = [];
  for (const record of table.rows) {
    const row = record.line;
    const cell = (column: string) => {
      const c = table.header.indexOf(column);
      return c === -1 || ignore.has(column) ? '' : (record.fields[c] ?? '').trim();
    };
    const rowIssues: CliIssue[] = [];
    const take = <T>(column: string, r: CellResult<T>): T | undefined => {
      if (r.ok) return r.value;
      rowIssues.push({ where: { kind: 'csv', row, column }, code: r.code, message: r.message });
      return undefined;
    };
    const input: Record<string, unknown> = { unit: cell('unit') || defaultUnit, recognition: cell('recognition') || 'first' };
    if (cell('registered') !== '') input.registered = take('registered', readBooleanCell(cell('registered')));
    if (cell('registeredOn') !== '') input.registeredOn = take('registeredOn', readDateCell(cell('registeredOn')));
    if (cell('satisfaction') !== '') input.satisfaction = take('satisfaction', readRatioCell(cell('satisfaction'), common.notation));
    const contents: Record<string, unknown> = {};
    for (const c of CRITERIA) if (cell(c) !== '') contents[c] = take(c, readCount(cell(c), common.notation));
    if (Object.keys(contents).length > 0) input.contents = contents;
    if (cell('wardsAndTownships') !== '') {
      const w = take('wardsAndTownships', readCount(cell('wardsAndTownships'), common.notation));
      if (w) input.wardsAndTownships = { recognised: w.met, total: w.total };
    }
    if (cell('communes') !== '') input.communes = isNotApplicableCell(cell('communes')) ? { notApplicable: true } : take('communes', readBooleanCell(cell('communes')));
    if (rowIssues.length > 0) {
      issues.push(...rowIssues);
      continue;
    }
    const place = (path: readonly (string | number)[]): Where => {
      const [first, second] = path.map(String);
      const column = first === 'contents' ? second : first;
      return { kind: 'csv', row, ...(column !== undefined && table.header.includes(column) ? { column } : {}) };
    };
    wards.push({ name: cell('name') || cell('tên') || `#${row}`, input: input as CivilizedUrbanInput, place });
  }
  // Rows with unreadable cells are reported together with the library's findings on the others.
  return { wards, issues };
}

function wardsFromJson(data: unknown, defaultUnit: string): PendingWard[] {
  const items = Array.isArray(data) ? data : [data];
  return items.map((item, index) => {
    const at = Array.isArray(data) ? index : undefined;
    const { name, ...rest } = (item !== null && typeof item === 'object' ? item : {}) as { name?: unknown } & Record<string, unknown>;
    const input = item !== null && typeof item === 'object' ? { unit: defaultUnit, recognition: 'first', ...rest } : item;
    return { name: typeof name === 'string' ? name : at !== undefined ? `[${at}]` : '-', input: input as CivilizedUrbanInput, place: jsonWhere(at) };
  });
}

/**
 * Evaluates wards, townships or district-level urban units (Decision 04/2022/QĐ-TTg) from JSON or CSV.
 *
 * @example
 * ```ts
 * await runWard({ text: 'name,1,2\nKhe Tre,6/6,4/5\n', file: undefined }, { date: '2023-06-30', unit: 'township', explain: false }, io, common, new Set(), 'csv');
 * ```
 */
export async function runWard(input: { readonly text: string; readonly file: string | undefined }, settings: { date: string; unit: string; rulebookFile?: string; explain: boolean }, io: CliIo, common: CommonOptions, ignore: ReadonlySet<string>, format: 'json' | 'csv'): Promise<number> {
  const rulebook: Rulebook | undefined = settings.rulebookFile !== undefined ? await loadRulebook(settings.rulebookFile, io) : undefined;
  const { text, file } = input;
  const read = format === 'json' ? { wards: wardsFromJson(parseJsonText(text, file), settings.unit), issues: [] } : wardsFromCsv(text, settings.unit, common, ignore);
  const pending = read.wards;
  const issues: CliIssue[] = [...read.issues];
  const done: EvaluatedWard[] = [];
  const bar = createProgress(io, pending.length, 'evaluate', common.progress);
  pending.forEach((w, i) => {
    const r = catchLibrary(() => evaluateCivilizedUrban(w.input, { date: settings.date, ...(rulebook ? { rulebook } : {}) }), (path) => (String(path[0]) === 'date' ? { kind: 'option', option: '--date' } : w.place(path)));
    if (r.ok) done.push({ name: w.name, result: r.value });
    else issues.push(...r.issues);
    bar.tick(i + 1);
  });
  bar.done();
  const order = (i: CliIssue) => (i.where?.kind === 'csv' ? i.where.row : i.where?.kind === 'json' ? (i.where.index ?? 0) : -1);
  throwIfAny([...issues].sort((a, b) => order(a) - order(b)));
  writeWards(done, io, common, settings.explain);
  return 0;
}

function writeWards(units: readonly EvaluatedWard[], io: CliIo, common: CommonOptions, explainAll: boolean): void {
  const locale = common.lang;
  const vi = locale === 'vi';
  const conditionKeys = ['registered', 'criteria', 'building-period', 'satisfaction', 'wards-and-townships', 'communes'];
  writeResults(
    units,
    {
      csv: {
        header: ['name', 'unit', 'appendix', 'date', 'status', 'recognised', 'criteria_met', 'criteria_total', 'contents_met', 'contents_total', 'contents_complete', ...conditionKeys.map((k) => `condition_${k}`)],
        row: ({ name, result: r }) => {
          const cond = new Map<string, string>(r.conditions.map((c) => [c.key, c.status]));
          return [name, r.unit, r.appendix, r.date, r.status, r.recognised, r.criteriaMet.met, r.criteriaMet.total, r.contentsMet.met, r.contentsMet.total, r.contentsMet.complete, ...conditionKeys.map((k) => cond.get(k) ?? '')];
        },
      },
      table: {
        title: vi ? 'Đô thị văn minh (Quyết định 04/2022/QĐ-TTg)' : 'Civilized urban areas (Decision 04/2022/QĐ-TTg)',
        columns: [
          { header: vi ? 'Đơn vị' : 'Unit' },
          { header: vi ? 'Loại' : 'Type' },
          { header: vi ? 'Kết quả' : 'Result' },
          { header: vi ? 'Tiêu chí' : 'Criteria', align: 'right' },
          { header: vi ? 'Nội dung' : 'Contents', align: 'right' },
          { header: vi ? 'Điều kiện chưa đạt' : 'Conditions not met' },
        ],
        row: ({ name, result: r }) => [
          name,
          `${r.unit} (${vi ? 'PL' : 'App.'} ${r.appendix})`,
          verdictText(r.recognised, r.status, locale),
          r.criteriaMet.text,
          r.contentsMet.text,
          r.conditions.filter((c) => c.status !== 'met' && c.status !== 'not-applicable').map((c) => `${c.key} (${statusText(c.status, locale)})`).join(', '),
        ],
      },
      explain: (u) => ({ name: u.name, lines: explainCivilizedUrban(u.result, { locale }) }),
    },
    io,
    common,
    explainAll,
  );
}
