import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareWith,
  countGapTo,
  countGapToRange,
  gapTo,
  gapToRange,
  isBetween,
  numericOf,
  numericText,
  percentOf,
  type NumericActual,
} from '../../src/core/compare.js';
import type { Comparator } from '../../src/core/rulebook-schema.js';
import { Decimal } from '../../src/core/decimal.js';

const counts = (numerator: number, denominator: number): NumericActual => ({ kind: 'counts', numerator, denominator });
const decimal = (value: string): NumericActual => ({ kind: 'decimal', value: new Decimal(value) });
const d = (value: string) => new Decimal(value);

describe('compareWith: shares given as counts are compared exactly (no rounding)', () => {
  it('7 poor households of 100 (7 %) against ≤ 7 % is met', () => {
    expect(compareWith(counts(7, 100), '<=', d('7'))).toBe(true);
  });
  it('8 poor households of 100 (8 %) against ≤ 7 % is not met', () => {
    expect(compareWith(counts(8, 100), '<=', d('7'))).toBe(false);
  });
  it('19 of 20 households (95 %) against ≥ 95 % is met', () => {
    expect(compareWith(counts(19, 20), '>=', d('95'))).toBe(true);
  });
  it('18 of 20 households (90 %) against ≥ 95 % is not met', () => {
    expect(compareWith(counts(18, 20), '>=', d('95'))).toBe(false);
  });
  it('18 of 20 households (90 %) against ≥ 90 % is met', () => {
    expect(compareWith(counts(18, 20), '>=', d('90'))).toBe(true);
  });
  it('1 of 3 (33.333… %) against ≥ 33.33 % is met', () => {
    expect(compareWith(counts(1, 3), '>=', d('33.33'))).toBe(true);
  });
  it('1 of 3 (33.333… %) against ≥ 33.34 % is not met', () => {
    expect(compareWith(counts(1, 3), '>=', d('33.34'))).toBe(false);
  });
  it('2 of 3 (66.666… %) against ≥ 66.6667 % is not met, though it displays as 66.6667', () => {
    expect(compareWith(counts(2, 3), '>=', d('66.6667'))).toBe(false);
    expect(compareWith(counts(2, 3), '>=', d('66.6666'))).toBe(true);
  });

  it('strict "> 90 %" is not met at exactly 90 of 100, and is met at 91', () => {
    expect(compareWith(counts(90, 100), '>', d('90'))).toBe(false);
    expect(compareWith(counts(91, 100), '>', d('90'))).toBe(true);
  });
  it('strict "< 10 %" is not met at exactly 10 of 100, and is met at 9', () => {
    expect(compareWith(counts(10, 100), '<', d('10'))).toBe(false);
    expect(compareWith(counts(9, 100), '<', d('10'))).toBe(true);
  });
  it('"= 100 %" is met by 20 of 20 and not by 19 of 20', () => {
    expect(compareWith(counts(20, 20), '=', d('100'))).toBe(true);
    expect(compareWith(counts(19, 20), '=', d('100'))).toBe(false);
  });

  it('plain decimals compare exactly at the boundary for every operator', () => {
    expect(compareWith(decimal('45'), '>=', d('45'))).toBe(true);
    expect(compareWith(decimal('44.999999'), '>=', d('45'))).toBe(false);
    expect(compareWith(decimal('45'), '>', d('45'))).toBe(false);
    expect(compareWith(decimal('45.000001'), '>', d('45'))).toBe(true);
    expect(compareWith(decimal('7'), '<=', d('7'))).toBe(true);
    expect(compareWith(decimal('7.0000001'), '<=', d('7'))).toBe(false);
    expect(compareWith(decimal('5'), '<', d('5'))).toBe(false);
    expect(compareWith(decimal('4.99'), '<', d('5'))).toBe(true);
    expect(compareWith(decimal('100.0'), '=', d('100'))).toBe(true);
    expect(compareWith(decimal('99.99'), '=', d('100'))).toBe(false);
  });
  it('0.1 + 0.2 style float noise cannot happen: "0.3" ≥ 0.3 is met', () => {
    expect(compareWith(decimal('0.3'), '>=', d('0.1').plus(d('0.2')))).toBe(true);
  });
});

describe('percentOf', () => {
  it('is exact to 40 significant digits', () => {
    expect(percentOf(2, 3).toFixed()).toBe('66.66666666666666666666666666666666666667');
    expect(percentOf(19, 20).toFixed()).toBe('95');
    expect(percentOf(593, 1000).toFixed()).toBe('59.3');
  });
});

describe('gapTo: distance to the threshold in the value’s unit, as an exact string', () => {
  it('is "0" when met', () => {
    expect(gapTo(counts(19, 20), '>=', d('95'))).toBe('0');
    expect(gapTo(decimal('45'), '>=', d('45'))).toBe('0');
  });
  it('85 of 100 against ≥ 90 % misses by "5" percentage points', () => {
    expect(gapTo(counts(85, 100), '>=', d('90'))).toBe('5');
  });
  it('9 of 100 against ≤ 7 % misses by "2"', () => {
    expect(gapTo(counts(9, 100), '<=', d('7'))).toBe('2');
  });
  it('an amount of 42.5 against ≥ 45 misses by "2.5"', () => {
    expect(gapTo(decimal('42.5'), '>=', d('45'))).toBe('2.5');
  });
  it('strict comparators at equality are unmet, yet the distance to the boundary is "0"', () => {
    expect(gapTo(counts(90, 100), '>', d('90'))).toBe('0');
    expect(gapTo(counts(10, 100), '<', d('10'))).toBe('0');
  });
  it('"= 100 %" with 19 of 20 misses by "5"', () => {
    expect(gapTo(counts(19, 20), '=', d('100'))).toBe('5');
  });
  it('1 of 3 against ≥ 33.34 % keeps the exact (40-digit) difference', () => {
    expect(gapTo(counts(1, 3), '>=', d('33.34'))).toBe('0.00666666666666666666666666666666666667');
  });
});

describe('countGapTo: how many more (or fewer) units of the numerator are needed', () => {
  it('is 0 when already met', () => {
    expect(countGapTo(19, 20, '>=', d('95'))).toBe(0);
    expect(countGapTo(7, 100, '<=', d('7'))).toBe(0);
  });
  it('≥: 85 of 100 against ≥ 90 % needs 5 more', () => {
    expect(countGapTo(85, 100, '>=', d('90'))).toBe(5);
  });
  it('≥ with a fractional target rounds up: 1 of 3 against ≥ 66.67 % needs 2 more (3 of 3)', () => {
    expect(countGapTo(1, 3, '>=', d('66.67'))).toBe(2);
  });
  it('≤: 9 of 100 against ≤ 7 % needs 2 fewer', () => {
    expect(countGapTo(9, 100, '<=', d('7'))).toBe(2);
  });
  it('≤ with a fractional target rounds down: 9 of 100 against ≤ 6.5 % needs 3 fewer', () => {
    expect(countGapTo(9, 100, '<=', d('6.5'))).toBe(3);
  });
  it('>: 90 of 100 against > 90 % needs 1 more', () => {
    expect(countGapTo(90, 100, '>', d('90'))).toBe(1);
  });
  it('<: 10 of 100 against < 10 % needs 1 fewer', () => {
    expect(countGapTo(10, 100, '<', d('10'))).toBe(1);
  });
  it('=: 19 of 20 against = 100 % needs 1 more; 3 of 4 against = 50 % needs 1 fewer', () => {
    expect(countGapTo(19, 20, '=', d('100'))).toBe(1);
    expect(countGapTo(3, 4, '=', d('50'))).toBe(1);
  });
  describe('unreachable with the same denominator → null', () => {
    it('> 100 % can never be met', () => {
      expect(countGapTo(20, 20, '>', d('100'))).toBeNull();
    });
    it('< 0 % can never be met', () => {
      expect(countGapTo(0, 20, '<', d('0'))).toBeNull();
    });
    it('≥ 100.5 % can never be met', () => {
      expect(countGapTo(5, 20, '>=', d('100.5'))).toBeNull();
    });
    it('= 33.33 % has no whole numerator of 3', () => {
      expect(countGapTo(2, 3, '=', d('33.33'))).toBeNull();
    });
  });
});

describe('ranges ("from 43 % to 45 %", inclusive)', () => {
  const [min, max] = [d('43'), d('45')];
  it('both bounds are inside', () => {
    expect(isBetween(counts(43, 100), min, max)).toBe(true);
    expect(isBetween(counts(45, 100), min, max)).toBe(true);
    expect(isBetween(counts(42, 100), min, max)).toBe(false);
    expect(isBetween(counts(46, 100), min, max)).toBe(false);
  });
  it('gap is the distance to the nearest bound, "0" inside', () => {
    expect(gapToRange(counts(44, 100), min, max)).toBe('0');
    expect(gapToRange(counts(40, 100), min, max)).toBe('3');
    expect(gapToRange(decimal('45.5'), min, max)).toBe('0.5');
  });
  it('count gap is the change to reach the range, null when no whole numerator lies in it', () => {
    expect(countGapToRange(44, 100, min, max)).toBe(0);
    expect(countGapToRange(40, 100, min, max)).toBe(3);
    expect(countGapToRange(47, 100, min, max)).toBe(2);
    expect(countGapToRange(4, 10, d('43.1'), d('43.2'))).toBeNull();
  });
});

describe('gapTo on plain decimals is digit for digit the Decimal subtraction', () => {
  const plain = fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }))
    .map(([negative, units, places, leadingZeros, trailingZeros]) => {
      const digits = units.toString().padStart(places + 1, '0');
      const whole = '0'.repeat(leadingZeros) + digits.slice(0, digits.length - places);
      const fraction = digits.slice(digits.length - places) + (places > 0 ? '0'.repeat(trailingZeros) : '');
      return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
    });
  const threshold = fc.tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 6 })).map(([units, places]) => new Decimal(units).div(10 ** places));
  it('for every comparator, with leading and trailing zeros in the input', () => {
    fc.assert(
      fc.property(plain, threshold, fc.constantFrom('>=', '>', '<=', '<', '=') as fc.Arbitrary<Comparator>, (text, limit, op) => {
        const read = numericOf(text);
        const exact = new Decimal(text);
        expect(numericText(read)).toBe(exact.toFixed());
        const met = compareWith(read, op, limit);
        expect(met).toBe(compareWith(decimal(text), op, limit));
        expect(gapTo(read, op, limit)).toBe(met ? '0' : exact.minus(limit).abs().toFixed());
      }),
      { numRuns: 5000 },
    );
  });
  it('reads "45.0" and "007" as 45 and 7 without falling back to Decimal', () => {
    expect(numericOf('45.0')).toEqual({ kind: 'scaled', units: 45, scale: 1, text: '45' });
    expect(numericOf('007')).toEqual({ kind: 'scaled', units: 7, scale: 1, text: '7' });
    expect(numericOf('-0.50')).toEqual({ kind: 'scaled', units: -5, scale: 10, text: '-0.5' });
    expect(gapTo(numericOf('42.50'), '>=', d('45'))).toBe('2.5');
  });
});
