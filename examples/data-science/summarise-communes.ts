/**
 * Reads a CSV of communes (one row per commune, one column per indicator check, figures written
 * the Vietnamese way), evaluates every row against the 2021–2025 commune NTM rulebook, prints a
 * district-style summary and writes one result row per commune to a CSV.
 *
 *   npx tsx examples/data-science/summarise-communes.ts [communes.csv] [results.csv]
 *
 * The rulebook is the national set completed with the EXAMPLE threshold table
 * (examples/example-rulebook.ts): those thresholds are examples, not law. With your province's
 * decision, derive your own (docs/writing-a-provincial-rulebook.md). The bundled communes.csv is
 * generated example data (generate-communes.ts), not real figures.
 * Shown and explained in docs/data-science.md; run by test/docs/data-science.test.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  evaluate,
  formatNumber,
  parseVietnameseNumber,
  splitCsvLine,
  type Check,
  type EvaluationInput,
  type EvaluationResult,
  type Indicator,
} from '../../src/index.js';
import { summariseByCriteriaMet } from '../../src/ladder/index.js';
import { withExampleThresholds } from '../example-rulebook.js';

const inputPath = process.argv[2] ?? fileURLToPath(new URL('./communes.csv', import.meta.url));
const outputPath = process.argv[3] ?? 'results.csv';

// 1. Read the CSV: skip the `#` comment lines, split the rest (quoted fields allowed).
const lines = readFileSync(inputPath, 'utf8').split(/\r?\n/).filter((line) => line !== '' && !line.startsWith('#'));
const [header = [], ...rows] = lines.map((line) => splitCsvLine(line));

// 2. Turn one cell into the value the rulebook expects for that check.
function parseCell(cell: string, check: Check): unknown {
  const text = cell.trim();
  if (text === '') return undefined; // an empty cell is missing, never zero
  switch (check.measure.kind) {
    case 'boolean':
      return text === 'Đạt';
    case 'level':
      return text === 'Chưa đạt' ? 'chua-dat' : `muc-${text.replace('Mức độ', '').trim()}`;
    case 'count':
      return Number(parseVietnameseNumber(text));
    case 'quantity':
      return parseVietnameseNumber(text); // '63,4' → '63.4', kept as an exact decimal string
    case 'ratio': {
      if (text.endsWith('%')) return { percent: parseVietnameseNumber(text) }; // '97,7%' → '97.7'
      const [numerator = '', denominator = ''] = text.split('/'); // '1.772/2.087' → 1772 of 2087
      return { numerator: Number(parseVietnameseNumber(numerator)), denominator: Number(parseVietnameseNumber(denominator)) };
    }
  }
}

// 3. Build each commune's input, keyed by indicator code, and evaluate it.
const rulebook = withExampleThresholds();
const date = '2023-12-31';
const column = (indicator: Indicator, check: Check) => header.indexOf(indicator.checks.length === 1 ? indicator.code : `${indicator.code}:${check.key}`);

function inputOf(row: readonly string[]): EvaluationInput {
  const input: Record<string, unknown> = {};
  for (const indicator of rulebook.criteria.flatMap((criterion) => criterion.indicators)) {
    const cells = indicator.checks.map((check) => row[column(indicator, check)] ?? '');
    if (cells.every((cell) => cell === 'Không có')) {
      input[indicator.code] = { notApplicable: true }; // "(nếu có)": does not apply here
    } else if (indicator.checks.length === 1) {
      input[indicator.code] = parseCell(cells[0] ?? '', indicator.checks[0]!);
    } else {
      input[indicator.code] = Object.fromEntries(indicator.checks.map((check, i) => [check.key, parseCell(cells[i] ?? '', check)]));
    }
  }
  return input as EvaluationInput;
}

const field = (name: string) => header.indexOf(name);
const communes = rows.map((row) => {
  const result: EvaluationResult = evaluate(rulebook, inputOf(row), { date, region: row[field('vung')] as 'BTB' });
  return { code: row[field('ma_xa')] ?? '', name: row[field('ten_xa')] ?? '', district: row[field('huyen')] ?? '', result };
});

// 4. Summarise: criteria met by how many communes, unmet indicators ranked, averages per district.
const vi = (value: string | number) => formatNumber(value, 'vi');
console.log(`${communes.length} xã — ${rulebook.id}, ngày ${date} (ngưỡng VÍ DỤ, không phải quy định pháp luật)`);

console.log('\nSố xã đạt từng tiêu chí (communes meeting each criterion):');
for (const criterion of rulebook.criteria) {
  const met = communes.filter((c) => c.result.criteria.find((r) => r.code === criterion.code)?.status === 'met').length;
  console.log(`  ${criterion.code.padStart(2)}. ${criterion.name.vi.padEnd(48)} ${String(met).padStart(2)}/${communes.length}`);
}

const unmetBy = new Map<string, Set<string>>(); // indicator code → communes where it is unmet
for (const { code, result } of communes) {
  for (const finding of result.unmet) unmetBy.set(finding.indicator, (unmetBy.get(finding.indicator) ?? new Set()).add(code));
}
const indicatorName = new Map(rulebook.criteria.flatMap((c) => c.indicators).map((i) => [i.code, i.name.vi]));
const ranked = [...unmetBy].sort(([a, x], [b, y]) => y.size - x.size || a.localeCompare(b, 'en', { numeric: true }));
console.log('\nChỉ tiêu chưa đạt, nhiều xã nhất trước (unmet indicators, most communes first):');
for (const [indicator, where] of ranked.slice(0, 8)) {
  const name = indicatorName.get(indicator) ?? '';
  console.log(`  ${indicator.padEnd(5)} ${String(where.size).padStart(2)} xã  ${name.length > 64 ? `${name.slice(0, 63)}…` : name}`);
}
console.log(`  … ${ranked.length} chỉ tiêu chưa đạt ở ít nhất một xã.`);

const missing = communes.flatMap(({ code, result }) => result.missing.map((f) => `${code} ${f.indicator}`));
console.log(`\nThiếu số liệu (missing, not counted as zero): ${missing.length === 0 ? 'không' : missing.join(', ')}`);

for (const district of [...new Set(communes.map((c) => c.district))]) {
  const units = communes.filter((c) => c.district === district).map((c) => ({ name: c.name, ...c.result.criteriaProgress }));
  const summary = summariseByCriteriaMet(units);
  console.log(`\n${district}: ${summary.units} xã, bình quân ${vi(summary.averageMet)} tiêu chí/xã, ${summary.complete} xã đạt chuẩn.`);
  console.log(`  ${summary.text.vi}.`);
}
const all = summariseByCriteriaMet(communes.map((c) => ({ name: c.name, ...c.result.criteriaProgress })));
console.log(`\nToàn bộ: bình quân ${vi(all.averageMet)} tiêu chí/xã (${all.criteriaMet}/${all.units}).`);

// 5. Write one result row per commune.
const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
const out = [
  ['ma_xa', 'ten_xa', 'huyen', 'ket_qua', 'tieu_chi_dat', 'ty_le_phan_tram', 'chi_tieu_dat', 'chi_tieu_chua_dat', 'thieu_so_lieu'],
  ...communes.map(({ code, name, district, result }) => [
    code, name, district, result.status,
    `${result.criteriaProgress.met}/${result.criteriaProgress.total}`, vi(result.criteriaProgress.percent),
    `${result.indicatorProgress.met}/${result.indicatorProgress.total}`,
    [...new Set(result.unmet.map((f) => f.indicator))].join(' '), [...new Set(result.missing.map((f) => f.indicator))].join(' '),
  ]),
];
writeFileSync(outputPath, `${out.map((row) => row.map(quote).join(',')).join('\n')}\n`);
console.log(`\nĐã ghi ${communes.length} dòng vào ${basename(outputPath)}.`);
