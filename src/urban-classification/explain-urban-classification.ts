import { pickText, type Locale } from '../core/localized-text.js';
import type { UrbanClassificationScore } from './score-urban-classification.js';

const STATUS = { vi: { met: 'đạt', unmet: 'chưa đạt', missing: 'thiếu số liệu', indeterminate: 'chưa xác định được' }, en: { met: 'met', unmet: 'not met', missing: 'missing input', indeterminate: 'indeterminate' } } as const;

/**
 * An urban-classification score as lines of text in Vietnamese (default) or English: the summary,
 * one line per criterion (points of maximum, standards met), the standards below their minimum,
 * the minimum-level condition, warnings, and every non-official value used with its citation.
 *
 * @example
 * ```ts
 * explainUrbanClassification(result, { locale: 'en' }).slice(0, 2);
 * // ['Urban type IV: 55/63 standards met, 78.75 points in total (≥ 75: passes); …',
 * //  'Criterion 1. Position, function, …: 14.5 of 18 points, 8/8 standards met']
 * ```
 */
export function explainUrbanClassification(result: UrbanClassificationScore, options: { readonly locale?: Locale } = {}): string[] {
  const locale = options.locale ?? 'vi';
  const vi = locale === 'vi';
  const lines = [pickText(result.summary, locale)];
  for (const c of result.criteria) {
    const max = c.maxPoints.value ?? '?';
    lines.push(
      vi
        ? `Tiêu chí ${c.code}. ${c.name.vi}: ${c.points}/${max} điểm, đạt ${c.standardsMet}/${c.standards} tiêu chuẩn`
        : `Criterion ${c.code}. ${c.name.en}: ${c.points} of ${max} points, ${c.standardsMet}/${c.standards} standards met`,
    );
  }
  for (const s of result.standardsBelowMinimum) {
    const name = s.name === undefined ? '' : typeof s.name === 'string' ? ` ${s.name}` : ` ${pickText(s.name, locale)}`;
    lines.push(vi ? `  ✗ ${s.code}${name}: dưới mức tối thiểu (0 điểm)` : `  ✗ ${s.code}${name}: below its minimum level (0 points)`);
  }
  const m = result.minimumLevels;
  lines.push(
    vi
      ? `Điều kiện các tiêu chuẩn đạt mức tối thiểu: ${STATUS.vi[m.status]} (không tính vào kết quả điểm; nguồn: ${m.rule.provenance.status})`
      : `Standards at their minimum level: ${STATUS.en[m.status]} (not part of the score result; source: ${m.rule.provenance.status})`,
  );
  for (const w of result.warnings) lines.push(`! ${pickText(w.message, locale)}`);
  for (const u of result.unverified) {
    lines.push(`~ ${u.what}: ${u.provenance.instrument}, ${u.provenance.locator} (${u.provenance.status})`);
  }
  return lines;
}
