/*
 * Ladder test material. The made-up thresholds (TEST/QĐ-UBND, status `unverified`, note
 * `test value`) stand in for values no reachable source gives; they are not the law.
 */
import { advancedCommuneNtm2021To2025, deriveRulebook, type EvaluationInput, type Rulebook } from '../../src/index.js';
import { TEST_INSTRUMENT, TEST_PROVENANCE } from '../rulebooks/fixtures.js';

export { TEST_INSTRUMENT, TEST_PROVENANCE, btbCommuneMeetingEverything, fakeProvince2021 } from '../rulebooks/fixtures.js';

/** FAKE advanced-commune income threshold for BTB in 2023 (million VND/person/year). Not law. */
export const FAKE_ADVANCED_INCOME_BTB_2023 = '65';
/** FAKE advanced poverty ceiling (%). Not law. */
export const FAKE_ADVANCED_POVERTY = '3';

/** A made-up province's advanced set: the national Phụ lục II with income and poverty supplied (FAKE). */
export function fakeAdvancedProvince(status: 'unverified' | 'official' = 'unverified'): Rulebook {
  return deriveRulebook(advancedCommuneNtm2021To2025, {
    id: `advanced-commune-ntm-2021-2025-test-province-${status}`,
    jurisdiction: { level: 'custom', name: { vi: 'Tỉnh giả lập', en: 'Made-up province' } },
    instruments: [TEST_INSTRUMENT],
    thresholds: [
      { indicator: '10', thresholds: [{ when: { columns: ['BTB'], years: { from: 2023, to: 2023 } }, value: FAKE_ADVANCED_INCOME_BTB_2023, provenance: { ...TEST_PROVENANCE, status } }] },
      { indicator: '11', thresholds: [{ value: FAKE_ADVANCED_POVERTY, provenance: TEST_PROVENANCE }] },
    ],
  });
}

/** A BTB commune meeting every advanced indicator in 2023 (income 70 ≥ 65 fake; poverty 2 % ≤ 3 fake). */
export function advancedCommuneMeetingEverything(): Record<string, EvaluationInput[string]> {
  const assessed = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '12', '13', '15', '16', '17', '18', '19'];
  return {
    ...Object.fromEntries(assessed.map((code) => [code, true])),
    '10': 70,
    '11': { numerator: 40, denominator: 2000 },
    '14.1': { numerator: 9600, denominator: 10000 },
    '14.2': { numerator: 9100, denominator: 10000 },
    '14.3': { numerator: 4100, denominator: 10000 },
    '14.4': { numerator: 7100, denominator: 10000 },
  };
}
