import { Decimal } from '../core/decimal.js';
import type { NumberParseOptions } from './parse-number.js';
import type { Quantity } from './parse-quantity.js';
import { inheritUnit, sameUnit } from './inherit-unit.js';
import { readQuantityAt } from './read-quantity.js';

/** An inclusive range as reports write it (`43-45%`, `từ 1.500 đến 1.600 ha`). */
export interface QuantityRange {
  readonly min: Quantity;
  readonly max: Quantity;
  readonly text: string;
}

const SEPARATOR = /^\s*(?:-|–|—|đến|tới)\s*/i;

/** Internal: reads a range at `pos`; `null` when there is none. */
export function readRangeAt(text: string, pos: number, options: NumberParseOptions = {}): { range: QuantityRange; end: number } | null {
  let p = pos;
  const from = /^từ\s+/i.exec(text.slice(p));
  if (from) p += from[0].length;
  const first = readQuantityAt(text, p, options);
  if (!first) return null;
  const sep = SEPARATOR.exec(text.slice(first.end));
  if (!sep) return null;
  const second = readQuantityAt(text, first.end + sep[0].length, options);
  if (!second || second.quantity.value.startsWith('-')) return null;
  const min = inheritUnit(first.quantity, second.quantity);
  const max = inheritUnit(second.quantity, first.quantity);
  if (!sameUnit(min, max)) return null;
  if (new Decimal(min.baseValue).gt(max.baseValue)) return null;
  return { range: { min, max, text: text.slice(pos, second.end) }, end: second.end };
}

/**
 * Parses a range — `43-45%`, `43–45 %`, `1.500 - 1.600 ha`, `từ 4 đến 5%`, `2,5 - 3 lần` — into
 * two exact quantities. A bare bound takes the other bound's unit.
 *
 * @example
 * ```ts
 * const r = parseRange('43-45%');
 * [r.min.value, r.max.value, r.max.unit]; // ['43', '45', '%']
 * parseRange('1.500 - 1.600 ha').min.value; // '1500'
 * ```
 * @throws RangeError when the text is not exactly one range, the units differ, or min > max.
 */
export function parseRange(text: string, options: NumberParseOptions = {}): QuantityRange {
  const trimmed = text.trim();
  const read = readRangeAt(trimmed, 0, options);
  if (!read || read.end !== trimmed.length) {
    throw new RangeError(`"${text}" is not a range such as "43-45%" / "${text}" không phải khoảng giá trị (ví dụ "43-45%")`);
  }
  return read.range;
}
