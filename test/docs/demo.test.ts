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

  it('tours the other domains on the seed reports\' figures', () => {
    const out = run();
    // Nam Đông (003): district 4/9 and the commune ladder, as the report states them.
    expect(out).toContain('Đạt chuẩn 4/9 tiêu chí gồm');
    expect(out).toContain('01 xã đạt 19/19 tiêu chí (Hương Xuân); 03 xã đạt 17/19 tiêu chí');
    // Khe Tre township: 5/9 civilized-urban criteria.
    expect(out).toContain('Tiêu chí đạt: 5/9');
    // OCOP: 99 points but a missed 4★ mark gives 3★.
    expect(out).toContain('99/100');
    expect(out).toMatch(/3 sao/);
    // Poverty: exactly on the rural line is poor; Bình Sơn's 1,810 households at 2.88 %.
    expect(out).toContain('1.500.000 đồng ≤ chuẩn nghèo 1.500.000 đồng');
    expect(out).toContain('từ 62.739 đến 62.956');
    // The timber line of 003: the stated 34.4 % fits the plan of 150,000 t, not 1,500 t.
    expect(out).toContain('150.000');
  }, 60_000);

  it('reports in English with --lang en', () => {
    const out = run('--lang', 'en');
    expect(out).toContain('Result: NOT RECOGNISED (not met) — 17/19 criteria (89.47 %)');
    expect(out).toContain('short by 5.5 million VND/person/year');
    expect(out).toContain('No "commune-ntm" rulebook is in force on 2026-01-20');
  }, 60_000);
});
