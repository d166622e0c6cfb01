import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/cli/csv.js';
import { COMMANDS } from '../../src/cli/run.js';
import { builtInOcopScoreSheets, rateOcopProduct } from '../../src/ocop/index.js';
import { classifyHousehold } from '../../src/poverty/index.js';
import { checkReportText } from '../../src/targets/index.js';
import { ROOT, runCli } from './helpers.js';

const csvOf = (text: string) => parseCsv(text).map((r) => r.fields);

describe('ocop', () => {
  const [header, row] = csvOf(readFileSync(resolve(ROOT, 'examples/cli/ocop-duc-pho-2023.csv'), 'utf8')) as [string[], string[]];
  const choices = Object.fromEntries(header.slice(2).map((id, i) => [id, row[i + 2] as string]));

  it('rates Dưa lưới (seed 000: Đức Phổ, 3★ in 2023) as docs/ocop.md does: 99 points, 5★ band, 3★ after the 2a minimum, district authority', async () => {
    const r = await runCli(['ocop', 'examples/cli/ocop-duc-pho-2023.csv', '--date', '2023-06-30', '--format', 'json']);
    expect(r.code).toBe(0);
    const [p] = JSON.parse(r.stdout) as { product: string; rating: ReturnType<typeof rateOcopProduct> }[];
    expect(p?.rating).toEqual(JSON.parse(JSON.stringify(rateOcopProduct({ productSet: 1, product: 'Dưa lưới', choices }, { date: '2023-06-30' }))));
    expect([p?.rating.total, p?.rating.bandStar, p?.rating.star, p?.rating.authority?.level]).toEqual(['99', 5, 3, 'district']);
    const table = await runCli(['ocop', 'examples/cli/ocop-duc-pho-2023.csv', '--date', '2023-06-30', '--lang', 'en']);
    expect(table.stdout).toContain('Misses the 4-star minimum on criterion 2a (Origin of the product idea): needs ≥ 4, has 3.');
  });

  it('groups consecutive member rows into a council and averages their totals (docs/ocop.md: 100, 98, 93 → 97)', async () => {
    const sheet = builtInOcopScoreSheets['148-2023']?.['1'];
    if (!sheet) throw new Error('sheet 1 of 148/QĐ-TTg is bundled');
    const optionFor = (criterion: string, points: number) => sheet.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria)).find((c) => c.id === criterion)?.options.find((o) => o.points === points)?.id as string;
    const member = (overrides: Record<string, string>) => header.slice(2).map((id) => overrides[id] ?? (id === '2a' ? optionFor('2a', 4) : choices[id]));
    const lines = [
      ['product', 'productSet', 'member', ...header.slice(2)],
      ['Dưa lưới', '1', 'A', ...member({})],
      ['Dưa lưới', '1', 'B', ...member({ '1a': optionFor('1a', 3) })],
      ['Dưa lưới', '1', 'C', ...member({ '1a': optionFor('1a', 1), '6b': optionFor('6b', 2) })],
    ];
    const r = await runCli(['ocop', '-', '--input-format', 'csv', '--date', '2023-06-30', '--format', 'csv'], { stdin: lines.map((l) => l.join(',')).join('\n') });
    expect(r.code).toBe(0);
    const [h, out] = csvOf(r.stdout) as [string[], string[]];
    const get = (n: string) => out[h.indexOf(n)];
    expect([get('members'), get('total'), get('star')]).toEqual(['3', '97', '5']);
  });

  it('names the row and the criterion column of a bad choice, and requires productSet', async () => {
    const bad = [header.join(','), row.map((v, i) => (header[i] === '3a' ? '9' : v)).join(',')].join('\n');
    const r = await runCli(['ocop', '-', '--input-format', 'csv', '--date', '2023-06-30'], { stdin: bad });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/dòng 2, cột "3a": .*\[option-not-on-sheet\]/);
    expect(r.stderr).toMatch(/row 2, column "3a": /);
    const noSet = await runCli(['ocop', '-', '--input-format', 'csv', '--date', '2023-06-30'], { stdin: 'product,1a\nX,1\n' });
    expect(noSet.code).toBe(2);
    expect(noSet.stderr).toContain('cần cột productSet');
  });
});

describe('households', () => {
  it('classifies each row as classifyHousehold does and gives the rates per commune (example modelled on docs/poverty.md)', async () => {
    const r = await runCli(['households', 'examples/cli/households-example.csv', '--date', '2024-06-30', '--group-by', 'commune', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { households: { label: string; result: { category: string } }[]; rates: { poor: { count: number; percent: string }; groups: Record<string, Record<string, { poor: { count: number } }>> } };
    expect(out.households.map((h) => [h.label, h.result.category])).toEqual([['HH-01', 'poor'], ['HH-02', 'poor'], ['HH-03', 'not-classified'], ['HH-04', 'indeterminate']]);
    const first = classifyHousehold({ id: 'HH-01', area: 'rural', income: { perCapitaMonthly: '1500000' }, deprivations: { healthInsurance: true, housingArea: true, latrine: true, employment: false } }, { date: '2024-06-30' });
    expect(out.households[0]?.result).toEqual(JSON.parse(JSON.stringify(first)));
    expect(out.rates.poor).toMatchObject({ count: 2, percent: '50' });
    expect(out.rates.groups.commune?.['Hương Hữu']?.poor.count).toBe(2);
    const table = await runCli(['households', 'examples/cli/households-example.csv', '--date', '2024-06-30', '--summary-only', '--ignore', 'commune', '--lang', 'en']);
    expect(table.stdout).toContain('4 households: poor 2 (50 % (up to 75 %)), near-poor 0 (0 % (up to 25 %))');
  });

  it('names the row and column of "abc" in an amount, and of an unknown column', async () => {
    const r = await runCli(['households', '-', '--input-format', 'csv', '--date', '2024-06-30', '--area', 'rural'], { stdin: 'id,perCapitaMonthly,latrine\n1,1.200.000,1\n2,abc,0\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('dòng 3, cột "perCapitaMonthly": "abc" không phải là số');
    expect(r.stderr).toContain('row 3, column "perCapitaMonthly": "abc" is not a number');
    const col = await runCli(['households', '-', '--input-format', 'csv', '--date', '2024-06-30'], { stdin: 'id,perCapitaMonthly,xyz\n1,1,1\n' });
    expect(col.code).toBe(2);
    expect(col.stderr).toContain('row 1, column "xyz": unknown column');
    const area = await runCli(['households', '-', '--input-format', 'csv', '--date', '2024-06-30'], { stdin: 'id,perCapitaMonthly\n1,1.200.000\n' });
    expect(area.code).toBe(2);
    expect(area.stderr).toContain('option --area: The household area (rural or urban) is required');
  });
});

describe('check-report', () => {
  const text = readFileSync(resolve(ROOT, 'examples/cli/report-nam-dong-2023-a-iii-1.txt'), 'utf8');

  it('seed 003 A.III.1: 21 claims, the timber line "51.600/1.500 tấn … 34,4 %" flagged against the plan of 150.000 t (B.III.1)', async () => {
    const r = await runCli(['check-report', 'examples/cli/report-nam-dong-2023-a-iii-1.txt', '--plan', 'gỗ khai thác=150.000 tấn', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { summary: unknown; claims: { line: number; excerpt: string; check: { consistent: boolean } }[] };
    const expected = checkReportText(text, { plansElsewhere: [{ labelIncludes: 'gỗ khai thác', value: '150000', unit: 'tấn', where: '--plan' }] });
    expect(out.summary).toEqual(expected.summary);
    expect(out.summary).toMatchObject({ extracted: 21, flagged: 1 });
    const flagged = out.claims.filter((c) => !c.check.consistent);
    expect(flagged.map((c) => [c.line, c.excerpt])).toEqual([[7, '51.600/1.500 tấn gỗ nguyên liệu, đạt 34,4% KH']]);
  });

  it('--fail-on-flagged exits 1 when a figure is flagged; CSV lists one row per claim', async () => {
    const r = await runCli(['check-report', 'examples/cli/report-nam-dong-2023-a-iii-1.txt', '--fail-on-flagged', '--format', 'csv', '--only-flagged']);
    expect(r.code).toBe(1);
    const rows = csvOf(r.stdout);
    expect(rows[0]).toEqual(['line', 'kind', 'status', 'label', 'excerpt', 'stated_percent', 'computed_percent', 'stated_verdict', 'verdict', 'findings']);
    expect(rows.slice(1).find((x) => x[2] === 'flagged')?.[4]).toBe('51.600/1.500 tấn gỗ nguyên liệu, đạt 34,4% KH');
    const clean = await runCli(['check-report', '-', '--fail-on-flagged'], { stdin: 'Duy trì diện tích cây cao su 1.485/1.485 ha, đạt 100% KH;' });
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('1 số liệu được đọc: 0 sai, 0 cần lưu ý');
  });
});

describe('--help on every command, in vi and en', () => {
  it.each(COMMANDS.map((c) => c.name))('%s --help', async (name) => {
    const vi = await runCli([name, '--help']);
    const en = await runCli([name, '-h', '--lang', 'en']);
    expect([vi.code, en.code]).toEqual([0, 0]);
    expect(vi.stdout).toMatch(/^Cách dùng: nong-thon-moi /);
    expect(en.stdout).toMatch(/^Usage: nong-thon-moi /);
    expect(en.stdout).toContain('--format table|json|csv');
  });

  it('top-level help lists the commands; no command prints it and exits 2', async () => {
    const help = await runCli(['--help', '--lang', 'en']);
    expect(help.code).toBe(0);
    for (const c of COMMANDS) expect(help.stdout).toContain(`  ${c.name}`);
    expect((await runCli([])).code).toBe(2);
    expect((await runCli(['help', 'ocop'])).stdout).toMatch(/^Cách dùng: nong-thon-moi ocop/);
    expect((await runCli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('progress bar', () => {
  const many = `name,region,9.1\n${Array.from({ length: 250 }, (_, i) => `Xã ${i + 1},BTB,0`).join('\n')}\n`;

  it('is drawn on stderr only when stderr is a terminal and the input is long, then erased', async () => {
    const tty = await runCli(['evaluate', '-', '--date', '2024-06-30', '--format', 'csv'], { stdin: many, ttyStderr: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain('100% 250/250');
    expect(tty.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(csvOf(tty.stdout)).toHaveLength(251);
    const pipe = await runCli(['evaluate', '-', '--date', '2024-06-30', '--format', 'csv'], { stdin: many });
    expect(pipe.stderr).toBe('');
    const off = await runCli(['evaluate', '-', '--date', '2024-06-30', '--format', 'csv', '--no-progress'], { stdin: many, ttyStderr: true });
    expect(off.stderr).toBe('');
    const short = await runCli(['evaluate', '-', '--date', '2024-06-30', '--format', 'csv'], { stdin: 'name,region\nXã 1,BTB\n', ttyStderr: true });
    expect(short.stderr).toBe('');
  });
});
