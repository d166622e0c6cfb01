/*
 * The ladder rulebooks: advanced commune (318/QĐ-TTg Phụ lục II), model commune (319/QĐ-TTg),
 * district and advanced district (320/QĐ-TTg Phụ lục I and III), province (321/QĐ-TTg).
 * Sources: /work/shared/domain/advanced-commune-ntm-2021-2025.md and
 * model-village-commune-district-2021-2025.md. Numbers cited to TEST/QĐ-UBND are made up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NoRulebookInForceError,
  RulebookError,
  advancedCommuneNtm2021To2025,
  advancedDistrictNtm2021To2025,
  communeNtm2021To2025,
  defineRulebook,
  deriveRulebook,
  districtNtm2021To2025,
  evaluate,
  modelCommuneNtm2021To2025,
  provinceNtm2021To2025,
  rulebookFor,
  rulebookToJson,
  type Rulebook,
} from '../../src/index.js';
import { advancedDistrictNtmConditions2021To2025, districtNtmConditions2021To2025 } from '../../src/ladder/index.js';
import { TEST_INSTRUMENT, TEST_PROVENANCE, checkOf, criterionOf, indicatorOf, thrown } from './fixtures.js';

const ALL: readonly Rulebook[] = [
  advancedCommuneNtm2021To2025,
  modelCommuneNtm2021To2025,
  districtNtm2021To2025,
  advancedDistrictNtm2021To2025,
  provinceNtm2021To2025,
  districtNtmConditions2021To2025,
  advancedDistrictNtmConditions2021To2025,
];

interface Case {
  readonly value: unknown;
  readonly provenance: { readonly status: string };
}
const thresholdCases = (book: Rulebook): Case[] =>
  book.criteria.flatMap((c) => c.indicators.flatMap((i) => i.checks.flatMap((k) => ('thresholds' in k.requirement ? (k.requirement.thresholds as readonly Case[]) : []))));

describe('every ladder rulebook', () => {
  it.each(ALL.map((b) => [b.id, b] as const))('%s survives a JSON round trip unchanged', (_id, book) => {
    const again = defineRulebook(JSON.parse(JSON.stringify(rulebookToJson(book))));
    expect(again).toEqual(book);
  });

  it.each(ALL.map((b) => [b.id, b] as const))('%s never carries a threshold without provenance, and null only when unknown', (_id, book) => {
    for (const t of thresholdCases(book)) {
      expect(t.provenance.status).toMatch(/^(official|secondary|unverified|unknown)$/);
      expect(t.value === null).toBe(t.provenance.status === 'unknown');
    }
  });

  it('has no `official` value: nothing in these sets was read in the legal text itself', () => {
    for (const book of ALL) for (const t of thresholdCases(book)) expect(t.provenance.status).not.toBe('official');
  });
});

describe('rulebookFor picks the ladder sets by date', () => {
  it('finds each kind in force on 30/06/2023', () => {
    expect(rulebookFor('advanced-commune-ntm', '2023-06-30').id).toBe('advanced-commune-ntm-2021-2025');
    expect(rulebookFor('model-commune-ntm', '2023-06-30').id).toBe('model-commune-ntm-2021-2025');
    expect(rulebookFor('district-ntm', '2023-06-30').id).toBe('district-ntm-2021-2025');
    expect(rulebookFor('advanced-district-ntm', '2023-06-30').id).toBe('advanced-district-ntm-2021-2025');
    expect(rulebookFor('province-ntm', '2023-06-30').id).toBe('province-ntm-2021-2025');
  });

  it('ends the district sets on 30/06/2025: the district level was abolished on 01/07/2025', () => {
    expect(rulebookFor('district-ntm', '2025-06-30').id).toBe('district-ntm-2021-2025');
    const error = thrown(() => rulebookFor('district-ntm', '2025-07-01')) as NoRulebookInForceError;
    expect(error).toBeInstanceOf(NoRulebookInForceError);
    expect(error.issues[0]?.message.en).toContain('ended 2025-06-30');
    expect(() => rulebookFor('advanced-district-ntm', '2025-07-01')).toThrow(NoRulebookInForceError);
    for (const book of [districtNtm2021To2025, advancedDistrictNtm2021To2025]) {
      expect(book.validTo).toBe('2025-06-30');
      expect(book.validityNote?.en).toMatch(/abolished on 01\/07\/2025|abolished \(01\/07\/2025\)/);
      expect(book.validityNote?.vi).toContain('01/07/2025');
    }
  });

  it('has no advanced or model commune set for 2026–2030 (51/2025/QĐ-TTg has none)', () => {
    expect(() => rulebookFor('advanced-commune-ntm', '2026-03-01')).toThrow(NoRulebookInForceError);
    expect(() => rulebookFor('model-commune-ntm', '2026-03-01')).toThrow(NoRulebookInForceError);
  });
});

describe('advanced commune set (318/QĐ-TTg Phụ lục II)', () => {
  const book = advancedCommuneNtm2021To2025;
  const run = (input: Record<string, unknown>, region = 'TDMNPB', date = '2023-06-30') => evaluate(book, input as never, { date, region });

  it('has 19 criteria, health being 14 here and 15 in Phụ lục I', () => {
    expect(book.criteria).toHaveLength(19);
    expect(book.criteria.find((c) => c.code === '14')?.name.vi).toBe('Y tế');
    expect(communeNtm2021To2025.criteria.find((c) => c.code === '15')?.name.vi).toBe('Y tế');
    expect(book.criteria.find((c) => c.code === '15')?.name.vi).toBe('Hành chính công');
    expect(book.criteria.find((c) => c.code === '7')?.name.vi).toBe('Cơ sở hạ tầng thương mại nông thôn');
    expect(book.notes?.[0]?.en).toContain('Health is 14 here and 15 there');
  });

  it('numbers the 19 criteria as the Lào Cai 894/QĐ-UBND restatement lists them (doingoailaocai.vn/vi/bai-viet/15210)', () => {
    expect(book.criteria.map((c) => `${c.code} ${c.name.vi}`)).toEqual([
      '1 Quy hoạch', '2 Giao thông', '3 Thủy lợi và phòng, chống thiên tai', '4 Điện', '5 Giáo dục', '6 Văn hóa',
      '7 Cơ sở hạ tầng thương mại nông thôn', '8 Thông tin và Truyền thông', '9 Nhà ở dân cư', '10 Thu nhập',
      '11 Nghèo đa chiều', '12 Lao động', '13 Tổ chức sản xuất và phát triển kinh tế nông thôn', '14 Y tế',
      '15 Hành chính công', '16 Tiếp cận pháp luật', '17 Môi trường', '18 Chất lượng môi trường sống', '19 Quốc phòng và An ninh',
    ]);
    for (const criterion of book.criteria) expect(criterion.note?.en).toContain('894/QĐ-UBND');
  });

  it('records the ministry guidance of 7, 11, 12, 17 and 18, and keeps the 55 % water share (criterion 18) out of the evaluation', () => {
    const guidanceOf = (code: string) => book.criteria.find((c) => c.code === code)?.indicators[0]?.guidance;
    expect(guidanceOf('7')).toEqual(['1327/QĐ-BCT (03/06/2024)']);
    expect(guidanceOf('11')).toEqual(['1298/LĐTBXH-VPQGGN (26/04/2022)']);
    expect(guidanceOf('12')).toEqual(['1298/LĐTBXH-VPQGGN (26/04/2022)']);
    expect(guidanceOf('17')).toEqual(['2155/BTNMT-TCMT (27/04/2022)', '2251/BTNMT-KSONMT (09/04/2024)']);
    expect(guidanceOf('18')).toEqual(['2155/BTNMT-TCMT (27/04/2022)', '2251/BTNMT-KSONMT (09/04/2024)']);
    const water = book.criteria.find((c) => c.code === '18');
    expect(water?.note?.vi).toContain('từ 55% số hộ');
    expect(water?.indicators.map((i) => i.code)).toEqual(['18']);
    expect(criterionOf(run({ '18': true }), '18').status).toBe('met');
  });

  it('applies 14.1 ≥ 95 % exactly: 95 of 100 insured is met, 9,499 of 10,000 is not (1 short)', () => {
    expect(checkOf(run({ '14.1': { numerator: 95, denominator: 100 } }), '14.1').status).toBe('met');
    const short = checkOf(run({ '14.1': { numerator: 9499, denominator: 10000 } }), '14.1');
    expect(short.status).toBe('unmet');
    expect(short.gapCount).toBe(1);
    expect(short.threshold.status).toBe('secondary');
  });

  it('states 14.2 ≥ 90, 14.3 ≥ 40, 14.4 ≥ 70 in every region (secondary)', () => {
    for (const region of ['TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL']) {
      const r = run({ '14.2': { percent: 90 }, '14.3': { percent: '39.99' }, '14.4': { numerator: 70, denominator: 100 } }, region);
      expect(checkOf(r, '14.2').required.value).toBe('90');
      expect(checkOf(r, '14.2').status).toBe('met');
      expect(checkOf(r, '14.3').status).toBe('unmet');
      expect(checkOf(r, '14.4').status).toBe('met');
    }
  });

  it('leaves income (10) and poverty (11) indeterminate: their thresholds were not recovered', () => {
    const r = run({ '10': 80, '11': { numerator: 1, denominator: 100 } });
    expect(indicatorOf(r, '10').status).toBe('indeterminate');
    expect(checkOf(r, '10').reason).toBe('threshold-unknown');
    expect(indicatorOf(r, '11').status).toBe('indeterminate');
    expect(r.unverifiedThresholds.some((u) => u.indicator === '10' && u.status === 'unknown')).toBe(true);
  });

  it('takes the official assessment for criteria whose indicators were not recovered (status unverified)', () => {
    const r = run({ '2': true, '7': false });
    expect(criterionOf(r, '2').status).toBe('met');
    expect(criterionOf(r, '7').status).toBe('unmet');
    expect(indicatorOf(r, '2').provenance.status).toBe('unverified');
  });

  it('sends an area-III commune to the TDMNPB column from 01/03/2024 (Article 1 covers both sets)', () => {
    const r = evaluate(book, {}, { date: '2024-06-30', region: 'BTB', facts: { ethnicMinorityAreaKhuVucIIorIII: true } });
    expect(r.context.column?.key).toBe('TDMNPB');
    expect(r.context.column?.requested).toBe('BTB');
  });

  it('lets a province supply the income ladder and add an indicator (deriveRulebook)', () => {
    const province = deriveRulebook(book, {
      id: 'advanced-commune-ntm-2021-2025-test-province',
      jurisdiction: { level: 'custom', name: { vi: 'Tỉnh giả lập', en: 'Made-up province' } },
      instruments: [TEST_INSTRUMENT],
      thresholds: [{ indicator: '10', thresholds: [{ when: { columns: ['BTB'], years: { from: 2023, to: 2023 } }, value: '65', provenance: TEST_PROVENANCE }] }],
      addIndicators: [
        {
          criterion: '14',
          indicator: {
            code: '14.5', name: { vi: 'Chỉ tiêu bổ sung của tỉnh', en: "Province's extra indicator" }, provenance: TEST_PROVENANCE,
            unit: 'boolean', measure: { kind: 'boolean' }, requirement: { type: 'achieved' },
          },
        },
      ],
    });
    expect(province.derivedFrom).toBe(book.id);
    const r = evaluate(province, { '10': 65, '14.5': false }, { date: '2023-06-30', region: 'BTB' });
    expect(checkOf(r, '10').status).toBe('met');
    expect(indicatorOf(r, '14.5').status).toBe('unmet');
    expect(defineRulebook(JSON.parse(JSON.stringify(rulebookToJson(province))))).toEqual(province);
    expect(() => deriveRulebook(book, { id: 'x', thresholds: [{ indicator: '10.9', thresholds: [] }] })).toThrow(RulebookError);
  });
});

describe('model commune (319/QĐ-TTg): four conditions, counted as "x/4"', () => {
  const book = modelCommuneNtm2021To2025;
  it('has the four conditions, at least one smart village and one outstanding field', () => {
    expect(book.criteria.map((c) => c.code)).toEqual(['1', '2', '3', '4']);
    const r = evaluate(book, { '1': false, '3': 1, '4': 0 }, { date: '2023-06-30', region: 'BTB' });
    expect(criterionOf(r, '3').status).toBe('met');
    expect(criterionOf(r, '4').status).toBe('unmet');
    expect(r.criteriaProgress).toMatchObject({ met: 1, total: 4 });
  });

  it('leaves the income condition unknown until the advanced income threshold is known', () => {
    const r = evaluate(book, { '2': 100 }, { date: '2023-06-30', region: 'BTB' });
    expect(checkOf(r, '2').status).toBe('indeterminate');
  });
});

describe('district set (320/QĐ-TTg Phụ lục I)', () => {
  const book = districtNtm2021To2025;
  it('has 9 criteria with 4, 4, 4, 8, 5 indicators in transport, health-culture-education, economy, environment, living environment', () => {
    expect(book.criteria).toHaveLength(9);
    const count = (code: string) => book.criteria.find((c) => c.code === code)?.indicators.length;
    expect([count('2'), count('5'), count('6'), count('7'), count('8')]).toEqual([4, 4, 4, 8, 5]);
  });

  it('makes the coach station (2.4) conditional and 2.2 a 100 % share', () => {
    const r = evaluate(book, { '2.4': { notApplicable: true }, '2.2': { numerator: 47, denominator: 48 } }, { date: '2023-06-30' });
    expect(indicatorOf(r, '2.4').status).toBe('not-applicable');
    expect(checkOf(r, '2.2').status).toBe('unmet');
    expect(checkOf(r, '2.2').gapCount).toBe(1);
  });
});

describe('province (321/QĐ-TTg)', () => {
  const book = provinceNtm2021To2025;
  const run = (input: Record<string, unknown>) => evaluate(book, input as never, { date: '2024-12-31' });
  it('needs ≥ 4 m² of public green land per person: 4 is met, 3.99 is not', () => {
    expect(checkOf(run({ P7: '4' }), 'P7').status).toBe('met');
    expect(checkOf(run({ P7: '3.99' }), 'P7').status).toBe('unmet');
  });

  it('needs ≥ 70 % of road km with trees and ≥ 90 % satisfaction, exactly', () => {
    expect(checkOf(run({ P6: { numerator: 700, denominator: 1000 } }), 'P6').status).toBe('met');
    expect(checkOf(run({ P6: { numerator: 699, denominator: 1000 } }), 'P6').status).toBe('unmet');
    // Bình Sơn (004_cff891ee20d8fea1.txt): 4,740 of 4,769 ratings satisfied = 99.4 % — as an input shape for P8.
    const p8 = checkOf(run({ P8: { numerator: 4740, denominator: 4769 } }), 'P8');
    expect(p8.status).toBe('met');
    expect(p8.actual?.value).toBe('99.3919');
  });

  it('property: P3 "≥ 20 % of districts advanced" holds exactly when 5 × advanced ≥ districts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 500 }), (total, k) => {
        const advanced = Math.min(k, total);
        const met = checkOf(run({ P3: { numerator: advanced, denominator: total } }), 'P3').status === 'met';
        return met === 5 * advanced >= total;
      }),
    );
  });
});
