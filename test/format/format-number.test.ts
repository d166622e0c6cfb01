import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { formatDate, formatNumber } from '../../src/format/format-number.js';

describe('formatNumber groups thousands and marks decimals by locale', () => {
  it.each([
    ['59.3', '59,3', '59.3'],
    ['1485', '1.485', '1,485'],
    ['1234567.891', '1.234.567,89', '1,234,567.89'],
    ['100', '100', '100'],
    ['999', '999', '999'],
    ['1000', '1.000', '1,000'],
    ['0.1', '0,1', '0.1'],
  ])('%s → vi %s, en %s', (value, vi, en) => {
    expect(formatNumber(value, 'vi')).toBe(vi);
    expect(formatNumber(value, 'en')).toBe(en);
  });

  it('accepts numbers as well as decimal strings', () => {
    expect(formatNumber(1485, 'vi', 0)).toBe('1.485');
    expect(formatNumber(0.1, 'en')).toBe('0.1');
  });
});

describe('formatNumber rounds half-up to at most maxDecimals (default 2) and drops trailing zeros', () => {
  it('78.755 to 2 decimals is 78,76 in Vietnamese (half-up, exact: no float error)', () => {
    expect(formatNumber('78.755', 'vi')).toBe('78,76');
    expect(formatNumber('78.755', 'en', 2)).toBe('78.76');
  });
  it('78.754 stays 78,75; to 1 decimal it is 78.8', () => {
    expect(formatNumber('78.754', 'vi')).toBe('78,75');
    expect(formatNumber('78.754', 'en', 1)).toBe('78.8');
  });
  it('rounding can carry into a new thousands group: 999.999 → 1.000', () => {
    expect(formatNumber('999.999', 'vi')).toBe('1.000');
  });
  it('0.005 → 0,01; trailing zeros are dropped: 59.30 → 59,3', () => {
    expect(formatNumber('0.005', 'vi')).toBe('0,01');
    expect(formatNumber('59.30', 'vi')).toBe('59,3');
    expect(formatNumber('2.500', 'en', 4)).toBe('2.5');
  });
  it('keeps many decimals when asked', () => {
    expect(formatNumber('66.66666666', 'vi', 4)).toBe('66,6667');
  });
  it('is not affected by a caller’s global Decimal settings', () => {
    const before = Decimal.rounding;
    expect(formatNumber('1.005', 'en')).toBe('1.01');
    expect(Decimal.rounding).toBe(before);
  });
});

describe('formatNumber with negative numbers', () => {
  it('puts the minus before the grouped digits', () => {
    expect(formatNumber('-1234.5', 'vi')).toBe('-1.234,5');
    expect(formatNumber('-1234567', 'en')).toBe('-1,234,567');
  });
  it('rounds halves away from zero (-78.755 → -78,76)', () => {
    expect(formatNumber('-78.755', 'vi')).toBe('-78,76');
    expect(formatNumber('-2.5', 'en', 0)).toBe('-3');
  });
  it('a negative number that rounds to zero is written "0", not "-0"', () => {
    expect(formatNumber('-0.004', 'vi')).toBe('0');
  });
});

describe('formatDate', () => {
  it('writes dd/MM/yyyy in Vietnamese', () => {
    expect(formatDate('2024-02-29', 'vi')).toBe('29/02/2024');
    expect(formatDate('2025-12-31', 'vi')).toBe('31/12/2025');
  });
  it('keeps ISO yyyy-MM-dd in English', () => {
    expect(formatDate('2024-02-29', 'en')).toBe('2024-02-29');
  });
});
