import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapTo, percentOf } from '../../src/core/compare.js';
import { Decimal, decimalToString } from '../../src/core/decimal.js';

// gapTo takes an integer fast path for shares given as counts; it must give, digit for digit, what
// the 40-digit Decimal arithmetic gives.
const viaDecimal = (n: number, d: number, t: Decimal) => decimalToString(percentOf(n, d).minus(t).abs());

describe('gapTo for counts matches 40-digit Decimal arithmetic exactly', () => {
  it('for realistic shares and thresholds with up to 6 decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 0, max: 6 }),
        (d, share, units, places) => {
          const n = Math.floor(share * d);
          const t = new Decimal(units).div(10 ** places).toDecimalPlaces(places);
          // `met = false` asks for the distance whichever side of the threshold the share lies.
          expect(gapTo({ kind: 'counts', numerator: n, denominator: d }, '>=', t, false)).toBe(viaDecimal(n, d, t));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('for huge denominators (the BigInt path)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 900_000_001, max: 2 ** 50 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 6 }), (d, share, units, places) => {
        const n = Math.floor(share * d);
        const t = new Decimal(units).div(10 ** places).toDecimalPlaces(places);
        expect(gapTo({ kind: 'counts', numerator: n, denominator: d }, '>=', t, false)).toBe(viaDecimal(n, d, t));
      }),
      { numRuns: 2000 },
    );
  });

  it('at the edges: zero numerator, whole shares, repeating fractions, huge counts', () => {
    const cases: [number, number, string][] = [
      [0, 7, '90'],
      [1, 3, '33.34'],
      [2, 3, '66.6667'],
      [7, 100, '6.99'],
      [1, 2 ** 53 - 1, '0.000001'],
      [2 ** 53 - 2, 2 ** 53 - 1, '100'],
      [1, 7, '0'],
      [5, 3, '100'],
      [1, 999_999_999, '90'],
      [999_999_998, 999_999_999, '0.5'],
      [3, 7, '50'],
      [1, 70, '10'],
      [99, 100, '99.000001'],
    ];
    for (const [n, d, t] of cases) {
      expect(gapTo({ kind: 'counts', numerator: n, denominator: d }, '>=', new Decimal(t), false)).toBe(viaDecimal(n, d, new Decimal(t)));
    }
  });
});

describe('gapTo for counts at the seams of its fast paths', () => {
  it('agrees with Decimal when the last digit rounds up through nines, and across divisor sizes', () => {
    // 2/3 against 0: …6667 rounds up; 1/7 against 1 and 99.9999 cover both signs; the denominators
    // cross the 8-digit, 4-digit and BigInt long-division paths.
    for (const d of [3, 7, 9, 11, 999, 9_999_999, 90_000_001, 900_000_001, 9_999_999_967]) {
      for (const n of [0, 1, Math.floor(d / 3), Math.floor((2 * d) / 3), d - 1, d]) {
        for (const t of ['0', '1', '33.333333', '66.666667', '99.9999', '100', '0.000001']) {
          const threshold = new Decimal(t);
          expect(gapTo({ kind: 'counts', numerator: n, denominator: d }, '>=', threshold, false)).toBe(viaDecimal(n, d, threshold));
        }
      }
    }
  });
});
