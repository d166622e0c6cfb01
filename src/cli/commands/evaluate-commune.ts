import { defineRulebook } from '../../core/define-rulebook.js';
import { evaluate } from '../../core/evaluate.js';
import { explain } from '../../core/explain.js';
import type { EvaluationContext } from '../../core/context.js';
import type { EvaluationInput } from '../../core/input-schema.js';
import type { EvaluationResult } from '../../core/result.js';
import type { Check, Rulebook } from '../../core/rulebook.js';
import { rulebookFor } from '../../rulebooks/index.js';
import type { NumberNotation } from '../../format/parse-number.js';
import { isNotApplicableCell, readBooleanCell, readDecimalCell, readIntegerCell, readRatioCell, type CellResult } from '../cells.js';
import { CliError, type CliIssue, type Where } from '../cli-error.js';
import type { CommonOptions } from '../command.js';
import type { CliIo } from '../io.js';
import { catchLibrary, jsonWhere, throwIfAny } from '../library-issues.js';
import { createProgress } from '../progress.js';
import { parseJsonText, readCsvTable, readText } from '../read-input.js';
import { verdictText, writeResults } from '../write-results.js';

/** Settings of a commune (or advanced / model commune) evaluation run. */
export interface CommuneRunSettings {
  readonly kind: string;
  readonly date: string;
  readonly region?: string;
  readonly communeGroup?: string;
  readonly year?: number;
  readonly facts: Readonly<Record<string, boolean>>;
  readonly rulebookFile?: string;
  readonly explain: boolean;
}

/** One evaluated unit. */
export interface EvaluatedUnit {
  readonly name: string;
  readonly source: Where;
  readonly result: EvaluationResult;
}

const NAME_COLUMNS = new Set(['name', 'tên', 'id', 'unit', 'đơn vị']);
const REGION_COLUMNS = new Set(['region', 'vùng']);
const GROUP_COLUMNS = new Set(['communeGroup', 'group', 'nhóm']);
const YEAR_COLUMNS = new Set(['year', 'năm']);

/**
 * Loads a rulebook from a JSON file (the `rulebookToJson` format), validated by `defineRulebook`.
 *
 * @example
 * ```ts
 * const province = await loadRulebook('province-rulebook.json', io);
 * ```
 */
export async function loadRulebook(file: string, io: CliIo): Promise<Rulebook> {
  const data = parseJsonText(await readText(file, io), file);
  const loaded = catchLibrary(() => defineRulebook(data), (path) => ({ kind: 'file', file: `${file}${path.length > 0 ? ` → ${path.join('.')}` : ''}` }));
  if (!loaded.ok) throw new CliError(loaded.issues);
  return loaded.value;
}

/**
 * The rulebook of the run: from `--rulebook`, or the built-in one of `kind` in force on the date.
 *
 * @example
 * ```ts
 * (await rulebookOf({ kind: 'commune-ntm', date: '2024-06-30' }, io)).id; // 'commune-ntm-2021-2025'
 * ```
 */
export async function rulebookOf(settings: { readonly kind: string; readonly date: string; readonly rulebookFile?: string }, io: CliIo): Promise<Rulebook> {
  if (settings.rulebookFile !== undefined) return loadRulebook(settings.rulebookFile, io);
  const found = catchLibrary(() => rulebookFor(settings.kind, settings.date), () => ({ kind: 'option', option: '--date' }));
  if (!found.ok) throw new CliError(found.issues);
  return found.value;
}

interface ColumnPlan {
  readonly column: string;
  readonly role: 'name' | 'region' | 'group' | 'year' | 'fact' | 'check' | 'ignore';
  readonly indicator?: string;
  readonly check?: Check;
  readonly multi?: boolean;
  readonly conditional?: boolean;
}

function planColumns(header: readonly string[], rulebook: Rulebook, ignore: ReadonlySet<string>, headerLine: number): ColumnPlan[] {
  const checks = new Map<string, { indicator: string; check: Check; multi: boolean; conditional: boolean }>();
  for (const criterion of rulebook.criteria) {
    for (const indicator of criterion.indicators) {
      const multi = indicator.checks.length > 1;
      for (const check of indicator.checks) {
        checks.set(multi ? `${indicator.code}:${check.key}` : indicator.code, { indicator: indicator.code, check, multi, conditional: indicator.conditional });
      }
    }
  }
  const facts = new Set(rulebook.facts?.map((f) => f.key) ?? []);
  const issues: CliIssue[] = [];
  const plan = header.map((column): ColumnPlan => {
    if (ignore.has(column)) return { column, role: 'ignore' };
    if (NAME_COLUMNS.has(column)) return { column, role: 'name' };
    if (REGION_COLUMNS.has(column) && rulebook.columns?.contextKey === 'region') return { column, role: 'region' };
    if (GROUP_COLUMNS.has(column) && rulebook.columns?.contextKey === 'communeGroup') return { column, role: 'group' };
    if (YEAR_COLUMNS.has(column)) return { column, role: 'year' };
    if (facts.has(column)) return { column, role: 'fact' };
    const c = checks.get(column);
    if (c) return { column, role: 'check', ...c };
    const multi = [...checks.keys()].filter((k) => k.startsWith(`${column}:`));
    const hint =
      multi.length > 0
        ? { en: `; indicator ${column} has several checks: use the columns ${multi.join(', ')}`, vi: `; chỉ tiêu ${column} có nhiều nội dung: dùng các cột ${multi.join(', ')}` }
        : { en: '', vi: '' };
    issues.push({
      where: { kind: 'csv', row: headerLine, column },
      code: 'unknown-column',
      message: {
        en: `unknown column: not an indicator code of rulebook "${rulebook.id}", nor name, region/communeGroup, year or a fact${hint.en} (--ignore ${column} to skip it)`,
        vi: `cột không xác định: không phải mã chỉ tiêu của bộ tiêu chí "${rulebook.id}", cũng không phải name, region/communeGroup, year hay một dữ kiện${hint.vi} (dùng --ignore ${column} để bỏ qua)`,
      },
    });
    return { column, role: 'ignore' };
  });
  throwIfAny(issues);
  return plan;
}

function readCheckCell(text: string, plan: ColumnPlan, notation: NumberNotation): CellResult<unknown> {
  const check = plan.check as Check;
  if (isNotApplicableCell(text)) {
    if (plan.conditional && !plan.multi) return { ok: true, value: { notApplicable: true } };
    return { ok: false, code: 'not-applicable-not-allowed', message: { en: `indicator ${plan.indicator} is not conditional ("nếu có"): it cannot be "not applicable"`, vi: `chỉ tiêu ${plan.indicator} không phải chỉ tiêu "nếu có": không thể ghi "không áp dụng"` } };
  }
  switch (check.measure.kind) {
    case 'ratio':
      return readRatioCell(text, notation);
    case 'quantity':
      return readDecimalCell(text, notation);
    case 'count':
      return readIntegerCell(text, notation);
    case 'boolean':
      return readBooleanCell(text);
    case 'level': {
      const t = text.trim().normalize('NFC').toLowerCase();
      const level = check.measure.levels.find((l) => l.key.toLowerCase() === t || l.name.vi.toLowerCase() === t || l.name.en.toLowerCase() === t);
      if (level) return { ok: true, value: level.key };
      const keys = check.measure.levels.map((l) => l.key).join(', ');
      return { ok: false, code: 'unknown-level', message: { en: `"${text.trim()}" is not a level (one of: ${keys})`, vi: `"${text.trim()}" không phải mức hợp lệ (một trong: ${keys})` } };
    }
  }
}

interface PendingUnit {
  readonly name: string;
  readonly source: Where;
  readonly input: EvaluationInput;
  readonly context: EvaluationContext;
  /** Where a library issue path points (a CSV column, a JSON field, an option). */
  readonly place: (path: readonly (string | number)[]) => Where | undefined;
}

function baseContext(settings: CommuneRunSettings): EvaluationContext {
  return {
    date: settings.date,
    ...(settings.region !== undefined ? { region: settings.region } : {}),
    ...(settings.communeGroup !== undefined ? { communeGroup: settings.communeGroup } : {}),
    ...(settings.year !== undefined ? { year: settings.year } : {}),
    ...(Object.keys(settings.facts).length > 0 ? { facts: settings.facts } : {}),
  };
}

const OPTION_OF: Record<string, string> = { date: '--date', region: '--region', communeGroup: '--group', year: '--year', facts: '--fact' };

function unitsFromCsv(text: string, rulebook: Rulebook, settings: CommuneRunSettings, common: CommonOptions, ignore: ReadonlySet<string>): { units: PendingUnit[]; issues: CliIssue[] } {
  const table = readCsvTable(text, common.delimiter);
  const plan = planColumns(table.header, rulebook, ignore, 1);
  const issues: CliIssue[] = [];
  const units: PendingUnit[] = [];
  const base = baseContext(settings);
  for (const record of table.rows) {
    const row = record.line;
    const input: Record<string, unknown> = {};
    const context: { -readonly [K in keyof EvaluationContext]: EvaluationContext[K] } = { ...base };
    const facts: Record<string, boolean> = { ...settings.facts };
    const columnOf = new Map<string, string>();
    let name = `#${row}`;
    const rowIssues: CliIssue[] = [];
    const bad = (column: string, r: { code: string; message: { en: string; vi: string } }) => rowIssues.push({ where: { kind: 'csv', row, column }, code: r.code, message: r.message });
    plan.forEach((p, c) => {
      const cell = record.fields[c] ?? '';
      if (p.role === 'ignore' || cell.trim() === '') return;
      switch (p.role) {
        case 'name':
          name = cell.trim();
          return;
        case 'region':
          context.region = cell.trim();
          columnOf.set('region', p.column);
          return;
        case 'group':
          context.communeGroup = cell.trim();
          columnOf.set('communeGroup', p.column);
          return;
        case 'year': {
          const y = readIntegerCell(cell, 'en');
          if (y.ok) {
            context.year = y.value;
            columnOf.set('year', p.column);
          } else bad(p.column, y);
          return;
        }
        case 'fact': {
          const b = readBooleanCell(cell);
          if (b.ok) {
            facts[p.column] = b.value;
            columnOf.set(`facts.${p.column}`, p.column);
          } else bad(p.column, b);
          return;
        }
        case 'check': {
          const v = readCheckCell(cell, p, common.notation);
          if (!v.ok) return bad(p.column, v);
          const code = p.indicator as string;
          if (p.multi) {
            const existing = (input[code] as Record<string, unknown> | undefined) ?? {};
            input[code] = { ...existing, [(p.check as Check).key]: v.value };
            columnOf.set(`${code}|${(p.check as Check).key}`, p.column);
          } else {
            input[code] = v.value;
            columnOf.set(code, p.column);
          }
          return;
        }
      }
    });
    if (Object.keys(facts).length > 0) context.facts = facts;
    if (rowIssues.length > 0) {
      issues.push(...rowIssues);
      continue;
    }
    const place = (path: readonly (string | number)[]): Where => {
      const [first, second] = path;
      const key = String(first);
      if (key === 'facts' && second !== undefined) {
        const column = columnOf.get(`facts.${String(second)}`);
        return column !== undefined ? { kind: 'csv', row, column } : { kind: 'option', option: '--fact' };
      }
      if (key in OPTION_OF) {
        const column = columnOf.get(key);
        return column !== undefined ? { kind: 'csv', row, column } : { kind: 'option', option: OPTION_OF[key] as string };
      }
      const column = columnOf.get(`${key}|${String(second)}`) ?? columnOf.get(key);
      return { kind: 'csv', row, ...(column !== undefined ? { column } : {}) };
    };
    units.push({ name, source: { kind: 'csv', row }, input: input as EvaluationInput, context, place });
  }
  // Rows with unreadable cells are reported together with the library's findings on the others.
  return { units, issues };
}

function unitsFromJson(data: unknown, settings: CommuneRunSettings): PendingUnit[] {
  const items = Array.isArray(data) ? data : [data];
  const base = baseContext(settings);
  return items.map((item, index): PendingUnit => {
    const at = Array.isArray(data) ? index : undefined;
    const wrapped = item !== null && typeof item === 'object' && !Array.isArray(item) && 'input' in item;
    if (!wrapped) {
      return { name: at !== undefined ? `[${at}]` : '-', source: { kind: 'json', ...(at !== undefined ? { index: at } : {}) }, input: item as EvaluationInput, context: base, place: placeJson(at, []) };
    }
    const unit = item as { name?: unknown; region?: unknown; communeGroup?: unknown; year?: unknown; facts?: unknown; input: unknown };
    const context = {
      ...base,
      ...(unit.region !== undefined ? { region: unit.region } : {}),
      ...(unit.communeGroup !== undefined ? { communeGroup: unit.communeGroup } : {}),
      ...(unit.year !== undefined ? { year: unit.year } : {}),
      ...(unit.facts !== undefined ? { facts: { ...settings.facts, ...(unit.facts as object) } } : {}),
    } as EvaluationContext;
    const name = typeof unit.name === 'string' ? unit.name : at !== undefined ? `[${at}]` : '-';
    return { name, source: { kind: 'json', ...(at !== undefined ? { index: at } : {}) }, input: unit.input as EvaluationInput, context, place: placeJson(at, ['input'], unit) };
  });
}

function placeJson(at: number | undefined, prefix: readonly string[], unit?: object): (path: readonly (string | number)[]) => Where {
  const inUnit = jsonWhere(at, []);
  const inInput = jsonWhere(at, prefix);
  return (path) => {
    const key = String(path[0]);
    if (key in OPTION_OF && !(unit && key in unit)) return { kind: 'option', option: OPTION_OF[key] as string };
    return key in OPTION_OF ? inUnit(path) : inInput(path);
  };
}

/**
 * Evaluates pending units, reporting every bad one (row + field, vi and en) before any output.
 *
 * @example
 * ```ts
 * const units = evaluateUnits(pending, rulebook, io, common); // throws CliError listing every bad row
 * ```
 */
export function evaluateUnits(units: readonly PendingUnit[], rulebook: Rulebook, io: CliIo, common: CommonOptions, earlier: readonly CliIssue[] = []): EvaluatedUnit[] {
  const issues: CliIssue[] = [...earlier];
  const out: EvaluatedUnit[] = [];
  const bar = createProgress(io, units.length, 'evaluate', common.progress);
  units.forEach((unit, i) => {
    const r = catchLibrary(() => evaluate(rulebook, unit.input, unit.context), unit.place);
    if (r.ok) out.push({ name: unit.name, source: unit.source, result: r.value });
    else issues.push(...r.issues);
    bar.tick(i + 1);
  });
  bar.done();
  // Report in input order (CSV rows by line, JSON items by index).
  const order = (i: CliIssue) => (i.where?.kind === 'csv' ? i.where.row : i.where?.kind === 'json' ? (i.where.index ?? 0) : -1);
  throwIfAny([...issues].sort((a, b) => order(a) - order(b)));
  return out;
}

/**
 * Writes evaluated units as a table (with explanations), JSON or CSV.
 *
 * @example
 * ```ts
 * writeUnits(units, io, { ...common, format: 'csv' }, false); // one CSV row per unit
 * ```
 */
export function writeUnits(units: readonly EvaluatedUnit[], io: CliIo, common: CommonOptions, explainAll: boolean): void {
  const locale = common.lang;
  const vi = locale === 'vi';
  const codesOf = (findings: readonly { indicator: string }[]) => [...new Set(findings.map((f) => f.indicator))];
  const short = (codes: string[]) => (codes.length > 6 ? `${codes.slice(0, 6).join(' ')} …(+${codes.length - 6})` : codes.join(' '));
  const criteria: string[] = [];
  for (const u of units) for (const c of u.result.criteria) if (!criteria.includes(c.code)) criteria.push(c.code);
  const first = units[0];
  const recognised = units.filter((u) => u.result.recognised).length;
  writeResults(
    units,
    {
      json: (u) => ({ name: u.name, result: u.result }),
      csv: {
        header: ['name', 'rulebook', 'date', 'column', 'status', 'recognised', 'criteria_met', 'criteria_total', 'criteria_percent', 'indicators_met', 'indicators_total', 'indicators_percent', 'unmet', 'missing', 'indeterminate', 'non_official_thresholds', ...criteria.map((c) => `criterion_${c}`)],
        row: ({ name, result: r }) => {
          const byCode = new Map(r.criteria.map((c) => [c.code, c.status]));
          return [name, r.rulebook.id, r.context.date, r.context.column?.key ?? '', r.status, r.recognised, r.criteriaProgress.met, r.criteriaProgress.total, r.criteriaProgress.percent, r.indicatorProgress.met, r.indicatorProgress.total, r.indicatorProgress.percent, codesOf(r.unmet).join(' '), codesOf(r.missing).join(' '), codesOf(r.indeterminate).join(' '), r.unverifiedThresholds.length, ...criteria.map((c) => byCode.get(c) ?? '')];
        },
      },
      table: {
        ...(first ? { title: `${first.result.rulebook.title[locale]} [${first.result.rulebook.id}] — ${vi ? 'ngày' : 'date'} ${first.result.context.date}` } : {}),
        columns: [
          { header: vi ? 'Đơn vị' : 'Unit' },
          { header: vi ? 'Kết quả' : 'Result' },
          { header: vi ? 'Tiêu chí' : 'Criteria', align: 'right' },
          { header: vi ? 'Chỉ tiêu' : 'Indicators', align: 'right' },
          { header: vi ? 'Chỉ tiêu chưa đạt' : 'Indicators not met' },
          { header: vi ? 'Thiếu số liệu' : 'Missing', align: 'right' },
          { header: vi ? 'Chưa xác định' : 'Indeterminate', align: 'right' },
        ],
        row: ({ name, result: r }) => [
          name,
          verdictText(r.recognised, r.status, locale),
          `${r.criteriaProgress.met}/${r.criteriaProgress.total}`,
          `${r.indicatorProgress.met}/${r.indicatorProgress.total}`,
          short(codesOf(r.unmet)),
          String(codesOf(r.missing).length),
          String(codesOf(r.indeterminate).length),
        ],
        footer: vi ? `${units.length} đơn vị: ${recognised} đạt chuẩn, ${units.length - recognised} chưa đạt.` : `${units.length} unit(s): ${recognised} recognised, ${units.length - recognised} not.`,
      },
      explain: (u) => ({ name: u.name, lines: explain(u.result, { locale }) }),
    },
    io,
    common,
    explainAll,
  );
}

/**
 * Runs a commune evaluation: reads JSON or CSV, evaluates each unit, writes the output.
 *
 * @example
 * ```ts
 * await runCommune({ text: 'name,region,9.1\nXã A,BTB,0\n', file: undefined }, { kind: 'commune-ntm', date: '2024-06-30', facts: {}, explain: false }, io, common, new Set(), 'csv');
 * ```
 */
export async function runCommune(input: { readonly text: string; readonly file: string | undefined }, settings: CommuneRunSettings, io: CliIo, common: CommonOptions, ignore: ReadonlySet<string>, format: 'json' | 'csv'): Promise<number> {
  const rulebook = await rulebookOf(settings, io);
  const { text, file } = input;
  const pending = format === 'json' ? { units: unitsFromJson(parseJsonText(text, file), settings), issues: [] } : unitsFromCsv(text, rulebook, settings, common, ignore);
  const units = evaluateUnits(pending.units, rulebook, io, common, pending.issues);
  writeUnits(units, io, common, settings.explain);
  return 0;
}
