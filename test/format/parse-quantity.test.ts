import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparatorFromWording } from '../../src/format/comparator-wordings.js';
import { formatBound } from '../../src/format/format-bound.js';
import { formatPercent } from '../../src/format/format-percent.js';
import { formatQuantity } from '../../src/format/format-quantity.js';
import { parseBound } from '../../src/format/parse-bound.js';
import { parseFraction } from '../../src/format/parse-fraction.js';
import { parseQuantity } from '../../src/format/parse-quantity.js';
import { parseRange } from '../../src/format/parse-range.js';

describe('parseQuantity: numbers with scale words and units from the seed reports', () => {
  it('003: "274,816 tỷ đồng" → 274.816 tỷ đồng = 274 816 000 000 đồng', () => {
    expect(parseQuantity('274,816 tỷ đồng')).toMatchObject({ value: '274.816', scale: 'tỷ', unit: 'đồng', unitKind: 'currency', baseValue: '274816000000' });
  });
  it('003 B.III.1: "150 ngàn tấn" → 150 000 tấn', () => {
    expect(parseQuantity('150 ngàn tấn')).toMatchObject({ value: '150', scale: 'nghìn', unit: 'tấn', baseValue: '150000' });
  });
  it('003: "59,3 %", "59,3%" and "100%KH"-style percentages', () => {
    expect(parseQuantity('59,3 %')).toMatchObject({ value: '59.3', unit: '%', decimals: 1 });
    expect(parseQuantity('59,3%').unit).toBe('%');
  });
  it('003: rates "56,28 tạ/ha" and "53,5 triệu/ha"', () => {
    expect(parseQuantity('56,28 tạ/ha')).toMatchObject({ value: '56.28', unit: 'tạ', per: 'ha' });
    expect(parseQuantity('53,5 triệu/ha')).toMatchObject({ scale: 'triệu', unit: null, per: 'ha', baseValue: '53500000' });
  });
  it('003: "300m³", "1.485 ha", "5.820 thẻ", "39 người", "2.945 lượt"', () => {
    expect(parseQuantity('300m³')).toMatchObject({ value: '300', unit: 'm³' });
    expect(parseQuantity('1.485 ha')).toMatchObject({ value: '1485', unit: 'ha' });
    expect(parseQuantity('5.820 thẻ').unit).toBe('thẻ');
    expect(parseQuantity('39 người').unit).toBe('người');
    expect(parseQuantity('2.945 lượt').unit).toBe('lượt');
  });
  it('a bare number has no unit; a unit is matched as a whole word only', () => {
    expect(parseQuantity('98,05')).toMatchObject({ value: '98.05', unit: null });
    expect(() => parseQuantity('12 hanh')).toThrow(RangeError);
  });
  it('reports ambiguity and can refuse it', () => {
    expect(parseQuantity('1.485 ha').ambiguity?.en).toBe('1.485');
    expect(() => parseQuantity('1.485 ha', { onAmbiguous: 'throw' })).toThrow(RangeError);
    expect(parseQuantity('1.485 ha', { notation: 'en' }).value).toBe('1.485');
  });
  it('rejects text that is not exactly one quantity', () => {
    expect(() => parseQuantity('đạt 59,3%')).toThrow(/not a number with a unit/);
    expect(() => parseQuantity('')).toThrow(RangeError);
  });
});

describe('parseRange', () => {
  it('003 B.I.3.1: "43-45%" → 43 % … 45 %, the bare bound takes the unit', () => {
    const r = parseRange('43-45%');
    expect([r.min.value, r.min.unit, r.max.value, r.max.unit]).toEqual(['43', '%', '45', '%']);
  });
  it('003 B.III.1: "1.500 - 1.600 ha", en dash, "từ … đến …", "2,5 - 3 lần"', () => {
    expect(parseRange('1.500 - 1.600 ha').min).toMatchObject({ value: '1500', unit: 'ha' });
    expect(parseRange('43–45 %').max.value).toBe('45');
    expect(parseRange('từ 4 đến 5%').min).toMatchObject({ value: '4', unit: '%' });
    expect(parseRange('2,5 - 3 lần').min).toMatchObject({ value: '2.5', unit: 'lần' });
  });
  it('rejects min > max, different units and non-ranges', () => {
    expect(() => parseRange('45-43%')).toThrow(RangeError);
    expect(() => parseRange('43% - 45 ha')).toThrow(RangeError);
    expect(() => parseRange('43%')).toThrow(RangeError);
  });
});

describe('parseFraction', () => {
  it('003 III.1: "2.640,4/4.450 tấn" → 2640.4 of 4450 tấn', () => {
    const f = parseFraction('2.640,4/4.450 tấn');
    expect([f.numerator.value, f.numerator.unit, f.denominator.value, f.denominator.unit]).toEqual(['2640.4', 'tấn', '4450', 'tấn']);
  });
  it('003 I.3.1 b): "13.636/20.676 triệu đồng" keeps the scale on both sides', () => {
    const f = parseFraction('13.636/20.676 triệu đồng');
    expect(f.numerator.baseValue).toBe('13636000000');
    expect(f.denominator.baseValue).toBe('20676000000');
  });
  it('"01/6 hộ" and "4/9 tiêu chí"', () => {
    expect(parseFraction('01/6 hộ').numerator.value).toBe('1');
    expect(parseFraction('4/9 tiêu chí').denominator.unit).toBe('tiêu chí');
  });
  it('refuses dates and document numbers', () => {
    expect(() => parseFraction('13/3/2020')).toThrow(RangeError);
    expect(() => parseFraction('18/NQ-HĐND')).toThrow(RangeError);
  });
});

describe('parseBound and the comparator wordings', () => {
  it.each([
    ['KH trên 99,5%', '>', '99.5', 'trên'],
    ['trên 99%', '>', '99', 'trên'],
    ['dưới 3,2%', '<', '3.2', 'dưới'],
    ['xuống dưới 10%', '<', '10', 'xuống dưới'],
    ['không quá 5%', '<=', '5', 'không quá'],
    ['tối đa 5%', '<=', '5', 'tối đa'],
    ['tối thiểu 90%', '>=', '90', 'tối thiểu'],
    ['đạt tối thiểu 50%', '>=', '50', 'tối thiểu'],
    ['ít nhất 80%', '>=', '80', 'ít nhất'],
    ['khoảng 65%', 'about', '65', 'khoảng'],
    ['bằng 100%', '=', '100', 'bằng'],
    ['KH 11%', null, '11', null],
    ['KH 54,1 triệu đồng', null, '54.1', null],
  ])('%j → %s %s', (text, comparator, value, wording) => {
    const b = parseBound(text);
    expect(b.comparator).toBe(comparator);
    expect(b.value?.value).toBe(value);
    expect(b.wording).toBe(wording);
  });
  it('003 B.I.3.1: "KH: 43-45%" is a range', () => {
    const b = parseBound('KH: 43-45%');
    expect(b).toMatchObject({ comparator: 'between', value: null });
    expect([b.min?.value, b.max?.value]).toEqual(['43', '45']);
  });
  it('003 B.I.2.1: "từ 550 lao động trở lên" is ≥ 550', () => {
    expect(parseBound('từ 550 lao động trở lên')).toMatchObject({ comparator: '>=', wording: 'từ … trở lên' });
    expect(parseBound('550 lao động trở lên').comparator).toBe('>=');
  });
  it('"trên" and "dưới" carry a note that reports often mean ≥ / ≤', () => {
    expect(parseBound('trên 99,5%').note?.en).toContain('at least');
    expect(parseBound('dưới 3,2%').note?.vi).toContain('không quá');
  });
  it('"khoảng" is not eaten by the leading "KH"', () => {
    expect(parseBound('KH khoảng 65%').comparator).toBe('about');
  });
  it('comparatorFromWording maps the issue’s list', () => {
    expect(comparatorFromWording('tối thiểu')?.comparator).toBe('>=');
    expect(comparatorFromWording('ít nhất')?.comparator).toBe('>=');
    expect(comparatorFromWording('Trên')?.comparator).toBe('>');
    expect(comparatorFromWording('dưới')?.comparator).toBe('<');
    expect(comparatorFromWording('không quá')?.comparator).toBe('<=');
    expect(comparatorFromWording('từ … đến …')?.comparator).toBe('between');
    expect(comparatorFromWording('từ ... trở lên')?.comparator).toBe('>=');
    expect(comparatorFromWording('khoảng')?.comparator).toBe('about');
    expect(comparatorFromWording('phấn đấu')).toBeNull();
  });
  it('rejects text with extra words', () => {
    expect(() => parseBound('trên 99,5% học sinh')).toThrow(RangeError);
  });
});

describe('formatting back', () => {
  it('formatQuantity in Vietnamese and English', () => {
    const q = parseQuantity('274,816 tỷ đồng');
    expect(formatQuantity(q, 'vi')).toBe('274,816 tỷ đồng');
    expect(formatQuantity(q, 'en')).toBe('274.816 billion VND');
    expect(formatQuantity(parseQuantity('2.640,4 tấn'), 'vi')).toBe('2.640,4 tấn');
    expect(formatQuantity(parseQuantity('2.640,4 tấn'), 'en')).toBe('2,640.4 t');
    expect(formatQuantity({ value: '59.3', unit: '%' }, 'vi')).toBe('59,3%');
    expect(formatQuantity(parseQuantity('56,28 tạ/ha'), 'vi')).toBe('56,28 tạ/ha');
    expect(formatQuantity({ value: '1.5', unit: '%', per: 'năm' }, 'en')).toBe('1.5%/year');
  });
  it('formatPercent rounds half-up', () => {
    expect(formatPercent('59.335', 'vi', 1)).toBe('59,3%');
    expect(formatPercent('31.45', 'vi', 1)).toBe('31,5%');
    expect(formatPercent('38.06', 'en')).toBe('38.06%');
  });
  it('formatBound keeps the wording it was written with', () => {
    expect(formatBound(parseBound('KH trên 99,5%'), 'vi')).toBe('trên 99,5%');
    expect(formatBound(parseBound('KH trên 99,5%'), 'en')).toBe('more than 99.5%');
    expect(formatBound(parseBound('43-45%'), 'vi')).toBe('43–45%');
    expect(formatBound(parseBound('tối thiểu 90%'), 'en')).toBe('at least 90%');
    expect(formatBound(parseBound('từ 550 lao động trở lên'), 'vi')).toBe('từ 550 lao động trở lên');
    expect(formatBound(parseBound('11%'), 'vi')).toBe('11%');
  });
  it('parse ∘ format is the identity on quantities with a unit (property)', () => {
    const units = ['tấn', 'ha', 'con', 'hộ', 'người', '%', 'tỷ đồng', 'triệu đồng'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom(...units), (n, places, unit) => {
        const value = (n / 10 ** places).toFixed(places).replace(/\.?0+$/, '') || '0';
        const text = formatQuantity({ value, unit: unit.includes('đồng') ? 'đồng' : unit, scale: unit.includes('đồng') ? unit.split(' ')[0] ?? null : null }, 'vi');
        const back = parseQuantity(text);
        expect(back.value).toBe(value);
        expect(formatQuantity(back, 'vi')).toBe(text);
      }),
    );
  });
});
