/*
 * docs/data-science.md: runs examples/data-science/summarise-communes.ts on the bundled CSV and
 * checks that it prints exactly the output the guide shows, that every code excerpt of the guide
 * is still in the script word for word, that the results CSV agrees with the printed summary, and
 * that the example CSV is what its generator produces (and says it is generated, not real).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitCsvLine } from '../../src/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const folder = join(root, 'examples/data-science');
const guide = readFileSync(join(root, 'docs/data-science.md'), 'utf8');
const script = readFileSync(join(folder, 'summarise-communes.ts'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'data-science-guide-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tsx = (...args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', ...args], { encoding: 'utf8', cwd: root });

let printed = '';
let results: string[][] = [];
beforeAll(() => {
  const out = join(dir, 'results.csv');
  printed = tsx(join(folder, 'summarise-communes.ts'), join(folder, 'communes.csv'), out);
  results = readFileSync(out, 'utf8').trimEnd().split('\n').map((line) => splitCsvLine(line));
}, 120_000);

describe('docs/data-science.md', () => {
  it('shows exactly what the script prints', () => {
    const shown = /```sh\nnpx tsx examples\/data-science\/summarise-communes\.ts [^\n]*\n```\n\n```text\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(shown).toBeDefined();
    expect(printed).toBe(shown);
  });

  it('quotes the script word for word in every code excerpt', () => {
    const excerpts = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    expect(excerpts.length).toBe(4);
    for (const excerpt of excerpts) expect(script).toContain(excerpt);
  });

  it('summarises the example districts as their model reports read (seeds/003 standings, seeds/004 mostly 19/19)', () => {
    // Nam Đông (003, line 21): 01 xã 19/19; 03 xã 17/19; 01 xã 16/19; 01 xã 14/19; 01 xã 13/19; 02 xã 12/19.
    expect(printed).toContain('01 xã đạt 19/19 tiêu chí (Xã Ví dụ 01); 03 xã đạt 17/19 tiêu chí (Xã Ví dụ 02, Xã Ví dụ 03, Xã Ví dụ 04); 01 xã đạt 16/19 tiêu chí (Xã Ví dụ 05); 01 xã đạt 14/19 tiêu chí (Xã Ví dụ 06); 01 xã đạt 13/19 tiêu chí (Xã Ví dụ 07); 02 xã đạt 12/19 tiêu chí (Xã Ví dụ 08, Xã Ví dụ 09)');
    expect(printed).toContain('Huyện Ví dụ B: 21 xã');
    expect(printed).toContain('(ngưỡng VÍ DỤ, không phải quy định pháp luật)');
  });

  it('writes one result row per commune that agrees with the summary', () => {
    const [header = [], ...rows] = results;
    expect(header).toEqual(['ma_xa', 'ten_xa', 'huyen', 'ket_qua', 'tieu_chi_dat', 'ty_le_phan_tram', 'chi_tieu_dat', 'chi_tieu_chua_dat', 'thieu_so_lieu']);
    expect(rows).toHaveLength(30);
    const col = (name: string) => header.indexOf(name);
    // Recognised communes are exactly those at 19/19, with nothing unmet or missing.
    for (const row of rows) {
      expect(row[col('ket_qua')] === 'met').toBe(row[col('tieu_chi_dat')] === '19/19');
      if (row[col('ket_qua')] === 'met') expect([row[col('chi_tieu_chua_dat')], row[col('thieu_so_lieu')]]).toEqual(['', '']);
    }
    const met = rows.filter((row) => row[col('ket_qua')] === 'met').length;
    const complete = [...printed.matchAll(/, (\d+) xã đạt chuẩn\./g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(met).toBe(complete);
    // The criteria met, summed, are the printed "(526/30)".
    const sum = rows.reduce((total, row) => total + Number(row[col('tieu_chi_dat')]?.split('/')[0]), 0);
    expect(printed).toContain(`(${sum}/30)`);
    // The empty cell is missing, not zero: X05's 17.11.
    expect(rows.find((row) => row[0] === 'X05')?.[col('thieu_so_lieu')]).toBe('17.11');
  });

  it('ships the CSV its generator produces, labelled as generated example data', () => {
    const regenerated = join(dir, 'communes.csv');
    tsx(join(folder, 'generate-communes.ts'), regenerated);
    const shipped = readFileSync(join(folder, 'communes.csv'), 'utf8');
    expect(readFileSync(regenerated, 'utf8')).toBe(shipped);
    expect(shipped.split('\n')[0]).toContain('GENERATED EXAMPLE DATA — not real figures');
  }, 120_000);
});
