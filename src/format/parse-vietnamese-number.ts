import { DECIMAL_STRING_PATTERN } from '../core/decimal.js';

const VIETNAMESE_GROUPED = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/;
const VIETNAMESE_PLAIN = /^-?\d+(,\d+)?$/;

/**
 * Parses a number written the Vietnamese way — `.` groups thousands, `,` is the decimal mark —
 * into a canonical decimal string. A trailing `%` and surrounding spaces are allowed.
 *
 * Strict on purpose: `"5.5"` is neither a valid Vietnamese grouping nor an unambiguous decimal,
 * so it throws rather than guess.
 *
 * @example
 * ```ts
 * parseVietnameseNumber('1.485');     // '1485'
 * parseVietnameseNumber('59,3%');     // '59.3'
 * parseVietnameseNumber('2.640,4');   // '2640.4'
 * ```
 * @throws RangeError when the text is not a number in Vietnamese notation.
 */
export function parseVietnameseNumber(text: string): string {
  const trimmed = text.trim().replace(/\s*%$/, '').replace(/\s+/g, '');
  if (!VIETNAMESE_GROUPED.test(trimmed) && !VIETNAMESE_PLAIN.test(trimmed)) {
    throw new RangeError(`"${text}" is not a number in Vietnamese notation (e.g. "1.485" or "59,3%") / "${text}" không phải số viết theo kiểu Việt Nam`);
  }
  const canonical = trimmed.replace(/\./g, '').replace(',', '.');
  if (!DECIMAL_STRING_PATTERN.test(canonical)) throw new RangeError(`"${text}" is not a number`);
  return canonical.replace(/^(-?)0+(?=\d)/, '$1');
}
