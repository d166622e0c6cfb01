/* Internal: bilingual wording of a target's requirement and of values in its unit. */
import type { Locale, LocalizedText } from '../core/localized-text.js';
import { formatDate, formatNumber } from '../format/format-number.js';
import type { Target } from './target-schema.js';

const VI_OP: Record<string, string> = { '>=': 'tối thiểu', '>': 'trên', '<=': 'không quá', '<': 'dưới', '=': 'bằng', about: 'khoảng' };
const EN_OP: Record<string, string> = { '>=': 'at least', '>': 'more than', '<=': 'at most', '<': 'below', '=': 'exactly', about: 'about' };

/** A value in the target's unit: `80%`, `1,5 điểm %/năm`, `1,5 lần`, `4.450 tấn`. */
export function formatInUnit(value: string, unit: string, locale: Locale): string {
  const n = formatNumber(value, locale, 4);
  switch (unit) {
    case '%':
      return `${n}%`;
    case 'pp/year':
      return locale === 'vi' ? `${n} điểm %/năm` : `${n} pp/year`;
    case 'times':
      return locale === 'vi' ? `${n} lần` : `${n}×`;
    case 'count':
      return n;
    case 'rank':
      return locale === 'vi' ? `hạng ${n}` : `rank ${n}`;
    default:
      return `${n} ${unit}`;
  }
}

/** A gap in the target's unit; for a percentage, in percentage points (`0,7 điểm %`). */
export function formatGap(value: string, unit: string, locale: Locale): string {
  if (unit !== '%') return formatInUnit(value, unit, locale);
  const n = formatNumber(value, locale, 4);
  return locale === 'vi' ? `${n} điểm %` : `${n} percentage point${n === '1' ? '' : 's'}`;
}

/** "tối thiểu 80%", "43–45%", "at least 80%". */
export function describeRequirement(target: Target, locale: Locale): string {
  if (target.measure === 'achieved') return locale === 'vi' ? 'hoàn thành' : 'achieved';
  if (target.comparator === 'between') {
    const range = `${formatNumber(target.min ?? '0', locale, 4)}–${formatInUnit(target.max ?? '0', target.unit, locale)}`;
    return locale === 'vi' ? `từ ${range}` : range;
  }
  if (target.value === null || target.value === undefined) return locale === 'vi' ? '(chưa rõ giá trị)' : '(value unknown)';
  const word = locale === 'vi' ? (target.wording ?? VI_OP[target.comparator]) : EN_OP[target.comparator];
  return `${word ?? target.comparator} ${formatInUnit(target.value, target.unit, locale)}`;
}

/** "(hạn 31/12/2025)" / "(due 2025-12-31)" or "" without a deadline. */
export function describeDeadline(deadline: string | null, locale: Locale): string {
  if (!deadline) return '';
  return locale === 'vi' ? ` (hạn ${formatDate(deadline, 'vi')})` : ` (due ${deadline})`;
}

export function both(make: (locale: Locale) => string): LocalizedText {
  return { vi: make('vi'), en: make('en') };
}
