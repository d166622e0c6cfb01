import type { Locale } from '../core/localized-text.js';
import { formatNumber } from './format-number.js';

/**
 * Writes a percentage: `59,3%` in Vietnamese, `59.3%` in English (half-up, at most
 * `maxDecimals`, default 2).
 *
 * @example
 * ```ts
 * formatPercent('59.335', 'vi', 1); // '59,3%'
 * formatPercent('38.06', 'en');     // '38.06%'
 * ```
 */
export function formatPercent(value: string | number, locale: Locale, maxDecimals = 2): string {
  return `${formatNumber(value, locale, maxDecimals)}%`;
}
