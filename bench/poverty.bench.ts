/**
 * `npm run bench` (poverty part). Households per second = the task's ops/s × 1,000,000.
 * - classifyHouseholds over 1,000,000 generated households in memory (target ≥ 2,000,000/s);
 * - a 1,000,000-row CSV streamed from disk: read + split lines only, vs read + split + classify
 *   (target: classify ≤ 1.5 × read-and-split). The CSV run keeps only counts, so memory is flat.
 */
import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { bench, describe } from 'vitest';
import { random } from './random.js';
import { classifyHouseholdCsv, classifyHouseholds, povertyStandard2022To2026, splitCsvLine, type HouseholdInput } from 'nong-thon-moi/poverty';

const COUNT = 1_000_000;
const codes = povertyStandard2022To2026.indicators.map((i) => i.code);

/** Incomes 0.6–3.6 million đồng per person per month (a third at or below the rural line); each indicator deprived with probability 0.15. */
function generate(count: number, seed: number): HouseholdInput[] {
  const next = random(seed);
  const list: HouseholdInput[] = [];
  for (let i = 0; i < count; i++) {
    const deprivations: Record<string, boolean> = {};
    for (const code of codes) deprivations[code] = next() < 0.15;
    list.push({ income: { perCapitaMonthly: 600_000 + Math.floor(next() * 3_000_000) }, deprivations });
  }
  return list;
}

const households = generate(COUNT, 2026);
const options = { date: '2024-06-30', area: 'rural' } as const;

const dir = mkdtempSync(join(tmpdir(), 'poverty-bench-'));
const csvPath = join(dir, 'households.csv');
{
  const lines = [`id,commune,perCapitaMonthly,${codes.join(',')}`];
  households.forEach((h, i) => {
    const flags = codes.map((c) => (h.deprivations?.[c] ? '1' : '0')).join(',');
    lines.push(`${i + 1},commune-${i % 100},${(h.income as { perCapitaMonthly: number }).perCapitaMonthly},${flags}`);
  });
  writeFileSync(csvPath, lines.join('\n') + '\n');
}
const readLines = () => createInterface({ input: createReadStream(csvPath), crlfDelay: Infinity });

describe('1,000,000 households in memory (households/s = ops/s × 1,000,000)', () => {
  bench('classifyHouseholds', () => {
    classifyHouseholds(households, options);
  }, { iterations: 5, time: 0 });
});

describe('1,000,000-row CSV streamed from disk (compare the two tasks)', () => {
  bench('read + split lines only (baseline)', async () => {
    let fields = 0;
    for await (const line of readLines()) fields += splitCsvLine(line).length;
    if (fields === 0) throw new Error('empty file');
  }, { iterations: 3, time: 0 });
  bench('read + split + classify (classifyHouseholdCsv, counts by commune)', async () => {
    const summary = await classifyHouseholdCsv(readLines(), { ...options, groupBy: ['commune'] });
    if (summary.classified !== COUNT) throw new Error('rows lost');
  }, { iterations: 3, time: 0 });
});

describe('memory while streaming the CSV (not a speed figure: it samples the heap)', () => {
  bench('classifyHouseholdCsv with a heap sample every 100,000 rows', async () => {
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let row = 0;
    const summary = await classifyHouseholdCsv(readLines(), {
      ...options,
      groupBy: ['commune'],
      onRow: () => {
        if (++row % 100_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
      },
    });
    if (summary.classified !== COUNT) throw new Error('rows lost');
    console.log(`CSV: heap growth while streaming 1,000,000 rows ≤ ${((peak - before) / 1e6).toFixed(1)} MB (heap before: ${(before / 1e6).toFixed(0)} MB)`);
  }, { iterations: 1, time: 0 });
});
