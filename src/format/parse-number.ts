import { DECIMAL_STRING_PATTERN } from '../core/decimal.js';
import type { LocalizedText } from '../core/localized-text.js';

/** How a text writes numbers: Vietnamese (`1.234,5`) or English (`1,234.5`). */
export type NumberNotation = 'vi' | 'en';

/** Options shared by the Vietnamese number, quantity, range, fraction and bound parsers. */
export interface NumberParseOptions {
  /**
   * The notation the text uses. Default `'vi'`. It decides the ambiguous cases — `1.485` is 1485
   * in Vietnamese and 1.485 in English — and the decision is reported in `ambiguity`.
   */
  readonly notation?: NumberNotation;
  /** What to do with an ambiguous number: report it in the result (default) or throw a `RangeError`. */
  readonly onAmbiguous?: 'report' | 'throw';
}

/** Why a number could be read two ways, and which reading was taken. */
export interface NumberAmbiguity {
  /** The number as written. */
  readonly text: string;
  /** The value under the Vietnamese reading. */
  readonly vi: string;
  /** The value under the English reading. */
  readonly en: string;
  /** The reading taken (the `notation` option). */
  readonly chosen: NumberNotation;
  readonly message: LocalizedText;
}

/** A number read from text. */
export interface ParsedNumber {
  /** Canonical decimal string (`"2640.4"`). */
  readonly value: string;
  /** Fraction digits as written (`59,30` → 2): the report's own precision. */
  readonly decimals: number;
  /** The number as written. */
  readonly text: string;
  readonly notation: NumberNotation;
  /** Set when the text could also be read in the other notation; `null` otherwise. */
  readonly ambiguity: NumberAmbiguity | null;
}

/** A number token in either notation: digits with `.`/`,` separators, optional minus. */
export const NUMBER_TOKEN_SOURCE = String.raw`-?\d+(?:[.,]\d+)*`;

const MARKS: Record<NumberNotation, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

function escape(ch: string): string {
  return ch === '.' ? '\\.' : ch;
}

/** Reads `token` in `notation`; `null` when it is not a valid number there. */
function readIn(token: string, notation: NumberNotation): { value: string; decimals: number } | null {
  const { group, decimal } = MARKS[notation];
  const g = escape(group);
  const d = escape(decimal);
  const grouped = new RegExp(`^(-?)(\\d{1,3}(?:${g}\\d{3})+)(?:${d}(\\d+))?$`);
  const plain = new RegExp(`^(-?)(\\d+)(?:${d}(\\d+))?$`);
  const m = grouped.exec(token) ?? plain.exec(token);
  if (!m) return null;
  const sign = m[1] ?? '';
  const whole = (m[2] ?? '').split(group).join('').replace(/^0+(?=\d)/, '');
  const fraction = m[3];
  const text = fraction === undefined ? `${sign}${whole}` : `${sign}${whole}.${fraction}`;
  if (!DECIMAL_STRING_PATTERN.test(text)) return null;
  const value = /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
  return { value, decimals: fraction === undefined ? 0 : fraction.length };
}

function canonical(value: string): string {
  // Drop trailing zeros of the fraction for comparing two readings.
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

/**
 * Parses one number written the way reports write it — Vietnamese by default (`.` groups
 * thousands, `,` marks decimals), or English with `{ notation: 'en' }` — into an exact canonical
 * decimal string. A number with a single separator followed by exactly three digits (`1.485`,
 * `274,816`) reads differently in the two notations: it is read in the chosen notation and the
 * other reading is reported in `ambiguity` (or a `RangeError` is thrown with
 * `onAmbiguous: 'throw'`). Never guessed silently.
 *
 * @example
 * ```ts
 * parseNumber('2.640,4').value;                    // '2640.4'
 * parseNumber('1.485').ambiguity?.en;              // '1.485' (reported, read as 1485)
 * parseNumber('1.485', { notation: 'en' }).value;  // '1.485'
 * parseNumber('59,30').decimals;                   // 2
 * ```
 * @throws RangeError when the text is not a number in the chosen notation, or is ambiguous and
 * `onAmbiguous` is `'throw'`.
 */
export function parseNumber(text: string, options: NumberParseOptions = {}): ParsedNumber {
  const notation = options.notation ?? 'vi';
  const token = text.trim();
  const read = readIn(token, notation);
  if (!read) {
    throw new RangeError(
      `"${text}" is not a number in ${notation === 'vi' ? 'Vietnamese' : 'English'} notation / "${text}" không phải số viết theo kiểu ${notation === 'vi' ? 'Việt Nam' : 'tiếng Anh'}`,
    );
  }
  const other: NumberNotation = notation === 'vi' ? 'en' : 'vi';
  const otherRead = readIn(token, other);
  let ambiguity: NumberAmbiguity | null = null;
  if (otherRead && canonical(otherRead.value) !== canonical(read.value)) {
    const vi = notation === 'vi' ? read.value : otherRead.value;
    const en = notation === 'en' ? read.value : otherRead.value;
    ambiguity = {
      text: token,
      vi,
      en,
      chosen: notation,
      message: {
        vi: `"${token}" có thể đọc là ${vi} (cách viết Việt Nam) hoặc ${en} (cách viết tiếng Anh); đã đọc theo cách viết ${notation === 'vi' ? 'Việt Nam' : 'tiếng Anh'}: ${read.value}`,
        en: `"${token}" reads as ${vi} in Vietnamese notation or ${en} in English notation; read in ${notation === 'vi' ? 'Vietnamese' : 'English'} notation as ${read.value}`,
      },
    };
    if (options.onAmbiguous === 'throw') throw new RangeError(`${ambiguity.message.en} / ${ambiguity.message.vi}`);
  }
  return { value: read.value, decimals: read.decimals, text: token, notation, ambiguity };
}
