/*
 * Shared material for the national-rulebook tests.
 *
 * EVERY NUMBER IN THE "FAKE" TABLES BELOW IS MADE UP FOR THE TESTS. They stand in for the
 * thresholds that no reachable source gives (income ladder, poverty, roads …), so that a whole
 * commune can be decided. They are not the law and must never be copied into a rulebook.
 * Each one is cited to the made-up instrument `TEST/QĐ-UBND` with status `unverified` and the
 * note `test value`.
 */
import {
  communeNtm2021To2025,
  deriveRulebook,
  type EvaluationInput,
  type Rulebook,
  type ThresholdOverride,
} from '../../src/index.js';

// ---------------------------------------------------------------------------------------------
// Result helpers

export { indicatorOf, checkOf, criterionOf, thrown } from '../core/helpers.js';

/** Counts of each value in a list, as a plain object (keys in first-seen order). */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const k = key(item);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

// ---------------------------------------------------------------------------------------------
// The made-up instrument every fake threshold is cited to

export const TEST_INSTRUMENT_ID = 'TEST/QĐ-UBND';

export const TEST_INSTRUMENT = {
  id: TEST_INSTRUMENT_ID,
  number: TEST_INSTRUMENT_ID,
  issuedOn: '2022-09-15',
  issuer: { vi: 'Dữ liệu kiểm thử (không phải văn bản thật)', en: 'Test fixture (not a real instrument)' },
  title: { vi: 'Ngưỡng giả lập để kiểm thử — không phải quy định', en: 'Made-up thresholds for tests — not law' },
};

/** Provenance of every fake value. */
export const TEST_PROVENANCE = {
  instrument: TEST_INSTRUMENT_ID,
  locator: 'test fixture',
  status: 'unverified',
  note: 'test value',
} as const;

/** The 8 columns of the 2021–2025 set. */
export const COLUMNS_2021 = ['CHUNG', 'TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL'] as const;
/** The 7 socio-economic regions (every column but CHUNG). */
export const REGIONS = ['TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL'] as const;
export type Column2021 = (typeof COLUMNS_2021)[number];

/** FAKE income ladder base (2022), million VND/person/year; +5 for each later year. Not law. */
export const FAKE_INCOME_2022: Record<Column2021, number> = {
  CHUNG: 45,
  TDMNPB: 30,
  DBSH: 50,
  BTB: 40,
  DHNTB: 42,
  TN: 35,
  DNB: 55,
  DBSCL: 44,
};

/** FAKE income threshold of a column and year (2022–2025). Not law. */
export function fakeIncome(column: Column2021, year: number): number {
  return FAKE_INCOME_2022[column] + 5 * (year - 2022);
}

/** FAKE multidimensional-poverty ceilings (%), by column. Not law. */
export const FAKE_POVERTY: Record<Column2021, number> = {
  CHUNG: 6,
  TDMNPB: 12,
  DBSH: 3,
  BTB: 8,
  DHNTB: 7,
  TN: 10,
  DNB: 2,
  DBSCL: 5,
};

/** FAKE single values (same in every column) for the other thresholds nobody recovered. Not law. */
export const FAKE_UNIFORM: Readonly<Record<string, string>> = {
  '2.1': '100',
  '2.2': '80',
  '2.3': '70',
  '2.4': '60',
  '4.2': '95',
  '9.2': '75',
  '12.1': '90',
  '12.2': '50',
  '12.3': '20',
  '14.2': '85',
  '16': '70',
  '17.1': '90',
  '17.2': '100',
  '17.4': '2',
  '17.7': '70',
  '17.8': '60',
  '17.9': '100',
  '17.10': '30',
  '17.11': '50',
  '18.3': '100',
};

/** FAKE value for the 15.4 columns the source cut off (BTB, DHNTB, TN, DNB, DBSCL, CHUNG). Not law. */
export const FAKE_E_HEALTH_BOOK = '60';
/** FAKE CHUNG value of 15.3 (the source's excerpt starts after it). Not law. */
export const FAKE_STUNTING_CHUNG = '20';

type ThresholdCase = ThresholdOverride['thresholds'][number];

/** The known (non-null) threshold cases of a check of the national 2021–2025 rulebook. */
export function knownNationalCases(code: string, key = 'value'): ThresholdCase[] {
  const indicator = communeNtm2021To2025.criteria.flatMap((c) => c.indicators).find((i) => i.code === code);
  const check = indicator?.checks.find((c) => c.key === key);
  if (!check || !('thresholds' in check.requirement)) throw new Error(`no threshold cases for ${code}/${key}`);
  return check.requirement.thresholds.filter((t) => t.value !== null || t.notApplicable === true);
}

/** The income row "10": one case per column and year 2022–2025 (FAKE values). */
export function fakeIncomeRow(): ThresholdOverride {
  return {
    indicator: '10',
    thresholds: COLUMNS_2021.flatMap((column) =>
      [2022, 2023, 2024, 2025].map((year) => ({
        when: { columns: [column], years: { from: year, to: year } },
        value: String(fakeIncome(column, year)),
        provenance: TEST_PROVENANCE,
      })),
    ),
  };
}

/** The poverty row "11": one case per column (FAKE values). */
export function fakePovertyRow(): ThresholdOverride {
  return {
    indicator: '11',
    thresholds: COLUMNS_2021.map((column) => ({
      when: { columns: [column] },
      value: String(FAKE_POVERTY[column]),
      provenance: TEST_PROVENANCE,
    })),
  };
}

/** Every threshold row the national 2021–2025 set leaves unknown, filled with FAKE values. */
export function fakeThresholdTable(): ThresholdOverride[] {
  return [
    fakeIncomeRow(),
    fakePovertyRow(),
    ...Object.entries(FAKE_UNIFORM).map(([indicator, value]) => ({
      indicator,
      thresholds: [{ value, provenance: TEST_PROVENANCE }],
    })),
    // Keep the secondary-source columns; fill only the unknown remainder.
    { indicator: '15.3', thresholds: [...knownNationalCases('15.3'), { value: FAKE_STUNTING_CHUNG, provenance: TEST_PROVENANCE }] },
    { indicator: '15.4', thresholds: [...knownNationalCases('15.4'), { value: FAKE_E_HEALTH_BOOK, provenance: TEST_PROVENANCE }] },
  ];
}

/** A made-up province: the national 2021–2025 set with every unknown threshold filled (FAKE). */
export function fakeProvince2021(): Rulebook {
  return deriveRulebook(communeNtm2021To2025, {
    id: 'commune-ntm-2021-2025-test-province',
    title: { vi: 'Bộ tiêu chí xã NTM của tỉnh giả lập (kiểm thử)', en: 'Made-up province commune criteria (tests)' },
    jurisdiction: { level: 'custom', name: { vi: 'Tỉnh giả lập', en: 'Made-up province' } },
    instruments: [TEST_INSTRUMENT],
    thresholds: fakeThresholdTable(),
  });
}

/**
 * A Bắc Trung Bộ (BTB) commune in 2023 that meets every indicator: the secondary-source
 * thresholds as restated, and the FAKE ones of {@link fakeProvince2021}. A fresh object each call.
 */
export function btbCommuneMeetingEverything(): Record<string, EvaluationInput[string]> {
  return {
    '1.1': true,
    '1.2': true,
    '2.1': { numerator: 12, denominator: 12 }, // km of commune road: 100 %
    '2.2': { numerator: 34, denominator: 40 }, // 85 % ≥ 80 (fake)
    '2.3': { numerator: 15, denominator: 20 }, // 75 % ≥ 70 (fake)
    '2.4': { numerator: 13, denominator: 20 }, // 65 % ≥ 60 (fake)
    '3.1': { numerator: 850, denominator: 1000 }, // 85 % ≥ 80
    '3.2': true,
    '4.1': true,
    '4.2': { numerator: 1960, denominator: 2000 }, // 98 % ≥ 95 (fake)
    '5': { minimumStandard: { numerator: 4, denominator: 4 }, level1: { numerator: 3, denominator: 4 } }, // 75 % ≥ 70
    '6.1': true,
    '6.2': true,
    '6.3': { numerator: 9, denominator: 9 },
    '7': true,
    '8.1': true,
    '8.2': true,
    '8.3': true,
    '8.4': true,
    '9.1': 0,
    '9.2': { numerator: 1800, denominator: 2000 }, // 90 % ≥ 75 (fake)
    '10': 52.5, // ≥ 45 for BTB in 2023 (fake)
    '11': { numerator: 120, denominator: 2000 }, // 6 % ≤ 8 (fake)
    '12.1': { numerator: 4600, denominator: 5000 }, // 92 % ≥ 90 (fake)
    '12.2': { numerator: 3000, denominator: 5000 }, // 60 % ≥ 50 (fake)
    '12.3': { numerator: 1250, denominator: 5000 }, // 25 % ≥ 20 (fake)
    '13.1': true,
    '13.2': true,
    '13.3': true,
    '13.4': true,
    '13.5': true,
    '14.1': { grade1Enrolment: { numerator: 99, denominator: 100 }, preschool5: true, primary: 'muc-2', lowerSecondary: 'muc-2', literacy: 'muc-2' },
    '14.2': { numerator: 90, denominator: 100 }, // 90 % ≥ 85 (fake)
    '15.1': { numerator: 9300, denominator: 10000 }, // 93 % ≥ 90
    '15.2': true,
    '15.3': { numerator: 40, denominator: 200 }, // 20 % ≤ 25 (BTB)
    '15.4': { numerator: 7000, denominator: 10000 }, // 70 % ≥ 60 (fake for BTB)
    '16': { numerator: 8, denominator: 9 }, // 88.9 % ≥ 70 (fake)
    '17.1': { numerator: 1900, denominator: 2000 }, // 95 % ≥ 90 (fake)
    '17.2': { numerator: 14, denominator: 14 },
    '17.3': true,
    '17.4': '2.5', // m² per person ≥ 2 (fake)
    '17.5': true,
    '17.6': true,
    '17.7': { numerator: 1600, denominator: 2000 }, // 80 % ≥ 70 (fake)
    '17.8': { numerator: 30, denominator: 40 }, // 75 % ≥ 60 (fake)
    '17.9': { numerator: 250, denominator: 250 },
    '17.10': { numerator: 800, denominator: 2000 }, // 40 % ≥ 30 (fake)
    '17.11': { numerator: 60, denominator: 100 }, // 60 % ≥ 50 (fake)
    '18.1': true,
    '18.2': true,
    '18.3': { numerator: 5, denominator: 5 },
    '18.4': true,
    '18.5': true,
    '18.6': true,
    '19.1': true,
    '19.2': true,
  };
}
