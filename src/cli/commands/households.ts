import type { Locale } from '../../core/localized-text.js';
import { formatNumber } from '../../format/format-number.js';
import { classifyHousehold, type HouseholdClassification, type PovertyCategory } from '../../poverty/classify-household.js';
import type { HouseholdInput } from '../../poverty/household-schema.js';
import { povertyRates } from '../../poverty/poverty-rates.js';
import type { PovertyRates } from '../../poverty/poverty-rates-from-counts.js';
import { povertyStandardFor } from '../../poverty/poverty-standard-for.js';
import { readBooleanCell, readDecimalCell, readIntegerCell } from '../cells.js';
import { CliError, cliError, type CliIssue, type Where } from '../cli-error.js';
import { commonHelp, type Command, type CommonOptions } from '../command.js';
import { formatCsv } from '../csv.js';
import { writeJsonArray } from '../json-output.js';
import type { CliIo } from '../io.js';
import { catchLibrary, jsonWhere, throwIfAny } from '../library-issues.js';
import { createProgress } from '../progress.js';
import { inputFormatOf, parseJsonText, readCsvTable, readText } from '../read-input.js';
import { renderTable } from '../table.js';
import { dateOption, listOption, stringOption } from './options.js';

const INCOME = ['perCapitaMonthly', 'householdTotal', 'members', 'months'];

const CATEGORY: Record<PovertyCategory, { vi: string; en: string }> = {
  poor: { vi: 'hộ nghèo', en: 'poor' },
  'near-poor': { vi: 'hộ cận nghèo', en: 'near-poor' },
  'average-living-standard': { vi: 'mức sống trung bình', en: 'average living standard' },
  'not-classified': { vi: 'không thuộc diện', en: 'not classified' },
  indeterminate: { vi: 'chưa xác định', en: 'indeterminate' },
};

interface PendingHousehold {
  readonly label: string;
  readonly input: HouseholdInput;
  readonly groups: Readonly<Record<string, string>>;
  readonly place: (path: readonly (string | number)[]) => Where;
}

/** One classified household, with its group values. */
export interface ClassifiedHousehold {
  readonly label: string;
  readonly groups: Readonly<Record<string, string>>;
  readonly result: HouseholdClassification;
}

function householdsFromCsv(text: string, codes: ReadonlySet<string>, groupBy: readonly string[], ignore: ReadonlySet<string>, common: CommonOptions): PendingHousehold[] {
  const table = readCsvTable(text, common.delimiter);
  const issues: CliIssue[] = [];
  for (const column of table.header) {
    if (column === 'id' || column === 'area' || column === 'floorAreaM2' || INCOME.includes(column) || codes.has(column) || groupBy.includes(column) || ignore.has(column)) continue;
    issues.push({
      where: { kind: 'csv', row: 1, column },
      code: 'unknown-column',
      message: {
        en: `unknown column: not id, area, perCapitaMonthly, householdTotal/members/months, floorAreaM2, nor an indicator of the standard in force (${[...codes].join(', ')}); use --group-by or --ignore for other columns`,
        vi: `cột không xác định: không phải id, area, perCapitaMonthly, householdTotal/members/months, floorAreaM2, cũng không phải chỉ số của chuẩn đang áp dụng (${[...codes].join(', ')}); dùng --group-by hoặc --ignore cho cột khác`,
      },
    });
  }
  for (const g of groupBy) if (!table.header.includes(g)) issues.push({ where: { kind: 'option', option: '--group-by' }, code: 'missing-column', message: { en: `column "${g}" is not in the header`, vi: `cột "${g}" không có trong dòng tiêu đề` } });
  throwIfAny(issues);
  const out: PendingHousehold[] = [];
  for (const record of table.rows) {
    const row = record.line;
    const cells = new Map(table.header.map((h, c) => [h, (record.fields[c] ?? '').trim()]));
    const bad = (column: string, r: { code: string; message: { en: string; vi: string } }) => issues.push({ where: { kind: 'csv', row, column }, code: r.code, message: r.message });
    const before = issues.length;
    const income: Record<string, unknown> = {};
    for (const name of INCOME) {
      const v = cells.get(name);
      if (v === undefined || v === '') continue;
      const r = name === 'members' || name === 'months' ? readIntegerCell(v, common.notation) : readDecimalCell(v, common.notation);
      if (r.ok) income[name] = r.value;
      else bad(name, r);
    }
    const deprivations: Record<string, boolean> = {};
    for (const code of codes) {
      const v = cells.get(code);
      if (v === undefined || v === '') continue;
      const r = readBooleanCell(v);
      if (r.ok) deprivations[code] = r.value;
      else bad(code, r);
    }
    const input: Record<string, unknown> = { income, deprivations };
    const id = cells.get('id');
    if (id) input.id = id;
    const area = cells.get('area');
    if (area) input.area = area === 'nông thôn' ? 'rural' : area === 'thành thị' ? 'urban' : area;
    const floor = cells.get('floorAreaM2');
    if (floor) {
      const r = readDecimalCell(floor, common.notation);
      if (r.ok) input.floorAreaM2 = r.value;
      else bad('floorAreaM2', r);
    }
    if (issues.length > before) continue;
    const place = (path: readonly (string | number)[]): Where => {
      const [first, second] = path.map(String);
      const column = first === 'income' || first === 'deprivations' ? second : first;
      if (first === 'area' && !table.header.includes('area')) return { kind: 'option', option: '--area' };
      return { kind: 'csv', row, ...(column !== undefined && table.header.includes(column) ? { column } : first === 'income' ? { column: INCOME.find((c) => table.header.includes(c)) ?? 'perCapitaMonthly' } : {}) };
    };
    out.push({ label: id || `#${row}`, input: input as HouseholdInput, groups: Object.fromEntries(groupBy.map((g) => [g, cells.get(g) ?? ''])), place });
  }
  throwIfAny(issues);
  return out;
}

function householdsFromJson(data: unknown, groupBy: readonly string[]): PendingHousehold[] {
  const items = Array.isArray(data) ? data : [data];
  return items.map((item, index) => {
    const at = Array.isArray(data) ? index : undefined;
    const obj = (item !== null && typeof item === 'object' ? item : {}) as Record<string, unknown>;
    const groups = Object.fromEntries(groupBy.map((g) => [g, String(obj[g] ?? '')]));
    const input = Object.fromEntries(Object.entries(obj).filter(([k]) => !groupBy.includes(k)));
    const label = typeof obj.id === 'string' || typeof obj.id === 'number' ? String(obj.id) : at !== undefined ? `[${at}]` : '-';
    return { label, input: (item !== null && typeof item === 'object' ? input : item) as HouseholdInput, groups, place: jsonWhere(at) };
  });
}

function rateText(rates: PovertyRates, locale: Locale): string {
  const pct = (p: string | null) => (p === null ? '–' : `${formatNumber(p, locale)} %`);
  const vi = locale === 'vi';
  const upTo = (r: PovertyRates['poor']) => (r.upTo ? ` (${vi ? 'tối đa' : 'up to'} ${pct(r.upTo.percent)})` : '');
  return vi
    ? `${rates.households} hộ: hộ nghèo ${rates.poor.count} (${pct(rates.poor.percent)}${upTo(rates.poor)}), hộ cận nghèo ${rates.nearPoor.count} (${pct(rates.nearPoor.percent)}${upTo(rates.nearPoor)}), nghèo đa chiều ${rates.multidimensional.count} (${pct(rates.multidimensional.percent)}${upTo(rates.multidimensional)}), chưa xác định ${rates.indeterminate}`
    : `${rates.households} households: poor ${rates.poor.count} (${pct(rates.poor.percent)}${upTo(rates.poor)}), near-poor ${rates.nearPoor.count} (${pct(rates.nearPoor.percent)}${upTo(rates.nearPoor)}), multidimensionally poor ${rates.multidimensional.count} (${pct(rates.multidimensional.percent)}${upTo(rates.multidimensional)}), indeterminate ${rates.indeterminate}`;
}

function writeHouseholds(done: readonly ClassifiedHousehold[], groupBy: readonly string[], io: CliIo, common: CommonOptions, summaryOnly: boolean): void {
  const locale = common.lang;
  const vi = locale === 'vi';
  const rates = povertyRates(
    done.map((d) => d.result),
    { groupBy: Object.fromEntries(groupBy.map((g) => [g, (_: HouseholdClassification, i: number) => (done[i] as ClassifiedHousehold).groups[g] ?? ''])) },
  );
  if (common.format === 'json') {
    // { "households": [...], "rates": {...} }, the households written one by one.
    io.stdout.write('{\n');
    if (!summaryOnly) {
      io.stdout.write('"households": ');
      writeJsonArray(io.stdout, done);
      io.stdout.write(',\n');
    }
    io.stdout.write(`"rates": ${JSON.stringify(rates, null, 2)}\n}\n`);
    return;
  }
  if (common.format === 'csv') {
    const header = ['id', ...groupBy, 'standard', 'date', 'area', 'category', 'income_per_capita_monthly', 'income_band', 'deprivations', 'unknown', 'deprived'];
    const rows = done.map(({ label, groups, result: r }) => [label, ...groupBy.map((g) => groups[g] ?? ''), r.standard.id, r.date, r.area, r.category, r.income.perCapitaMonthly.decimal, r.income.band, r.deprivations.count, r.deprivations.unknownCount, r.deprivations.deprived.join(' ')]);
    io.stdout.write(formatCsv([header, ...rows]));
    return;
  }
  const first = done[0];
  if (first) io.stdout.write(`${first.result.standard.name[locale]} [${first.result.standard.id}] — ${vi ? 'ngày' : 'date'} ${first.result.date}\n`);
  if (!summaryOnly) {
    const columns = [
      { header: vi ? 'Hộ' : 'Household' },
      ...groupBy.map((g) => ({ header: g })),
      { header: vi ? 'Khu vực' : 'Area' },
      { header: vi ? 'Thu nhập/người/tháng' : 'Income/person/month', align: 'right' as const },
      { header: vi ? 'Thiếu hụt' : 'Deprivations', align: 'right' as const },
      { header: vi ? 'Chỉ số thiếu hụt' : 'Deprived in' },
      { header: vi ? 'Phân loại' : 'Category' },
    ];
    const rows = done.map(({ label, groups, result: r }) => [
      label,
      ...groupBy.map((g) => groups[g] ?? ''),
      r.area === 'rural' ? (vi ? 'nông thôn' : 'rural') : vi ? 'thành thị' : 'urban',
      formatNumber(r.income.perCapitaMonthly.decimal, locale, 0),
      `${r.deprivations.count}${r.deprivations.unknownCount > 0 ? ` (+${r.deprivations.unknownCount}?)` : ''}`,
      r.deprivations.deprived.join(' '),
      CATEGORY[r.category][locale],
    ]);
    io.stdout.write(renderTable(columns, rows));
  }
  io.stdout.write(`${rateText(rates, locale)}\n`);
  for (const g of groupBy) for (const [value, r] of Object.entries(rates.groups[g] ?? {})) io.stdout.write(`  ${g} = ${value}: ${rateText(r, locale)}\n`);
}

/** `households`: classify households (multidimensional poverty) from CSV or JSON, with rates. */
export const householdsCommand: Command = {
  name: 'households',
  summary: { vi: 'phân loại hộ nghèo, cận nghèo theo chuẩn nghèo đa chiều; tính tỷ lệ', en: 'classify households (multidimensional poverty) and compute the rates' },
  options: {
    date: { type: 'string', short: 'd' },
    area: { type: 'string', choices: ['rural', 'urban'] },
    'group-by': { type: 'list' },
    ignore: { type: 'list' },
    'summary-only': { type: 'boolean' },
  },
  help(locale: Locale) {
    return locale === 'vi'
      ? `Cách dùng: nong-thon-moi households [tệp.csv|tệp.json|-] [tùy chọn]

Phân loại từng hộ theo chuẩn nghèo đa chiều có hiệu lực vào ngày --date, rồi tính tỷ lệ hộ nghèo, cận nghèo.

  -d, --date yyyy-MM-dd   ngày rà soát (mặc định: hôm nay); chọn chuẩn nghèo
  --area rural|urban      khu vực mặc định (nông thôn / thành thị) khi không có cột area
  --group-by CỘT          tính tỷ lệ theo một cột (xã, dân tộc …), lặp lại được
  --ignore CỘT            bỏ qua một cột
  --summary-only          chỉ in tỷ lệ, không in từng hộ

Cột CSV: id, area, perCapitaMonthly (hoặc householdTotal, members, months), floorAreaM2, và mỗi chỉ số
thiếu hụt một cột theo mã (healthInsurance, latrine …) ghi 1/0, có/không, x; ô trống là chưa biết.
Số tiền viết kiểu Việt Nam: 1.500.000.

Ví dụ:
  npx nong-thon-moi households ho.csv --date 2024-06-30 --area rural --group-by commune

${commonHelp('vi')}
`
      : `Usage: nong-thon-moi households [file.csv|file.json|-] [options]

Classifies each household under the multidimensional poverty standard in force on --date, then gives the
poor, near-poor and multidimensional poverty rates.

  -d, --date yyyy-MM-dd   review date (default: today); picks the standard
  --area rural|urban      default area when there is no area column
  --group-by COLUMN       rates per value of a column (commune, ethnicity …), repeatable
  --ignore COLUMN         skip a column
  --summary-only          print the rates only, not every household

CSV columns: id, area, perCapitaMonthly (or householdTotal, members, months), floorAreaM2, and one column per
deprivation indicator code (healthInsurance, latrine …) with 1/0, có/không, x; an empty cell is unknown.
Amounts in Vietnamese notation: 1.500.000 (or --notation en).

Example:
  npx nong-thon-moi households households.csv --date 2024-06-30 --area rural --group-by commune --lang en

${commonHelp('en')}
`;
  },
  async run(args, io, common) {
    const o = args.options;
    const file = args.positionals[0];
    const date = dateOption(o, io);
    const area = stringOption(o, 'area') as 'rural' | 'urban' | undefined;
    const groupBy = listOption(o, 'group-by').flatMap((s) => s.split(',')).map((s) => s.trim());
    const ignore = new Set(listOption(o, 'ignore').flatMap((s) => s.split(',')).map((s) => s.trim()));
    const standard = catchLibrary(() => povertyStandardFor(date), () => ({ kind: 'option', option: '--date' }));
    if (!standard.ok) throw new CliError(standard.issues);
    const codes = new Set(standard.value.indicators.map((i) => i.code));
    const text = await readText(file, io);
    const pending = inputFormatOf(file, text, common.inputFormat) === 'json' ? householdsFromJson(parseJsonText(text, file), groupBy) : householdsFromCsv(text, codes, groupBy, ignore, common);
    if (pending.length === 0) throw cliError('empty-input', 'no household in the input', 'không có hộ nào trong dữ liệu vào');
    const issues: CliIssue[] = [];
    const done: ClassifiedHousehold[] = [];
    const bar = createProgress(io, pending.length, 'households', common.progress);
    pending.forEach((h, i) => {
      const r = catchLibrary(() => classifyHousehold(h.input, { date, ...(area ? { area } : {}) }), h.place);
      if (r.ok) done.push({ label: h.label, groups: h.groups, result: r.value });
      else issues.push(...r.issues);
      bar.tick(i + 1);
    });
    bar.done();
    throwIfAny(issues);
    writeHouseholds(done, groupBy, io, common, o['summary-only'] === true);
    return 0;
  },
};
