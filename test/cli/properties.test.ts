import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv } from '../../src/cli/csv.js';
import { evaluate, formatNumber, rulebookFor } from '../../src/index.js';
import { runCli } from './helpers.js';

const rulebook = rulebookFor('commune-ntm', '2024-06-30');
const ratio = fc.integer({ min: 1, max: 5000 }).chain((d) => fc.record({ numerator: fc.integer({ min: 0, max: d }), denominator: fc.constant(d) }));
const percent = fc.integer({ min: 0, max: 10000 }).map((n) => ({ percent: (n / 100).toFixed(2).replace(/\.?0+$/, '') || '0' }));
const unit = fc.record({
  '15.3': fc.option(fc.oneof(ratio, percent), { nil: undefined }),
  '11': fc.option(fc.oneof(ratio, percent), { nil: undefined }),
  '9.1': fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
  '1.1': fc.option(fc.boolean(), { nil: undefined }),
});

/** A value as a report would write it in a cell: Vietnamese notation (1.485, 59,3%). */
function cell(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'có' : 'không';
  if (typeof value === 'number') return formatNumber(value, 'vi', 0);
  const v = value as { numerator?: number; denominator?: number; percent?: string };
  if (v.percent !== undefined) return `${formatNumber(v.percent, 'vi', 2)}%`;
  return `${formatNumber(v.numerator as number, 'vi', 0)}/${formatNumber(v.denominator as number, 'vi', 0)}`;
}

describe('property: a CSV written the Vietnamese way evaluates exactly as the library does on the same facts', () => {
  it('for random communes (counts up to 5.000, percentages with 2 decimals, empty cells missing)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(unit, { minLength: 1, maxLength: 5 }), async (units) => {
        const codes = ['15.3', '11', '9.1', '1.1'] as const;
        const rows = [['name', 'region', ...codes], ...units.map((u, i) => [`Xã ${i + 1}`, 'BTB', ...codes.map((c) => cell(u[c]))])];
        const r = await runCli(['evaluate', '-', '--date', '2024-06-30', '--format', 'json', '--input-format', 'csv'], { stdin: formatCsv(rows) });
        expect(r.stderr).toBe('');
        const results = (JSON.parse(r.stdout) as { result: unknown }[]).map((x) => x.result);
        const expected = units.map((u) => JSON.parse(JSON.stringify(evaluate(rulebook, Object.fromEntries(Object.entries(u).filter(([, v]) => v !== undefined)), { date: '2024-06-30', region: 'BTB' }))));
        expect(results).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});
