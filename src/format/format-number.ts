import type { Locale } from '../core/localized-text.js';
import { Decimal, toDecimal } from '../core/decimal.js';

/**
 * Formats a decimal for people: Vietnamese `1.234,5`, English `1,234.5`. Rounds half-up to at
 * most `maxDecimals` (default 2) and drops trailing zeros; exact input, no float on the way.
 *
 * @example
 * ```ts
 * formatNumber('59.3', 'vi');        // '59,3'
 * formatNumber('1485', 'vi');        // '1.485'
 * formatNumber('78.754', 'en', 1);   // '78.8'
 * ```
 */
export function formatNumber(value: string | number, locale: Locale, maxDecimals = 2): string {
  const rounded = toDecimal(value).toDecimalPlaces(maxDecimals, Decimal.ROUND_HALF_UP).toFixed();
  const negative = rounded.startsWith('-');
  const [whole = '0', fraction] = (negative ? rounded.slice(1) : rounded).split('.');
  const [group, mark] = locale === 'vi' ? ['.', ','] : [',', '.'];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? '-' : ''}${grouped}${fraction ? mark + fraction : ''}`;
}

/** Formats an ISO date `yyyy-MM-dd` as Vietnamese `dd/MM/yyyy` or leaves it ISO for English. */
export function formatDate(isoDate: string, locale: Locale): string {
  if (locale === 'en') return isoDate;
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}
