import { describe, expect, it } from 'vitest';
import { parseVietnameseNumber } from '../../src/format/parse-vietnamese-number.js';

describe('parseVietnameseNumber: "." groups thousands, "," is the decimal mark', () => {
  it.each([
    ['1.485', '1485'],
    ['4.740', '4740'],
    ['1.485.000', '1485000'],
    ['59,3%', '59.3'],
    ['99,4 %', '99.4'],
    ['2.640,4', '2640.4'],
    ['-1.234,5', '-1234.5'],
    ['0,5', '0.5'],
    ['7', '7'],
    ['007', '7'],
    ['  12  ', '12'],
    ['100%', '100'],
  ])('%j → %j', (text, expected) => {
    expect(parseVietnameseNumber(text)).toBe(expected);
  });

  it('gives a canonical decimal string that the evaluation input accepts', () => {
    expect(parseVietnameseNumber('59,3%')).toMatch(/^-?\d+(\.\d+)?$/);
  });

  it.each([
    ['5.5', 'neither a thousands group nor an unambiguous decimal'],
    ['12.34', 'a group must have three digits'],
    ['1.2345', 'a group must have three digits'],
    ['1,2,3', 'two decimal marks'],
    ['', 'empty'],
    ['   ', 'blank'],
    ['abc', 'not a number'],
    ['%', 'a bare percent sign'],
    [',5', 'no whole part'],
    ['5,', 'no fraction after the mark'],
    ['1.485,5,1', 'two decimal marks after a group'],
    ['59.3', 'the English decimal point'],
  ])('rejects %j (%s) with a RangeError', (text) => {
    expect(() => parseVietnameseNumber(text)).toThrow(RangeError);
  });

  it('the error message quotes the text in both languages', () => {
    expect(() => parseVietnameseNumber('5.5')).toThrow(/"5\.5" is not a number in Vietnamese notation.*không phải số/);
  });
});
