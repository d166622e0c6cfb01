import { describe, expect, it } from 'vitest';
import { OCOP_SHEETS_2026_NOT_ENCODED, ScoreSheetUnavailableError, builtInOcopScoreSheets, rateOcopProduct, type ScoreSheet } from '../../src/ocop/index.js';

/*
 * The 26/2026/QĐ-TTg sheets bundled from the transcript of Phụ lục II
 * (github.com/hakienpdu95/minhan, docs/bnn_txng.html). Every sheet: parts 40/25/35, total 100,
 * each criterion's maximum is its best option, provenance official. One realistic product per
 * sheet added from the transcript is rated on 2026-09-01 with a total and star checked by hand.
 */

const bundled = builtInOcopScoreSheets['26-2026']!;
const sheets2026: Record<string, ScoreSheet> = { ...bundled };
const DATE = { date: '2026-09-01' } as const;

const criteriaOf = (sheet: ScoreSheet) => sheet.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria));

describe('every bundled 26/2026/QĐ-TTg sheet adds up', () => {
  it('bundles sets 1, 2, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17 (4 and 11 are left out: their transcripts do not add up)', () => {
    expect(Object.keys(bundled).sort((a, b) => Number(a) - Number(b))).toEqual(['1', '2', '3', '5', '6', '7', '8', '9', '10', '12', '13', '14', '15', '16', '17']);
    expect(bundled['4']).toBeUndefined();
    expect(bundled['11']).toBeUndefined();
    expect(OCOP_SHEETS_2026_NOT_ENCODED.defective.sets).toEqual(['4', '11']);
    for (const set of ['4', '11', '18', '26']) {
      let error: unknown;
      try {
        rateOcopProduct({ productSet: set, choices: {} }, DATE);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ScoreSheetUnavailableError);
      expect((error as ScoreSheetUnavailableError).issues[0]?.message.en).toContain(set === '4' || set === '11' ? 'do not add up' : 'not been entered');
    }
  });

  for (const [set, sheet] of Object.entries(sheets2026)) {
    describe(`sheet ${set}: ${sheet.title.vi}`, () => {
      it('parts A/B/C = 40/25/35, total 100; sections add up to their part', () => {
        expect(sheet.parts.map((p) => [p.id, p.max])).toEqual([['A', 40], ['B', 25], ['C', 35]]);
        expect(sheet.parts.reduce((sum, p) => sum + p.max, 0)).toBe(100);
        for (const part of sheet.parts) expect(part.sections.reduce((sum, s) => sum + s.max, 0)).toBe(part.max);
      });

      it("each criterion's maximum is its best option; each section's maximum is the sum of its criteria", () => {
        for (const c of criteriaOf(sheet)) expect(c.max, c.id).toBe(Math.max(...c.options.map((o) => o.points)));
        for (const part of sheet.parts) for (const s of part.sections) {
          expect(s.max, s.id).toBe(s.criteria.reduce((sum, c) => sum + c.max, 0));
        }
      });

      it('is official, read in Phụ lục II of 26/2026/QĐ-TTg for this product set', () => {
        expect(sheet.id).toBe(`26-2026/${set}`);
        expect(sheet.productSet).toBe(set);
        expect(sheet.provenance.instrument).toBe('26/2026/QĐ-TTg');
        expect(sheet.provenance.status).toBe('official');
        expect(sheet.provenance.locator).toContain(`Phụ lục II, mục ${set} `);
        expect(sheet.provenance.source).toContain('hakienpdu95/minhan');
      });

      it('every criterion at its best option scores 100 and 5★', () => {
        const choices: Record<string, string> = {};
        for (const c of criteriaOf(sheet)) choices[c.id] = [...c.options].sort((a, b) => b.points - a.points)[0]!.id;
        const rating = rateOcopProduct({ productSet: set, choices }, { ...DATE, sheet });
        expect(rating.total).toBe('100');
        expect(rating.star).toBe(5);
      });
    });
  }
});

describe('realistic products rated on the new sheets (2026-09-01)', () => {
  it('sheet 2, hill-chicken eggs from a cooperative: 23 + 12 + 16 = 51 → 3★, every 3★ mark met', () => {
    const rating = rateOcopProduct({
      productSet: 2,
      product: 'Trứng gà đồi',
      choices: {
        // A: 3+1+1+2+1+1+0 = 9; 1+2+2+0 = 5; 3+1+3+1+1 = 9 → 23
        '1.1': 3, '1.2': 1, '1.3': 1, '1.4': 2, '1.5': 1, '1.6': 1, '1.7': 0,
        '2.1': 1, '2.2': 2, '2.3': 2, '2.4': 0,
        '3.1': 3, '3.2': 1, '3.3': 3, '3.4': 1, '3.5': 1,
        // B: 3+1+2 = 6; 2+1+3 = 6 → 12
        '4.1': 3, '4.2': 1, '4.3': 2, '5.1': 2, '5.2': 1, '5.3': 3,
        // C: 2+2+3+2 = 9; 3+2+1+1+0 = 7 → 16 (no export opportunity: 11 scored 0, no box applies)
        '6.1': 2, '6.2': 2, '6.3': 3, '6.4': 2, '7': 3, '8': 2, '9': 1, '10': 1, '11': 0,
      },
    }, DATE);
    expect(rating.parts.map((p) => p.points)).toEqual(['23', '12', '16']);
    expect(rating.total).toBe('51');
    expect(rating.bandStar).toBe(3);
    expect(rating.star).toBe(3);
    expect(rating.recognisable).toBe(true);
  });

  it('sheet 3, VietGAP fragrant rice: 32 + 18 + 26 = 76 → 4★, every 4★ mark met', () => {
    const rating = rateOcopProduct({
      productSet: '3',
      product: 'Gạo thơm VietGAP',
      choices: {
        // A: 3+1+2+3+2+1+1 = 13; 3+2+3+1 = 9; 3+0+3+2+2 = 10 → 32
        '1.1': 3, '1.2': 1, '1.3': 2, '1.4': 3, '1.5': 2, '1.6': 1, '1.7': 1,
        '2.1': 3, '2.2': 2, '2.3': 3, '2.4': 1,
        '3.1': 3, '3.2': 0, '3.3': 3, '3.4': 2, '3.5': 2,
        // B: 3+2+3 = 8; 5+2+3 = 10 → 18
        '4.1': 3, '4.2': 2, '4.3': 3, '5.1': 5, '5.2': 2, '5.3': 3,
        // C: 3+3+2+2 = 10; 3+3+4+3+2+1 = 16 → 26
        '6.1': 3, '6.2': 3, '6.3': 2, '6.4': 2, '7': 3, '8': 3, '9': 4, '10': 3, '11': 2, '12': 1,
      },
    }, DATE);
    expect(rating.parts.map((p) => p.points)).toEqual(['32', '18', '26']);
    expect(rating.total).toBe('76');
    expect(rating.bandStar).toBe(4);
    expect(rating.star).toBe(4);
  });

  it('sheet 5, packed convenience food with mostly out-of-province raw material: 55 points but 1.1 misses its 3★ mark → 2★', () => {
    const rating = rateOcopProduct({
      productSet: 5,
      product: 'Bánh tét đóng gói',
      choices: {
        // A: 1+2+2+1+1+0 = 7; 3+2+2+0 = 7; 2+1+2+1+1 = 7 → 21
        '1.1': 1, '1.2': 2, '1.3': 2, '1.4': 1, '1.5': 1, '1.6': 0,
        '2.1': 3, '2.2': 2, '2.3': 2, '2.4': 0,
        '3.1': 2, '3.2': 1, '3.3': 2, '3.4': 1, '3.5': 1,
        // B: 2+1+3 = 6; 3+2+3 = 8 → 14
        '4.1': 2, '4.2': 1, '4.3': 3, '5.1': 3, '5.2': 2, '5.3': 3,
        // C: 2+3+3+2+2 = 12; 3+2+1+2+0 = 8 → 20
        '6.1': 2, '6.2': 3, '6.3': 3, '6.4': 2, '6.5': 2, '7': 3, '8': 2, '9': 1, '10': 2, '11': 0,
      },
    }, DATE);
    expect(rating.total).toBe('55');
    expect(rating.bandStar).toBe(3);
    expect(rating.star).toBe(2);
    expect(rating.recognisable).toBe(false);
    expect(rating.downgrade?.missed.map((m) => [m.level, m.criterion])).toEqual([[3, '1.1']]);
  });

  it('sheet 6, rice paper from a cooperative: 24 + 15 + 20 = 59 → 3★', () => {
    const rating = rateOcopProduct({
      productSet: 6,
      product: 'Bánh tráng gạo',
      choices: {
        // A: 3+0+2+2+1+1+0 = 9; 2+2+2+0 = 6; 3+1+3+1+1 = 9 → 24
        '1.1': 3, '1.2': 0, '1.3': 2, '1.4': 2, '1.5': 1, '1.6': 1, '1.7': 0,
        '2.1': 2, '2.2': 2, '2.3': 2, '2.4': 0,
        '3.1': 3, '3.2': 1, '3.3': 3, '3.4': 1, '3.5': 1,
        // B: 3+1+3 = 7; 3+2+3 = 8 → 15
        '4.1': 3, '4.2': 1, '4.3': 3, '5.1': 3, '5.2': 2, '5.3': 3,
        // C: 3+2+2+2+2 = 11; 3+2+1+2+1 = 9 → 20
        '6.1': 3, '6.2': 2, '6.3': 2, '6.4': 2, '6.5': 2, '7': 3, '8': 2, '9': 1, '10': 2, '11': 1,
      },
    }, DATE);
    expect(rating.parts.map((p) => p.points)).toEqual(['24', '15', '20']);
    expect(rating.total).toBe('59');
    expect(rating.star).toBe(3);
  });

  it('sheet 7, ginger jam with only a food-safety certificate: 35 + 18 + 22 = 75 but criterion 9 misses its 4★ mark → 3★', () => {
    const rating = rateOcopProduct({
      productSet: 7,
      product: 'Mứt gừng',
      choices: {
        // A: 3+1+3+2+2+2+1 = 14; 3+3+3+1 = 10; 3+1+3+2+2 = 11 → 35 ('3.1': '3' is the cooperative box)
        '1.1': 3, '1.2': 1, '1.3': 3, '1.4': 2, '1.5': 2, '1.6': 2, '1.7': 1,
        '2.1': 3, '2.2': 3, '2.3': 3, '2.4': 1,
        '3.1': '3', '3.2': 1, '3.3': 3, '3.4': 2, '3.5': 2,
        // B: 3+2+3 = 8; 5+2+3 = 10 → 18
        '4.1': 3, '4.2': 2, '4.3': 3, '5.1': 5, '5.2': 2, '5.3': 3,
        // C: 2+2+2+2+3 = 11; 3+4+1+2+1 = 11 → 22
        '6.1': 2, '6.2': 2, '6.3': 2, '6.4': 2, '6.5': 3, '7': 3, '8': 4, '9': 1, '10': 2, '11': 1,
      },
    }, DATE);
    expect(rating.parts.map((p) => p.points)).toEqual(['35', '18', '22']);
    expect(rating.total).toBe('75');
    expect(rating.bandStar).toBe(4);
    expect(rating.star).toBe(3);
    expect(rating.downgrade?.missed.map((m) => [m.level, m.criterion])).toEqual([[4, '9']]);
    expect(rating.recognisable).toBe(true);
  });

  it('sheet 8, fish cake: 20 + 13 + 17 = 50, exactly the 3★ boundary → 3★', () => {
    const rating = rateOcopProduct({
      productSet: 8,
      product: 'Chả cá',
      choices: {
        // A: 2+0+2+2+1+1+0 = 8; 2+2+2+0 = 6; 2+0+2+1+1 = 6 → 20
        '1.1': 2, '1.2': 0, '1.3': 2, '1.4': 2, '1.5': 1, '1.6': 1, '1.7': 0,
        '2.1': 2, '2.2': 2, '2.3': 2, '2.4': 0,
        '3.1': 2, '3.2': 0, '3.3': 2, '3.4': 1, '3.5': 1,
        // B: 2+1+3 = 6; 3+1+3 = 7 → 13
        '4.1': 2, '4.2': 1, '4.3': 3, '5.1': 3, '5.2': 1, '5.3': 3,
        // C: 2+2+2+2+2 = 10; 3+2+1+1+0 = 7 → 17
        '6.1': 2, '6.2': 2, '6.3': 2, '6.4': 2, '6.5': 2, '7': 3, '8': 2, '9': 1, '10': 1, '11': 0,
      },
    }, DATE);
    expect(rating.parts.map((p) => p.points)).toEqual(['20', '13', '17']);
    expect(rating.total).toBe('50');
    expect(rating.bandStar).toBe(3);
    expect(rating.star).toBe(3);
  });

  it('sheet 12, golden-camellia herbal tea: 33 + 18 + 24 = 75 → 4★, every 4★ mark met', () => {
    const rating = rateOcopProduct({
      productSet: 12,
      product: 'Trà hoa vàng',
      choices: {
        // A: 3+1+3+2+2+1+1 = 13; 3+2+3+1 = 9; 3+1+3+2+2 = 11 → 33
        '1.1': 3, '1.2': 1, '1.3': 3, '1.4': 2, '1.5': 2, '1.6': 1, '1.7': 1,
        '2.1': 3, '2.2': 2, '2.3': 3, '2.4': 1,
        '3.1': 3, '3.2': 1, '3.3': 3, '3.4': 2, '3.5': 2,
        // B: 3+2+3 = 8; 5+2+3 = 10 → 18
        '4.1': 3, '4.2': 2, '4.3': 3, '5.1': 5, '5.2': 2, '5.3': 3,
        // C: 2+2+2+2+3 = 11; 3+4+3+2+1 = 13 → 24
        '6.1': 2, '6.2': 2, '6.3': 2, '6.4': 2, '6.5': 3, '7': 3, '8': 4, '9': 3, '10': 2, '11': 1,
      },
    }, DATE);
    expect(rating.parts.map((p) => p.points)).toEqual(['33', '18', '24']);
    expect(rating.total).toBe('75');
    expect(rating.star).toBe(4);
    expect(rating.authority?.level).toBe('province');
  });

  it('sheet 13, roasted ground coffee: 22 + 16 + 18 = 56 → 3★; the sheet prints 4.2 and 4.3 out of 4 and two sensory groups (10 + 5)', () => {
    const sheet13 = bundled['13']!;
    expect(criteriaOf(sheet13).filter((c) => c.id === '4.2' || c.id === '4.3').map((c) => c.max)).toEqual([4, 4]);
    const sensory = sheet13.parts[2]!.sections[0]!.criteria;
    expect(sensory.filter((c) => c.id.startsWith('6.1.')).reduce((sum, c) => sum + c.max, 0)).toBe(10);
    expect(sensory.filter((c) => c.id.startsWith('6.2.')).reduce((sum, c) => sum + c.max, 0)).toBe(5);
    const rating = rateOcopProduct({
      productSet: 13,
      product: 'Cà phê bột rang xay',
      choices: {
        // A: 3+0+2+2+1+1+0 = 9; 1+2+2+0 = 5; 3+0+3+1+1 = 8 → 22
        '1.1': 3, '1.2': 0, '1.3': 2, '1.4': 2, '1.5': 1, '1.6': 1, '1.7': 0,
        '2.1': 1, '2.2': 2, '2.3': 2, '2.4': 0,
        '3.1': 3, '3.2': 0, '3.3': 3, '3.4': 1, '3.5': 1,
        // B: 3+3+3 = 9; 3+1+3 = 7 → 16
        '4.1': 3, '4.2': 3, '4.3': 3, '5.1': 3, '5.2': 1, '5.3': 3,
        // C: 2+1+2+2+1 + 1+1 = 10; 3+2+1+1+1 = 8 → 18
        '6.1.1': 2, '6.1.2': 1, '6.1.3': 2, '6.1.4': 2, '6.1.5': 1, '6.2.1': 1, '6.2.2': 1,
        '7': 3, '8': 2, '9': 1, '10': 1, '11': 1,
      },
    }, DATE);
    expect(rating.parts.map((p) => p.points)).toEqual(['22', '16', '18']);
    expect(rating.total).toBe('56');
    expect(rating.star).toBe(3);
  });

  it('sheet 14, corn spirit with leaf yeast: 32 + 20 + 22 = 74 → 4★; the sheet has no instructions-for-use section', () => {
    expect(bundled['14']!.parts[2]!.sections.map((sec) => [sec.id, sec.max])).toEqual([['6', 15], ['7', 5], ['8', 5], ['9', 5], ['10', 5]]);
    const rating = rateOcopProduct({
      productSet: 14,
      product: 'Rượu ngô men lá',
      choices: {
        // A: 4+2+2+2+1+1 = 12; 4+2+3+0 = 9; 3+1+3+2+2 = 11 → 32
        '1.1': 4, '1.2': 2, '1.3': 2, '1.4': 2, '1.5': 1, '1.6': 1,
        '2.1': 4, '2.2': 2, '2.3': 3, '2.4': 0,
        '3.1': 3, '3.2': 1, '3.3': 3, '3.4': 2, '3.5': 2,
        // B: 3+2+3 = 8; 5+2+5 = 12 → 20
        '4.1': 3, '4.2': 2, '4.3': 3, '5.1': 5, '5.2': 2, '5.3': 5,
        // C: 2+3+3+3 = 11; 3+4+3+1 = 11 → 22
        '6.1': 2, '6.2': 3, '6.3': 3, '6.4': 3, '7': 3, '8': 4, '9': 3, '10': 1,
      },
    }, DATE);
    expect(rating.parts.map((p) => p.points)).toEqual(['32', '20', '22']);
    expect(rating.total).toBe('74');
    expect(rating.star).toBe(4);
  });

  it('sheet 15, rose-myrtle wine with an off colour: 33 + 18 + 19 = 70 (4★ band, exactly) but 6.2 misses its 4★ mark → 3★', () => {
    const rating = rateOcopProduct({
      productSet: 15,
      product: 'Rượu sim',
      choices: {
        // A: 4+2+2+2+1+1 = 12; 4+2+3+1 = 10; 3+1+3+2+2 = 11 → 33
        '1.1': 4, '1.2': 2, '1.3': 2, '1.4': 2, '1.5': 1, '1.6': 1,
        '2.1': 4, '2.2': 2, '2.3': 3, '2.4': 1,
        '3.1': 3, '3.2': 1, '3.3': 3, '3.4': 2, '3.5': 2,
        // B: 3+2+3 = 8; 5+2+3 = 10 → 18
        '4.1': 3, '4.2': 2, '4.3': 3, '5.1': 5, '5.2': 2, '5.3': 3,
        // C: 2+0+3+3 = 8; 3+4+3+1 = 11 → 19
        '6.1': 2, '6.2': 0, '6.3': 3, '6.4': 3, '7': 3, '8': 4, '9': 3, '10': 1,
      },
    }, DATE);
    expect(rating.parts.map((p) => p.points)).toEqual(['33', '18', '19']);
    expect(rating.total).toBe('70');
    expect(rating.bandStar).toBe(4);
    expect(rating.star).toBe(3);
    expect(rating.downgrade?.missed.map((m) => [m.level, m.criterion])).toEqual([[4, '6.2']]);
  });

  it('sheet 16, bottled purified water from a small company: 23 + 10 + 18 = 51 → 3★, every 3★ mark met', () => {
    // Criterion 9 (facility safety conditions) carries only a 5★ mark on this sheet.
    const c9 = criteriaOf(bundled['16']!).find((c) => c.id === '9')!;
    expect(c9.options.map((o) => [o.points, o.minStar])).toEqual([[1, undefined], [3, undefined], [5, 5]]);
    const rating = rateOcopProduct({
      productSet: 16,
      product: 'Nước uống tinh khiết đóng chai',
      choices: {
        // A: 4+2+2+1+2+1 = 12; 1+2+2+0 = 5; 2+0+2+1+1 = 6 → 23
        '1.1': 4, '1.2': 2, '1.3': 2, '1.4': 1, '1.5': 2, '1.6': 1,
        '2.1': 1, '2.2': 2, '2.3': 2, '2.4': 0,
        '3.1': 2, '3.2': 0, '3.3': 2, '3.4': 1, '3.5': 1,
        // B: 2+2+2 = 6; 2+1+1 = 4 → 10
        '4.1': 2, '4.2': 2, '4.3': 2, '5.1': 2, '5.2': 1, '5.3': 1,
        // C: 3+3+4+3 = 13; 1+2+1+1 = 5 → 18
        '6.1': 3, '6.2': 3, '6.3': 4, '6.4': 3, '7': 1, '8': 2, '9': 1, '10': 1,
      },
    }, DATE);
    expect(rating.parts.map((p) => p.points)).toEqual(['23', '10', '18']);
    expect(rating.total).toBe('51');
    expect(rating.bandStar).toBe(3);
    expect(rating.star).toBe(3);
    expect(rating.downgrade).toBeNull();
  });

  it('sheet 17, passion-fruit juice from a cooperative: 31 + 18 + 22 = 71 (4★ band) but 2.1 (a commonly made product) misses its 4★ mark → 3★', () => {
    const rating = rateOcopProduct({
      productSet: 17,
      product: 'Nước cốt chanh leo',
      choices: {
        // A: 4+3+2+2+1+1 = 13; 2+2+3+0 = 7; 3+1+3+2+2 = 11 → 31
        '1.1': 4, '1.2': 3, '1.3': 2, '1.4': 2, '1.5': 1, '1.6': 1,
        '2.1': 2, '2.2': 2, '2.3': 3, '2.4': 0,
        '3.1': 3, '3.2': 1, '3.3': 3, '3.4': 2, '3.5': 2,
        // B: 3+2+3 = 8; 5+2+3 = 10 → 18
        '4.1': 3, '4.2': 2, '4.3': 3, '5.1': 5, '5.2': 2, '5.3': 3,
        // C: 3+2+3+3 = 11; 3+4+3+1 = 11 → 22
        '6.1': 3, '6.2': 2, '6.3': 3, '6.4': 3, '7': 3, '8': 4, '9': 3, '10': 1,
      },
    }, DATE);
    expect(rating.parts.map((p) => p.points)).toEqual(['31', '18', '22']);
    expect(rating.total).toBe('71');
    expect(rating.bandStar).toBe(4);
    expect(rating.star).toBe(3);
    expect(rating.downgrade?.missed.map((m) => [m.level, m.criterion])).toEqual([[4, '2.1']]);
  });
});
