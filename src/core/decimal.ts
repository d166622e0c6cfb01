import DecimalBase from 'decimal.js';

/**
 * The library's own Decimal constructor: 40 significant digits, half-up rounding.
 * A clone, so a caller's global `Decimal.set(...)` can never change our results.
 */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

/** A canonical decimal string: optional minus, digits, optional fraction (`"59.3"`, `"-2"`). */
export const DECIMAL_STRING_PATTERN = /^-?\d+(\.\d+)?$/;

/** Turns a finite number or a canonical decimal string into a Decimal. */
export function toDecimal(value: number | string): Decimal {
  return new Decimal(typeof value === 'number' ? String(value) : value);
}

/** Canonical string of a Decimal without exponent notation or trailing zeros (`"7"`, `"59.3"`). */
export function decimalToString(value: Decimal): string {
  return value.toFixed();
}
