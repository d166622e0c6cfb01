import { pickText, type Locale } from '../core/localized-text.js';
import { LEVEL_NAMES } from './internal.js';
import type { CommuneLadderResult, LevelResult } from './types.js';

const STATUS: Record<string, { vi: string; en: string }> = {
  met: { vi: 'đạt', en: 'met' },
  unmet: { vi: 'chưa đạt', en: 'not met' },
  missing: { vi: 'thiếu số liệu', en: 'missing input' },
  indeterminate: { vi: 'chưa xác định được', en: 'indeterminate' },
  'not-applicable': { vi: 'không có bộ tiêu chí có hiệu lực', en: 'no rulebook in force' },
};

function levelLine(level: LevelResult, locale: Locale): string {
  const vi = locale === 'vi';
  const name = pickText(LEVEL_NAMES[level.level], locale);
  if (!level.inForce) return `– ${name}: ${pickText(STATUS['not-applicable'] ?? { vi: '', en: '' }, locale)}`;
  const p = level.criteriaProgress;
  const progress = p ? ` ${p.met}/${p.total} ${vi ? 'tiêu chí' : 'criteria'}` : '';
  const source = level.source === 'reported' ? (vi ? ' (theo báo cáo)' : ' (as reported)') : level.source === 'not-given' ? (vi ? ' (chưa nhập)' : ' (not given)') : '';
  const own = pickText(STATUS[level.status] ?? STATUS['indeterminate'] ?? { vi: '', en: '' }, locale);
  let prerequisite = '';
  if (level.prerequisite && level.prerequisite.status !== 'met') {
    const below = pickText(LEVEL_NAMES[level.prerequisite.level], locale);
    prerequisite = vi
      ? `; chưa đủ điều kiện tiên quyết: ${below} ${pickText(STATUS[level.prerequisite.status] ?? { vi: '', en: '' }, 'vi')}`
      : `; prerequisite not met: ${below} ${pickText(STATUS[level.prerequisite.status] ?? { vi: '', en: '' }, 'en')}`;
  }
  return `${level.reached ? '✓' : '✗'} ${name}:${progress} — ${own}${source}${prerequisite}`;
}

/**
 * The ladder of a commune as readable lines (Vietnamese by default, or English): the highest
 * level reached, each level with its criteria met and prerequisite, and what the next level needs.
 *
 * @example
 * ```ts
 * console.log(explainLadder(assessCommuneLadder(input, context), 'en').join('\n'));
 * ```
 */
export function explainLadder(result: CommuneLadderResult, locale: Locale = 'vi'): string[] {
  const vi = locale === 'vi';
  const lines = [`${vi ? 'Bậc cao nhất đạt được' : 'Highest level reached'} (${result.date}): ${pickText(LEVEL_NAMES[result.highest], locale)}`];
  for (const level of [result.levels.ntm, result.levels.advanced, result.levels.model]) lines.push(levelLine(level, locale));
  if (result.modelIncomeThreshold) {
    lines.push(`${vi ? 'Ngưỡng thu nhập xã kiểu mẫu' : 'Model-commune income threshold'}: ${pickText(result.modelIncomeThreshold.note, locale)} = ${result.modelIncomeThreshold.value}`);
  }
  const next = result.next;
  if (next) {
    const name = pickText(LEVEL_NAMES[next.level], locale);
    const parts: string[] = [];
    if (next.blockedBy) parts.push(vi ? `cần đạt ${pickText(LEVEL_NAMES[next.blockedBy], 'vi')} trước` : `needs ${pickText(LEVEL_NAMES[next.blockedBy], 'en')} first`);
    if (next.criteriaToGo !== null) parts.push(vi ? `còn ${next.criteriaToGo} tiêu chí` : `${next.criteriaToGo} criteria to go`);
    const codes = (list: readonly { indicator: string }[]) => list.map((f) => f.indicator).join(', ');
    if (next.unmet.length) parts.push(`${vi ? 'chưa đạt' : 'not met'}: ${codes(next.unmet)}`);
    if (next.missing.length) parts.push(`${vi ? 'thiếu số liệu' : 'missing'}: ${codes(next.missing)}`);
    if (next.indeterminate.length) parts.push(`${vi ? 'chưa xác định' : 'indeterminate'}: ${codes(next.indeterminate)}`);
    lines.push(`${vi ? 'Bậc tiếp theo' : 'Next level'} — ${name}: ${parts.join('; ')}`);
  }
  return lines;
}
