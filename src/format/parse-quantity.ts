import type { NumberAmbiguity, NumberParseOptions } from './parse-number.js';
import { readQuantityAt } from './read-quantity.js';
import type { UnitKind } from './units.js';

/** A number with its scale word and unit, as a report writes it (`274,816 tỷ đồng`). */
export interface Quantity {
  /** The number as written, canonical (`"274.816"`). */
  readonly value: string;
  /** Fraction digits as written: the report's own precision. */
  readonly decimals: number;
  /** Scale word (`nghìn`, `triệu`, `tỷ`), or `null`. */
  readonly scale: string | null;
  /** Canonical unit (`tỷ đồng` → `đồng`; `%`; `tấn`), or `null` for a bare number. */
  readonly unit: string | null;
  readonly unitKind: UnitKind | null;
  /** The `/…` part of a rate unit (`tạ/ha` → `ha`, `%/năm` → `năm`), or `null`. */
  readonly per: string | null;
  /** The value times the scale word, in the unit (`274,816 tỷ đồng` → `"274816000000"` đồng). */
  readonly baseValue: string;
  /** The text that was read. */
  readonly text: string;
  /** See {@link parseNumber}: set when the number reads differently in the other notation. */
  readonly ambiguity: NumberAmbiguity | null;
}

/**
 * Parses a number with an optional scale word and unit — `59,3%`, `2.640,4 tấn`,
 * `274,816 tỷ đồng`, `150 ngàn tấn`, `56,28 tạ/ha`, `300m³` — into an exact {@link Quantity}.
 * Notation and ambiguity as in {@link parseNumber}.
 *
 * @example
 * ```ts
 * parseQuantity('274,816 tỷ đồng');  // { value: '274.816', scale: 'tỷ', unit: 'đồng', baseValue: '274816000000', … }
 * parseQuantity('150 ngàn tấn').baseValue;  // '150000'
 * parseQuantity('59,3 %').unit;              // '%'
 * ```
 * @throws RangeError when the text is not exactly one quantity.
 */
export function parseQuantity(text: string, options: NumberParseOptions = {}): Quantity {
  const trimmed = text.trim();
  const match = readQuantityAt(trimmed, 0, options);
  if (!match || match.end !== trimmed.length) {
    throw new RangeError(`"${text}" is not a number with a unit (e.g. "2.640,4 tấn") / "${text}" không phải số kèm đơn vị`);
  }
  if (match.quantity.ambiguity && options.onAmbiguous === 'throw') {
    throw new RangeError(`${match.quantity.ambiguity.message.en} / ${match.quantity.ambiguity.message.vi}`);
  }
  return match.quantity;
}
