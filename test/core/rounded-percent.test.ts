import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentOf, roundedPercent } from '../../src/core/compare.js';
import { Decimal, decimalToString } from '../../src/core/decimal.js';

// roundedPercent formats shares for display (4 decimals for actual values, 2 for progress) with
// integer arithmetic and digit tables; it must agree with Decimal's half-up rounding everywhere.
const viaDecimal = (n: number, d: number, places: number) =>
  decimalToString(percentOf(n, d).toDecimalPlaces(places, Decimal.ROUND_HALF_UP));

describe('roundedPercent', () => {
  it('matches Decimal half-up rounding for any share and 0–6 decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 6 }), (d, share, places) => {
        const n = Math.floor(share * d);
        expect(roundedPercent(n, d, places)).toBe(viaDecimal(n, d, places));
      }),
      { numRuns: 5000 },
    );
  });

  it('rounds exact ties up and drops trailing zeros', () => {
    expect(roundedPercent(1, 8, 0)).toBe('13'); // 12.5
    expect(roundedPercent(1, 16, 1)).toBe('6.3'); // 6.25
    expect(roundedPercent(1, 2_000_000, 4)).toBe('0.0001'); // 0.00005
    expect(roundedPercent(1, 32_000, 4)).toBe('0.0031'); // 0.003125
    expect(roundedPercent(593, 1000, 4)).toBe('59.3');
    expect(roundedPercent(1, 3, 4)).toBe('33.3333');
    expect(roundedPercent(2, 3, 4)).toBe('66.6667');
    expect(roundedPercent(7, 7, 4)).toBe('100');
    expect(roundedPercent(0, 7, 4)).toBe('0');
    expect(roundedPercent(17, 19, 2)).toBe('89.47');
  });

  it('falls back to Decimal for counts beyond exact double arithmetic', () => {
    const n = 2 ** 52;
    const d = 2 ** 53 - 1;
    expect(roundedPercent(n, d, 4)).toBe(viaDecimal(n, d, 4));
  });
});
