import type { LocalizedText } from '../core/localized-text.js';
import { COMPARATOR_WORDINGS, type BoundComparator } from './comparator-wordings.js';
import type { NumberParseOptions } from './parse-number.js';
import type { Quantity } from './parse-quantity.js';
import { readRangeAt } from './parse-range.js';
import { readQuantityAt } from './read-quantity.js';

/** A target or plan value with its comparator, as written (`trên 99,5%`, `43-45%`, `tối thiểu 90%`). */
export interface Bound {
  /**
   * The stated comparator; `null` for a plain value (`KH 60%`), whose reading depends on
   * whether higher or lower is better.
   */
  readonly comparator: BoundComparator | null;
  /** The value, for every comparator but `between`. */
  readonly value: Quantity | null;
  /** The range, for `between`. */
  readonly min: Quantity | null;
  readonly max: Quantity | null;
  /** The comparator wording as written (`trên`, `từ … trở lên`), or `null`. */
  readonly wording: string | null;
  /** A caution attached to the wording (`trên` is often meant as ≥). */
  readonly note: LocalizedText | null;
  readonly text: string;
}

/** Internal: reads a bound at `pos` (leading `đạt`/`phấn đấu`/`KH:` are skipped). */
export function readBoundAt(text: string, pos: number, options: NumberParseOptions = {}): { bound: Bound; end: number } | null {
  let p = pos;
  const lead = /^(?:\s*(?:phấn đấu|đạt|kh|kế hoạch)(?![\p{L}\p{M}])\s*:?\s*)*/iu.exec(text.slice(p));
  if (lead) p += lead[0].length;
  const lower = text.slice(p, p + 30).toLowerCase();
  // "từ X đến Y", "X-Y" → between (tried before the word table so "từ" is not lost).
  const range = readRangeAt(text, p, options);
  if (range) {
    return {
      bound: { comparator: 'between', value: null, min: range.range.min, max: range.range.max, wording: /^từ\s/i.test(lower) ? 'từ … đến …' : null, note: null, text: text.slice(pos, range.end).trim() },
      end: range.end,
    };
  }
  let wording: (typeof COMPARATOR_WORDINGS)[number] | null = null;
  for (const entry of COMPARATOR_WORDINGS) {
    if (entry.position === 'prefix' && lower.startsWith(entry.wording) && /^[\s\d]/.test(lower.slice(entry.wording.length))) {
      wording = entry;
      break;
    }
  }
  let fromUpwards = false;
  if (wording) p += wording.wording.length;
  else if (/^từ\s+\d/.test(lower)) {
    fromUpwards = true;
    p += 2;
  }
  p += /^\s*/.exec(text.slice(p))?.[0].length ?? 0;
  const q = readQuantityAt(text, p, options);
  if (!q) return null;
  let end = q.end;
  // Suffix wordings: "550 lao động trở lên", "3,2% trở xuống".
  const after = /^\s*(trở lên|trở xuống)/i.exec(text.slice(end));
  if (after && !wording) {
    const suffix = COMPARATOR_WORDINGS.find((e) => e.wording === after[1]?.toLowerCase()) ?? null;
    end += after[0].length;
    return {
      bound: { comparator: suffix?.comparator ?? null, value: q.quantity, min: null, max: null, wording: fromUpwards ? `từ … ${after[1] ?? ''}` : (after[1] ?? null), note: null, text: text.slice(pos, end).trim() },
      end,
    };
  }
  if (fromUpwards) return null;
  return {
    bound: { comparator: wording?.comparator ?? null, value: q.quantity, min: null, max: null, wording: wording?.wording ?? null, note: wording?.note ?? null, text: text.slice(pos, end).trim() },
    end,
  };
}

/**
 * Parses a target or plan value with its Vietnamese comparator wording: `trên 99,5%` (>),
 * `dưới 3,2%` (<), `không quá 5%` (≤), `tối thiểu 90%` / `ít nhất 80%` / `từ 550 lao động trở
 * lên` (≥), `khoảng 65%` (about), `43-45%` / `từ 4 đến 5%` (between), or a plain `60%`
 * (comparator `null`). A leading `KH`, `KH:`, `đạt` or `phấn đấu` is skipped.
 *
 * @example
 * ```ts
 * parseBound('KH trên 99,5%');   // { comparator: '>', value: { value: '99.5', unit: '%' }, wording: 'trên', note: {…} }
 * parseBound('KH: 43-45%').min?.value;  // '43'
 * parseBound('tối thiểu 90%').comparator; // '>='
 * parseBound('11%').comparator;          // null (plain: read by direction)
 * ```
 * @throws RangeError when the text is not exactly one bound.
 */
export function parseBound(text: string, options: NumberParseOptions = {}): Bound {
  const trimmed = text.trim();
  const read = readBoundAt(trimmed, 0, options);
  if (!read || read.end !== trimmed.length) {
    throw new RangeError(`"${text}" is not a target value such as "trên 99,5%" / "${text}" không phải giá trị chỉ tiêu (ví dụ "trên 99,5%")`);
  }
  return read.bound;
}
