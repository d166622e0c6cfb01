/* The examples of docs/poverty.md, run as written (the CSV one on an in-memory file). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  alkireFoster,
  averageAnnualReduction,
  builtInPovertyStandards,
  classifyHousehold,
  classifyHouseholdCsv,
  classifyHouseholds,
  derivePovertyStandard,
  percentagePointChange,
  povertyRates,
  povertyRatesFromCounts,
  povertyStandard2022To2026,
  povertyStandardFor,
  totalsConsistentWithRate,
} from '../../src/poverty/index.js';

const doc = readFileSync(new URL('../../docs/poverty.md', import.meta.url), 'utf8');

describe('docs/poverty.md examples', () => {
  it('which standard applies', () => {
    expect(doc).toContain("povertyStandardFor('2021-12-31').id; // 'vn-poverty-2016-2021'");
    expect(povertyStandardFor('2021-12-31').id).toBe('vn-poverty-2016-2021');
    expect(povertyStandardFor('2022-01-01').id).toBe('vn-poverty-2022-2026');
    expect(povertyStandardFor('2027-01-01').id).toBe('vn-poverty-2027-2030');
  });

  it('classifying a household with flags', () => {
    expect(doc).toContain("deprivations: { healthInsurance: true, housingArea: true, latrine: true, employment: false },");
    const result = classifyHousehold(
      { income: { perCapitaMonthly: 1_500_000 }, deprivations: { healthInsurance: true, housingArea: true, latrine: true, employment: false } },
      { date: '2024-06-30', area: 'rural' },
    );
    expect(result.category).toBe('poor');
    expect(result.deprivations.deprived).toEqual(['healthInsurance', 'housingArea', 'latrine']);
    expect(result.income.lineUsed.value).toBe(1_500_000);
    expect(result.explanation.vi[0]?.startsWith('Chuẩn áp dụng ngày 30/06/2024: ')).toBe(true);
    expect(result.explanation.vi[1]).toBe('Thu nhập bình quân đầu người/tháng 1.500.000 đồng ≤ chuẩn nghèo 1.500.000 đồng (nông thôn).');
    expect(doc).toContain(result.explanation.vi[1] as string);
  });

  it('classifying from household income and member facts', () => {
    expect(doc).toContain("{ birthDate: '2019-03-02', stunted: true }");
    const household = {
      income: { householdTotal: 54_000_001, members: 3, months: 12 },
      members: [
        { age: 40, healthInsurance: false },
        { age: 12, stunted: false, underweight: false, attendingSchool: true },
        { birthDate: '2019-03-02', stunted: true },
      ],
      floorAreaM2: 23.9,
    };
    const r = classifyHousehold(household, { date: '2024-06-30', area: 'urban' });
    expect(r.category).toBe('poor');
    expect(r.deprivations.deprived).toEqual(['nutrition', 'healthInsurance', 'housingArea']);
    expect(r.income.perCapitaMonthly.numerator).toBe('54000001');
    expect(r.income.perCapitaMonthly.denominator).toBe('36');
    expect(r.income.perCapitaMonthly.decimal.startsWith('1500000.027')).toBe(true);
  });

  it('a provincial standard', () => {
    expect(doc).toContain("id: 'example-province-2022-2025',");
    const local = derivePovertyStandard(povertyStandard2022To2026, {
      id: 'example-province-2022-2025',
      name: { vi: 'Chuẩn nghèo của tỉnh (ví dụ)', en: 'Province standard (example)' },
      instruments: [{ id: 'EXAMPLE/QĐ-UBND', number: 'EXAMPLE/QĐ-UBND', issuedOn: '2022-03-01', issuer: { vi: 'UBND tỉnh', en: 'Provincial People’s Committee' }, title: { vi: 'Chuẩn nghèo của tỉnh', en: 'Provincial poverty standard' } }],
      validTo: '2025-12-31',
      incomeLines: { rural: { poverty: { value: 1_800_000, provenance: { instrument: 'EXAMPLE/QĐ-UBND', locator: 'Điều 1', status: 'unverified' } } } },
    });
    const standards = [...builtInPovertyStandards, local];
    const h = { income: { perCapitaMonthly: 1_700_000 }, deprivations: { latrine: true, telecom: true, waterSource: true } };
    expect(classifyHousehold(h, { date: '2024-06-30', area: 'rural', standards }).category).toBe('poor');
    expect(classifyHousehold(h, { date: '2024-06-30', area: 'rural' }).category).toBe('average-living-standard');
  });

  it('batch and rates', () => {
    expect(doc).toContain("batch.categories; // ['poor', null, 'not-classified']");
    const list = [
      { income: { perCapitaMonthly: 1_200_000 }, deprivations: { healthInsurance: true, latrine: true, telecom: true } },
      { income: { perCapitaMonthly: 'abc' } },
      { income: { perCapitaMonthly: 2_600_000 } },
    ];
    const batch = classifyHouseholds(list, { date: '2024-06-30', area: 'rural' });
    expect(batch.categories).toEqual(['poor', null, 'not-classified']);
    expect(batch.errors).toEqual([{ row: 2, issues: [expect.objectContaining({ path: ['income', 'perCapitaMonthly'], code: 'invalid-format' })] }]);
    expect(povertyRates(batch.categories).poor.percent).toBe('50');
  });

  it('CSV (the documented columns and result fields)', async () => {
    expect(doc).toContain("groupBy: ['commune']");
    const lines = ['id,commune,perCapitaMonthly,healthInsurance,latrine,telecom', '1,Hương Hữu,1400000,1,1,1', '2,Hương Hữu,1400000,0,0,0'];
    const summary = await classifyHouseholdCsv(lines, { date: '2024-06-30', area: 'rural', groupBy: ['commune'] });
    expect(summary.counts).toMatchObject({ poor: 1, indeterminate: 1 });
    expect(summary.groups['commune']?.['Hương Hữu']).toMatchObject({ poor: 1 });
  });

  it('rates from the seed reports', () => {
    expect(doc).toContain("totalsConsistentWithRate(1810, '2.88', 2); // { min: 62739, max: 62956 }");
    expect(totalsConsistentWithRate(1810, '2.88', 2)).toEqual({ min: 62_739, max: 62_956 });
    expect(povertyRatesFromCounts({ poor: 1810, 'not-classified': 62_850 - 1810 }).poor.ratio).toMatchObject({ numerator: '181', denominator: '6285' });
    expect(percentagePointChange('16.81', '10.14')).toBe('-6.67');
    expect(averageAnnualReduction('16.81', '10.14', 2)).toBe('3.335');
  });

  it('Alkire–Foster', () => {
    expect(doc).toContain("af.groups.commune.X.contribution?.decimal; // '0.75'");
    const units = [
      { deprivations: { a: true, b: true, c: true }, commune: 'X' },
      { deprivations: { a: true, b: false, c: false }, commune: 'X' },
      { deprivations: { a: false, b: true, c: true }, commune: 'Y' },
      { deprivations: { a: false, b: true, c: false }, commune: 'Y' },
      { deprivations: { a: false, b: false, c: false }, commune: 'Y' },
    ];
    const af = alkireFoster(units, { indicators: ['a', 'b', 'c'], weights: { a: '1/2', b: '1/4', c: '1/4' }, k: '1/2', groupBy: { commune: (u) => u.commune } });
    expect(af.H?.decimal).toBe('0.6');
    expect(af.A).toMatchObject({ numerator: '2', denominator: '3' });
    expect(af.M0?.decimal).toBe('0.4');
    expect(af.contribution['a']?.decimal).toBe('0.5');
    expect(af.groups['commune']?.['X']?.contribution?.decimal).toBe('0.75');
  });
});
