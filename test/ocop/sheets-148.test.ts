import { describe, expect, it } from 'vitest';
import { OCOP_PRODUCT_SETS_148, OCOP_SHEETS_148_NOT_ENCODED, builtInOcopScoreSheets, rateOcopProduct, type ScoreSheet, type SheetChoices } from '../../src/ocop/index.js';
import { bestChoices } from './fixtures.js';

/*
 * The 148/QĐ-TTg sheets (Phụ lục III), read in the augustine-tran/ocop transcription
 * (db/ocop/OCOP - <n>. Bộ sản phẩm_ ….csv). Every bundled sheet is checked for its structure; each
 * sheet added from that transcription rates one realistic product whose total and star were
 * worked out by hand from the sheet (points lost per criterion are listed next to each choice).
 */

const sheets148 = builtInOcopScoreSheets['148-2023']!;
const ON_148 = { date: '2024-05-15' } as const; // 148/QĐ-TTg in force, before 1489/QĐ-TTg
const NEW_SETS = ['2', '4', '5', '8', '14', '15', '16', '17', '18', '19', '20', '22', '23', '24', '25'];
const sheetOf = (set: string): ScoreSheet => sheets148[set]!;
const criteria = (sheet: ScoreSheet) => sheet.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria));

describe('bundled 148/QĐ-TTg sheets: structure', () => {
  it('22 sets are bundled; 7 and 11–13 are not, and are listed as not encoded', () => {
    expect(Object.keys(sheets148).sort((a, b) => Number(a) - Number(b))).toEqual(
      ['1', '2', '3', '4', '5', '6', '8', '9', '10', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26'],
    );
    const notEncoded: string[] = [...OCOP_SHEETS_148_NOT_ENCODED.inconsistent.sets, ...OCOP_SHEETS_148_NOT_ENCODED.defective.sets].sort();
    expect(notEncoded).toEqual(['11', '12', '13', '7']);
    for (const set of OCOP_PRODUCT_SETS_148) expect(set.id in sheets148 !== notEncoded.includes(set.id)).toBe(true);
  });

  for (const [set, sheet] of Object.entries(sheets148)) {
    describe(`sheet ${set} (${sheet.title.en})`, () => {
      it('parts A/B/C are 40/25/35, total 100; sections add up to their part', () => {
        expect(sheet.parts.map((p) => [p.id, p.max])).toEqual([['A', 40], ['B', 25], ['C', 35]]);
        expect(sheet.parts.reduce((sum, p) => sum + p.max, 0)).toBe(100);
        for (const part of sheet.parts) expect(part.sections.reduce((sum, s) => sum + s.max, 0)).toBe(part.max);
      });

      it("each criterion's maximum is its best option", () => {
        for (const c of criteria(sheet)) expect([c.id, c.max]).toEqual([c.id, Math.max(...c.options.map((o) => o.points))]);
      });

      it('is secondary, from the augustine-tran/ocop transcription, with its own product set', () => {
        expect(sheet.productSet).toBe(set);
        expect(sheet.id).toBe(`148-2023/${set}`);
        expect(sheet.provenance).toMatchObject({ instrument: '148/QĐ-TTg', locator: `Phụ lục III, Bộ sản phẩm ${set}`, status: 'secondary' });
        expect(sheet.provenance.source).toContain('github.com/augustine-tran/ocop');
      });
    });
  }

  it('every new sheet rates its best choices 100 points and 5 stars', () => {
    for (const set of NEW_SETS) {
      const rating = rateOcopProduct({ productSet: Number(set), choices: bestChoices(sheetOf(set)) }, ON_148);
      expect([set, rating.total, rating.star]).toEqual([set, '100', 5]);
    }
  });

  it('the three OCR slips of the transcription carry their own provenance note', () => {
    const note = (set: string, id: string) => criteria(sheetOf(set)).find((c) => c.id === id)!.provenance?.note ?? '';
    expect(note('17', '1d')).toContain('"l"');
    expect(note('18', '1b')).toContain('"t"');
    expect(note('18', '12')).toContain('"s"');
    expect(criteria(sheetOf('17')).find((c) => c.id === '1d')!.options.map((o) => o.points)).toEqual([0, 1, 2, 3]);
    expect(criteria(sheetOf('18')).find((c) => c.id === '12')!.options.map((o) => o.points)).toEqual([0, 1, 2, 3, 5]);
  });
});

/** A typical household producer on the food, drink and herbal sheets (parts A/B: 19 points lost, or 17 with 5b = 5). */
const TYPICAL: SheetChoices = {
  '1c': 2, // medium capacity (−1)
  '1d': 2, // contracts for over 75 % (−1)
  '1đ': 1, // environmental dossier only (−2)
  '3a': 1, // household business (−2)
  '3b': 0, // representative neither a woman nor from an ethnic minority (−1)
  '3e': 1, // registered trademark, no origin sign (−1)
  '4a': 3, // outside the district, 5 agents or more (−2)
  '4b': 1, // one person in charge of distribution (−3)
  '4c': 2, // promotion within the province (−2)
  '5a': 3, // documented story on the label (−2)
  '5b': 3, // own story tied to its origin (−2): the 4★ minimum (5) is missed
};
const TYPICAL_4STAR: SheetChoices = { ...TYPICAL, '5b': 5 }; // 17 points lost

function rate(set: string, product: string, overrides: SheetChoices) {
  return rateOcopProduct({ productSet: Number(set), product, choices: { ...bestChoices(sheetOf(set)), ...overrides } }, ON_148);
}

describe('one realistic product per new sheet (totals worked out by hand)', () => {
  it('sheet 2, free-range eggs: 100 − 19 − 13 = 68 → 3★', () => {
    const r = rate('2', 'Trứng gà ta', { ...TYPICAL, '1b': 2, '2a': 3, '2b': 2, '6c': 3, '7': 3, '9': 2, '10': 1, '11': 1 });
    // 1b −1, 2a −1, 2b −1, 6c −2, 7 −2, 9 −3, 10 −1, 11 −2 = −13
    expect([r.total, r.bandStar, r.star, r.recognisable]).toEqual(['68', 3, 3, true]);
  });

  it('sheet 4, mint honey: 100 − 17 − 12 = 71 → 4★ (every 4★ minimum met)', () => {
    const r = rate('4', 'Mật ong bạc hà', { ...TYPICAL_4STAR, '6c': 2, '6d': 3, '7': 1, '8': 3, '9b': 2, '10': 3, '12': 1 });
    // 6c −2, 6d −2, 7 −1, 8 −2, 9b −1, 10 −2, 12 −2 = −12
    expect([r.total, r.bandStar, r.star]).toEqual(['71', 4, 4]);
  });

  it('sheet 5, frozen spring rolls with under 50 % provincial raw material: 67 points but the 3★ minimum on 1a is missed → 2★', () => {
    const r = rate('5', 'Chả giò đông lạnh', { ...TYPICAL, '1a': 1, '6b': 2, '6đ': 3, '7': 3, '9': 2, '11': 1 });
    // 1a −4, 6b −1, 6đ −2, 7 −2, 9 −3, 11 −2 = −14
    expect([r.total, r.bandStar, r.star, r.recognisable]).toEqual(['67', 3, 2, false]);
    expect(r.minima.filter((m) => !m.met && m.level === 3).map((m) => [m.criterion, m.required, m.actual])).toEqual([['1a', '3', '1']]);
  });

  it('sheet 8, fish floss: 100 − 17 − 9 = 74 → 4★', () => {
    const r = rate('8', 'Chà bông cá lóc', { ...TYPICAL_4STAR, '6c': 2, '6d': 2, '6đ': 3, '7': 3, '9': 3, '11': 2 });
    // 6c −1, 6d −1, 6đ −2, 7 −2, 9 −2, 11 −1 = −9
    expect([r.total, r.bandStar, r.star]).toEqual(['74', 4, 4]);
  });

  it('sheet 14, rice spirit: 100 − 19 − 20 = 61 → 3★', () => {
    const r = rate('14', 'Rượu gạo men lá', { ...TYPICAL, '1b': 2, '6a': 1, '6b': 1, '6c': 2, '6d': 3, '7': 3, '8b': 1, '9': 2, '10': 1 });
    // 1b −1, 6a −2, 6b −2, 6c −3, 6d −2, 7 −2, 8b −1, 9 −3, 10 −4 = −20
    expect([r.total, r.bandStar, r.star]).toEqual(['61', 3, 3]);
  });

  it('sheet 15, myrtle wine with an unsuitable colour: exactly 70 (4★ band) but 6b misses its 4★ mark → 3★', () => {
    const r = rate('15', 'Rượu sim', { ...TYPICAL_4STAR, '6b': 0, '6c': 3, '6d': 3, '7': 3, '9': 3, '10': 3 });
    // 6b −3, 6c −2, 6d −2, 7 −2, 9 −2, 10 −2 = −13
    expect([r.total, r.bandStar, r.star]).toEqual(['70', 4, 3]);
    expect(r.downgrade?.missed.map((m) => m.criterion)).toEqual(['6b']);
  });

  it('sheet 16, bottled mineral water: 100 − 17 − 13 = 70 → 4★', () => {
    const r = rate('16', 'Nước khoáng thiên nhiên', { ...TYPICAL_4STAR, '2b': 2, '6c': 1, '6d': 3, '7': 3, '8b': 1, '9': 3, '10': 3 });
    // 2b −1, 6c −2, 6d −2, 7 −2, 8b −2, 9 −2, 10 −2 = −13
    expect([r.total, r.bandStar, r.star]).toEqual(['70', 4, 4]);
  });

  it('sheet 17, passion-fruit juice with contracts for 50–75 % (the "l" box, 1 point): 100 − 20 − 16 = 64 → 3★', () => {
    const r = rate('17', 'Nước cốt chanh dây', { ...TYPICAL, '1d': '2', '6c': 3, '6d': 2, '7': 1, '8b': 1, '9': 2, '10': 1 });
    // box '2' of 1d is worth 1 (−2 instead of TYPICAL's −1): parts A/B −20; 6c −2, 6d −1, 7 −4, 8b −2, 9 −3, 10 −4 = −16
    expect([r.total, r.bandStar, r.star]).toEqual(['64', 3, 3]);
  });

  it('sheet 18, artichoke extract: 100 − 17 − 13 = 70 → 4★', () => {
    const r = rate('18', 'Cao atiso', { ...TYPICAL_4STAR, '1b': 1, '6': 3, '8': 3, '9': 2, '11': 3, '12': 3, '13': 1, '14': 2 });
    // 1b −2, 6 −2, 8 −2, 9 −1, 11 −2, 12 −2, 13 −1, 14 −1 = −13
    expect([r.total, r.bandStar, r.star]).toEqual(['70', 4, 4]);
  });

  it('sheet 19, soapberry shampoo: 100 − 19 − 16 = 65 → 3★', () => {
    const r = rate('19', 'Dầu gội bồ kết', { ...TYPICAL, '6': 3, '8': 3, '9': 2, '10': 3, '11': 1, '12': 2, '13': 1, '14': 1 });
    // 6 −2, 8 −2, 9 −2, 10 −2, 11 −2, 12 −3, 13 −1, 14 −2 = −16
    expect([r.total, r.bandStar, r.star]).toEqual(['65', 3, 3]);
  });

  it('sheet 20, lemongrass essential oil: 100 − 17 − 12 = 71 → 4★', () => {
    const r = rate('20', 'Tinh dầu sả chanh', { ...TYPICAL_4STAR, '6': 3, '8': 3, '9': 2, '10': 1, '11': 3, '12': 3 });
    // 6 −2, 8 −2, 9 −2, 10 −2, 11 −2, 12 −2 = −12
    expect([r.total, r.bandStar, r.star]).toEqual(['71', 4, 4]);
  });

  it('sheet 22, brocade by an ethnic-minority cooperative group: 100 − 18 − 14 = 68 → 3★', () => {
    const r = rate('22', 'Thổ cẩm', {
      '1c': 2, '1d': 2, '1đ': 1, '2b': 3, '3a': 1, '3e': 1, '4a': 3, '4b': 1, '4c': 2, '5a': 3,
      // 1c −1, 1d −1, 1đ −3, 2b −1, 3a −2, 3e −1, 4a −2, 4b −3, 4c −2, 5a −2 = −18
      '6a': 3, '6b': 3, '6c': 3, '6d': 3, '6đ': 3, '7': 3, '8': 3, // −2 each = −14
    });
    expect([r.total, r.bandStar, r.star]).toEqual(['68', 3, 3]);
  });

  it('sheet 23, potted orchids: 100 − 25 − 17 = 58 → 3★', () => {
    const r = rate('23', 'Lan hồ điệp', {
      ...TYPICAL, '1b': 2, '1d': 1, '2a': 3, '2b': 3,
      // TYPICAL −19 but 1d −2 and 1đ −2: −20; 1b −2, 2a −2, 2b −1 → parts A/B −25
      '6a': 3, '6b': 2, '6c': 2, '7': 6, '8': 2, '9': 2, '10': 1, // −2 −2 −2 −2 −3 −2 −4 = −17
    });
    expect([r.total, r.bandStar, r.star]).toEqual(['58', 3, 3]);
  });

  it('sheet 24, yellow-apricot bonsai: 100 − 18 − 11 = 71 → 4★', () => {
    const r = rate('24', 'Bonsai mai vàng', {
      ...TYPICAL_4STAR, '2b': 3, // TYPICAL_4STAR −17, 2b −1
      '6c': 3, '6d': 2, '7': 6, '8': 2, '9': 3, // −2 −1 −3 −3 −2 = −11
    });
    expect([r.total, r.bandStar, r.star]).toEqual(['71', 4, 4]);
  });

  it('sheet 25, koi from a small household: 38 points → 2★, not recognisable', () => {
    const r = rate('25', 'Cá Koi', {
      '1a': 3, '1b': 2, '1c': 1, '1d': 0, '1đ': 1, '1e': 0, '2a': 1, '2b': 1, // −2 −2 −2 −3 −2 −1 −4 −3 = −19
      '3a': 1, '3b': 0, '3c': 1, '3d': 1, '3e': 1, // −2 −1 −2 −1 −1 = −7
      '4a': 2, '4b': 1, '4c': 1, '5a': 2, '5b': 1, '5c': 1, // −3 −3 −3 −3 −4 −1 = −17
      '6a': 3, '6b': 3, '6c': 3, '7': 5, '8': 1, '9': 1, // −2 −2 −2 −5 −4 −4 = −19
    });
    expect([r.total, r.bandStar, r.star, r.recognisable]).toEqual(['38', 2, 2, false]);
  });
});
