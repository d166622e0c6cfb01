import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkReportText } from '../../src/targets/check-report-text.js';
import { SEED_003_AGRICULTURE_PLAN } from './seed-003-plans.js';

const SEED = fileURLToPath(new URL('../../../shared/seeds/003_58059cd68c956849.txt', import.meta.url));

/** The whole report, when the shared seeds folder is next to the repository (the figures quoted in docs/targets.md). */
describe.skipIf(!existsSync(SEED))('the whole of 003_58059cd68c956849.txt', () => {
  const text = existsSync(SEED) ? readFileSync(SEED, 'utf8') : '';
  it('82 claims, 4 flagged without cross-plans: timber, primary school, 528/924 ha, 35,5/55 ha', () => {
    const result = checkReportText(text);
    expect(result.summary).toMatchObject({ extracted: 82, flagged: 4 });
    expect(result.claims.filter((c) => !c.check.consistent).map((c) => c.excerpt)).toEqual([
      '100%: chưa đạt (KH trên 99,5%)',
      '51.600/1.500 tấn gỗ nguyên liệu, đạt 34,4% KH',
      '528/924 ha, đạt 57,2% KH',
      '35,5/55 ha, đạt 66,98 % KH',
    ]);
    for (const c of result.claims) expect(text.slice(c.start, c.end)).toBe(c.excerpt);
  });
  it('with the plan of B.III.1 the fish line "102/264 tấn" is flagged too', () => {
    const result = checkReportText(text, { plansElsewhere: SEED_003_AGRICULTURE_PLAN });
    expect(result.summary.flagged).toBe(5);
  });
});
