import type { Locale } from '../core/localized-text.js';
import { formatNumber } from './format-number.js';
import { VIETNAMESE_SCALE_WORDS, VIETNAMESE_UNITS } from './units.js';

/** What {@link formatQuantity} needs: a value and, optionally, its scale word, unit and per-unit. */
export interface QuantityLike {
  readonly value: string | number;
  readonly scale?: string | null;
  readonly unit?: string | null;
  readonly per?: string | null;
}

const PER_EN: Record<string, string> = { năm: 'year', tháng: 'month', người: 'person', hộ: 'household', ha: 'ha', xã: 'commune', con: 'head' };

/**
 * Writes a quantity back the way reports do — `274,816 tỷ đồng`, `59,3%`, `2.640,4 tấn` — or in
 * English (`274.816 billion VND`, `59.3%`, `2,640.4 t`). Rounds half-up to at most `maxDecimals`
 * (default 3) like {@link formatNumber}.
 *
 * @example
 * ```ts
 * formatQuantity({ value: '274.816', scale: 'tỷ', unit: 'đồng' }, 'vi'); // '274,816 tỷ đồng'
 * formatQuantity({ value: '274.816', scale: 'tỷ', unit: 'đồng' }, 'en'); // '274.816 billion VND'
 * formatQuantity({ value: '59.3', unit: '%' }, 'vi');                     // '59,3%'
 * ```
 */
export function formatQuantity(quantity: QuantityLike, locale: Locale, maxDecimals = 3): string {
  const number = formatNumber(quantity.value, locale, maxDecimals);
  const unit = quantity.unit ?? null;
  if (unit === '%') return `${number}%${quantity.per ? `/${locale === 'vi' ? quantity.per : (PER_EN[quantity.per] ?? quantity.per)}` : ''}`;
  const words: string[] = [];
  if (quantity.scale) {
    const scale = VIETNAMESE_SCALE_WORDS.find((s) => s.key === quantity.scale || s.aliases.includes(quantity.scale ?? ''));
    words.push(locale === 'vi' ? quantity.scale : (scale?.en ?? quantity.scale));
  }
  if (unit) {
    const def = VIETNAMESE_UNITS.find((u) => u.key === unit);
    words.push(locale === 'vi' ? unit : (def?.en ?? unit));
  }
  let text = words.length > 0 ? `${number} ${words.join(' ')}` : number;
  if (quantity.per) text += `/${locale === 'vi' ? quantity.per : (PER_EN[quantity.per] ?? quantity.per)}`;
  return text;
}
