/* Internal: a bare number next to a quantity with a unit takes that unit (`43-45%` → 43 %). */
import { Decimal, decimalToString } from '../core/decimal.js';
import type { Quantity } from './parse-quantity.js';
import { VIETNAMESE_SCALE_WORDS } from './units.js';

/** `bare` with the scale word, unit and per-unit of `model`, when `bare` has none of its own. */
export function inheritUnit(bare: Quantity, model: Quantity): Quantity {
  if (bare.unit !== null || bare.scale !== null) return bare;
  if (model.unit === null && model.scale === null) return bare;
  const factor = VIETNAMESE_SCALE_WORDS.find((s) => s.key === model.scale)?.factor;
  return {
    ...bare,
    scale: model.scale,
    unit: model.unit,
    unitKind: model.unitKind,
    per: model.per,
    baseValue: factor ? decimalToString(new Decimal(bare.value).times(factor)) : bare.value,
  };
}

/** Whether two quantities are written in the same unit (scale word aside). */
export function sameUnit(a: Quantity, b: Quantity): boolean {
  return a.unit === b.unit && a.per === b.per;
}
