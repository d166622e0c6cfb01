/** The examples of docs/ocop.md, run as written (keep both in sync). */
import { describe, expect, it } from 'vitest';
import { DUC_PHO_OCOP } from '../../examples/duc-pho-ocop.js';
import { z } from 'zod';
import {
  builtInOcopScoreSheets,
  defineOcopScoreSheet,
  explainOcopRating,
  ocopCertificateStatus,
  rateOcopProduct,
  scoreSheetSchema,
  summarizeOcopPortfolio,
} from '../../src/ocop/index.js';
import { edgeSheetInput } from './fixtures.js';

describe('docs/ocop.md examples', () => {
  const sheet = builtInOcopScoreSheets['148-2023']!['1']!;
  const choices: Record<string, string | number> = {};
  for (const part of sheet.parts)
    for (const section of part.sections)
      for (const c of section.criteria) choices[c.id] = [...c.options].sort((a, b) => b.points - a.points)[0]!.id;
  choices['2a'] = 3;

  it('Rating a product', () => {
    const rating = rateOcopProduct({ productSet: 1, product: 'Dưa lưới', choices }, { date: '2023-06-30' });
    expect(rating.total).toBe('99');
    expect(rating.bandStar).toBe(5);
    expect(rating.star).toBe(3);
    expect(rating.downgrade?.missed).toMatchObject([{ level: 4, criterion: '2a', required: '4', actual: '3' }]);
    expect(rating.recognisable).toBe(true);
    expect(rating.authority?.level).toBe('district');
    const lines = explainOcopRating(rating, { locale: 'en' });
    expect(lines).toContain('Total 99/100: in the 5-star band.');
    expect(lines).toContain('Misses the 4-star minimum on criterion 2a (Origin of the product idea): needs ≥ 4, has 3.');
    expect(explainOcopRating(rating).some((l) => l.includes('Ủy ban nhân dân cấp huyện'))).toBe(true);
  });

  it('26/2026 numbering and its new 3★ mark on packaging', () => {
    const sheet2026 = builtInOcopScoreSheets['26-2026']!['1']!;
    const best2026: Record<string, string | number> = {};
    for (const part of sheet2026.parts)
      for (const section of part.sections)
        for (const c of section.criteria) best2026[c.id] = [...c.options].sort((a, b) => b.points - a.points)[0]!.id;
    const plainPack = rateOcopProduct({ productSet: 1, choices: { ...best2026, '2.2': 1 } }, { date: '2026-09-01' });
    expect(plainPack.total).toBe('98');
    expect(plainPack.star).toBe(2);
  });

  it('A council', () => {
    const member = (overrides: Record<string, string | number>) => ({ choices: { ...choices, '2a': 4, ...overrides } });
    const council = rateOcopProduct(
      { productSet: 1, product: 'Dưa lưới', members: [member({}), member({ '1a': 3 }), member({ '1a': 1, '6b': 2 })] },
      { date: '2023-06-30' },
    );
    expect(council.memberTotals).toEqual(['100', '98', '93']);
    expect(council.total).toBe('97');
    expect(council.star).toBe(5);
    expect(
      rateOcopProduct(
        { productSet: 1, members: [member({}), member({ '1a': 3 }), member({ '1a': 1, '6b': 2 })] },
        { date: '2023-06-30', minimaBasis: 'every-member' },
      ).star,
    ).toBe(3);
  });

  it('Your own score sheet', () => {
    const jsonSchema = z.toJSONSchema(scoreSheetSchema, { io: 'input' });
    expect(jsonSchema).toHaveProperty('properties.parts');
    const text = JSON.stringify({ ...edgeSheetInput, provenance: { instrument: '26/2026/QĐ-TTg', locator: 'Phụ lục II', status: 'unverified' } });
    const mySheet = defineOcopScoreSheet(JSON.parse(text));
    const r = rateOcopProduct({ productSet: mySheet.productSet, choices: { a: '2', b: '1', fine: '2', c2: '4' } }, { date: '2026-09-01', sheet: mySheet });
    expect(r.total).toBe('100');
  });

  it('Certificates', () => {
    const s = ocopCertificateStatus('2024-12-25', { asOf: '2027-07-01' });
    expect(s.expiresOn).toBe('2027-12-25');
    expect(s.daysLeft).toBe(177);
    expect(s.reRating).toMatchObject({ opensOn: '2027-06-28', closesOn: '2027-08-27', status: 'open', transitionalLimit: null });
  });

  it('A portfolio against targets: Đức Phổ (seed 000_a7bd56a1d1ec181e.txt)', () => {
    const ducPho = DUC_PHO_OCOP; // the list the guide prints, kept once in examples/
    const summary = summarizeOcopPortfolio(ducPho, { asOf: '2023-11-30' });
    expect(summary.byYear['2021']).toEqual({ total: 1, 3: 0, 4: 0, 5: 0, unknown: 1 });
    expect(summary.byYear['2022']).toEqual({ total: 8, 3: 6, 4: 2, 5: 0, unknown: 0 });
    expect(summary.byYear['2023']).toEqual({ total: 1, 3: 1, 4: 0, 5: 0, unknown: 0 });
    expect(summary.targets[0]).toMatchObject({ id: 'products-3-star-plus', counted: 10, percentOfMin: '0.1', status: 'not-met' });
    expect(summary.otherTargets).toHaveLength(10);
  });
});
