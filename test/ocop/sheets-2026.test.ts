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
  it('bundles sets 1–3, 5–10 and 12–26 (4 and 11 are left out: their transcripts do not add up)', () => {
    expect(Object.keys(bundled).sort((a, b) => Number(a) - Number(b))).toEqual(['1', '2', '3', '5', '6', '7', '8', '9', '10', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26']);
    expect(bundled['4']).toBeUndefined();
    expect(bundled['11']).toBeUndefined();
    expect(OCOP_SHEETS_2026_NOT_ENCODED.defective.sets).toEqual(['4', '11']);
    for (const set of ['4', '11']) {
      let error: unknown;
      try {
        rateOcopProduct({ productSet: set, choices: {} }, DATE);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ScoreSheetUnavailableError);
      expect((error as ScoreSheetUnavailableError).issues[0]?.message.en).toContain('do not add up');
    }
  });

  for (const [set, sheet] of Object.entries(sheets2026)) {
    describe(`sheet ${set}: ${sheet.title.vi}`, () => {
      it('parts A/B/C = 40/25/35, total 100; sections add up to their part', () => {
        expect(sheet.parts.map((p) => [p.id, p.max])).toEqual([['A', 40], ['B', 25], ['C', 35]]);
        expect(sheet.parts.reduce((sum, p) => sum + p.max, 0)).toBe(100);
        for (const part of sheet.parts) expect(part.sections.reduce((sum, s) => sum + s.max, 0)).toBe(part.max);
      });

      it("each criterion's maximum is its best option; each section's maximum is the sum of its criteria (the best case when one of two is chosen)", () => {
        for (const c of criteriaOf(sheet)) expect(c.max, c.id).toBe(Math.max(...c.options.map((o) => o.points)));
        for (const part of sheet.parts) for (const s of part.sections) {
          expect(s.max, s.id).toBe(s.pickOne ? Math.max(...s.criteria.map((c) => c.max)) : s.criteria.reduce((sum, c) => sum + c.max, 0));
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
        for (const part of sheet.parts) for (const section of part.sections) {
          // "choose one of two cases" sections (sheet 26): score the first case only
          for (const c of section.pickOne ? section.criteria.slice(0, 1) : section.criteria) {
            choices[c.id] = [...c.options].sort((a, b) => b.points - a.points)[0]!.id;
          }
        }
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

describe('sheets 18–26 (herbal products, handicrafts, ornamentals, tourism): what the transcript prints', () => {
  const byId = (set: string, id: string) => criteriaOf(bundled[set]!).find((c) => c.id === id)!;

  it('sheets 18–20 keep the raw-material knock-out on 1.1; sheets 21–22 keep the intellectual-property knock-out on 6.2', () => {
    for (const set of ['18', '19', '20']) expect(byId(set, '1.1').knockOut, set).toBe('raw-material-imported-or-unknown');
    for (const set of ['21', '22']) expect(byId(set, '6.2').knockOut, set).toBe('ip-infringement');
  });

  it('sheet 18: Part C is nine single-criterion sections (6–14), the GMP certificate carries the 3★ and 4★ marks', () => {
    const c = bundled['18']!.parts[2]!;
    expect(c.sections.map((s) => [s.id, s.max])).toEqual([['6', 5], ['7', 4], ['8', 5], ['9', 3], ['10', 3], ['11', 5], ['12', 3], ['13', 2], ['14', 5]]);
    expect(byId('18', '6').options.map((o) => [o.points, o.minStar])).toEqual([[1, 3], [3, 4], [5, undefined]]);
  });

  it('sheet 19: the first box of 2.3 prints the trademark wording (1 point, 3★), noted on the criterion', () => {
    const c = byId('19', '2.3');
    expect(c.options.map((o) => [o.points, o.minStar])).toEqual([[1, 3], [2, undefined], [3, 4]]);
    expect(c.note?.en).toContain('trademark-application wording');
  });

  it('sheets 23–25: the share grown/raised in the commune (1.1) has no star mark; criterion 8 carries the 3★ mark on its top box', () => {
    for (const set of ['23', '24', '25']) {
      expect(byId(set, '1.1').options.every((o) => o.minStar === undefined), set).toBe(true);
      const top = byId(set, '8').options.at(-1)!;
      expect([top.points, top.minStar], set).toEqual([byId(set, '8').max, 3]);
    }
    // sheet 23 prints 1 point for both first boxes of 6.2, and a stray "1" under the 4 of section 9
    expect(byId('23', '6.2').options.map((o) => o.points)).toEqual([1, 1, 3, 5]);
    expect(bundled['23']!.parts[2]!.sections.find((s) => s.id === '9')!.max).toBe(4);
  });

  it('sheet 26: sections 8, 9 and 15 score one of two cases; Part A is 40 although its heading reads "35 Điểm"', () => {
    const sheet = bundled['26']!;
    expect(sheet.parts[0]!.sections.map((s) => s.max)).toEqual([14, 12, 14]);
    expect(sheet.parts[2]!.sections.filter((s) => s.pickOne).map((s) => [s.id, s.criteria.map((c) => c.id)])).toEqual([['8', ['8a', '8b']], ['9', ['9a', '9b']], ['15', ['15a', '15b']]]);
    expect(sheet.provenance.note).toContain("'35 Điểm'");
  });
});

describe('realistic products rated on sheets 18–26 (2026-09-01)', () => {
  it('sheet 18, GMP-certified herbal extract from a cooperative: 31 + 18 + 21 = 70 → 4★ exactly, every 4★ mark met', () => {
    const rating = rateOcopProduct({
      productSet: 18,
      product: 'Cao atiso',
      choices: {
        // A: 3+1+2+2+2+1+1 = 12; 3+2+3+0 = 8; 3+1+3+2+2 = 11 → 31
        '1.1': 3, '1.2': 1, '1.3': 2, '1.4': 2, '1.5': 2, '1.6': 1, '1.7': 1,
        '2.1': 3, '2.2': 2, '2.3': 3, '2.4': 0,
        '3.1': 3, '3.2': 1, '3.3': 3, '3.4': 2, '3.5': 2,
        // B: 3+2+3 = 8; 5+2+3 = 10 → 18
        '4.1': 3, '4.2': 2, '4.3': 3, '5.1': 5, '5.2': 2, '5.3': 3,
        // C: 3+4+3+2+3+3+1+2+0 = 21 (no export opportunity: 14 scored 0, no box applies)
        '6': 3, '7': 4, '8': 3, '9': 2, '10': 3, '11': 3, '12': 1, '13': 2, '14': 0,
      },
    }, DATE);
    expect(rating.parts.map((p) => p.points)).toEqual(['31', '18', '21']);
    expect(rating.total).toBe('70');
    expect(rating.star).toBe(4);
    expect(rating.downgrade).toBeNull();
  });

  it('sheet 19, herbal shampoo from a household business: 30 + 17 + 23 = 70 (4★ band) but 2.1 misses its 4★ mark → 3★', () => {
    const rating = rateOcopProduct({
      productSet: 19,
      product: 'Dầu gội bồ kết',
      choices: {
        // A: 4+2+2+2+1+1 = 12; 2+3+3+1 = 9; 1+1+3+2+2 = 9 → 30
        '1.1': 4, '1.2': 2, '1.3': 2, '1.4': 2, '1.5': 1, '1.6': 1,
        '2.1': 2, '2.2': 3, '2.3': 3, '2.4': 1,
        '3.1': 1, '3.2': 1, '3.3': 3, '3.4': 2, '3.5': 2,
        // B: 3+1+3 = 7; 5+2+3 = 10 → 17
        '4.1': 3, '4.2': 1, '4.3': 3, '5.1': 5, '5.2': 2, '5.3': 3,
        // C: 3+3+3+2+3+3+3+2+1 = 23
        '6': 3, '7': 3, '8': 3, '9': 2, '10': 3, '11': 3, '12': 3, '13': 2, '14': 1,
      },
    }, DATE);
    expect(rating.parts.map((p) => p.points)).toEqual(['30', '17', '23']);
    expect(rating.total).toBe('70');
    expect(rating.bandStar).toBe(4);
    expect(rating.star).toBe(3);
    expect(rating.downgrade?.missed.map((m) => [m.level, m.criterion])).toEqual([[4, '2.1']]);
  });

  it('sheet 20, cinnamon essential oil: 24 + 9 + 19 = 52 → 3★, every 3★ mark met', () => {
    const rating = rateOcopProduct({
      productSet: 20,
      product: 'Tinh dầu quế',
      choices: {
        // A: 4+2+2+1+1+1 = 11; 2+2+2+0 = 6; 1+1+3+1+1 = 7 → 24
        '1.1': 4, '1.2': 2, '1.3': 2, '1.4': 1, '1.5': 1, '1.6': 1,
        '2.1': 2, '2.2': 2, '2.3': 2, '2.4': 0,
        '3.1': 1, '3.2': 1, '3.3': 3, '3.4': 1, '3.5': 1,
        // B: 2+1+2 = 5; 2+1+1 = 4 → 9
        '4.1': 2, '4.2': 1, '4.3': 2, '5.1': 2, '5.2': 1, '5.3': 1,
        // C: 3+3+3+2+1+3+1+2+1 = 19 (10 is the safety criterion on this sheet)
        '6': 3, '7': 3, '8': 3, '9': 2, '10': 1, '11': 3, '12': 1, '13': 2, '14': 1,
      },
    }, DATE);
    expect(rating.parts.map((p) => p.points)).toEqual(['24', '9', '19']);
    expect(rating.total).toBe('52');
    expect(rating.star).toBe(3);
    expect(rating.downgrade).toBeNull();
  });

  it('sheet 21, rattan and bamboo baskets: 33 + 18 + 21 = 72 → 4★, every 4★ mark met', () => {
    const rating = rateOcopProduct({
      productSet: 21,
      product: 'Giỏ mây tre đan',
      choices: {
        // A: 4+2+2+2+2+1 = 13; 4+4+1 = 9; 3+1+3+2+2 = 11 → 33
        '1.1': 4, '1.2': 2, '1.3': 2, '1.4': 2, '1.5': 2, '1.6': 1,
        '2.1': 4, '2.2': 4, '2.3': 1,
        '3.1': 3, '3.2': 1, '3.3': 3, '3.4': 2, '3.5': 2,
        // B: 3+2+3 = 8; 5+2+3 = 10 → 18
        '4.1': 3, '4.2': 2, '4.3': 3, '5.1': 5, '5.2': 2, '5.3': 3,
        // C: 3+3+2+3+3 = 14; 1; 3; 3 → 21
        '6.1': 3, '6.2': 3, '6.3': 2, '6.4': 3, '6.5': 3, '7': 1, '8': 3, '9': 3,
      },
    }, DATE);
    expect(rating.parts.map((p) => p.points)).toEqual(['33', '18', '21']);
    expect(rating.total).toBe('72');
    expect(rating.star).toBe(4);
    expect(rating.downgrade).toBeNull();
  });

  it('sheet 22, brocade scarf without a quality declaration: 23 + 11 + 16 = 50 (3★ band) but 7 misses its 3★ mark → 2★', () => {
    const rating = rateOcopProduct({
      productSet: 22,
      product: 'Khăn thổ cẩm',
      choices: {
        // A: 4+2+1+1+1+0 = 9; 2+3+0 = 5; 3+1+3+1+1 = 9 → 23
        '1.1': 4, '1.2': 2, '1.3': 1, '1.4': 1, '1.5': 1, '1.6': 0,
        '2.1': 2, '2.2': 3, '2.3': 0,
        '3.1': 3, '3.2': 1, '3.3': 3, '3.4': 1, '3.5': 1,
        // B: 2+1+2 = 5; 2+1+3 = 6 → 11
        '4.1': 2, '4.2': 1, '4.3': 2, '5.1': 2, '5.2': 1, '5.3': 3,
        // C: 3+3+3+2+3 = 14; 0 (no declaration: no box applies); 1; 1 → 16
        '6.1': 3, '6.2': 3, '6.3': 3, '6.4': 2, '6.5': 3, '7': 0, '8': 1, '9': 1,
      },
    }, DATE);
    expect(rating.parts.map((p) => p.points)).toEqual(['23', '11', '16']);
    expect(rating.total).toBe('50');
    expect(rating.bandStar).toBe(3);
    expect(rating.star).toBe(2);
    expect(rating.recognisable).toBe(false);
    expect(rating.downgrade?.missed.map((m) => [m.level, m.criterion])).toEqual([[3, '7']]);
  });

  it('sheet 23, potted orchids: 23 + 12 + 17 = 52 → 3★; with only an internal control plan (8 = 2) the top-box 3★ mark of 8 is missed → 2★', () => {
    const choices = {
      // A: 4+2+2+1+1+1 = 11; 3+3 = 6; 1+1+2+1+1 = 6 → 23
      '1.1': 4, '1.2': 2, '1.3': 2, '1.4': 1, '1.5': 1, '1.6': 1,
      '2.1': 3, '2.2': 3,
      '3.1': 1, '3.2': 1, '3.3': 2, '3.4': 1, '3.5': 1,
      // B: 2+1+2 = 5; 3+1+3 = 7 → 12
      '4.1': 2, '4.2': 1, '4.3': 2, '5.1': 3, '5.2': 1, '5.3': 3,
      // C: 2+3+2 = 7; 4; 4; 2; 0 → 17
      '6.1': 2, '6.2': 3, '6.3': 2, '7': 4, '8': 4, '9': 2, '10': 0,
    };
    const rating = rateOcopProduct({ productSet: 23, product: 'Lan hồ điệp chậu', choices }, DATE);
    expect(rating.parts.map((p) => p.points)).toEqual(['23', '12', '17']);
    expect(rating.total).toBe('52');
    expect(rating.star).toBe(3);
    const weaker = rateOcopProduct({ productSet: 23, choices: { ...choices, '8': 2 } }, DATE);
    expect(weaker.total).toBe('50');
    expect(weaker.bandStar).toBe(3);
    expect(weaker.star).toBe(2);
    expect(weaker.downgrade?.missed.map((m) => [m.level, m.criterion])).toEqual([[3, '8']]);
  });

  it('sheet 24, bonsai from a skilled household: 30 + 19 + 21 = 70 → 4★ exactly (4.1 has no star marks on this sheet)', () => {
    const rating = rateOcopProduct({
      productSet: 24,
      product: 'Cây cảnh bonsai',
      choices: {
        // A: 4+4+2+2+1+1 = 14; 5+3 = 8; 1+0+3+2+2 = 8 → 30
        '1.1': 4, '1.2': 4, '1.3': 2, '1.4': 2, '1.5': 1, '1.6': 1,
        '2.1': 5, '2.2': 3,
        '3.1': 1, '3.2': 0, '3.3': 3, '3.4': 2, '3.5': 2,
        // B: 4+2+3 = 9; 5+2+3 = 10 → 19
        '4.1': 4, '4.2': 2, '4.3': 3, '5.1': 5, '5.2': 2, '5.3': 3,
        // C: 3+2+3+2 = 10; 6; 4; 1 → 21
        '6.1': 3, '6.2': 2, '6.3': 3, '6.4': 2, '7': 6, '8': 4, '9': 1,
      },
    }, DATE);
    expect(rating.parts.map((p) => p.points)).toEqual(['30', '19', '21']);
    expect(rating.total).toBe('70');
    expect(rating.star).toBe(4);
    expect(rating.downgrade).toBeNull();
  });

  it('sheet 25, koi carp from a farm household: 17 + 13 + 20 = 50 → 3★ exactly', () => {
    const rating = rateOcopProduct({
      productSet: 25,
      product: 'Cá Koi',
      choices: {
        // A: 2+2+1+1+1+0 = 7; 3+1 = 4; 1+1+2+1+1 = 6 → 17
        '1.1': 2, '1.2': 2, '1.3': 1, '1.4': 1, '1.5': 1, '1.6': 0,
        '2.1': 3, '2.2': 1,
        '3.1': 1, '3.2': 1, '3.3': 2, '3.4': 1, '3.5': 1,
        // B: 3+1+2 = 6; 3+1+3 = 7 → 13
        '4.1': 3, '4.2': 1, '4.3': 2, '5.1': 3, '5.2': 1, '5.3': 3,
        // C: 3+3+3 = 9; 5; 5; 1 → 20
        '6.1': 3, '6.2': 3, '6.3': 3, '7': 5, '8': 5, '9': 1,
      },
    }, DATE);
    expect(rating.parts.map((p) => p.points)).toEqual(['17', '13', '20']);
    expect(rating.total).toBe('50');
    expect(rating.star).toBe(3);
  });

  it('sheet 26, a community homestay village (case 1 of 8, 9, 15): 35 + 15 + 20 = 70 → 4★; scoring both cases is refused', () => {
    const choices: Record<string, number> = {
      // A: 3+5+3+1 = 12; 5+2+3 = 10; 3+1+4+3+2 = 13 → 35
      '1.1': 3, '1.2': 5, '1.3': 3, '1.4': 1,
      '2.1': 5, '2.2': 2, '2.3': 3,
      '3.1': 3, '3.2': 1, '3.3': 4, '3.4': 3, '3.5': 2,
      // B: 3+2+1+2+2 = 10; 2+1+2 = 5 → 15
      '4.1': 3, '4.2': 2, '4.3': 1, '4.4': 2, '4.5': 2, '5.1': 2, '5.2': 1, '5.3': 2,
      // C: 2+2+1+1+2+1+2+3+2+1+2+1 = 20
      '6': 2, '7': 2, '8a': 1, '9a': 1, '10': 2, '11': 1, '12': 2, '13': 3, '14': 2, '15a': 1, '16': 2, '17': 1,
    };
    const rating = rateOcopProduct({ productSet: 26, product: 'Du lịch cộng đồng bản Lác', choices }, DATE);
    expect(rating.parts.map((p) => p.points)).toEqual(['35', '15', '20']);
    expect(rating.total).toBe('70');
    expect(rating.star).toBe(4);
    const section8 = rating.parts[2]!.sections.find((s) => s.id === '8')!;
    expect(section8.criteria.map((c) => [c.id, c.scored])).toEqual([['8a', true], ['8b', false]]);
    expect(() => rateOcopProduct({ productSet: 26, choices: { ...choices, '8b': 1 } }, DATE)).toThrow();
  });
});
