import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, decimalToString } from '../../src/core/decimal.js';
import { add, cmp, div, rationalFromDecimal, rationalToString, isFiniteDecimal, roundHalfUp } from '../../src/core/rational.js';

const decimalText = fc
  .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 6 }))
  .map(([n, places]) => decimalToString(new Decimal(n).dividedBy(new Decimal(10).pow(places))));

describe('exact rational arithmetic', () => {
  it('round-trips canonical decimals', () => {
    fc.assert(
      fc.property(decimalText, (text) => {
        expect(rationalToString(rationalFromDecimal(text))).toBe(text);
      }),
    );
  });

  it('adds exactly and agrees with Decimal for finite decimals', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        expect(rationalToString(add(rationalFromDecimal(a), rationalFromDecimal(b)))).toBe(decimalToString(new Decimal(a).plus(b)));
      }),
    );
  });

  it('rounds half-up like Decimal', () => {
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 0, max: 4 }), (a, places) => {
        expect(rationalToString(roundHalfUp(rationalFromDecimal(a), places))).toBe(decimalToString(new Decimal(a).toDecimalPlaces(places, Decimal.ROUND_HALF_UP)));
      }),
    );
  });

  it('keeps thirds exact: 1/3 + 1/3 + 1/3 = 1, printed to 40 digits when alone', () => {
    const third = div(rationalFromDecimal(1), rationalFromDecimal(3));
    expect(isFiniteDecimal(third)).toBe(false);
    expect(rationalToString(third)).toBe('0.3333333333333333333333333333333333333333');
    expect(cmp(add(add(third, third), third), rationalFromDecimal(1))).toBe(0);
  });
});
