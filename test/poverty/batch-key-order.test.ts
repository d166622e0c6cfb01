/*
 * classifyHouseholds remembers, from one household to the next, which indicator each position of
 * the deprivation keys holds (households in a batch usually list them in the same order). Households
 * whose keys come in other orders, with unknown keys or undefined values in any position, must still
 * be classified exactly as one by one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyHousehold, classifyHouseholds, povertyStandard2022To2026, type HouseholdInput } from '../../src/poverty/index.js';

const options = { date: '2024-06-30', area: 'rural' } as const;
const codes = povertyStandard2022To2026.indicators.map((i) => i.code);

const entry = fc.tuple(fc.oneof(fc.constantFrom(...codes), fc.constantFrom('latrines', 'notAnIndicator')), fc.constantFrom<unknown>(true, false, true, undefined, 1));
const household = fc.record({
  perCapitaMonthly: fc.integer({ min: 600_000, max: 3_600_000 }),
  entries: fc.array(entry, { maxLength: 14 }),
});

function one(h: { perCapitaMonthly: number; entries: [string, unknown][] }): HouseholdInput {
  const deprivations: Record<string, unknown> = {};
  for (const [code, value] of h.entries) deprivations[code] = value;
  return { income: { perCapitaMonthly: h.perCapitaMonthly }, deprivations } as HouseholdInput;
}

describe('classifyHouseholds and the remembered order of deprivation keys', () => {
  it('classifies every household as classifyHousehold does, whatever the order of its keys', () => {
    fc.assert(
      fc.property(fc.array(household, { minLength: 1, maxLength: 20 }), (list) => {
        const households = list.map(one);
        const batch = classifyHouseholds(households, options);
        households.forEach((h, row) => {
          let expected: { category: string; deprivedMask: number } | null;
          let single: ReturnType<typeof classifyHousehold> | undefined;
          try {
            single = classifyHousehold(h, options);
          } catch (error) {
            expect((error as Error).name).toBe('InputError');
          }
          expected = single ? { category: single.category, deprivedMask: single.deprivations.deprived.reduce((mask, code) => mask | (1 << codes.indexOf(code)), 0) } : null;
          expect(batch.categories[row] === null ? null : { category: batch.categories[row], deprivedMask: batch.deprivedMasks[row] }).toEqual(expected);
        });
      }),
      { numRuns: 500 },
    );
  });
  it('a household listing the same keys in another order than the one before gets the same mask', () => {
    const flags = { employment: true, nutrition: true, latrine: true, healthInsurance: false };
    const reversed = Object.fromEntries(Object.entries(flags).reverse());
    const batch = classifyHouseholds(
      [
        { income: { perCapitaMonthly: 1_200_000 }, deprivations: flags },
        { income: { perCapitaMonthly: 1_200_000 }, deprivations: reversed },
      ],
      options,
    );
    expect(batch.deprivedMasks[1]).toBe(batch.deprivedMasks[0]);
    expect(batch.categories).toEqual(['poor', 'poor']);
  });
});
