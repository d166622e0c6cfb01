import { deepFreeze } from '../core/deep-freeze.js';
import { RulebookError } from '../core/errors.js';
import { fromZodIssues } from '../core/zod-issues.js';
import { scoreSheetSchema, type ScoreSheet } from './score-sheet-schema.js';

/**
 * Validates a score sheet written as JSON (a provincial variant, a sheet of 26/2026/QĐ-TTg, a
 * sheet not bundled yet) and returns it frozen. Checks: every criterion's maximum is its best
 * option, sections and parts add up, the parts add up to 100, ids are unique, "only if"
 * conditions name existing criteria. Provenance is required on the sheet.
 *
 * @throws `RulebookError` with one bilingual issue per problem (path + code).
 * @example
 * ```ts
 * const sheet = defineOcopScoreSheet(JSON.parse(fs.readFileSync('my-sheet.json', 'utf8')));
 * rateOcopProduct({ productSet: sheet.productSet, choices }, { date: '2026-09-01', sheet });
 * ```
 */
export function defineOcopScoreSheet(input: unknown): ScoreSheet {
  const parsed = scoreSheetSchema.safeParse(input);
  if (!parsed.success) throw new RulebookError(fromZodIssues(parsed.error.issues));
  return deepFreeze(parsed.data);
}
