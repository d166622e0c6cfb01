/** scripts/report-demo.ts as a command: writes the report to the given path; usage error without one. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderDemoReport } from '../../scripts/report-demo.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const script = join(root, 'scripts/report-demo.ts');

describe('scripts/report-demo.ts', () => {
  it('writes the same report as renderDemoReport, in Vietnamese or (--lang en) English', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ntm-report-demo-'));
    try {
      const vi = join(dir, 'vi.html');
      const en = join(dir, 'en.html');
      expect(execFileSync(tsx, [script, vi], { encoding: 'utf8' })).toContain('Đã ghi báo cáo');
      execFileSync(tsx, [script, en, '--lang', 'en'], { encoding: 'utf8' });
      expect(readFileSync(vi, 'utf8')).toBe(renderDemoReport('vi'));
      expect(readFileSync(en, 'utf8')).toBe(renderDemoReport('en'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('exits with 2 and a usage line without an output path', () => {
    const r = spawnSync(tsx, [script], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage: npx tsx scripts/report-demo.ts <out.html> [--lang en]');
  }, 60_000);
});
