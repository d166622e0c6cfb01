import { explain } from '../../core/explain.js';
import type { RatioValue } from '../../core/input-schema.js';
import type { EvaluationInput } from '../../core/input-schema.js';
import { rollUpDistrict, type DistrictRollUpInput, type DistrictRollUpResult } from '../../ladder/roll-up-district.js';
import type { CommuneStanding, TownshipStanding } from '../../ladder/types.js';
import { readBooleanCell, readRatioCell, type CellResult } from '../cells.js';
import { CliError, cliError, type CliIssue, type Where } from '../cli-error.js';
import type { CommonOptions } from '../command.js';
import type { CliIo } from '../io.js';
import { catchLibrary, jsonWhere, throwIfAny } from '../library-issues.js';
import { parseJsonText, readCsvTable, readText } from '../read-input.js';
import { verdictText, writeResults } from '../write-results.js';
import { loadRulebook } from './evaluate-commune.js';

const KNOWN = new Set(['name', 'tên', 'type', 'ntm', 'advanced', 'model', 'satisfaction', 'civilizedUrban']);
const UNKNOWN = new Set(['unknown', '?', 'chưa rõ', 'chua ro', 'không rõ']);

interface PendingDistrict {
  readonly name: string;
  readonly input: DistrictRollUpInput;
  readonly place: (path: readonly (string | number)[]) => Where;
}

/** One district roll-up with the district's name. */
export interface EvaluatedDistrict {
  readonly name: string;
  readonly result: DistrictRollUpResult;
}

/** Reads a level standing: `17/19` (criteria met of total), yes/no, or `unknown`. */
function readStanding(text: string): CellResult<boolean | 'unknown' | { met: number; total: number }> {
  const t = text.trim().normalize('NFC').toLowerCase();
  if (UNKNOWN.has(t)) return { ok: true, value: 'unknown' };
  if (t.includes('/')) {
    const r = readRatioCell(t, 'vi');
    if (!r.ok) return r;
    if ('numerator' in r.value) return { ok: true, value: { met: r.value.numerator, total: r.value.denominator } };
  }
  const b = readBooleanCell(t);
  if (b.ok) return b;
  return { ok: false, code: 'not-a-standing', message: { en: `"${text.trim()}" is not a standing: write criteria met like 17/19, đạt/chưa đạt, or unknown`, vi: `"${text.trim()}" không phải kết quả: ghi số tiêu chí đạt như 17/19, đạt/chưa đạt, hoặc chưa rõ` } };
}

/** Settings of a district roll-up run. */
export interface DistrictRunSettings {
  readonly date: string;
  readonly name?: string;
  readonly districtFactsFile?: string;
  readonly satisfaction?: string;
  readonly rulebookFile?: string;
  readonly explain: boolean;
}

async function districtFromCsv(text: string, settings: DistrictRunSettings, io: CliIo, common: CommonOptions, ignore: ReadonlySet<string>): Promise<PendingDistrict> {
  const table = readCsvTable(text, common.delimiter);
  const issues: CliIssue[] = [];
  for (const column of table.header) {
    if (!KNOWN.has(column) && !ignore.has(column)) {
      issues.push({
        where: { kind: 'csv', row: 1, column },
        code: 'unknown-column',
        message: {
          en: `unknown column: one row per commune or township, with name, type (commune/township), ntm, advanced, model, satisfaction, civilizedUrban (--ignore ${column} to skip it)`,
          vi: `cột không xác định: mỗi dòng một xã hoặc thị trấn, gồm name, type (commune/township), ntm, advanced, model, satisfaction, civilizedUrban (dùng --ignore ${column} để bỏ qua)`,
        },
      });
    }
  }
  throwIfAny(issues);
  const communes: CommuneStanding[] = [];
  const townships: TownshipStanding[] = [];
  const rowOfCommune: number[] = [];
  const rowOfTownship: number[] = [];
  for (const record of table.rows) {
    const row = record.line;
    const cell = (column: string) => {
      const c = table.header.indexOf(column);
      return c === -1 || ignore.has(column) ? '' : (record.fields[c] ?? '').trim();
    };
    const take = <T>(column: string, r: CellResult<T>): T | undefined => {
      if (r.ok) return r.value;
      issues.push({ where: { kind: 'csv', row, column }, code: r.code, message: r.message });
      return undefined;
    };
    const name = cell('name') || cell('tên');
    if (name === '') {
      issues.push({ where: { kind: 'csv', row, column: 'name' }, code: 'required', message: { en: 'every commune or township needs a name', vi: 'mỗi xã, thị trấn cần có tên' } });
      continue;
    }
    const type = cell('type').toLowerCase();
    if (type === 'township' || type === 'thị trấn') {
      const value = cell('civilizedUrban') === '' ? 'unknown' : take('civilizedUrban', readStanding(cell('civilizedUrban')));
      if (value !== undefined && typeof value === 'object') {
        take('civilizedUrban', { ok: false, code: 'not-yes-no', message: { en: 'write đạt/chưa đạt or unknown', vi: 'ghi đạt/chưa đạt hoặc chưa rõ' } });
        continue;
      }
      if (value !== undefined) {
        townships.push({ name, civilizedUrban: value });
        rowOfTownship.push(row);
      }
      continue;
    }
    if (type !== '' && type !== 'commune' && type !== 'xã') {
      take('type', { ok: false, code: 'invalid-value', message: { en: `"${type}" is not commune or township`, vi: `"${type}" không phải xã (commune) hay thị trấn (township)` } });
      continue;
    }
    const standing: Record<string, unknown> = { name };
    for (const level of ['ntm', 'advanced', 'model']) {
      if (cell(level) === '') continue;
      const value = take(level, readStanding(cell(level)));
      // The roll-up schema does not bound "met of total": say it here, in both languages.
      if (value !== undefined && typeof value === 'object' && value.met > value.total) {
        take(level, { ok: false, code: 'met-above-total', message: { en: `criteria met (${value.met}) is above the total (${value.total})`, vi: `số tiêu chí đạt (${value.met}) lớn hơn tổng số (${value.total})` } });
      } else standing[level] = value;
    }
    if (cell('satisfaction') !== '') {
      const value = take('satisfaction', readRatioCell(cell('satisfaction'), common.notation));
      if (value !== undefined && 'numerator' in value && value.numerator > value.denominator) {
        take('satisfaction', { ok: false, code: 'numerator-above-denominator', message: { en: `numerator (${value.numerator}) is above denominator (${value.denominator})`, vi: `tử số (${value.numerator}) lớn hơn mẫu số (${value.denominator})` } });
      } else standing.satisfaction = value;
    }
    communes.push(standing as unknown as CommuneStanding);
    rowOfCommune.push(row);
  }
  throwIfAny(issues);
  const district = settings.districtFactsFile !== undefined ? (parseJsonText(await readText(settings.districtFactsFile, io), settings.districtFactsFile) as EvaluationInput) : {};
  let satisfaction: RatioValue | undefined;
  if (settings.satisfaction !== undefined) {
    const s = readRatioCell(settings.satisfaction, common.notation);
    if (!s.ok) throw cliError(s.code, s.message.en, s.message.vi, { kind: 'option', option: '--satisfaction' });
    satisfaction = s.value;
  }
  const input: DistrictRollUpInput = { district, communes, ...(townships.length > 0 ? { townships } : {}), ...(satisfaction ? { satisfaction } : {}) };
  const place = (path: readonly (string | number)[]): Where => {
    const [first, second, third] = path;
    if (first === 'communes' && typeof second === 'number') return { kind: 'csv', row: rowOfCommune[second] ?? 0, ...(third !== undefined ? { column: String(third) } : {}) };
    if (first === 'townships' && typeof second === 'number') return { kind: 'csv', row: rowOfTownship[second] ?? 0, column: 'civilizedUrban' };
    if (first === 'district') return { kind: 'file', file: `${settings.districtFactsFile ?? '--district-facts'} → ${path.slice(1).join('.')}` };
    if (first === 'satisfaction') return { kind: 'option', option: '--satisfaction' };
    return { kind: 'option', option: '--date' };
  };
  return { name: settings.name ?? '-', input, place };
}

function districtsFromJson(data: unknown): PendingDistrict[] {
  const items = Array.isArray(data) ? data : [data];
  return items.map((item, index) => {
    const at = Array.isArray(data) ? index : undefined;
    const { name, ...rest } = (item !== null && typeof item === 'object' ? item : {}) as { name?: unknown } & Record<string, unknown>;
    return { name: typeof name === 'string' ? name : at !== undefined ? `[${at}]` : '-', input: (item !== null && typeof item === 'object' ? rest : item) as DistrictRollUpInput, place: jsonWhere(at) };
  });
}

/**
 * Rolls districts up (320/QĐ-TTg): their 9 criteria and the conditions computed from their communes.
 *
 * @example
 * ```ts
 * await runDistrict({ text: 'name,ntm\nHương Xuân,19/19\n', file: undefined }, { date: '2023-06-30', name: 'Nam Đông', explain: false }, io, common, new Set(), 'csv');
 * ```
 */
export async function runDistrict(input: { readonly text: string; readonly file: string | undefined }, settings: DistrictRunSettings, io: CliIo, common: CommonOptions, ignore: ReadonlySet<string>, format: 'json' | 'csv'): Promise<number> {
  const rulebook = settings.rulebookFile !== undefined ? await loadRulebook(settings.rulebookFile, io) : undefined;
  const { text, file } = input;
  const pending = format === 'json' ? districtsFromJson(parseJsonText(text, file)) : [await districtFromCsv(text, settings, io, common, ignore)];
  const issues: CliIssue[] = [];
  const done: EvaluatedDistrict[] = [];
  for (const d of pending) {
    const r = catchLibrary(() => rollUpDistrict(d.input, { date: settings.date }, rulebook ? { rulebook } : {}), (path) => (String(path[0]) === 'date' ? { kind: 'option', option: '--date' } : d.place(path)));
    if (r.ok) done.push({ name: d.name, result: r.value });
    else issues.push(...r.issues);
  }
  if (issues.length > 0) throw new CliError(issues);
  writeDistricts(done, io, common, settings.explain);
  return 0;
}

function writeDistricts(units: readonly EvaluatedDistrict[], io: CliIo, common: CommonOptions, explainAll: boolean): void {
  const locale = common.lang;
  const vi = locale === 'vi';
  writeResults(
    units,
    {
      csv: {
        header: ['name', 'date', 'status', 'recognised', 'criteria_met', 'criteria_total', 'conditions_met', 'conditions_total', 'communes', 'communes_ntm', 'communes_advanced', 'communes_model', 'communes_undecided'],
        row: ({ name, result: r }) => [name, r.date, r.status, r.recognised, r.criteria.criteriaProgress.met, r.criteria.criteriaProgress.total, r.conditions.criteriaProgress.met, r.conditions.criteriaProgress.total, r.communes.total, r.communes.ntm, r.communes.advanced, r.communes.model, r.communes.undecided.join(' ')],
      },
      table: {
        columns: [
          { header: vi ? 'Huyện' : 'District' },
          { header: vi ? 'Kết quả' : 'Result' },
          { header: vi ? 'Tiêu chí' : 'Criteria', align: 'right' },
          { header: vi ? 'Điều kiện' : 'Conditions', align: 'right' },
          { header: vi ? 'Xã NTM' : 'NTM communes', align: 'right' },
          { header: vi ? 'Xã nâng cao' : 'Advanced', align: 'right' },
        ],
        row: ({ name, result: r }) => [
          name,
          verdictText(r.recognised, r.status, locale),
          `${r.criteria.criteriaProgress.met}/${r.criteria.criteriaProgress.total}`,
          `${r.conditions.criteriaProgress.met}/${r.conditions.criteriaProgress.total}`,
          `${r.communes.ntm}/${r.communes.total}`,
          `${r.communes.advanced}/${r.communes.total}`,
        ],
      },
      explain: (u) => ({ name: u.name, lines: [...explain(u.result.criteria, { locale }), ...explain(u.result.conditions, { locale, detail: 'all' })] }),
    },
    io,
    common,
    explainAll,
  );
}
