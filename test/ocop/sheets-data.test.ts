import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RulebookError } from '../../src/core/errors.js';
import { OCOP_PRODUCT_SETS_148, builtInOcopScoreSheets, defineOcopScoreSheet, rateOcopProduct, scoreSheetSchema, type ScoreSheet } from '../../src/ocop/index.js';
import { thrown } from '../core/helpers.js';
import { edgeSheetInput, sheet1, sheet10, sheet26 } from './fixtures.js';
import { z } from 'zod';

const sectionMax = (sheet: ScoreSheet) => sheet.parts.map((p) => p.sections.map((s) => s.max));
const marks = (sheet: ScoreSheet, level: number) =>
  sheet.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria.flatMap((c) => [
    ...(c.minStar === level ? [`${c.id}>0`] : []),
    ...c.options.filter((o) => o.minStar === level).map((o) => `${c.id}≥${o.points}`),
  ])));

describe('bundled 148/QĐ-TTg sheets match the domain notes (ocop-rating.md §1.4, §3.1, §3.2)', () => {
  it('sheet 1: A 18/10/12, B 13/12, C 13/2/5/5/5/2/3', () => {
    expect(sectionMax(sheet1)).toEqual([[18, 10, 12], [13, 12], [13, 2, 5, 5, 5, 2, 3]]);
  });

  it('sheet 1 mandatory minima, as listed for 3★, 4★, 5★', () => {
    expect(marks(sheet1, 3)).toEqual(['5b≥3', '9a≥2', '10≥2']);
    expect(marks(sheet1, 4)).toEqual(['1c≥2', '1d≥2', '1đ≥1', '2a≥4', '2c≥3', '3d≥2', '3e>0', '5b≥5', '6a≥2', '6b≥3', '8≥3', '10≥3']);
    expect(marks(sheet1, 5)).toEqual(['1b≥3', '1c≥3', '1d≥3', '2b≥3', '4a≥5', '5c≥2', '10≥5', '11≥2']);
  });

  it('sheet 10 (other spices, salt): A 18/10/12, B 13/12, C 16/5/4/5/2/3; raw material < 50 % marked 3★; 4a unmarked', () => {
    expect(sectionMax(sheet10)).toEqual([[18, 10, 12], [13, 12], [16, 5, 4, 5, 2, 3]]);
    expect(marks(sheet10, 3)).toEqual(['1a≥1', '5b≥3', '8a≥2', '9≥2']);
    expect(marks(sheet10, 4)).toEqual(['1c≥2', '1d≥2', '1đ≥1', '2a≥4', '2c≥3', '3d≥2', '3e>0', '5b≥5', '6a≥2', '6c≥2', '6d≥2', '6đ≥3', '7≥3', '9≥3']);
    expect(marks(sheet10, 5)).toEqual(['1c≥3', '1d≥3', '2b≥3', '5c≥2', '6c≥3', '6d≥3', '6đ≥5', '7≥5', '9≥5', '10≥2']);
  });

  it('sheet 3 (rice, cereals): like sheet 1 in parts A/B but 4a is unmarked; sensory 3/3/3/4 with its own marks; 8 = 5 marked 5★', () => {
    const sheet3 = builtInOcopScoreSheets['148-2023']!['3']!;
    expect(sectionMax(sheet3)).toEqual([[18, 10, 12], [13, 12], [13, 2, 5, 5, 5, 2, 3]]);
    expect(marks(sheet3, 3)).toEqual(['5b≥3', '9a≥2', '10≥2']);
    expect(marks(sheet3, 4)).toEqual(['1c≥2', '1d≥2', '1đ≥1', '2a≥4', '2c≥3', '3d≥2', '3e>0', '5b≥5', '6b≥3', '6c≥2', '6d≥3', '8≥3', '10≥3']);
    expect(marks(sheet3, 5)).toEqual(['1b≥3', '1c≥3', '1d≥3', '2b≥3', '5c≥2', '6a≥3', '6c≥3', '6d≥4', '8≥5', '10≥5', '11≥2']);
  });

  it('sheet 6 (processed rice, cereals): as sheet 10 but 6a clean = 2 marked 5★, 6c unmarked, knock-out notes on 1a and 2a', () => {
    const sheet6 = builtInOcopScoreSheets['148-2023']!['6']!;
    expect(sectionMax(sheet6)).toEqual([[18, 10, 12], [13, 12], [16, 5, 4, 5, 2, 3]]);
    expect(marks(sheet6, 4)).toEqual(['1c≥2', '1d≥2', '1đ≥1', '2a≥4', '2c≥3', '3d≥2', '3e>0', '5b≥5', '6d≥2', '6đ≥3', '7≥3', '9≥3']);
    expect(marks(sheet6, 5)).toEqual(['1c≥3', '1d≥3', '2b≥3', '5c≥2', '6a≥2', '6d≥3', '6đ≥5', '7≥5', '9≥5', '10≥2']);
    const knockOuts = sheet6.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria.flatMap((c) => (c.knockOut ? [c.knockOut] : []))));
    expect(knockOuts).toEqual(['raw-material-imported-or-unknown', 'copy-of-another-product', 'invalid-food-safety-certificate']);
  });

  it('sheet 9 (fish sauce) has the same criteria, points and marks as sheet 10 in the transcription', () => {
    const sheet9 = builtInOcopScoreSheets['148-2023']!['9']!;
    expect(sheet9.title.vi).toBe('Tương, nước mắm, gia vị dạng lỏng khác');
    expect(sheet9.parts).toEqual(sheet10.parts);
  });

  it('sheet 21 (handicrafts): A 19/9/12, C 21/4/5/5, marks as listed in the domain notes (§3.3)', () => {
    const sheet21 = builtInOcopScoreSheets['148-2023']!['21']!;
    expect(sectionMax(sheet21)).toEqual([[19, 9, 12], [13, 12], [21, 4, 5, 5]]);
    expect(marks(sheet21, 3)).toEqual(['1a≥1', '5b≥3', '8≥2']);
    expect(marks(sheet21, 4)).toEqual(['1c≥2', '1d≥2', '1đ≥1', '2a≥5', '2b≥3', '3d≥2', '3e>0', '5b≥5', '8≥3']);
    expect(marks(sheet21, 5)).toEqual(['1c≥3', '1d≥3', '2b≥4', '5c≥2', '6a≥5', '6b≥5', '8≥5']);
  });

  it('sheet 26 (tourism): A 15/12/13, B 17/8, C twelve sections; only 3d and 3e are marked', () => {
    expect(sectionMax(sheet26)).toEqual([[15, 12, 13], [17, 8], [3, 3, 3, 2, 3, 2, 3, 4, 4, 3, 3, 2]]);
    expect([3, 4, 5].flatMap((l) => marks(sheet26, l))).toEqual(['3d≥3', '3e>0']);
  });

  it('every bundled sheet carries provenance naming 148/QĐ-TTg and its source', () => {
    for (const sheet of Object.values(builtInOcopScoreSheets['148-2023']!)) {
      expect(sheet.provenance).toMatchObject({ instrument: '148/QĐ-TTg', status: 'secondary' });
      expect(sheet.provenance.source).toContain('augustine-tran/ocop');
      expect(OCOP_PRODUCT_SETS_148.find((s) => s.id === sheet.productSet)?.title.vi).toBe(sheet.title.vi);
    }
  });

  it('26/2026 sheet 1 (transcript): A 18/10/12, B 13/12, C 12/3/5/5/5/2/3; marks as in Phụ lục II', () => {
    const s26 = builtInOcopScoreSheets['26-2026']!['1']!;
    expect(sectionMax(s26)).toEqual([[18, 10, 12], [13, 12], [12, 3, 5, 5, 5, 2, 3]]);
    expect(marks(s26, 3)).toEqual(['2.2≥2', '2.3≥1', '3.5≥1', '4.1≥2', '5.3≥1', '9≥2', '10≥1']);
    expect(marks(s26, 4)).toEqual(['1.5≥2', '1.6≥1', '2.1≥3', '2.3≥3', '3.4≥2', '3.5≥2', '4.1≥3', '5.1≥5', '6.1≥2', '6.2≥3', '8≥3', '10≥3']);
    expect(marks(s26, 5)).toEqual(['1.3≥3', '1.5≥3', '4.1≥5']);
    expect(s26.provenance).toMatchObject({ instrument: '26/2026/QĐ-TTg', status: 'official' });
  });

  it('26/2026 sheet 9 (fish sauce, transcript): A 18/10/12, B 13/12, C 15/5/5/5/2/3; marks as in Phụ lục II', () => {
    const s9 = builtInOcopScoreSheets['26-2026']!['9']!;
    expect(sectionMax(s9)).toEqual([[18, 10, 12], [13, 12], [15, 5, 5, 5, 2, 3]]);
    expect(marks(s9, 3)).toEqual(['1.1≥1', '2.2≥2', '2.3≥1', '3.5≥1', '4.1≥2', '5.3≥1', '8≥2', '9≥1']);
    expect(marks(s9, 4)).toEqual(['1.4≥2', '1.5≥1', '2.1≥3', '2.3≥3', '3.4≥2', '3.5≥2', '4.1≥3', '5.1≥5', '6.1≥2', '6.3≥2', '6.4≥2', '6.5≥2', '7≥3', '9≥3']);
    expect(marks(s9, 5)).toEqual(['1.4≥3', '4.1≥5', '6.3≥3', '6.4≥3', '6.5≥4', '7≥5']);
  });

  it('26/2026 sheet 10 (salt, spices): seven criteria in section 1 (raw material max 3, certified area 2); C as sheet 9', () => {
    const s10 = builtInOcopScoreSheets['26-2026']!['10']!;
    const s9 = builtInOcopScoreSheets['26-2026']!['9']!;
    expect(sectionMax(s10)).toEqual([[18, 10, 12], [13, 12], [15, 5, 5, 5, 2, 3]]);
    expect(s10.parts[0]!.sections[0]!.criteria.map((c) => [c.id, c.max])).toEqual([['1.1', 3], ['1.2', 2], ['1.3', 3], ['1.4', 3], ['1.5', 3], ['1.6', 3], ['1.7', 1]]);
    expect(marks(s10, 3)).toEqual(['1.1≥1', '2.2≥2', '2.3≥1', '3.5≥1', '4.1≥2', '5.3≥1', '8≥2', '9≥1']);
    expect(marks(s10, 5)).toEqual(['1.5≥3', '4.1≥5', '6.3≥3', '6.4≥3', '6.5≥4', '7≥5']);
    expect(s10.parts[2]).toEqual(s9.parts[2]);
    expect(s10.parts[1]).toEqual(s9.parts[1]);
  });

  it('the JSON Schema of a sheet can be generated for users', () => {
    const schema = z.toJSONSchema(scoreSheetSchema, { io: 'input' }) as { type: string; required: string[] };
    expect(schema.type).toBe('object');
    expect(schema.required).toContain('provenance');
  });
});

describe('defineOcopScoreSheet rejects malformed sheets', () => {
  it('a section maximum that does not add up, and a missing provenance', () => {
    const bad = structuredClone(edgeSheetInput) as unknown as { parts: { sections: { max: number }[] }[]; provenance?: unknown };
    bad.parts[2]!.sections[1]!.max = 33;
    const error = thrown(() => defineOcopScoreSheet(bad));
    expect(error).toBeInstanceOf(RulebookError);
    expect((error as RulebookError).issues.map((i) => i.code)).toContain('max-mismatch');
    delete bad.provenance;
    expect((thrown(() => defineOcopScoreSheet(bad)) as RulebookError).issues.some((i) => i.path[0] === 'provenance')).toBe(true);
  });
});

describe('property: any valid choice on sheet 1', () => {
  const criteria = sheet1.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria));
  const arbChoices = fc.tuple(...criteria.map((c) => fc.constantFrom(...c.options.map((o) => o.id)))).map((ids) => {
    const choices: Record<string, string | number> = {};
    criteria.forEach((c, i) => (choices[c.id] = ids[i]!));
    const story = sheet1.parts[1]!.sections[1]!.criteria[0]!.options.find((o) => o.id === choices['5a'])!.points;
    if (story < 2) {
      choices['5b'] = 0;
      choices['5c'] = 0;
    }
    return choices;
  });

  it('total = sum of parts = sum of criteria; final star ≤ band star; recognisable iff star ≥ 3', () => {
    fc.assert(
      fc.property(arbChoices, (choices) => {
        const r = rateOcopProduct({ productSet: 1, choices }, { date: '2024-01-01' });
        const parts = r.parts.reduce((a, p) => a + Number(p.points), 0);
        const crits = r.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria)).reduce((a, c) => a + Number(c.points), 0);
        return Number(r.total) === parts && parts === crits && r.star! <= r.bandStar && r.recognisable === r.star! >= 3 && r.minima.length === 23;
      }),
      { numRuns: 300 },
    );
  });

  it('summary detail gives the same totals, stars, downgrades and authority as full detail', () => {
    fc.assert(
      fc.property(arbChoices, (choices) => {
        const full = rateOcopProduct({ productSet: 1, choices }, { date: '2024-01-01' });
        const summary = rateOcopProduct({ productSet: 1, choices }, { date: '2024-01-01', detail: 'summary' });
        return (
          summary.detail === 'summary' &&
          summary.total === full.total &&
          summary.star === full.star &&
          JSON.stringify(summary.downgrade) === JSON.stringify(full.downgrade) &&
          JSON.stringify(summary.minima) === JSON.stringify(full.minima.filter((m) => !m.met)) &&
          summary.parts.every((p, i) => p.points === full.parts[i]!.points && p.sections.every((x) => x.criteria.length === 0))
        );
      }),
      { numRuns: 200 },
    );
  });

  it('council: the order of members does not matter, and one member equals the single-sheet rating', () => {
    fc.assert(
      fc.property(arbChoices, arbChoices, arbChoices, (a, b, c) => {
        const date = { date: '2024-01-01' };
        const r1 = rateOcopProduct({ productSet: 1, members: [{ choices: a }, { choices: b }, { choices: c }] }, date);
        const r2 = rateOcopProduct({ productSet: 1, members: [{ choices: c }, { choices: a }, { choices: b }] }, date);
        const one = rateOcopProduct({ productSet: 1, members: [{ choices: a }] }, date);
        const single = rateOcopProduct({ productSet: 1, choices: a }, date);
        return r1.total === r2.total && r1.star === r2.star && one.total === single.total && one.star === single.star;
      }),
      { numRuns: 100 },
    );
  });
});
