import { pickText, type Locale } from '../core/localized-text.js';
import type { CivilizedUrbanResult } from './evaluate-civilized-urban.js';

const SYMBOL = { met: '✓', unmet: '✗', missing: '?', 'not-applicable': '–', indeterminate: '~' } as const;

/**
 * A civilized-urban result as lines of text in Vietnamese (default) or English: the summary, then
 * one line per condition (✓ met, ✗ not met, ? missing, ~ indeterminate, – not applicable) with
 * its citation and verification status, then the criteria not met.
 *
 * @example
 * ```ts
 * explainCivilizedUrban(result, { locale: 'en' }).join('\n');
 * // Township: 5/9 criteria, 48/52 contents met (Appendix I, Decision 04/2022/QĐ-TTg); not eligible yet: …
 * // ✗ All 9 criteria met: not met — 5/9 criteria and 48/52 contents met [04/2022/QĐ-TTg, Quy định, Điều 5 khoản 2; secondary]
 * ```
 */
export function explainCivilizedUrban(result: CivilizedUrbanResult, options: { readonly locale?: Locale } = {}): string[] {
  const locale = options.locale ?? 'vi';
  const lines = [pickText(result.summary, locale)];
  for (const c of result.conditions) {
    lines.push(`${SYMBOL[c.status]} ${pickText(c.explanation, locale)} [${c.provenance.instrument}, ${c.provenance.locator}; ${c.provenance.status}]`);
  }
  for (const criterion of result.criteria.criteria) {
    if (criterion.status === 'met') continue;
    const counts = criterion.indicators
      .map((i) => i.checks[0]?.actual)
      .filter((a) => a?.given === 'counts')
      .map((a) => `${a?.numerator}/${a?.denominator}`);
    const label = locale === 'vi' ? 'Tiêu chí' : 'Criterion';
    const suffix = counts.length > 0 ? ` (${counts.join(', ')})` : '';
    lines.push(`  ${SYMBOL[criterion.status]} ${label} ${criterion.code}. ${pickText(criterion.name, locale)}${suffix}`);
  }
  for (const w of result.warnings) lines.push(`! ${pickText(w.message, locale)}`);
  return lines;
}
