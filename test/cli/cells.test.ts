import { describe, expect, it } from 'vitest';
import { isNotApplicableCell, readBooleanCell, readDateCell, readDecimalCell, readIntegerCell, readRatioCell } from '../../src/cli/cells.js';

describe('cell readers', () => {
  it('reads shares as counts or percentages written the Vietnamese way (seed 003: "2.640,4/4.450", "59,3%")', () => {
    expect(readRatioCell('20/231', 'vi')).toEqual({ ok: true, value: { numerator: 20, denominator: 231 } });
    expect(readRatioCell('1.485/1.485', 'vi')).toEqual({ ok: true, value: { numerator: 1485, denominator: 1485 } });
    expect(readRatioCell('59,3%', 'vi')).toEqual({ ok: true, value: { percent: '59.3' } });
    expect(readRatioCell('59.3%', 'en')).toEqual({ ok: true, value: { percent: '59.3' } });
    expect(readRatioCell('2.640,4/4.450', 'vi')).toMatchObject({ ok: false, code: 'not-a-whole-number', message: { vi: 'tử số: "2.640,4" không phải số nguyên không âm' } });
    expect(readRatioCell('59,3', 'vi')).toMatchObject({ ok: false, code: 'ratio-form' });
    expect(readRatioCell('abc/10', 'vi')).toMatchObject({ ok: false, code: 'not-a-number' });
    expect(readRatioCell('abc', 'vi')).toMatchObject({ ok: false, code: 'not-a-number', message: { en: '"abc" is not a number: write a share as counts (20/231) or a percentage (59,3%)' } });
  });

  it('reads decimals and whole numbers in the chosen notation, and says how to fix "44.5" in Vietnamese notation', () => {
    expect(readDecimalCell('2.640,4', 'vi')).toEqual({ ok: true, value: '2640.4' });
    expect(readDecimalCell('1,485', 'en')).toEqual({ ok: true, value: '1485' });
    expect(readDecimalCell('44.5', 'vi')).toMatchObject({ ok: false, code: 'not-a-number', message: { en: '"44.5" is not a number (Vietnamese notation: write 44,5, or pass --notation en)' } });
    expect(readDecimalCell('abc', 'vi')).toMatchObject({ ok: false, message: { en: '"abc" is not a number', vi: '"abc" không phải là số' } });
    expect(readIntegerCell('1.810', 'vi')).toEqual({ ok: true, value: 1810 });
    expect(readIntegerCell('2,5', 'vi')).toMatchObject({ ok: false, code: 'not-a-whole-number' });
  });

  it('reads yes/no, not-applicable and dates', () => {
    for (const t of ['có', 'Có', 'đạt', 'ĐẠT', '1', 'x', 'true']) expect(readBooleanCell(t)).toEqual({ ok: true, value: true });
    for (const t of ['không', 'chưa đạt', 'Chưa  đạt', '0', 'false']) expect(readBooleanCell(t)).toEqual({ ok: true, value: false });
    expect(readBooleanCell('maybe')).toMatchObject({ ok: false, code: 'not-yes-no' });
    expect(isNotApplicableCell('KAD')).toBe(true);
    expect(isNotApplicableCell('không áp dụng')).toBe(true);
    expect(isNotApplicableCell('0')).toBe(false);
    expect(readDateCell('30/06/2023')).toEqual({ ok: true, value: '2023-06-30' });
    expect(readDateCell('2023-06-30')).toEqual({ ok: true, value: '2023-06-30' });
    expect(readDateCell('June 30')).toMatchObject({ ok: false, code: 'not-a-date' });
  });
});
