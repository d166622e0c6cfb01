import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContextError, NoRulebookInForceError } from '../../src/core/errors.js';
import { InputError } from '../../src/core/errors.js';
import { OCOP_VERSIONS, ocopAuthorityFor, ocopStarForScore, ocopVersionFor } from '../../src/ocop/index.js';
import { thrown } from '../core/helpers.js';

describe('ocopStarForScore: bands [0,30)→1, [30,50)→2, [50,70)→3, [70,90)→4, [90,100]→5', () => {
  const edges: [string, number][] = [
    ['0', 1], ['29.99', 1], ['30', 2], ['49.99', 2], ['50', 3], ['69.99', 3], ['70', 4], ['89.99', 4], ['90', 5], ['100', 5],
    ['89.9999999999999999999', 4],
  ];
  for (const [score, star] of edges) it(`${score} → ${star}★`, () => expect(ocopStarForScore(score)).toBe(star));

  it('rejects scores outside 0–100 and non-numbers', () => {
    expect(thrown(() => ocopStarForScore(100.01))).toBeInstanceOf(InputError);
    expect(thrown(() => ocopStarForScore('-1'))).toBeInstanceOf(InputError);
    expect(thrown(() => ocopStarForScore('abc'))).toBeInstanceOf(InputError);
  });

  it('property: monotone, and equal to the band found by integer hundredths', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 10000 }), (a, b) => {
        const sa = ocopStarForScore((a / 100).toFixed(2));
        const sb = ocopStarForScore((b / 100).toFixed(2));
        const expected = a >= 9000 ? 5 : a >= 7000 ? 4 : a >= 5000 ? 3 : a >= 3000 ? 2 : 1;
        return sa === expected && (a <= b ? sa <= sb : sa >= sb);
      }),
    );
  });
});

describe('ocopVersionFor: date switches', () => {
  const cases: [string, string][] = [
    ['2019-08-21', '1048-2019'],
    ['2023-02-23', '1048-2019'],
    ['2023-02-24', '148-2023'],
    ['2025-07-05', '148-2023'],
    ['2025-07-06', '148-2023+1489-2025'],
    ['2026-05-21', '148-2023+1489-2025'],
    ['2026-05-22', '26-2026'],
    ['2030-01-01', '26-2026'],
  ];
  for (const [date, id] of cases) it(`${date} → ${id}`, () => expect(ocopVersionFor(date).id).toBe(id));

  it('60-day transition: a dossier filed before 22/05/2026 keeps 148 + 1489 up to 20/07/2026', () => {
    expect(ocopVersionFor('2026-07-20', { dossierFiledOn: '2026-05-21' }).id).toBe('148-2023+1489-2025');
    expect(ocopVersionFor('2026-07-21', { dossierFiledOn: '2026-05-21' }).id).toBe('26-2026');
    expect(ocopVersionFor('2026-06-01', { dossierFiledOn: '2026-05-22' }).id).toBe('26-2026');
  });

  it('refuses dates before 1048/QĐ-TTg and invalid dates', () => {
    expect(thrown(() => ocopVersionFor('2019-08-20'))).toBeInstanceOf(NoRulebookInForceError);
    expect(thrown(() => ocopVersionFor('2023-02-30'))).toBeInstanceOf(ContextError);
  });

  it('versions are contiguous except the 60-day overlap, and 148 parts are 40/25/35 vs 1048 35/25/40', () => {
    expect(OCOP_VERSIONS.map((v) => [v.id, v.partMaxima.A, v.partMaxima.B, v.partMaxima.C])).toEqual([
      ['1048-2019', 35, 25, 40], ['148-2023', 40, 25, 35], ['148-2023+1489-2025', 40, 25, 35], ['26-2026', 40, 25, 35],
    ]);
    for (const v of OCOP_VERSIONS) {
      for (const p of [v.validity, v.partMaximaProvenance, v.bandsProvenance, v.authorityProvenance, v.certificateProvenance, v.reRatingProvenance]) {
        expect(p.instrument.length).toBeGreaterThan(0);
        expect(['official', 'secondary', 'unverified', 'unknown']).toContain(p.status);
      }
    }
  });
});

describe('ocopAuthorityFor', () => {
  it('3★: province under 1048, district under 148 (Đức Phổ 2023: "được cấp huyện công nhận"), province again from 06/07/2025', () => {
    // Seed 000_a7bd56a1d1ec181e.txt: 2021–2022 products are "sản phẩm OCOP cấp tỉnh"; 2023 (round 1) the melon set is recognised by the district.
    expect(ocopAuthorityFor(3, '2022-06-30')?.level).toBe('province');
    expect(ocopAuthorityFor(3, '2023-06-30')?.level).toBe('district');
    expect(ocopAuthorityFor(3, '2025-07-06')?.level).toBe('province');
    expect(ocopAuthorityFor(4, '2023-06-30')?.level).toBe('province');
    expect(ocopAuthorityFor(5, '2021-06-30')?.level).toBe('central-council');
    expect(ocopAuthorityFor(5, '2026-06-30')?.label.en).toBe('Ministry of Agriculture and Environment');
    expect(ocopAuthorityFor(2, '2026-06-30')).toBeNull();
  });
});
