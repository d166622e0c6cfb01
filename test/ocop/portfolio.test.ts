import { describe, expect, it } from 'vitest';
import { OcopInputError, summarizeOcopPortfolio } from '../../src/ocop/index.js';
import { thrown } from '../core/helpers.js';
import { DUC_PHO_OCOP } from '../../examples/duc-pho-ocop.js';

describe('summarizeOcopPortfolio — Đức Phổ (seed 000_a7bd56a1d1ec181e.txt)', () => {
  const summary = summarizeOcopPortfolio(DUC_PHO_OCOP, { asOf: '2023-11-30' });

  it('2021: 1 product (star not stated); 2022: 8 products, two 4★ and six 3★; 2023: one 3★', () => {
    expect(summary.byYear['2021']).toEqual({ total: 1, 3: 0, 4: 0, 5: 0, unknown: 1 });
    expect(summary.byYear['2022']).toEqual({ total: 8, 3: 6, 4: 2, 5: 0, unknown: 0 });
    expect(summary.byYear['2023']).toEqual({ total: 1, 3: 1, 4: 0, 5: 0, unknown: 0 });
    expect(summary.byStar).toEqual({ total: 10, 3: 7, 4: 2, 5: 0, unknown: 1 });
    expect(summary.byGroup['4']).toEqual({ total: 1, 3: 1, 4: 0, 5: 0, unknown: 0 });
    expect(summary.byGroup['unknown']!.total).toBe(1);
  });

  it('against 919/QĐ-TTg: 10 of 10,000 products of 3★+ (0.1 %), 0 of 400–500 5★; other targets not computable', () => {
    const three = summary.targets.find((t) => t.id === 'products-3-star-plus')!;
    expect(three).toMatchObject({ counted: 10, possible: 0, min: 10000, status: 'not-met', percentOfMin: '0.1' });
    const five = summary.targets.find((t) => t.id === 'products-5-star')!;
    expect(five).toMatchObject({ counted: 0, possible: 1, min: 400, max: 500, status: 'not-met' });
    expect(five.provenance?.instrument).toBe('919/QĐ-TTg');
    expect(summary.otherTargets).toHaveLength(10);
    expect(summary.otherTargets.every((t) => t.status === 'not-computable')).toBe(true);
  });

  it('a local target: at least two 4★ products by 2022 is met; at least three 4★ by 2021–2022 is indeterminate (the 2021 star is unknown)', () => {
    const s = summarizeOcopPortfolio(DUC_PHO_OCOP, {
      asOf: '2023-11-30',
      targets: [
        { id: 'two-4-star', label: { vi: '≥ 2 sản phẩm 4 sao', en: '≥ 2 four-star products' }, minStar: 4, min: 2, max: null, years: [2021, 2022] },
        { id: 'three-4-star', label: { vi: '≥ 3 sản phẩm 4 sao', en: '≥ 3 four-star products' }, minStar: 4, min: 3, max: null, years: [2021, 2022] },
        { id: 'one-per-year-2023', label: { vi: '≥ 1 sản phẩm năm 2023', en: '≥ 1 product in 2023' }, minStar: 3, min: 1, max: null, years: [2023, 2023] },
      ],
    });
    expect(s.targets.map((t) => [t.id, t.counted, t.possible, t.status])).toEqual([
      ['two-4-star', 2, 1, 'met'],
      ['three-4-star', 2, 1, 'indeterminate'],
      ['one-per-year-2023', 1, 0, 'met'],
    ]);
    expect(s.otherTargets).toEqual([]);
  });

  it('certificates: products without a recognition date have an unknown expiry; dated ones are classified', () => {
    expect(summary.certificatesUnknown).toHaveLength(10);
    const dated = summarizeOcopPortfolio(
      [
        { name: 'A', star: 3, recognisedOn: '2022-12-20' },
        { name: 'B', star: 4, recognisedOn: '2020-06-01' },
        { name: 'C', star: 3, recognisedOn: '2023-10-01' },
      ],
      { asOf: '2025-07-01' },
    );
    expect(dated.certificates).toEqual([
      { name: 'A', expiresOn: '2025-12-20', daysLeft: 172, status: 'expiring' },
      { name: 'B', expiresOn: '2023-06-01', daysLeft: -761, status: 'expired' },
      { name: 'C', expiresOn: '2026-10-01', daysLeft: 457, status: 'valid' },
    ]);
    expect(dated.byYear['2022']!.total).toBe(1);
  });

  it('invalid products are named', () => {
    const error = thrown(() => summarizeOcopPortfolio([{ name: 'X', star: 2 as never }], { asOf: '2024-01-01' }));
    expect(error).toBeInstanceOf(OcopInputError);
    expect((error as OcopInputError).issues[0]!.path).toEqual([0, 'star']);
  });
});
