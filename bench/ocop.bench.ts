/**
 * `npm run bench`: rates 10,000 generated products on the 148/QĐ-TTg sheet 1 (fresh produce) per
 * task, so products per second = the task's ops/s × 10,000. Target: 100,000 products/s on one core.
 * The products are timed as built key by key in code and as parsed from JSON (see below).
 */
import { bench, describe } from 'vitest';
import { random } from './random.js';
import { builtInOcopScoreSheets, rateOcopProduct, type OcopRatingInput } from 'nong-thon-moi/ocop';

const sheet = builtInOcopScoreSheets['148-2023']!['1']!;
const criteria = sheet.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria));

function generate(count: number, members: number, seed: number): OcopRatingInput[] {
  const next = random(seed);
  const sheetOf = () => {
    const choices: Record<string, string | number> = {};
    for (const c of criteria) choices[c.id] = c.options[Math.floor(next() * c.options.length)]!.id;
    const story = criteria.find((c) => c.id === '5a')!.options.find((o) => o.id === choices['5a'])!.points;
    if (story < 2) {
      choices['5b'] = 0;
      choices['5c'] = 0;
    }
    return choices;
  };
  return Array.from({ length: count }, () => (members === 1 ? { productSet: 1, choices: sheetOf() } : { productSet: 1, members: Array.from({ length: members }, () => ({ choices: sheetOf() })) }));
}

const singles = generate(10_000, 1, 1);
const councils = generate(1_000, 7, 2);
// The same products as a scoring app's JSON export gives them. V8 keeps objects built key by key
// (as above, and as the CLI builds them from CSV cells) as hash tables once they have more than a
// dozen or so keys, and parsed JSON objects as fixed shapes; the two are read differently, so both
// are timed.
const parsedSingles = JSON.parse(JSON.stringify(singles)) as OcopRatingInput[];

describe('rateOcopProduct', () => {
  bench('10,000 products, one agreed sheet each', () => {
    for (const input of singles) rateOcopProduct(input, { date: '2024-06-30' });
  });
  bench('10,000 products, one agreed sheet each, parsed from JSON', () => {
    for (const input of parsedSingles) rateOcopProduct(input, { date: '2024-06-30' });
  });
  bench('10,000 products, one agreed sheet each, summary detail', () => {
    for (const input of singles) rateOcopProduct(input, { date: '2024-06-30', detail: 'summary' });
  });
  bench('1,000 products, 7 council members each', () => {
    for (const input of councils) rateOcopProduct(input, { date: '2024-06-30' });
  });
});
