/*
 * The national criteria for a new-rural commune, 2021–2025: Decision 318/QĐ-TTg (08/03/2022),
 * Phụ lục I, with the region override replaced by Decision 211/QĐ-TTg from 01/03/2024.
 *
 * Values asserted here are the ones the project's research could source (see
 * /work/shared/domain/commune-ntm-2021-2025*.md and /tmp/research/318-appendix-I.md):
 *   3.1 ≥ 80 %; 6.3 100 %; 15.1 ≥ 90 %; 15.3 ≤ per region; 15.4 TDMNPB ≥ 50, DBSH ≥ 70;
 *   criterion 5 and 14.1 as restated by 1491/QĐ-BGDĐT. Everything else is `unknown`.
 * Numbers cited to "TEST/QĐ-UBND" come from fixtures.ts and are made up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ContextError,
  InputError,
  communeNtm2021To2025,
  deriveRulebook,
  evaluate,
  explain,
  type EvaluationContext,
  type EvaluationInput,
  type IndicatorValue,
  type Rulebook,
} from '../../src/index.js';
import {
  COLUMNS_2021,
  REGIONS,
  TEST_INSTRUMENT,
  TEST_INSTRUMENT_ID,
  TEST_PROVENANCE,
  btbCommuneMeetingEverything,
  checkOf,
  countBy,
  criterionOf,
  fakeIncomeRow,
  fakePovertyRow,
  fakeProvince2021,
  indicatorOf,
  thrown,
} from './fixtures.js';

const rulebook = communeNtm2021To2025;
const DATE = '2023-06-30';

/** Evaluates one unit in a region on 30/06/2023 (or another context). */
function run(input: EvaluationInput, context: Partial<EvaluationContext> = {}, book: Rulebook = rulebook) {
  return evaluate(book, input, { date: DATE, region: 'BTB', ...context });
}

/** The status of one indicator given one value, in a region. */
function statusOf(code: string, value: IndicatorValue, region: string = 'BTB', book: Rulebook = rulebook) {
  return indicatorOf(run({ [code]: value }, { region }, book), code).status;
}

const counts = (numerator: number, denominator: number) => ({ numerator, denominator });
const percent = (value: number | string) => ({ percent: value });

const allIndicators = rulebook.criteria.flatMap((criterion) => criterion.indicators.map((indicator) => ({ criterion, indicator })));
const allThresholdCases = allIndicators.flatMap(({ indicator }) =>
  indicator.checks.flatMap((check) =>
    'thresholds' in check.requirement ? check.requirement.thresholds.map((threshold) => ({ indicator, check, threshold })) : [],
  ),
);

const ACHIEVED_CODES = [
  '1.1', '1.2', '3.2', '4.1', '6.1', '6.2', '7', '8.1', '8.2', '8.3', '8.4',
  '13.1', '13.2', '13.3', '13.4', '13.5', '15.2', '17.3', '17.5', '17.6',
  '18.1', '18.2', '18.4', '18.5', '18.6', '19.1', '19.2',
];

function indicatorOfBook(code: string) {
  const found = allIndicators.find(({ indicator }) => indicator.code === code)?.indicator;
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
}

// =============================================================================================
describe('Structure of Phụ lục I, 318/QĐ-TTg', () => {
  it('is the commune-ntm rulebook in force from 08/03/2022 (signing) to 31/12/2025', () => {
    expect(rulebook.id).toBe('commune-ntm-2021-2025');
    expect(rulebook.kind).toBe('commune-ntm');
    expect(rulebook.title.vi).toBe('Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025');
    expect(rulebook.jurisdiction.level).toBe('national');
    expect(rulebook.validFrom).toBe('2022-03-08');
    expect(rulebook.validTo).toBe('2025-12-31');
  });

  it('cites 318/QĐ-TTg (08/03/2022), its amendment 211/QĐ-TTg (01/03/2024) and MOET 1491/QĐ-BGDĐT', () => {
    expect(rulebook.instruments.map((i) => [i.id, i.issuedOn])).toEqual([
      ['318/QĐ-TTg', '2022-03-08'],
      ['211/QĐ-TTg', '2024-03-01'],
      ['1491/QĐ-BGDĐT', '2022-06-06'],
    ]);
    expect(rulebook.instruments[0]?.appendix).toBe('Phụ lục I');
  });

  it('has a common column (CHUNG) and the 7 socio-economic regions', () => {
    expect(rulebook.columns?.contextKey).toBe('region');
    expect(rulebook.columns?.values.map((c) => [c.key, c.name.vi])).toEqual([
      ['CHUNG', 'Chỉ tiêu chung'],
      ['TDMNPB', 'Trung du miền núi phía Bắc'],
      ['DBSH', 'Đồng bằng sông Hồng'],
      ['BTB', 'Bắc Trung Bộ'],
      ['DHNTB', 'Duyên hải Nam Trung Bộ'],
      ['TN', 'Tây Nguyên'],
      ['DNB', 'Đông Nam Bộ'],
      ['DBSCL', 'Đồng bằng sông Cửu Long'],
    ]);
  });

  it('has the 19 criteria in order, with their official names and the 5 groups', () => {
    expect(rulebook.criteria.map((c) => [c.code, c.name.vi, c.group?.vi])).toEqual([
      ['1', 'Quy hoạch', 'Quy hoạch'],
      ['2', 'Giao thông', 'Hạ tầng kinh tế - xã hội'],
      ['3', 'Thủy lợi và phòng, chống thiên tai', 'Hạ tầng kinh tế - xã hội'],
      ['4', 'Điện', 'Hạ tầng kinh tế - xã hội'],
      ['5', 'Trường học', 'Hạ tầng kinh tế - xã hội'],
      ['6', 'Cơ sở vật chất văn hóa', 'Hạ tầng kinh tế - xã hội'],
      ['7', 'Cơ sở hạ tầng thương mại nông thôn', 'Hạ tầng kinh tế - xã hội'],
      ['8', 'Thông tin và Truyền thông', 'Hạ tầng kinh tế - xã hội'],
      ['9', 'Nhà ở dân cư', 'Hạ tầng kinh tế - xã hội'],
      ['10', 'Thu nhập', 'Kinh tế và tổ chức sản xuất'],
      ['11', 'Nghèo đa chiều', 'Kinh tế và tổ chức sản xuất'],
      ['12', 'Lao động', 'Kinh tế và tổ chức sản xuất'],
      ['13', 'Tổ chức sản xuất và phát triển kinh tế nông thôn', 'Kinh tế và tổ chức sản xuất'],
      ['14', 'Giáo dục và Đào tạo', 'Văn hóa - Xã hội - Môi trường'],
      ['15', 'Y tế', 'Văn hóa - Xã hội - Môi trường'],
      ['16', 'Văn hóa', 'Văn hóa - Xã hội - Môi trường'],
      ['17', 'Môi trường và an toàn thực phẩm', 'Văn hóa - Xã hội - Môi trường'],
      ['18', 'Hệ thống chính trị và tiếp cận pháp luật', 'Hệ thống chính trị'],
      ['19', 'Quốc phòng và An ninh', 'Hệ thống chính trị'],
    ]);
  });

  it('has 57 indicators, coded as printed in the law', () => {
    expect(allIndicators).toHaveLength(57);
    expect(rulebook.criteria.map((c) => c.indicators.length)).toEqual([2, 4, 2, 2, 1, 3, 1, 4, 2, 1, 1, 3, 5, 2, 4, 1, 11, 6, 2]);
    expect(allIndicators.map(({ indicator }) => indicator.code)).toEqual([
      '1.1', '1.2',
      '2.1', '2.2', '2.3', '2.4',
      '3.1', '3.2',
      '4.1', '4.2',
      '5',
      '6.1', '6.2', '6.3',
      '7',
      '8.1', '8.2', '8.3', '8.4',
      '9.1', '9.2',
      '10',
      '11',
      '12.1', '12.2', '12.3',
      '13.1', '13.2', '13.3', '13.4', '13.5',
      '14.1', '14.2',
      '15.1', '15.2', '15.3', '15.4',
      '16',
      '17.1', '17.2', '17.3', '17.4', '17.5', '17.6', '17.7', '17.8', '17.9', '17.10', '17.11',
      '18.1', '18.2', '18.3', '18.4', '18.5', '18.6',
      '19.1', '19.2',
    ]);
  });

  it('has 62 checks: criterion 5 has two (minimum standard, level 1) and 14.1 five', () => {
    expect(allIndicators.reduce((n, { indicator }) => n + indicator.checks.length, 0)).toBe(62);
    expect(indicatorOfBook('5').checks.map((c) => c.key)).toEqual(['minimumStandard', 'level1']);
    expect(indicatorOfBook('14.1').checks.map((c) => c.key)).toEqual(['grade1Enrolment', 'preschool5', 'primary', 'lowerSecondary', 'literacy']);
  });

  it('gives some key indicators their official wording', () => {
    expect(indicatorOfBook('3.1').name.vi).toBe('Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động');
    expect(indicatorOfBook('9.1').name.vi).toBe('Nhà tạm, dột nát');
    expect(indicatorOfBook('10').name.vi).toBe('Thu nhập bình quân đầu người khu vực nông thôn');
    expect(indicatorOfBook('11').name.vi).toBe('Tỷ lệ nghèo đa chiều giai đoạn 2021-2025');
    expect(indicatorOfBook('15.3').name.vi).toBe('Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)');
    expect(indicatorOfBook('15.4').name.vi).toBe('Tỷ lệ dân số có sổ khám chữa bệnh điện tử');
  });

  it('marks only 13.4 (traditional crafts, "nếu có") as conditional', () => {
    expect(allIndicators.filter(({ indicator }) => indicator.conditional).map(({ indicator }) => indicator.code)).toEqual(['13.4']);
  });

  it('has 27 yes/no ("Đạt") indicators and 9.1 as the only "none allowed" (Không) one', () => {
    const kinds = (type: string) =>
      allIndicators.filter(({ indicator }) => indicator.checks.length === 1 && indicator.checks[0]?.requirement.type === type).map(({ indicator }) => indicator.code);
    expect(kinds('achieved')).toEqual(ACHIEVED_CODES);
    expect(kinds('absent')).toEqual(['9.1']);
  });

  it('cites, for every indicator, an instrument of the rulebook, a place in it and a status', () => {
    const instruments = new Set(rulebook.instruments.map((i) => i.id));
    for (const { indicator } of allIndicators) {
      expect(instruments.has(indicator.provenance.instrument), indicator.code).toBe(true);
      expect(indicator.provenance.locator.length, indicator.code).toBeGreaterThan(0);
      expect(['official', 'secondary', 'unverified', 'unknown'], indicator.code).toContain(indicator.provenance.status);
    }
    // Every indicator row of this set is cited to 318/QĐ-TTg itself.
    expect(new Set(allIndicators.map(({ indicator }) => indicator.provenance.instrument))).toEqual(new Set(['318/QĐ-TTg']));
  });

  it('cites, for every threshold case, an instrument (own or the row’s), a locator and a status', () => {
    const instruments = new Set(rulebook.instruments.map((i) => i.id));
    expect(allThresholdCases).toHaveLength(45);
    for (const { indicator, threshold } of allThresholdCases) {
      const instrument = threshold.provenance.instrument ?? indicator.provenance.instrument;
      const locator = threshold.provenance.locator ?? indicator.provenance.locator;
      expect(instruments.has(instrument), indicator.code).toBe(true);
      expect(locator.length, indicator.code).toBeGreaterThan(0);
      expect(['official', 'secondary', 'unverified', 'unknown'], indicator.code).toContain(threshold.provenance.status);
    }
  });

  it('marks a threshold null exactly when its status is unknown (the one exception: a not-applicable case)', () => {
    for (const { indicator, check, threshold } of allThresholdCases) {
      if (threshold.notApplicable) continue;
      expect(threshold.value === null, `${indicator.code}/${check.key}`).toBe(threshold.provenance.status === 'unknown');
    }
    const notApplicable = allThresholdCases.filter(({ threshold }) => threshold.notApplicable);
    expect(notApplicable.map(({ indicator, check, threshold }) => [indicator.code, check.key, threshold.when?.columns, threshold.value, threshold.provenance.status])).toEqual([
      ['5', 'minimumStandard', ['DBSH', 'DNB'], null, 'secondary'],
    ]);
  });

  it('has no threshold read in the legal text: 0 official, 21 secondary, 0 unverified, 24 unknown', () => {
    // Change these numbers only with a source: an "official" value must be read in 318/QĐ-TTg itself.
    const byStatus = countBy(allThresholdCases, ({ threshold }) => threshold.provenance.status);
    expect({ official: 0, secondary: 0, unverified: 0, unknown: 0, ...byStatus }).toEqual({ official: 0, secondary: 21, unverified: 0, unknown: 24 });
  });

  it('has no indicator row read in the legal text: 19 secondary, 38 unverified', () => {
    const byStatus = countBy(allIndicators, ({ indicator }) => indicator.provenance.status);
    expect({ official: 0, secondary: 0, unverified: 0, unknown: 0, ...byStatus }).toEqual({ official: 0, secondary: 19, unverified: 38, unknown: 0 });
    expect(allIndicators.filter(({ indicator }) => indicator.provenance.status === 'secondary').map(({ indicator }) => indicator.code)).toEqual([
      '3.1', '3.2', '5', '6.1', '6.2', '6.3', '8.1', '8.2', '8.3', '8.4', '14.1', '15.1', '15.2', '15.3', '15.4', '18.1', '18.2', '18.3', '18.4',
    ]);
  });

  it('knows thresholds only for 3.1, 5, 6.3, 14.1, 15.1, 15.3 and 15.4 (secondary sources)', () => {
    const known = allThresholdCases.filter(({ threshold }) => threshold.value !== null);
    expect([...new Set(known.map(({ indicator }) => indicator.code))]).toEqual(['3.1', '5', '6.3', '14.1', '15.1', '15.3', '15.4']);
    expect(known.every(({ threshold }) => threshold.provenance.status === 'secondary')).toBe(true);
  });

  it('quotes the region override of Article 1 of 318 (official) and of 211/QĐ-TTg (secondary)', () => {
    const overrides = rulebook.columns?.overrides ?? [];
    expect(
      overrides.map((o) => [o.provenance.instrument, o.provenance.status, o.column, o.when.dates, o.when.facts?.allOf]),
    ).toEqual([
      ['318/QĐ-TTg', 'official', 'TDMNPB', { to: '2024-02-29' }, ['extremelyDisadvantaged', 'inPoorOrJustEscapedDistrict2018To2020']],
      ['318/QĐ-TTg', 'official', 'TDMNPB', { to: '2024-02-29' }, ['safeZone', 'inPoorOrJustEscapedDistrict2018To2020']],
      ['211/QĐ-TTg', 'secondary', 'TDMNPB', { from: '2024-03-01' }, ['ethnicMinorityAreaKhuVucIIorIII']],
      ['211/QĐ-TTg', 'secondary', 'TDMNPB', { from: '2024-03-01' }, ['extremelyDisadvantagedCoastalOrIsland']],
      ['211/QĐ-TTg', 'secondary', 'TDMNPB', { from: '2024-03-01' }, ['safeZone', 'inPoorDistrict']],
    ]);
    expect(overrides[0]?.provenance.locator).toBe('Điều 1, đoạn 2');
  });

  it('states the recognition rule (19/19) as unverified, since the recognition decision was not read', () => {
    expect(rulebook.recognition.provenance.status).toBe('unverified');
    expect(rulebook.recognition.description.vi).toBe('Xã đạt chuẩn nông thôn mới khi đạt đủ 19/19 tiêu chí; mỗi tiêu chí đạt khi tất cả chỉ tiêu đạt.');
  });
});

// =============================================================================================
describe('3.1: farmland actively irrigated and drained, ≥ 80 % in every region', () => {
  it.each([
    [80, 100, 'met'],
    [79, 100, 'unmet'],
    [4, 5, 'met'],
    [3, 4, 'unmet'],
    [800, 1000, 'met'],
    [799, 1000, 'unmet'],
    [100, 100, 'met'],
    [0, 100, 'unmet'],
  ] as const)('%i of %i ha irrigated is %s', (numerator, denominator, status) => {
    expect(statusOf('3.1', counts(numerator, denominator))).toBe(status);
  });

  it('80 % of farmland actively irrigated meets ≥ 80 %, in CHUNG and every region', () => {
    for (const region of COLUMNS_2021) {
      const check = checkOf(run({ '3.1': counts(80, 100) }, { region }), '3.1');
      expect([region, check.status, check.required]).toEqual([region, 'met', { type: 'compare', op: '>=', value: '80' }]);
    }
  });

  it('a ready percentage works too: 80 met, 79.99 unmet', () => {
    expect(statusOf('3.1', percent(80))).toBe('met');
    expect(statusOf('3.1', percent('79.99'))).toBe('unmet');
  });

  it('79 of 100 ha misses by 1 point and 1 ha, citing the secondary source', () => {
    const check = checkOf(run({ '3.1': counts(79, 100) }), '3.1');
    expect(check.gap).toBe('1');
    expect(check.gapCount).toBe(1);
    expect(check.actual).toEqual({ value: '79', numerator: 79, denominator: 100, given: 'counts' });
    expect(check.threshold.status).toBe('secondary');
    expect(check.threshold.provenance.instrument).toBe('318/QĐ-TTg');
    expect(check.threshold.provenance.locator).toBe('Phụ lục I, tiêu chí 3, chỉ tiêu 3.1');
  });

  it('is exact for any count: met ⇔ 100·irrigated ≥ 80·total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }).chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d))), ([n, d]) => {
        expect(statusOf('3.1', counts(n, d))).toBe(100 * n >= 80 * d ? 'met' : 'unmet');
      }),
      { numRuns: 200 },
    );
  });
});

describe('6.3: villages with a cultural house or community space, 100 %', () => {
  it.each([
    [12, 12, 'met'],
    [11, 12, 'unmet'],
    [1, 1, 'met'],
    [99, 100, 'unmet'],
  ] as const)('%i of %i villages is %s', (numerator, denominator, status) => {
    expect(statusOf('6.3', counts(numerator, denominator))).toBe(status);
  });

  it('100 % meets and 99.9 % does not, with no rounding up', () => {
    expect(statusOf('6.3', percent(100))).toBe('met');
    expect(statusOf('6.3', percent('99.9'))).toBe('unmet');
    expect(statusOf('6.3', counts(999, 1000))).toBe('unmet');
  });

  it('11 of 12 villages: 1 more village needed, in every region', () => {
    for (const region of COLUMNS_2021) {
      const check = checkOf(run({ '6.3': counts(11, 12) }, { region }), '6.3');
      expect([region, check.status, check.required.value, check.gapCount]).toEqual([region, 'unmet', '100', 1]);
    }
  });
});

describe('15.1: health-insurance coverage, ≥ 90 %', () => {
  it.each([
    [9, 10, 'met'],
    [900, 1000, 'met'],
    [899, 1000, 'unmet'],
    [8, 10, 'unmet'],
  ] as const)('%i of %i residents insured is %s', (numerator, denominator, status) => {
    expect(statusOf('15.1', counts(numerator, denominator))).toBe(status);
  });

  it('899 of 1000 insured needs 1 more person; required ≥ 90 in every column', () => {
    const check = checkOf(run({ '15.1': counts(899, 1000) }), '15.1');
    expect([check.status, check.required.value, check.gap, check.gapCount]).toEqual(['unmet', '90', '0.1', 1]);
    for (const region of COLUMNS_2021) expect(statusOf('15.1', counts(9, 10), region)).toBe('met');
  });
});

describe('15.3: stunting of children under 5 — a ceiling that differs by region', () => {
  // Region, ceiling (%), stunted children of 200 exactly at the ceiling.
  const table = [
    ['TDMNPB', '24', 48],
    ['DBSH', '16.5', 33],
    ['BTB', '25', 50],
    ['DHNTB', '22', 44],
    ['TN', '26.5', 53],
    ['DNB', '14.5', 29],
    ['DBSCL', '19', 38],
  ] as const;

  it.each(table)('%s: ≤ %s %% — %i of 200 meets, one child more does not', (region, ceiling, atCeiling) => {
    const met = checkOf(run({ '15.3': counts(atCeiling, 200) }, { region }), '15.3');
    expect([met.status, met.required]).toEqual(['met', { type: 'compare', op: '<=', value: ceiling }]);
    const unmet = checkOf(run({ '15.3': counts(atCeiling + 1, 200) }, { region }), '15.3');
    expect([unmet.status, unmet.gapCount]).toEqual(['unmet', 1]);
  });

  it('DBSH: 33/200 = 16.5 % meets, 34/200 = 17 % does not (over by 0.5 point)', () => {
    expect(statusOf('15.3', counts(33, 200), 'DBSH')).toBe('met');
    const check = checkOf(run({ '15.3': counts(34, 200) }, { region: 'DBSH' }), '15.3');
    expect([check.status, check.actual?.value, check.gap, check.gapCount]).toEqual(['unmet', '17', '0.5', 1]);
  });

  it('lower is better: no stunted child meets in every region', () => {
    for (const region of REGIONS) expect(statusOf('15.3', counts(0, 150), region)).toBe('met');
  });

  it('the common column (CHUNG) is not known: indeterminate, listed as an unknown threshold', () => {
    const result = run({ '15.3': counts(10, 200) }, { region: 'CHUNG' });
    const check = checkOf(result, '15.3');
    expect([check.status, check.reason, check.required.value]).toEqual(['indeterminate', 'threshold-unknown', null]);
    expect(result.unverifiedThresholds.find((t) => t.indicator === '15.3')).toMatchObject({ criterion: '15', check: 'value', status: 'unknown', value: null });
  });

  it('is exact in DBSH for any count: met ⇔ 200·stunted ≤ 33·children', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000 }).chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d))), ([n, d]) => {
        expect(statusOf('15.3', counts(n, d), 'DBSH')).toBe(200 * n <= 33 * d ? 'met' : 'unmet');
      }),
      { numRuns: 200 },
    );
  });
});

describe('15.4: population with an electronic health book — only two regions known', () => {
  it('TDMNPB ≥ 50 %: 50/100 meets, 49/100 does not', () => {
    expect(statusOf('15.4', counts(50, 100), 'TDMNPB')).toBe('met');
    expect(statusOf('15.4', counts(49, 100), 'TDMNPB')).toBe('unmet');
  });

  it('DBSH ≥ 70 %: 70/100 meets, 69/100 does not', () => {
    expect(statusOf('15.4', counts(70, 100), 'DBSH')).toBe('met');
    expect(statusOf('15.4', counts(69, 100), 'DBSH')).toBe('unmet');
  });

  it.each(['CHUNG', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL'])('%s is not known: even 100 %% is indeterminate (threshold-unknown)', (region) => {
    const result = run({ '15.4': counts(100, 100) }, { region });
    const check = checkOf(result, '15.4');
    expect([check.status, check.reason]).toEqual(['indeterminate', 'threshold-unknown']);
    expect(result.unverifiedThresholds.find((t) => t.indicator === '15.4')?.status).toBe('unknown');
  });
});

describe('5: schools whose facilities meet the standard (1491/QĐ-BGDĐT)', () => {
  const schools = (minimum: [number, number] | undefined, level1: [number, number] | { percent: number }) => ({
    ...(minimum ? { minimumStandard: counts(...minimum) } : {}),
    level1: Array.isArray(level1) ? counts(...level1) : level1,
  });

  describe.each(['DBSH', 'DNB'])('%s: 100 %% of schools at level 1', (region) => {
    it('5 of 5 at level 1 meets; 4 of 5 does not', () => {
      expect(statusOf('5', schools(undefined, [5, 5]), region)).toBe('met');
      expect(statusOf('5', schools(undefined, [4, 5]), region)).toBe('unmet');
    });

    it('the minimum-standard check does not apply here, whatever is given', () => {
      const result = run({ '5': schools([0, 5], [5, 5]) }, { region });
      expect(checkOf(result, '5', 'minimumStandard').status).toBe('not-applicable');
      expect(checkOf(result, '5', 'level1').status).toBe('met');
      expect(indicatorOf(result, '5').status).toBe('met');
    });

    it('a ready percentage is enough: 100 % meets', () => {
      expect(statusOf('5', schools(undefined, { percent: 100 }), region)).toBe('met');
    });
  });

  describe.each(['TDMNPB', 'BTB', 'DHNTB', 'TN', 'DBSCL'])('%s: 100 %% at the minimum standard, and level 1 by number of schools', (region) => {
    it('more than 3 schools need ≥ 70 % at level 1: 7/10 meets, 6/10 does not', () => {
      expect(statusOf('5', schools([10, 10], [7, 10]), region)).toBe('met');
      const result = run({ '5': schools([10, 10], [6, 10]) }, { region });
      const level1 = checkOf(result, '5', 'level1');
      expect([level1.status, level1.required.value, level1.gapCount]).toEqual(['unmet', '70', 1]);
    });

    it('exactly 4 schools is "more than 3": 3/4 = 75 % meets, 2/4 = 50 % does not', () => {
      expect(statusOf('5', schools([4, 4], [3, 4]), region)).toBe('met');
      const level1 = checkOf(run({ '5': schools([4, 4], [2, 4]) }, { region }), '5', 'level1');
      expect([level1.status, level1.required.value]).toEqual(['unmet', '70']);
    });

    it('3 schools or fewer need ≥ 50 %: 2/3 meets, 1/3 does not; 1/2 meets', () => {
      const met = checkOf(run({ '5': schools([3, 3], [2, 3]) }, { region }), '5', 'level1');
      expect([met.status, met.required.value]).toEqual(['met', '50']);
      expect(statusOf('5', schools([3, 3], [1, 3]), region)).toBe('unmet');
      expect(statusOf('5', schools([2, 2], [1, 2]), region)).toBe('met');
    });

    it('all schools must reach the minimum standard: 9/10 fails even with 10/10 at level 1', () => {
      const result = run({ '5': schools([9, 10], [10, 10]) }, { region });
      expect(checkOf(result, '5', 'minimumStandard').status).toBe('unmet');
      expect(checkOf(result, '5', 'minimumStandard').required.value).toBe('100');
      expect(indicatorOf(result, '5').status).toBe('unmet');
    });

    it('level 1 given only as a percentage cannot be judged: indeterminate (needs-counts)', () => {
      const result = run({ '5': schools([10, 10], { percent: 80 }) }, { region });
      const level1 = checkOf(result, '5', 'level1');
      expect([level1.status, level1.reason, level1.threshold.status]).toEqual(['indeterminate', 'needs-counts', 'unknown']);
      expect(indicatorOf(result, '5').status).toBe('indeterminate');
    });

    it('no value at all for level 1 is missing, not indeterminate', () => {
      const level1 = checkOf(run({ '5': { minimumStandard: counts(10, 10) } }, { region }), '5', 'level1');
      expect([level1.status, level1.reason]).toEqual(['missing', 'input-missing']);
    });
  });

  it('the common column has no rule for schools: indeterminate (no-threshold-for-context)', () => {
    const result = run({ '5': schools([10, 10], [10, 10]) }, { region: 'CHUNG' });
    expect(checkOf(result, '5', 'minimumStandard').reason).toBe('no-threshold-for-context');
    expect(indicatorOf(result, '5').status).toBe('indeterminate');
  });

  it('is exact in BTB for any count of schools (min. standard all met)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }).chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d))), ([n, d]) => {
        const expected = d > 3 ? 10 * n >= 7 * d : 2 * n >= d;
        expect(statusOf('5', schools([d, d], [n, d]))).toBe(expected ? 'met' : 'unmet');
      }),
      { numRuns: 200 },
    );
  });
});

describe('14.1: universal education and literacy — five conditions, all required', () => {
  const allMet = { grade1Enrolment: counts(49, 50), preschool5: true, primary: 'muc-2', lowerSecondary: 'muc-2', literacy: 'muc-2' };

  it('49/50 = 98 % of 6-year-olds in grade 1, pre-school for 5-year-olds and level 2 everywhere meets', () => {
    const result = run({ '14.1': allMet });
    expect(indicatorOf(result, '14.1').status).toBe('met');
    expect(indicatorOf(result, '14.1').checks.map((c) => [c.key, c.status])).toEqual([
      ['grade1Enrolment', 'met'],
      ['preschool5', 'met'],
      ['primary', 'met'],
      ['lowerSecondary', 'met'],
      ['literacy', 'met'],
    ]);
  });

  it('grade-1 enrolment ≥ 98 %: 98/100 meets, 97/100 does not (1 child short)', () => {
    expect(statusOf('14.1', { ...allMet, grade1Enrolment: counts(98, 100) })).toBe('met');
    const check = checkOf(run({ '14.1': { ...allMet, grade1Enrolment: counts(97, 100) } }), '14.1', 'grade1Enrolment');
    expect([check.status, check.required.value, check.gapCount]).toEqual(['unmet', '98', 1]);
  });

  it('primary education: level 2 meets, level 3 meets, level 1 is 1 level short, "chưa đạt" 2', () => {
    expect(statusOf('14.1', { ...allMet, primary: 'muc-3' })).toBe('met');
    const level1 = checkOf(run({ '14.1': { ...allMet, primary: 'muc-1' } }), '14.1', 'primary');
    expect([level1.status, level1.gap, level1.required.value, level1.required.name?.vi]).toEqual(['unmet', '1', 'muc-2', 'Mức độ 2']);
    expect(checkOf(run({ '14.1': { ...allMet, primary: 'chua-dat' } }), '14.1', 'primary').gap).toBe('2');
  });

  it('lower-secondary level 1 and literacy level 1 each fail the indicator', () => {
    expect(statusOf('14.1', { ...allMet, lowerSecondary: 'muc-1' })).toBe('unmet');
    expect(statusOf('14.1', { ...allMet, lowerSecondary: 'muc-3' })).toBe('met');
    expect(statusOf('14.1', { ...allMet, literacy: 'muc-1' })).toBe('unmet');
  });

  it('no universal pre-school for 5-year-olds fails the indicator', () => {
    expect(statusOf('14.1', { ...allMet, preschool5: false })).toBe('unmet');
  });

  it('a condition not given is missing', () => {
    const { literacy: _literacy, ...withoutLiteracy } = allMet;
    const result = run({ '14.1': withoutLiteracy });
    expect(checkOf(result, '14.1', 'literacy').status).toBe('missing');
    expect(indicatorOf(result, '14.1').status).toBe('missing');
  });

  it('literacy has only two levels: "muc-3" is rejected as input', () => {
    const error = thrown(() => run({ '14.1': { ...allMet, literacy: 'muc-3' } }));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues.map((i) => [i.path, i.code])).toEqual([[['14.1', 'literacy'], 'invalid-value']]);
  });
});

describe('9.1: temporary and dilapidated houses — none allowed ("Không")', () => {
  it('0 makeshift houses meets', () => {
    expect(statusOf('9.1', 0)).toBe('met');
  });

  it('1 makeshift house does not: 1 to remove', () => {
    const check = checkOf(run({ '9.1': 1 }), '9.1');
    expect([check.status, check.required, check.gap, check.gapCount]).toEqual(['unmet', { type: 'absent' }, '1', 1]);
  });

  it('a negative or fractional count is rejected', () => {
    expect(thrown(() => run({ '9.1': -1 }))).toBeInstanceOf(InputError);
    expect(thrown(() => run({ '9.1': 0.5 }))).toBeInstanceOf(InputError);
  });
});

describe('13.4: traditional crafts plan "(nếu có)" — conditional', () => {
  it('{ notApplicable: true } makes it not applicable, and it leaves the applicable total', () => {
    const result = run({ '13.4': { notApplicable: true } });
    expect(indicatorOf(result, '13.4').status).toBe('not-applicable');
    expect(criterionOf(result, '13').tally).toMatchObject({ 'not-applicable': 1, total: 5 });
    expect(result.indicatorProgress.total).toBe(56);
  });

  it('a commune with crafts is judged as any yes/no indicator', () => {
    expect(statusOf('13.4', true)).toBe('met');
    expect(statusOf('13.4', false)).toBe('unmet');
  });

  it('an unconditional indicator cannot be declared not applicable', () => {
    expect(thrown(() => run({ '13.1': { notApplicable: true } }))).toBeInstanceOf(InputError);
  });
});

describe('Yes/no ("Đạt") indicators', () => {
  it.each(ACHIEVED_CODES)('%s: true meets, false does not', (code) => {
    expect(statusOf(code, true)).toBe('met');
    expect(statusOf(code, false)).toBe('unmet');
  });

  it('a yes/no indicator takes no number', () => {
    expect(thrown(() => run({ '1.1': 1 }))).toBeInstanceOf(InputError);
  });
});

// =============================================================================================
describe('Thresholds nobody could recover are indeterminate, never guessed', () => {
  // Codes whose every column is unknown, with a value of the right shape for each.
  const unknownRows: [string, IndicatorValue][] = [
    ['2.1', counts(10, 10)],
    ['2.2', counts(10, 10)],
    ['2.3', counts(10, 10)],
    ['2.4', counts(10, 10)],
    ['4.2', counts(99, 100)],
    ['9.2', counts(95, 100)],
    ['10', 80],
    ['11', counts(1, 100)],
    ['12.1', counts(95, 100)],
    ['12.2', counts(80, 100)],
    ['12.3', counts(50, 100)],
    ['14.2', counts(95, 100)],
    ['16', counts(10, 10)],
    ['17.1', counts(100, 100)],
    ['17.2', counts(10, 10)],
    ['17.4', '10'],
    ['17.7', counts(100, 100)],
    ['17.8', counts(10, 10)],
    ['17.9', counts(10, 10)],
    ['17.10', counts(100, 100)],
    ['17.11', counts(100, 100)],
    ['18.3', counts(5, 5)],
  ];

  it('these 22 rows are the ones unknown in every column', () => {
    const everywhereUnknown = allIndicators
      .filter(({ indicator }) => indicator.checks.some((c) => 'thresholds' in c.requirement && c.requirement.thresholds.every((t) => t.value === null)))
      .map(({ indicator }) => indicator.code);
    expect(everywhereUnknown).toEqual(unknownRows.map(([code]) => code));
  });

  it.each(unknownRows)('%s: indeterminate (threshold-unknown) in every column even with an input', (code, value) => {
    for (const region of COLUMNS_2021) {
      const result = run({ [code]: value }, { region });
      const check = checkOf(result, code);
      expect([region, check.status, check.reason, check.required.value]).toEqual([region, 'indeterminate', 'threshold-unknown', null]);
      expect(check.actual).not.toBeNull();
      expect(result.indeterminate.map((f) => f.indicator)).toContain(code);
      const listed = result.unverifiedThresholds.find((t) => t.indicator === code);
      expect(listed).toMatchObject({ status: 'unknown', value: null, provenance: { status: 'unknown', instrument: '318/QĐ-TTg' } });
    }
  });

  it('10 income: 80 million VND/person is still indeterminate in BTB, with its citation', () => {
    const check = checkOf(run({ '10': 80 }), '10');
    expect(check.actual).toEqual({ value: '80', given: 'value' });
    expect(check.threshold.provenance.locator).toBe('Phụ lục I, tiêu chí 10');
    expect(check.unit).toBe('million-vnd-per-person-per-year');
  });

  it('11 poverty: 1 poor household of 100 is still indeterminate', () => {
    expect(checkOf(run({ '11': counts(1, 100) }), '11').status).toBe('indeterminate');
  });

  it('the income of a commune must not be negative', () => {
    const error = thrown(() => run({ '10': -1 }));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues.map((i) => [i.path, i.code])).toEqual([[['10'], 'negative']]);
    expect((thrown(() => run({ '17.4': '-0.5' })) as InputError).issues[0]?.code).toBe('negative');
  });

  it('every check used is reported as non-official: all 62 of them', () => {
    const result = run({});
    expect(result.unverifiedThresholds).toHaveLength(62);
    expect(result.unverifiedThresholds.some((t) => (t.status as string) === 'official')).toBe(false);
  });

  it('the national data alone decides 8 of 19 criteria for a BTB commune that meets everything', () => {
    const result = run(btbCommuneMeetingEverything());
    expect(result.status).toBe('indeterminate');
    expect(result.recognised).toBe(false);
    expect(result.criteriaProgress).toEqual({ met: 8, total: 19, percent: '42.11' });
    expect(result.criteria.filter((c) => c.status === 'met').map((c) => c.code)).toEqual(['1', '3', '5', '6', '7', '8', '13', '19']);
    expect(result.criteria.filter((c) => c.status === 'indeterminate').map((c) => c.code)).toEqual(['2', '4', '9', '10', '11', '12', '14', '15', '16', '17', '18']);
    expect(result.unmet).toEqual([]);
    expect(result.missing).toEqual([]);
  });
});

describe('A derived rulebook supplies the unknown thresholds (made-up values for the test)', () => {
  const province = deriveRulebook(rulebook, {
    id: 'commune-ntm-2021-2025-test-income-poverty',
    jurisdiction: { level: 'custom', name: { vi: 'Tỉnh giả lập', en: 'Made-up province' } },
    instruments: [TEST_INSTRUMENT],
    thresholds: [fakeIncomeRow(), fakePovertyRow()],
  });

  it('records what it was derived from and adds the test instrument', () => {
    expect(province.derivedFrom).toBe('commune-ntm-2021-2025');
    expect(province.instruments.map((i) => i.id)).toEqual(['318/QĐ-TTg', '211/QĐ-TTg', '1491/QĐ-BGDĐT', TEST_INSTRUMENT_ID]);
    expect(province.validFrom).toBe('2022-03-08');
    expect(province.validTo).toBe('2025-12-31');
  });

  it('10 income in BTB, 2023 (test value ≥ 45): 45 meets, 44.9 does not', () => {
    expect(statusOf('10', 45, 'BTB', province)).toBe('met');
    const check = checkOf(run({ '10': '44.9' }, {}, province), '10');
    expect([check.status, check.required.value, check.gap]).toEqual(['unmet', '45', '0.1']);
  });

  it('10 income depends on the region: 52 meets in BTB (45) but not in DBSH (55)', () => {
    expect(statusOf('10', 52, 'BTB', province)).toBe('met');
    expect(statusOf('10', 52, 'DBSH', province)).toBe('unmet');
  });

  it('11 poverty in BTB (test value ≤ 8 %): 8/100 meets, 9/100 does not', () => {
    expect(statusOf('11', counts(8, 100), 'BTB', province)).toBe('met');
    const check = checkOf(run({ '11': counts(9, 100) }, {}, province), '11');
    expect([check.status, check.required, check.gapCount]).toEqual(['unmet', { type: 'compare', op: '<=', value: '8' }, 1]);
  });

  it('cites the test value as unverified, in the check and in the list of non-official thresholds', () => {
    const result = run({ '10': 50 }, {}, province);
    const check = checkOf(result, '10');
    expect(check.threshold).toEqual({
      status: 'unverified',
      provenance: { instrument: TEST_INSTRUMENT_ID, locator: 'test fixture', status: 'unverified', note: 'test value' },
    });
    expect(result.unverifiedThresholds.find((t) => t.indicator === '10')).toEqual({
      criterion: '10',
      indicator: '10',
      check: 'value',
      status: 'unverified',
      value: '45',
      provenance: TEST_PROVENANCE,
    });
  });

  it('leaves the national rulebook untouched: there 10 and 11 stay indeterminate', () => {
    expect(statusOf('10', 50)).toBe('indeterminate');
    expect(statusOf('11', counts(1, 100))).toBe('indeterminate');
  });
});

// =============================================================================================
describe('Which region column applies (Article 1 of 318; 211/QĐ-TTg from 01/03/2024)', () => {
  // 20 of 100 children stunted: over DBSH's 16.5 % ceiling, within TDMNPB's 24 %.
  const stunting = { '15.3': counts(20, 100) };
  const inDbsh = (date: string, facts: Record<string, boolean>) => run(stunting, { date, region: 'DBSH', facts });

  it('a DBSH commune without special status uses DBSH: 20/100 stunted is over 16.5 %', () => {
    const result = inDbsh('2023-06-30', {});
    expect(result.context.column).toEqual({ key: 'DBSH', name: { vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' } });
    expect(checkOf(result, '15.3').status).toBe('unmet');
    expect(checkOf(result, '15.3').required.value).toBe('16.5');
  });

  it('before 01/03/2024, an extremely disadvantaged commune of a poor or just-escaped district uses TDMNPB', () => {
    const result = inDbsh('2024-02-29', { extremelyDisadvantaged: true, inPoorOrJustEscapedDistrict2018To2020: true });
    expect(result.context.column?.key).toBe('TDMNPB');
    expect(result.context.column?.requested).toBe('DBSH');
    expect(result.context.column?.override?.provenance).toMatchObject({ instrument: '318/QĐ-TTg', status: 'official' });
    expect(result.receipt.column).toBe('TDMNPB');
    const check = checkOf(result, '15.3');
    expect([check.status, check.required.value]).toEqual(['met', '24']);
  });

  it('before 01/03/2024, a safe-zone (ATK) commune of such a district uses TDMNPB too', () => {
    const result = inDbsh('2022-06-30', { safeZone: true, inPoorOrJustEscapedDistrict2018To2020: true });
    expect(result.context.column?.key).toBe('TDMNPB');
    expect(checkOf(result, '15.3').status).toBe('met');
  });

  it('an extremely disadvantaged commune NOT in a poor district keeps its own region', () => {
    const result = inDbsh('2023-06-30', { extremelyDisadvantaged: true });
    expect(result.context.column?.key).toBe('DBSH');
    expect(result.context.column?.requested).toBeUndefined();
    expect(checkOf(result, '15.3').status).toBe('unmet');
  });

  it('from 01/03/2024 the old rule no longer applies: the same commune is judged in DBSH', () => {
    const result = inDbsh('2024-03-01', { extremelyDisadvantaged: true, inPoorOrJustEscapedDistrict2018To2020: true });
    expect(result.context.column?.key).toBe('DBSH');
    expect(checkOf(result, '15.3').status).toBe('unmet');
  });

  it('from 01/03/2024 a commune of area II or III of the ethnic-minority region uses TDMNPB (211/QĐ-TTg)', () => {
    const result = inDbsh('2024-03-01', { ethnicMinorityAreaKhuVucIIorIII: true });
    expect(result.context.column?.key).toBe('TDMNPB');
    expect(result.context.column?.requested).toBe('DBSH');
    expect(result.context.column?.override?.provenance).toMatchObject({ instrument: '211/QĐ-TTg', status: 'secondary' });
    expect(checkOf(result, '15.3').status).toBe('met');
  });

  it('the area II/III rule does not apply before 01/03/2024', () => {
    expect(inDbsh('2024-02-29', { ethnicMinorityAreaKhuVucIIorIII: true }).context.column?.key).toBe('DBSH');
  });

  it('from 01/03/2024 an extremely disadvantaged coastal-sandbank or island commune uses TDMNPB', () => {
    expect(inDbsh('2024-03-01', { extremelyDisadvantagedCoastalOrIsland: true }).context.column?.key).toBe('TDMNPB');
  });

  it('from 01/03/2024 a safe-zone commune of a poor district uses TDMNPB; either fact alone does not', () => {
    const both = inDbsh('2025-06-30', { safeZone: true, inPoorDistrict: true });
    expect(both.context.column?.key).toBe('TDMNPB');
    expect(checkOf(both, '15.3').status).toBe('met');
    expect(inDbsh('2025-06-30', { safeZone: true }).context.column?.key).toBe('DBSH');
    expect(inDbsh('2025-06-30', { inPoorDistrict: true }).context.column?.key).toBe('DBSH');
  });

  it('from 01/03/2024 an extremely disadvantaged inland commune of a poor district keeps its region', () => {
    expect(inDbsh('2024-06-30', { extremelyDisadvantaged: true, inPoorDistrict: true }).context.column?.key).toBe('DBSH');
  });

  it('a TDMNPB commune with special status stays TDMNPB, with no "requested" column', () => {
    const result = run(stunting, { region: 'TDMNPB', facts: { ethnicMinorityAreaKhuVucIIorIII: true }, date: '2024-06-30' });
    expect(result.context.column).toEqual({ key: 'TDMNPB', name: { vi: 'Trung du miền núi phía Bắc', en: 'Northern Midlands and Mountains' } });
  });

  it('the override also changes the schools rule: 8 of 10 schools at level 1 fails in DBSH, meets in TDMNPB', () => {
    const schools = { '5': { minimumStandard: counts(10, 10), level1: counts(8, 10) } };
    expect(indicatorOf(run(schools, { region: 'DBSH', date: '2024-06-30' }), '5').status).toBe('unmet');
    const overridden = run(schools, { region: 'DBSH', date: '2024-06-30', facts: { ethnicMinorityAreaKhuVucIIorIII: true } });
    expect(indicatorOf(overridden, '5').status).toBe('met');
    expect(checkOf(overridden, '5', 'minimumStandard').status).toBe('met');
  });

  it('a fact the rulebook does not declare is rejected', () => {
    const error = thrown(() => run({}, { facts: { poorCommune: true } }));
    expect(error).toBeInstanceOf(ContextError);
    expect((error as ContextError).issues.map((i) => [i.path, i.code])).toEqual([[['facts', 'poorCommune'], 'unknown-fact']]);
  });

  it('a region must be given, and must be one of the 8 columns', () => {
    expect((thrown(() => evaluate(rulebook, {}, { date: DATE })) as ContextError).issues[0]?.code).toBe('required');
    expect((thrown(() => run({}, { region: 'Huế' })) as ContextError).issues[0]?.code).toBe('unknown-column');
  });
});

// =============================================================================================
describe('Year of the thresholds', () => {
  const province = fakeProvince2021();

  it('defaults to the year of the assessment date', () => {
    const result = evaluate(rulebook, {}, { date: '2024-06-30', region: 'BTB' });
    expect(result.context).toMatchObject({ date: '2024-06-30', year: 2024 });
    expect(result.receipt).toMatchObject({ evaluationDate: '2024-06-30', thresholdYear: 2024, rulebook: 'commune-ntm-2021-2025' });
  });

  it('takes a Date object by its local calendar day', () => {
    const result = evaluate(rulebook, {}, { date: new Date(2023, 0, 1), region: 'BTB' });
    expect(result.context).toMatchObject({ date: '2023-01-01', year: 2023 });
  });

  it('picks the income threshold of that year: 47 million fails in 2024 (test value 50), meets in 2023 (45)', () => {
    const in2024 = checkOf(evaluate(province, { '10': 47 }, { date: '2024-06-30', region: 'BTB' }), '10');
    expect([in2024.status, in2024.required.value]).toEqual(['unmet', '50']);
    const as2023 = checkOf(evaluate(province, { '10': 47 }, { date: '2024-06-30', year: 2023, region: 'BTB' }), '10');
    expect([as2023.status, as2023.required.value]).toEqual(['met', '45']);
  });

  it('on the last day of the period the 2025 income row applies (test value 55)', () => {
    expect(checkOf(evaluate(province, { '10': 55 }, { date: '2025-12-31', region: 'BTB' }), '10').required.value).toBe('55');
  });

  it('a year with no row in the table is indeterminate (no-threshold-for-context)', () => {
    const check = checkOf(evaluate(province, { '10': 60 }, { date: '2022-06-30', year: 2021, region: 'BTB' }), '10');
    expect([check.status, check.reason]).toEqual(['indeterminate', 'no-threshold-for-context']);
  });

  it('rejects a year that is not a whole year', () => {
    const error = thrown(() => evaluate(rulebook, {}, { date: DATE, year: 2023.5, region: 'BTB' }));
    expect((error as ContextError).issues.map((i) => i.code)).toEqual(['invalid-year']);
  });
});

// =============================================================================================
describe('A whole commune (Bắc Trung Bộ, 30/06/2023, made-up provincial thresholds)', () => {
  const province = fakeProvince2021();
  const evaluateBtb = (input: EvaluationInput) => evaluate(province, input, { date: DATE, region: 'BTB' });

  it('the input covers all 57 indicators', () => {
    expect(Object.keys(btbCommuneMeetingEverything()).sort()).toEqual(allIndicators.map(({ indicator }) => indicator.code).sort());
  });

  it('meeting every indicator is recognised: 19/19 criteria, 57/57 indicators', () => {
    const result = evaluateBtb(btbCommuneMeetingEverything());
    expect(result.status).toBe('met');
    expect(result.recognised).toBe(true);
    expect(result.criteriaProgress).toEqual({ met: 19, total: 19, percent: '100' });
    expect(result.indicatorProgress).toEqual({ met: 57, total: 57, percent: '100' });
    expect(result.unmet).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.indeterminate).toEqual([]);
  });

  it('every threshold used is non-official: 22 secondary, 40 unverified (23 of them test values), none unknown', () => {
    const result = evaluateBtb(btbCommuneMeetingEverything());
    expect(result.unverifiedThresholds).toHaveLength(62);
    expect(countBy(result.unverifiedThresholds, (t) => t.status)).toEqual({ unverified: 40, secondary: 22 });
    expect(result.unverifiedThresholds.filter((t) => t.provenance.note === 'test value')).toHaveLength(23);
  });

  it('one unmet indicator (poverty 9 %, test ceiling 8 %) gives 18/19 and names it', () => {
    const result = evaluateBtb({ ...btbCommuneMeetingEverything(), '11': counts(180, 2000) });
    expect(result.status).toBe('unmet');
    expect(result.recognised).toBe(false);
    expect(result.criteriaProgress).toEqual({ met: 18, total: 19, percent: '94.74' });
    expect(result.indicatorProgress).toEqual({ met: 56, total: 57, percent: '98.25' });
    expect(result.unmet).toEqual([
      { criterion: '11', indicator: '11', check: 'value', status: 'unmet', name: { vi: 'Tỷ lệ nghèo đa chiều giai đoạn 2021-2025', en: expect.any(String) } },
    ]);
    expect(checkOf(result, '11').gapCount).toBe(20);
  });

  it('a missing indicator is "missing", never counted as met', () => {
    const input = btbCommuneMeetingEverything();
    delete input['15.2'];
    const result = evaluateBtb(input);
    expect(result.status).toBe('missing');
    expect(result.recognised).toBe(false);
    expect(criterionOf(result, '15').status).toBe('missing');
    expect(criterionOf(result, '15').tally).toEqual({ met: 3, unmet: 0, missing: 1, 'not-applicable': 0, indeterminate: 0, total: 4 });
    expect(result.criteriaProgress).toEqual({ met: 18, total: 19, percent: '94.74' });
    expect(result.indicatorProgress).toEqual({ met: 56, total: 57, percent: '98.25' });
    expect(result.missing.map((f) => [f.indicator, f.check, f.reason])).toEqual([['15.2', 'value', 'input-missing']]);
  });

  it('null is missing too, and an unmet indicator outranks a missing one', () => {
    const result = evaluateBtb({ ...btbCommuneMeetingEverything(), '15.2': null, '9.1': 2 });
    expect(indicatorOf(result, '15.2').status).toBe('missing');
    expect(result.status).toBe('unmet');
    expect(result.criteriaProgress.met).toBe(17);
  });

  it('13.4 not applicable (no traditional craft) still lets the commune be recognised', () => {
    const result = evaluateBtb({ ...btbCommuneMeetingEverything(), '13.4': { notApplicable: true } });
    expect(result.recognised).toBe(true);
    expect(result.indicatorProgress).toEqual({ met: 56, total: 56, percent: '100' });
  });
});

// =============================================================================================
describe('Seed 003: Nam Đông district (Thừa Thiên Huế, BTB), six-month report 2023', () => {
  // "Có 01 đạt 19/19 tiêu chí (Hương Xuân); 03 xã đạt 17/19 tiêu chí (Hương Lộc, Hương Phú,
  // Thượng Nhật); 01 xã đạt 16/19 (Thượng Long) …" (shared/seeds/003_58059cd68c956849.txt).
  // The report does not say which criteria are unmet; income and poverty (the criteria the
  // 2026 consultation called the weakest) and clean water are chosen for illustration. No
  // special-status facts are set. Thresholds marked "test value" are made up.
  const province = fakeProvince2021();
  const context = { date: '2023-06-30', region: 'BTB' } as const;
  const huongXuan = btbCommuneMeetingEverything();
  const huongLoc = { ...huongXuan, '10': 41.2, '11': { numerator: 210, denominator: 1500 } };
  const thuongLong = { ...huongLoc, '17.1': { numerator: 1200, denominator: 1500 } };

  it('Hương Xuân: 19/19, recognised', () => {
    const result = evaluate(province, huongXuan, context);
    expect(result.recognised).toBe(true);
    expect(result.criteriaProgress).toEqual({ met: 19, total: 19, percent: '100' });
  });

  it('Hương Lộc: 17/19 (89.47 %), income and poverty unmet', () => {
    const result = evaluate(province, huongLoc, context);
    expect(result.recognised).toBe(false);
    expect(result.criteriaProgress).toEqual({ met: 17, total: 19, percent: '89.47' });
    expect(result.unmet.map((f) => f.indicator)).toEqual(['10', '11']);
    expect(checkOf(result, '10').gap).toBe('3.8');
    expect(checkOf(result, '11').gapCount).toBe(90);
  });

  it('Hương Lộc in words: "17/19 tiêu chí (89,47 %)"', () => {
    const lines = explain(evaluate(province, huongLoc, context), { locale: 'vi' });
    expect(lines.some((line) => line.includes('17/19 tiêu chí (89,47 %)'))).toBe(true);
  });

  it('Thượng Long: 16/19 (84.21 %), clean water unmet as well', () => {
    const result = evaluate(province, thuongLong, context);
    expect(result.criteriaProgress).toEqual({ met: 16, total: 19, percent: '84.21' });
    expect(result.criteria.filter((c) => c.status === 'unmet').map((c) => c.code)).toEqual(['10', '11', '17']);
  });
});
