import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/cli/csv.js';
import { ROOT } from './helpers.js';

/** Runs the real entry point in a child process, as `npx nong-thon-moi` would (through tsx: no build here). */
function spawnCli(args: readonly string[], input?: string) {
  const r = spawnSync('npx', ['--no-install', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', ...(input !== undefined ? { input } : {}), env: { ...process.env, NO_COLOR: '1' } });
  // npm may print its own configuration warnings on stderr: keep only ours.
  const stderr = r.stderr.split('\n').filter((l) => !l.startsWith('npm warn')).join('\n');
  return { code: r.status, stdout: r.stdout, stderr };
}

describe('the executable (npx tsx src/cli/main.ts)', () => {
  it('evaluates the Nam Đông district CSV (seed 003) and exits 0, writing CSV to stdout and nothing to stderr', () => {
    const r = spawnCli(['evaluate', 'examples/cli/district-nam-dong-2023.csv', '--unit', 'district', '--name', 'Nam Đông', '--date', '2023-06-30', '--format', 'csv']);
    expect(r.stderr.trim()).toBe('');
    expect(r.code).toBe(0);
    const [header, row] = parseCsv(r.stdout).map((x) => x.fields);
    expect(header?.slice(0, 4)).toEqual(['name', 'date', 'status', 'recognised']);
    expect(row?.slice(0, 4)).toEqual(['Nam Đông', '2023-06-30', 'unmet', 'false']);
    expect(row?.[(header as string[]).indexOf('communes_ntm')]).toBe('1');
  }, 60_000);

  it('exits 2 on a numerator above its denominator on row 7, naming the row and the column in Vietnamese and English', () => {
    const csv = ['name,region,15.3', 'Xã 1,BTB,1/10', 'Xã 2,BTB,2/10', 'Xã 3,BTB,3/10', 'Xã 4,BTB,4/10', 'Xã 5,BTB,5/10', 'Xã 6,BTB,250/231'].join('\n');
    const r = spawnCli(['evaluate', '-', '--date', '2024-06-30'], csv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('dòng 7, cột "15.3": tử số (250) lớn hơn mẫu số (231)');
    expect(r.stderr).toContain('row 7, column "15.3": numerator (250) is above denominator (231)');
  }, 60_000);
});
