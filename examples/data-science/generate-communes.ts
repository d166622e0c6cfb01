/**
 * Generates examples/data-science/communes.csv: 30 FICTIONAL communes in two fictional districts,
 * deterministically (fixed seed), shaped after two real reports of 2023:
 * - "Huyện Ví dụ A" (9 communes, North Central Coast, BTB) follows the commune standings of the Nam
 *   Đông report (shared/seeds/003: 01 xã 19/19, 03 xã 17/19, 01 xã 16/19, 01 xã 14/19, 01 xã 13/19,
 *   02 xã 12/19);
 * - "Huyện Ví dụ B" (21 communes, South Central Coast, DHNTB) follows the Bình Sơn report
 *   (shared/seeds/004: 21 NTM communes, "19 tiêu chí/xã"), with a few communes slipping under the
 *   raised 2021–2025 standards, as report 003 notes happens.
 * Every figure is generated example data, not real data. The values are chosen so that, judged by
 * the 2021–2025 commune rulebook with the example threshold table (examples/example-rulebook.ts,
 * also examples and not law), each commune meets exactly its planned number of criteria: the
 * generator evaluates every value it writes and keeps it only if it is met (or unmet) as planned.
 *
 * Run: npx tsx examples/data-science/generate-communes.ts [out.csv]  (default: rewrites communes.csv)
 */
import { writeFileSync } from 'node:fs';
import { evaluate, formatNumber, type Check, type EvaluationContext, type EvaluationInput, type Indicator } from '../../src/index.js';
import { withExampleThresholds } from '../example-rulebook.js';

const rulebook = withExampleThresholds();
const date = '2023-12-31';

// mulberry32: a small deterministic generator, so the file is the same on every run.
let seed = 3004;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** The criteria communes most often miss (income, poverty, environment, schools, …), most likely first. */
const oftenMissed = ['17', '10', '11', '5', '2', '12', '13', '15', '6', '9', '14', '16', '18', '3', '8', '4', '19', '7', '1'];
function pickUnmet(count: number): Set<string> {
  const chosen = new Set<string>();
  while (chosen.size < count) {
    // weights fall off along the list
    const index = Math.min(oftenMissed.length - 1, Math.floor(Math.pow(random(), 2) * oftenMissed.length));
    chosen.add(oftenMissed[index]!);
  }
  return chosen;
}

interface Plan { district: string; region: 'BTB' | 'DHNTB'; met: number }
const plans: Plan[] = [
  ...[19, 17, 17, 17, 16, 14, 13, 12, 12].map((met) => ({ district: 'Huyện Ví dụ A', region: 'BTB' as const, met })),
  ...[19, 19, 19, 19, 19, 18, 19, 19, 19, 17, 19, 19, 19, 18, 19, 19, 16, 19, 19, 18, 17].map((met) => ({ district: 'Huyện Ví dụ B', region: 'DHNTB' as const, met })),
];

const columns = rulebook.criteria.flatMap((criterion) =>
  criterion.indicators.flatMap((indicator) => indicator.checks.map((check) => ({ criterion: criterion.code, indicator, check }))),
);
const header = (indicator: Indicator, check: Check) => (indicator.checks.length === 1 ? indicator.code : `${indicator.code}:${check.key}`);

/** Denominator ranges by what is counted. */
function denominatorRange(check: Check): [number, number] {
  if (check.measure.kind !== 'ratio') return [1, 1];
  const what = check.measure.denominator.en;
  if (/households|population|residents|children|6-year-olds|graduates|workers|people|able to work/.test(what)) {
    if (/children|6-year-olds|graduates/.test(what)) return [60, 320];
    if (/population|residents|able to work|workers/.test(what)) return [2400, 9800];
    return [650, 2600];
  }
  if (/schools|organisations/.test(what)) return [3, 6];
  if (/villages/.test(what)) return [5, 14];
  if (/km/.test(what)) return [8, 60];
  if (/ha /.test(what)) return [180, 900];
  if (/plastic/.test(what)) return [40, 160];
  return [10, 90];
}

const formatCount = (n: number) => formatNumber(n, 'vi');
/** The threshold a check uses for this commune, read from an evaluation (the rulebook resolves it). */
function thresholdOf(indicator: Indicator, check: Check, context: EvaluationContext): number {
  if (check.measure.kind !== 'ratio' && check.measure.kind !== 'quantity') return 0;
  const probe = check.measure.kind === 'ratio' ? { numerator: 1, denominator: 1 } : '1';
  const required = checkResult(indicator, check, probe, context)?.required;
  return Number(required?.value ?? 0);
}

/** A candidate cell for one check, good or bad, around its threshold `t`. */
function candidate(check: Check, good: boolean, asPercent: boolean, t: number): { cell: string; value: unknown } {
  switch (check.measure.kind) {
    case 'boolean':
      return good ? { cell: 'Đạt', value: true } : { cell: 'Chưa đạt', value: false };
    case 'count': {
      const n = good ? 0 : between(1, 6);
      return { cell: String(n), value: n };
    }
    case 'level': {
      const keys = check.measure.levels.map((level) => level.key);
      const key = good ? keys[between(keys.indexOf('muc-2'), keys.length - 1)]! : 'muc-1';
      return { cell: key === 'chua-dat' ? 'Chưa đạt' : `Mức độ ${key.slice(4)}`, value: key };
    }
    case 'quantity': {
      const value = (good ? t * (1 + random() * 0.35) : t * (0.8 + random() * 0.18)).toFixed(1);
      return { cell: formatNumber(value, 'vi', 1), value };
    }
    case 'ratio': {
      const [lo, hi] = denominatorRange(check);
      const d = between(lo, hi);
      const atLeast = check.requirement.type !== 'compare' || check.requirement.op === '>=' || check.requirement.op === '>';
      let percent: number;
      if (atLeast) percent = good ? (random() < 0.3 ? 100 : t + (100 - t) * Math.sqrt(random())) : t - 0.5 - random() * 12;
      else percent = good ? t * (0.25 + 0.7 * random()) : t + 0.5 + random() * 8;
      percent = Math.min(100, Math.max(0, percent));
      if (asPercent) {
        const text = percent.toFixed(1);
        return { cell: `${formatNumber(text, 'vi', 1)}%`, value: { percent: text } };
      }
      const n = Math.round((percent * d) / 100);
      return { cell: `${formatCount(n)}/${formatCount(d)}`, value: { numerator: n, denominator: d } };
    }
  }
}

function checkResult(indicator: Indicator, check: Check, value: unknown, context: EvaluationContext) {
  const input = (indicator.checks.length === 1 ? { [indicator.code]: value } : { [indicator.code]: { [check.key]: value } }) as EvaluationInput;
  const result = evaluate(rulebook, input, context);
  const found = result.criteria.flatMap((c) => c.indicators).find((i) => i.code === indicator.code);
  return found?.checks.find((c) => c.key === check.key);
}

const percentIndicators = new Set(['12.1', '15.1', '15.4', '17.10']); // as some communes report them
const rows: string[][] = [];
plans.forEach((plan, index) => {
  const context: EvaluationContext = { date, region: plan.region };
  const unmet = pickUnmet(19 - plan.met);
  // In each unmet criterion, one or two checks fall short.
  const failing = new Set<string>();
  for (const code of unmet) {
    const inCriterion = columns.filter((c) => c.criterion === code && !c.indicator.conditional);
    const shortfalls = Math.min(inCriterion.length, random() < 0.35 ? 2 : 1);
    while ([...failing].filter((key) => key.startsWith(`${code}|`)).length < shortfalls) {
      const pick = inCriterion[between(0, inCriterion.length - 1)]!;
      failing.add(`${code}|${header(pick.indicator, pick.check)}`);
    }
  }
  const cells = columns.map(({ criterion, indicator, check }) => {
    if (indicator.conditional && random() < 0.6) return 'Không có'; // "(nếu có)": no traditional craft
    const key = `${criterion}|${header(indicator, check)}`;
    const good = !failing.has(key);
    const asPercent = percentIndicators.has(indicator.code) && random() < 0.5;
    const t = thresholdOf(indicator, check, context);
    for (let attempt = 0; attempt < 200; attempt++) {
      const { cell, value } = candidate(check, good, asPercent, t);
      if (checkResult(indicator, check, value, context)?.status === (good ? 'met' : 'unmet')) return cell;
    }
    throw new Error(`no ${good ? 'good' : 'bad'} value found for ${key}`);
  });
  const number = String(index + 1).padStart(2, '0');
  rows.push([`X${number}`, `Xã Ví dụ ${number}`, plan.district, plan.region, ...cells]);
});

// One commune did not report its plastic-waste figure: the cell is left empty (missing, not zero).
const plasticColumn = 4 + columns.findIndex((c) => c.indicator.code === '17.11');
const lateReporter = rows.find((row) => row[2] === 'Huyện Ví dụ A' && row.slice(4).some((cell) => cell === 'Chưa đạt'));
if (lateReporter) lateReporter[plasticColumn] = '';

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
const lines = [
  '# DỮ LIỆU VÍ DỤ, ĐƯỢC SINH TỰ ĐỘNG — không phải số liệu thật / GENERATED EXAMPLE DATA — not real figures.',
  '# 30 xã hư cấu, phỏng theo báo cáo Nam Đông (seeds/003) và Bình Sơn (seeds/004) năm 2023; sinh bởi generate-communes.ts.',
  '# Ô: "412/480" = tử số/mẫu số; "95,3%" = tỷ lệ có sẵn; "Đạt"/"Chưa đạt"; "Mức độ 2"; "Không có" = không áp dụng; ô trống = thiếu số liệu.',
  ['ma_xa', 'ten_xa', 'huyen', 'vung', ...columns.map((c) => header(c.indicator, c.check))].join(','),
  ...rows.map((row) => row.map(quote).join(',')),
];
writeFileSync(process.argv[2] ?? new URL('./communes.csv', import.meta.url), `${lines.join('\n')}\n`);
console.log(`communes.csv: ${rows.length} communes, ${columns.length} value columns`);
