import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', ...args], { encoding: 'utf8', cwd: new URL('../..', import.meta.url) });

describe('npm run demo', () => {
  it('reports the example communes in Vietnamese by default, labelling examples as not law', () => {
    const out = run();
    expect(out).toContain('Kết quả: CHƯA ĐẠT CHUẨN (chưa đạt) — 17/19 tiêu chí (89,47 %)');
    expect(out).toContain('không phải quy định pháp luật');
    expect(out).toContain('Cần bổ sung ngưỡng');
    expect(out).toContain('0/10 tiêu chí');
  }, 60_000);

  it('reports in English with --lang en', () => {
    const out = run('--lang', 'en');
    expect(out).toContain('Result: NOT RECOGNISED (not met) — 17/19 criteria (89.47 %)');
    expect(out).toContain('short by 5.5 million VND/person/year');
    expect(out).toContain('No "commune-ntm" rulebook is in force on 2026-01-20');
  }, 60_000);
});
