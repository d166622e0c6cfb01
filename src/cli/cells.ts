import { parseNumber, type NumberNotation } from '../format/parse-number.js';
import type { LocalizedText } from '../core/localized-text.js';

/** The result of reading one cell: a value, or a bilingual problem with a stable code. */
export type CellResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: string; readonly message: LocalizedText };

const fail = (code: string, en: string, vi: string): CellResult<never> => ({ ok: false, code, message: { en, vi } });

/**
 * Reads a number written in `notation` (`vi`: `1.485`, `59,3`; `en`: `1,485`, `59.3`) as a
 * canonical decimal string.
 *
 * @example
 * ```ts
 * readDecimalCell('2.640,4', 'vi'); // { ok: true, value: '2640.4' }
 * readDecimalCell('abc', 'vi').ok;  // false
 * ```
 */
export function readDecimalCell(text: string, notation: NumberNotation): CellResult<string> {
  const t = text.trim();
  try {
    return { ok: true, value: parseNumber(t, { notation }).value };
  } catch {
    const hint = notation === 'vi' && /^\d+\.\d{1,2}$|^\d+\.\d{4,}$/.test(t) ? { en: ' (Vietnamese notation: write 44,5, or pass --notation en)', vi: ' (kiểu Việt Nam: viết 44,5, hoặc dùng --notation en)' } : { en: '', vi: '' };
    return fail('not-a-number', `"${t}" is not a number${hint.en}`, `"${t}" không phải là số${hint.vi}`);
  }
}

/**
 * Reads a whole number (`1.485` in Vietnamese notation is 1485).
 *
 * @example
 * ```ts
 * readIntegerCell('1.810', 'vi'); // { ok: true, value: 1810 }
 * ```
 */
export function readIntegerCell(text: string, notation: NumberNotation): CellResult<number> {
  const d = readDecimalCell(text, notation);
  if (!d.ok) return d;
  if (!/^\d+$/.test(d.value) || !Number.isSafeInteger(Number(d.value))) {
    return fail('not-a-whole-number', `"${text.trim()}" is not a whole number ≥ 0`, `"${text.trim()}" không phải số nguyên không âm`);
  }
  return { ok: true, value: Number(d.value) };
}

/**
 * Reads a share: counts `20/231` (numerator/denominator, whole numbers) or a percentage `59,3%`.
 *
 * @example
 * ```ts
 * readRatioCell('20/231', 'vi');  // { ok: true, value: { numerator: 20, denominator: 231 } }
 * readRatioCell('59,3%', 'vi');   // { ok: true, value: { percent: '59.3' } }
 * ```
 */
export function readRatioCell(text: string, notation: NumberNotation): CellResult<{ numerator: number; denominator: number } | { percent: string }> {
  const t = text.trim();
  const slash = t.indexOf('/');
  if (slash !== -1) {
    const n = readIntegerCell(t.slice(0, slash), notation);
    if (!n.ok) return fail(n.code, `numerator: ${n.message.en}`, `tử số: ${n.message.vi}`);
    const d = readIntegerCell(t.slice(slash + 1), notation);
    if (!d.ok) return fail(d.code, `denominator: ${d.message.en}`, `mẫu số: ${d.message.vi}`);
    return { ok: true, value: { numerator: n.value, denominator: d.value } };
  }
  if (t.endsWith('%')) {
    const p = readDecimalCell(t.slice(0, -1), notation);
    return p.ok ? { ok: true, value: { percent: p.value } } : p;
  }
  if (!readDecimalCell(t, notation).ok) {
    return fail('not-a-number', `"${t}" is not a number: write a share as counts (20/231) or a percentage (59,3%)`, `"${t}" không phải là số: ghi tỷ lệ dạng số đếm (20/231) hoặc phần trăm (59,3%)`);
  }
  return fail('ratio-form', `"${t}" is not a share: write counts like 20/231 or a percentage like 59,3%`, `"${t}" không phải tỷ lệ: viết dạng số đếm 20/231 hoặc phần trăm 59,3%`);
}

const TRUE = new Set(['1', 'x', 'true', 'yes', 'y', 'có', 'co', 'đạt', 'dat', 'đ', 'met']);
const FALSE = new Set(['0', 'false', 'no', 'n', 'không', 'khong', 'chưa đạt', 'chua dat', 'không đạt', 'khong dat', 'cđ', 'not met']);

/**
 * Reads yes/no: `có`/`không`, `đạt`/`chưa đạt`, `1`/`0`, `x`, `true`/`false`, `yes`/`no`.
 *
 * @example
 * ```ts
 * readBooleanCell('Đạt');      // { ok: true, value: true }
 * readBooleanCell('chưa đạt'); // { ok: true, value: false }
 * ```
 */
export function readBooleanCell(text: string): CellResult<boolean> {
  const t = text.trim().normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  if (TRUE.has(t)) return { ok: true, value: true };
  if (FALSE.has(t)) return { ok: true, value: false };
  return fail('not-yes-no', `"${text.trim()}" is not yes/no (có/không, đạt/chưa đạt, 1/0, true/false)`, `"${text.trim()}" không phải có/không (có/không, đạt/chưa đạt, 1/0, true/false)`);
}

const NOT_APPLICABLE = new Set(['kad', 'không áp dụng', 'khong ap dung', 'n/a', 'na', 'not applicable']);

/**
 * Whether a cell says "not applicable" (`KAD`, `không áp dụng`, `n/a`).
 *
 * @example
 * ```ts
 * isNotApplicableCell('KAD'); // true
 * ```
 */
export function isNotApplicableCell(text: string): boolean {
  return NOT_APPLICABLE.has(text.trim().normalize('NFC').toLowerCase());
}

/**
 * Reads a date as `yyyy-MM-dd` or `dd/MM/yyyy` (the Vietnamese way) into `yyyy-MM-dd`; the
 * calendar check is left to the library.
 *
 * @example
 * ```ts
 * readDateCell('30/06/2023'); // { ok: true, value: '2023-06-30' }
 * ```
 */
export function readDateCell(text: string): CellResult<string> {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return { ok: true, value: t };
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return { ok: true, value: `${m[3]}-${(m[2] as string).padStart(2, '0')}-${(m[1] as string).padStart(2, '0')}` };
  return fail('not-a-date', `"${t}" is not a date (yyyy-MM-dd or dd/MM/yyyy)`, `"${t}" không phải ngày (yyyy-MM-dd hoặc dd/MM/yyyy)`);
}
