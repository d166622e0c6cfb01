import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/format/format-number.js';
import { parseNumber } from '../../src/format/parse-number.js';
import { parseVietnameseNumber } from '../../src/format/parse-vietnamese-number.js';

describe('parseNumber: Vietnamese notation by default, English on request', () => {
  it.each([
    ['2.640,4', '2640.4', 1],
    ['1.485.000', '1485000', 0],
    ['59,30', '59.30', 2],
    ['0,5', '0.5', 1],
    ['01', '1', 0],
    ['-1.234,5', '-1234.5', 1],
    ['100', '100', 0],
  ])('vi %j → %j (%i decimals), not ambiguous', (text, value, decimals) => {
    const n = parseNumber(text);
    expect(n).toMatchObject({ value, decimals, notation: 'vi', ambiguity: null });
  });

  it.each([
    ['2,640.4', '2640.4'],
    ['1,485,000', '1485000'],
    ['5.5', '5.5'],
  ])('en %j → %j', (text, value) => {
    expect(parseNumber(text, { notation: 'en' }).value).toBe(value);
  });

  it('"1.485" (003: "Tổng diện tích cao su hiện còn là 1.485 ha") is 1485 in Vietnamese, and the English reading is reported', () => {
    const n = parseNumber('1.485');
    expect(n.value).toBe('1485');
    expect(n.ambiguity).toMatchObject({ text: '1.485', vi: '1485', en: '1.485', chosen: 'vi' });
    expect(n.ambiguity?.message.vi).toContain('1485');
    expect(n.ambiguity?.message.en).toContain('English notation');
  });

  it('the same text read with notation "en" is 1.485, with the Vietnamese reading reported', () => {
    const n = parseNumber('1.485', { notation: 'en' });
    expect(n.value).toBe('1.485');
    expect(n.ambiguity).toMatchObject({ vi: '1485', en: '1.485', chosen: 'en' });
  });

  it('"274,816" (003: "274,816 tỷ đồng") is 274.816 in Vietnamese and 274816 in English: reported', () => {
    expect(parseNumber('274,816').ambiguity).toMatchObject({ vi: '274.816', en: '274816' });
  });

  it('onAmbiguous "throw" refuses to choose', () => {
    expect(() => parseNumber('1.485', { onAmbiguous: 'throw' })).toThrow(RangeError);
    expect(() => parseNumber('1.485', { onAmbiguous: 'throw' })).toThrow(/1485.*1\.485/);
    expect(parseNumber('2.640,4', { onAmbiguous: 'throw' }).value).toBe('2640.4');
  });

  it.each(['5.5', '12.34', '1,2,3', '', 'abc', '1.2345'])('rejects %j in Vietnamese notation', (text) => {
    expect(() => parseNumber(text)).toThrow(RangeError);
  });

  it('rejects a Vietnamese-only number in English notation', () => {
    expect(() => parseNumber('2.640,4', { notation: 'en' })).toThrow(/English notation/);
  });

  it('agrees with parseVietnameseNumber wherever that accepts the text', () => {
    for (const text of ['1.485', '2.640,4', '0,5', '7', '007', '-1.234,5']) {
      expect(parseNumber(text).value).toBe(parseVietnameseNumber(text));
    }
  });

  it('round-trips formatNumber in both notations (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }), (units, places) => {
        const negative = units < 0n;
        const digits = (negative ? -units : units).toString().padStart(places + 1, '0');
        const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
        const canonical = text.replace(/^0+(?=\d)/, '').replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
        const value = negative && canonical !== '0' ? `-${canonical}` : canonical;
        expect(parseNumber(formatNumber(value, 'vi', 4)).value).toBe(value);
        expect(parseNumber(formatNumber(value, 'en', 4), { notation: 'en' }).value).toBe(value);
      }),
    );
  });
});
