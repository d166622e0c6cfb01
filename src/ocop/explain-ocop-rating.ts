import { pickText, type Locale } from '../core/localized-text.js';
import type { OcopRating } from './rating-result.js';

/**
 * Explains a rating in Vietnamese (`vi`, default) or English: the total and band, each part,
 * the missed minima, the final star (and why it is lower), knock-outs, the recognising authority
 * and the sources that are not official.
 *
 * @example
 * ```ts
 * explainOcopRating(rateOcopProduct(input, { date: '2024-05-10' }), { locale: 'en' }).join('\n');
 * ```
 */
export function explainOcopRating(rating: OcopRating, options: { readonly locale?: Locale } = {}): string[] {
  const locale = options.locale ?? 'vi';
  const vi = locale === 'vi';
  const lines: string[] = [];
  const title = pickText(rating.sheet.title, locale);
  lines.push(
    vi
      ? `Sản phẩm${rating.product ? ` "${rating.product}"` : ''}, bộ sản phẩm ${rating.productSet} (${title}), theo ${rating.version.instruments.join(' + ')}, ngày ${rating.date}.`
      : `Product${rating.product ? ` "${rating.product}"` : ''}, product set ${rating.productSet} (${title}), under ${rating.version.instruments.join(' + ')}, on ${rating.date}.`,
  );
  for (const part of rating.parts) {
    lines.push(vi ? `Phần ${part.id} – ${part.label.vi}: ${part.points}/${part.max} điểm.` : `Part ${part.id} – ${part.label.en}: ${part.points}/${part.max} points.`);
  }
  const avg = rating.memberCount > 1 ? (vi ? ` (trung bình của ${rating.memberCount} thành viên: ${rating.memberTotals!.join(', ')})` : ` (average of ${rating.memberCount} members: ${rating.memberTotals!.join(', ')})`) : '';
  lines.push(vi ? `Tổng điểm ${rating.total}/100${avg}: thuộc khoảng ${rating.bandStar} sao.` : `Total ${rating.total}/100${avg}: in the ${rating.bandStar}-star band.`);
  const missed = rating.minima.filter((m) => !m.met && m.level <= rating.bandStar);
  for (const m of missed) {
    lines.push(
      vi
        ? `Chưa đạt yêu cầu tối thiểu hạng ${m.level} sao ở tiêu chí ${m.criterion} (${m.label.vi}): ${m.rule === 'above-zero' ? 'phải có điểm' : `cần ≥ ${m.required}`}, đạt ${m.actual}.`
        : `Misses the ${m.level}-star minimum on criterion ${m.criterion} (${m.label.en}): ${m.rule === 'above-zero' ? 'must score' : `needs ≥ ${m.required}`}, has ${m.actual}.`,
    );
  }
  if (rating.downgrade) lines.push(pickText(rating.downgrade.reason, locale));
  for (const k of rating.knockOuts) lines.push(vi ? `Loại: ${k.label.vi} — không xếp hạng.` : `Knocked out: ${k.label.en} — not rated.`);
  if (rating.star !== null) {
    lines.push(
      vi
        ? `Xếp hạng: ${rating.star} sao${rating.recognisable ? `; đủ điều kiện công nhận sản phẩm OCOP, do ${rating.authority!.label.vi} công nhận.` : '; chưa đủ điều kiện công nhận (cần từ 3 sao).'}`
        : `Rating: ${rating.star} stars${rating.recognisable ? `; recognisable as an OCOP product, by the ${rating.authority!.label.en}.` : '; not recognisable (3 stars needed).'}`,
    );
  }
  for (const n of rating.notOfficial) {
    lines.push(vi ? `Lưu ý nguồn (${n.what}): ${n.provenance.instrument}, ${n.provenance.locator} — mức tin cậy "${n.provenance.status}".` : `Source note (${n.what}): ${n.provenance.instrument}, ${n.provenance.locator} — status "${n.provenance.status}".`);
  }
  return lines;
}
