import type { NumberParseOptions } from './parse-number.js';
import type { Quantity } from './parse-quantity.js';
import { inheritUnit } from './inherit-unit.js';
import { readQuantityAt } from './read-quantity.js';

/** `A/B unit` as reports write progress against a plan (`2.640,4/4.450 tấn`). */
export interface QuantityFraction {
  /** The achieved amount (takes the unit written after the plan). */
  readonly numerator: Quantity;
  /** The plan or the total. */
  readonly denominator: Quantity;
  readonly text: string;
}

/** Internal: reads `A/B [unit]` at `pos`; `null` when there is none (dates like 24/10/2023 are refused). */
export function readFractionAt(text: string, pos: number, options: NumberParseOptions = {}): { fraction: QuantityFraction; end: number } | null {
  const first = readQuantityAt(text, pos, options);
  if (!first || first.quantity.unit !== null || first.quantity.scale !== null) return null;
  const slash = /^\s*\/\s*/.exec(text.slice(first.end));
  if (!slash) return null;
  const second = readQuantityAt(text, first.end + slash[0].length, options);
  if (!second || second.quantity.value.startsWith('-')) return null;
  if (/^\/\d/.test(text.slice(second.end))) return null; // a date: 13/3/2020
  const numerator = inheritUnit(first.quantity, second.quantity);
  return { fraction: { numerator, denominator: second.quantity, text: text.slice(pos, second.end) }, end: second.end };
}

/**
 * Parses `A/B unit` — `2.640,4/4.450 tấn`, `13.636/20.676 triệu đồng`, `01/6 hộ`, `4/9 tiêu
 * chí` — into the achieved amount and the plan (or total), exact, the unit written once.
 *
 * @example
 * ```ts
 * const f = parseFraction('13.636/20.676 triệu đồng');
 * [f.numerator.value, f.denominator.value, f.numerator.unit]; // ['13636', '20676', 'đồng']
 * f.numerator.baseValue; // '13636000000'
 * ```
 * @throws RangeError when the text is not exactly one fraction.
 */
export function parseFraction(text: string, options: NumberParseOptions = {}): QuantityFraction {
  const trimmed = text.trim();
  const read = readFractionAt(trimmed, 0, options);
  if (!read || read.end !== trimmed.length) {
    throw new RangeError(`"${text}" is not a fraction such as "2.640,4/4.450 tấn" / "${text}" không phải dạng "A/B đơn vị"`);
  }
  return read.fraction;
}
