import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import {
  averageAnnualReduction,
  classifyHouseholds,
  percentagePointChange,
  povertyRateChange,
  povertyRates,
  povertyRatesFromCounts,
  totalsConsistentWithRate,
  type PovertyCategory,
} from '../../src/poverty/index.js';

const round2 = (percent: string | null) => new Decimal(percent ?? 'NaN').toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

describe('seed 004 (Bình Sơn, 2023): "hộ nghèo … 1.810 hộ tỷ lệ 2,88%"', () => {
  const range = totalsConsistentWithRate(1810, '2.88', 2);

  it('the rate is consistent with 62,739 to 62,956 households in the district', () => {
    expect(range).toEqual({ min: 62_739, max: 62_956 });
  });

  it('recomputing the rate from the counts gives 2.88 % at both ends and not beyond', () => {
    const rateFor = (total: number) => povertyRatesFromCounts({ poor: 1810, 'not-classified': total - 1810 }).poor.percent;
    expect(round2(rateFor(62_739))).toBe('2.88');
    expect(round2(rateFor(62_956))).toBe('2.88');
    expect(round2(rateFor(62_738))).toBe('2.89');
    expect(round2(rateFor(62_957))).toBe('2.87');
  });

  it('the exact ratio keeps every digit', () => {
    const r = povertyRatesFromCounts({ poor: 1810, 'not-classified': 62_850 - 1810 });
    expect(r.poor.ratio).toMatchObject({ numerator: '181', denominator: '6285' });
    expect(r.households).toBe(62_850);
  });
});

describe('seed 003 (Nam Đông, six months of 2023), poverty in the six ethnic-minority communes', () => {
  // "Tỷ lệ hộ nghèo 10,14% giảm bình quân 6,67% … (cuối năm 2021 … là 16,81, … bình quân mỗi năm giảm 2,36)"
  it('16.81 % → 10.14 % is a change of −6.67 percentage points (the report\'s "6,67")', () => {
    expect(percentagePointChange('16.81', '10.14')).toBe('-6.67');
  });

  it('over the 1.5 years from end-2021 to mid-2023 that is 4.4466… points a year, above the assigned 2.36', () => {
    const perYear = averageAnnualReduction('16.81', '10.14', '1.5');
    expect(perYear.startsWith('4.44666666')).toBe(true);
    expect(new Decimal(perYear).gte('2.36')).toBe(true);
    expect(averageAnnualReduction('16.81', '10.14', 2)).toBe('3.335');
  });

  it('the target "giảm tỷ lệ hộ nghèo đa chiều 5,2% (hộ nghèo … 3,2%, hộ cận nghèo … 2%)" adds up: multidimensional = poor + near-poor', () => {
    // 32 poor and 20 near-poor households out of 1,000 give exactly 3.2 %, 2 % and 5.2 %.
    const r = povertyRatesFromCounts({ poor: 32, 'near-poor': 20, 'not-classified': 948 });
    expect([r.poor.percent, r.nearPoor.percent, r.multidimensional.percent]).toEqual(['3.2', '2', '5.2']);
  });

  it('the same change computed from household counts (exact ratios, no rounding first)', () => {
    const before = povertyRatesFromCounts({ poor: 1681, 'not-classified': 10_000 - 1681 }); // 16.81 %
    const after = povertyRatesFromCounts({ poor: 1014, 'near-poor': 200, 'not-classified': 10_000 - 1214 }); // 10.14 %
    const change = povertyRateChange(before, after, 2);
    expect(change.poor).toEqual({ percentagePoints: '-6.67', averageAnnualReduction: '3.335' });
    expect(change.nearPoor.percentagePoints).toBe('2');
    expect(change.multidimensional.percentagePoints).toBe('-4.67');
    expect(povertyRateChange(before, after).poor.averageAnnualReduction).toBeNull();
    expect(() => povertyRateChange(povertyRatesFromCounts({}), after)).toThrow(RangeError);
    // 1 of 3 → 1 of 6: −16.666… points, kept to 40 digits rather than from rounded percentages
    const third = povertyRateChange(povertyRatesFromCounts({ poor: 1, 'not-classified': 2 }), povertyRatesFromCounts({ poor: 1, 'not-classified': 5 }));
    expect(third.poor.percentagePoints).toBe('-16.66666666666666666666666666666666666667');
  });

  it('a rise is a negative reduction; years must be positive', () => {
    expect(averageAnnualReduction('10', '11', 2)).toBe('-0.5');
    expect(() => averageAnnualReduction('10', '9', 0)).toThrow(RangeError);
  });
});

describe('povertyRates over classified households', () => {
  it('counts by category and by any subgroup key, with exact ratios', () => {
    const communes = ['Hương Hữu', 'Hương Hữu', 'Thượng Long', 'Thượng Long'];
    const r = povertyRates(['poor', 'not-classified', 'near-poor', 'poor'] as PovertyCategory[], { groupBy: { commune: (_, i) => communes[i] as string } });
    expect(r.households).toBe(4);
    expect(r.poor).toMatchObject({ count: 2, percent: '50', ratio: { numerator: '1', denominator: '2' } });
    expect(r.multidimensional).toMatchObject({ count: 3, percent: '75' });
    expect(r.groups['commune']?.['Hương Hữu']?.poor.percent).toBe('50');
    expect(r.groups['commune']?.['Thượng Long']?.multidimensional.percent).toBe('100');
  });

  it('skips invalid rows of a batch (never counted) and bounds the rates when some households are indeterminate', () => {
    const batch = classifyHouseholds(
      [
        { income: { perCapitaMonthly: 1_000_000 }, deprivations: { employment: true, nutrition: true, latrine: true } },
        { income: { perCapitaMonthly: 1_000_000 } },
        { income: { perCapitaMonthly: 'n/a' } },
        { income: { perCapitaMonthly: 5_000_000 } },
      ],
      { date: '2024-06-30', area: 'rural' },
    );
    const r = povertyRates(batch.categories);
    expect(r.invalid).toBe(1);
    expect(r.households).toBe(3);
    expect(r.indeterminate).toBe(1);
    expect(r.poor).toMatchObject({ count: 1, upTo: { count: 2 } });
    expect(r.poor.ratio).toMatchObject({ numerator: '1', denominator: '3' });
  });

  it('no households: ratios are null, not zero', () => {
    const r = povertyRates([]);
    expect(r.poor.ratio).toBeNull();
    expect(r.poor.percent).toBeNull();
  });

  it('the national 2022 review adds up: 4.03 % poor + 3.49 % near-poor = 7.52 %; NMM region 14.23 + 7.69 = 21.92', () => {
    // Figures from MOLISA Decision 71/QĐ-LĐTBXH (2023), cited in the project's poverty domain notes.
    expect(new Decimal('4.03').plus('3.49').toFixed()).toBe('7.52');
    const r = povertyRatesFromCounts({ poor: 1423, 'near-poor': 769, 'not-classified': 10_000 - 1423 - 769 });
    expect([r.poor.percent, r.nearPoor.percent, r.multidimensional.percent]).toEqual(['14.23', '7.69', '21.92']);
  });

  it('property: multidimensional = poor + near-poor, exactly, for any counts', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), fc.nat(100_000), (poor, near, other) => {
        fc.pre(poor + near + other > 0);
        const r = povertyRatesFromCounts({ poor, 'near-poor': near, 'not-classified': other });
        const sum = new Decimal(r.poor.ratio?.numerator ?? 0).div(r.poor.ratio?.denominator ?? 1).plus(new Decimal(r.nearPoor.ratio?.numerator ?? 0).div(r.nearPoor.ratio?.denominator ?? 1));
        const multi = new Decimal(r.multidimensional.ratio?.numerator ?? 0).div(r.multidimensional.ratio?.denominator ?? 1);
        expect(BigInt(r.multidimensional.count)).toBe(BigInt(poor + near));
        expect(sum.minus(multi).abs().lt('1e-35')).toBe(true);
      }),
    );
  });

  it('property: every total in the consistent range reproduces the stated rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 9999 }), (count, hundredths) => {
        const percent = (hundredths / 100).toFixed(2);
        const range = totalsConsistentWithRate(count, percent, 2);
        if (range === null) return;
        for (const total of [range.min, range.max]) {
          const r = povertyRatesFromCounts({ poor: count, 'not-classified': total - count });
          expect(round2(r.poor.percent)).toBe(percent);
        }
      }),
      { numRuns: 200 },
    );
  });
});
