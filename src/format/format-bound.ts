import type { Locale } from '../core/localized-text.js';
import { COMPARATOR_WORDINGS } from './comparator-wordings.js';
import { formatNumber } from './format-number.js';
import { formatQuantity } from './format-quantity.js';
import type { Bound } from './parse-bound.js';

const VI_WORDS: Record<string, string> = { '>=': 'tối thiểu', '>': 'trên', '<=': 'không quá', '<': 'dưới', '=': 'bằng', about: 'khoảng' };
const EN_WORDS: Record<string, string> = { '>=': 'at least', '>': 'more than', '<=': 'at most', '<': 'below', '=': 'equal to', about: 'about' };

/**
 * Writes a bound back: `trên 99,5%`, `tối thiểu 90%`, `43–45%` in Vietnamese (keeping the wording
 * it was written with, or a standard one), `more than 99.5%`, `at least 90%`, `43–45%` in English.
 *
 * @example
 * ```ts
 * formatBound(parseBound('KH trên 99,5%'), 'vi'); // 'trên 99,5%'
 * formatBound(parseBound('43-45%'), 'en');         // '43–45%'
 * ```
 */
export function formatBound(bound: Pick<Bound, 'comparator' | 'value' | 'min' | 'max' | 'wording'>, locale: Locale, maxDecimals = 3): string {
  if (bound.comparator === 'between' && bound.min && bound.max) {
    return `${formatNumber(bound.min.value, locale, maxDecimals)}–${formatQuantity(bound.max, locale, maxDecimals)}`;
  }
  if (!bound.value) return '';
  const value = formatQuantity(bound.value, locale, maxDecimals);
  if (bound.comparator === null) return value;
  if (locale === 'en') return `${EN_WORDS[bound.comparator] ?? bound.comparator} ${value}`;
  const known = bound.wording ? COMPARATOR_WORDINGS.find((w) => w.wording === bound.wording) : undefined;
  if (known?.position === 'suffix') return `${value} ${known.wording}`;
  if (bound.wording?.includes('…')) return `${bound.wording.replace(/…\s*/, '')} ${value}`.replace(/^từ (trở lên|trở xuống) (.*)$/, 'từ $2 $1');
  return `${known?.wording ?? VI_WORDS[bound.comparator] ?? bound.comparator} ${value}`;
}
