/*
 * The national criteria for a new-rural commune, 2026–2030: Decision 51/2025/QĐ-TTg (29/12/2025,
 * in force 15/02/2026), Phụ lục I. 10 criteria, 47 indicators, thresholds by commune group.
 *
 * What is known (see /work/shared/domain/commune-ntm-2026-2030.md, /tmp/research/51-2025-appendix-I.md):
 * the 10 criteria and their order, the 3 commune groups, the validity, and the wording of 6
 * indicators quoted from Phụ lục III. Everything else is "unrecovered", so the national data
 * alone can never recognise a commune. Numbers cited to "TEST/QĐ-UBND" are made up.
 */
import { describe, expect, it } from 'vitest';
import {
  ContextError,
  InputError,
  communeNtm2026To2030,
  deriveRulebook,
  evaluate,
  inputJsonSchema,
  type EvaluationContext,
  type EvaluationInput,
  type IndicatorInput,
  type Rulebook,
} from '../../src/index.js';
import { TEST_INSTRUMENT, TEST_INSTRUMENT_ID, TEST_PROVENANCE, checkOf, countBy, criterionOf, indicatorOf, thrown } from './fixtures.js';

const rulebook = communeNtm2026To2030;
const DATE = '2026-06-30';

function run(input: EvaluationInput, context: Partial<EvaluationContext> = {}, book: Rulebook = rulebook) {
  return evaluate(book, input, { date: DATE, communeGroup: 2, ...context });
}

const counts = (numerator: number, denominator: number) => ({ numerator, denominator });
const allIndicators = rulebook.criteria.flatMap((criterion) => criterion.indicators.map((indicator) => ({ criterion, indicator })));
const CRITERIA = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];

/** Every indicator whose content is known, met; and `true` for the unrecovered rows. */
function knownInputsMet(): Record<string, EvaluationInput[string]> {
  return {
    ...Object.fromEntries(CRITERIA.map((n) => [`${n}.unrecovered`, true])),
    '3.income-growth': 12,
    '3.ocop-plan': true,
    '3.private-economy': true,
    '6.multidimensional-poverty': counts(2, 100),
    '8.clean-water': counts(99, 100),
    '8.food-safety': true,
  };
}

// =============================================================================================
describe('Structure of Phụ lục I, 51/2025/QĐ-TTg', () => {
  it('is the commune-ntm rulebook in force from 15/02/2026 to 31/12/2030', () => {
    expect(rulebook.id).toBe('commune-ntm-2026-2030');
    expect(rulebook.kind).toBe('commune-ntm');
    expect(rulebook.title.vi).toBe('Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030');
    expect(rulebook.validFrom).toBe('2026-02-15');
    expect(rulebook.validTo).toBe('2030-12-31');
  });

  it('cites 51/2025/QĐ-TTg, signed 29/12/2025 and in force 15/02/2026', () => {
    expect(rulebook.instruments.map((i) => [i.id, i.issuedOn, i.inForceFrom, i.appendix])).toEqual([
      ['51/2025/QĐ-TTg', '2025-12-29', '2026-02-15', 'Phụ lục I'],
    ]);
  });

  it('has the 10 criteria in order, with their official names', () => {
    expect(rulebook.criteria.map((c) => [c.code, c.name.vi])).toEqual([
      ['1', 'Quy hoạch'],
      ['2', 'Hạ tầng kinh tế - xã hội'],
      ['3', 'Phát triển kinh tế nông thôn'],
      ['4', 'Đào tạo nguồn nhân lực nông thôn'],
      ['5', 'Văn hóa, giáo dục, y tế'],
      ['6', 'Giảm nghèo và an sinh xã hội'],
      ['7', 'Khoa học công nghệ và chuyển đổi số'],
      ['8', 'Môi trường và cảnh quan nông thôn'],
      ['9', 'Xây dựng hệ thống chính trị và hành chính công'],
      ['10', 'Tiếp cận pháp luật và an ninh, quốc phòng'],
    ]);
    // The sources mention no thematic groups of criteria for this period.
    expect(rulebook.criteria.every((c) => c.group === undefined)).toBe(true);
  });

  it('has commune groups 1, 2 and 3 as its columns, with no region and no override', () => {
    expect(rulebook.columns?.contextKey).toBe('communeGroup');
    expect(rulebook.columns?.values.map((c) => c.key)).toEqual(['1', '2', '3']);
    expect(rulebook.columns?.values[1]?.name.vi).toBe('Nhóm 2: xã không thuộc nhóm 1 và nhóm 3');
    expect(rulebook.columns?.overrides).toBeUndefined();
    expect(rulebook.facts).toBeUndefined();
  });

  it('ends every criterion with a "<n>.unrecovered" row whose status is unknown', () => {
    for (const criterion of rulebook.criteria) {
      const last = criterion.indicators.at(-1);
      expect([last?.code, last?.provenance.status, last?.provenance.locator]).toEqual([
        `${criterion.code}.unrecovered`,
        'unknown',
        `Phụ lục I, tiêu chí ${criterion.code}`,
      ]);
    }
  });

  it('knows the wording of 6 indicators (quoted from Phụ lục III by a secondary source)', () => {
    const known = allIndicators.filter(({ indicator }) => !indicator.code.endsWith('.unrecovered'));
    expect(known.map(({ criterion, indicator }) => [criterion.code, indicator.code, indicator.name.vi, indicator.provenance.status])).toEqual([
      ['3', '3.income-growth', 'Tốc độ tăng thu nhập bình quân đầu người', 'secondary'],
      ['3', '3.ocop-plan', 'Có kế hoạch và thực hiện hiệu quả kế hoạch phát triển sản phẩm OCOP gắn với đặc trưng, thế mạnh của địa phương', 'secondary'],
      ['3', '3.private-economy', 'Có hoạt động phát triển kinh tế tư nhân trên địa bàn gắn với tạo việc làm, thu nhập cho người lao động địa phương', 'secondary'],
      ['6', '6.multidimensional-poverty', 'Tỷ lệ nghèo đa chiều', 'secondary'],
      ['8', '8.clean-water', 'Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn', 'secondary'],
      ['8', '8.food-safety', 'Đảm bảo an toàn thực phẩm', 'secondary'],
    ]);
  });

  it('has 16 rows for the 47 indicators: 6 secondary and 10 unknown, none official', () => {
    expect(allIndicators).toHaveLength(16);
    expect(countBy(allIndicators, ({ indicator }) => indicator.provenance.status)).toEqual({ unknown: 10, secondary: 6 });
    expect(rulebook.recognition.description.vi).toBe('Xã đạt chuẩn nông thôn mới khi đạt đủ 10/10 tiêu chí (47 chỉ tiêu).');
    expect(rulebook.recognition.provenance.status).toBe('unverified');
  });

  it('cites 51/2025/QĐ-TTg with a locator for every row', () => {
    for (const { indicator } of allIndicators) {
      expect(indicator.provenance.instrument, indicator.code).toBe('51/2025/QĐ-TTg');
      expect(indicator.provenance.locator.length, indicator.code).toBeGreaterThan(0);
    }
  });

  it('knows no threshold: the 3 numeric rows have one null case each, status unknown', () => {
    const cases = allIndicators.flatMap(({ indicator }) =>
      indicator.checks.flatMap((check) => ('thresholds' in check.requirement ? check.requirement.thresholds.map((t) => [indicator.code, check.requirement.type === 'compare' ? check.requirement.op : '', t.value, t.provenance.status]) : [])),
    );
    expect(cases).toEqual([
      ['3.income-growth', '>=', null, 'unknown'],
      ['6.multidimensional-poverty', '<=', null, 'unknown'],
      ['8.clean-water', '>=', null, 'unknown'],
    ]);
  });

  it('measures income growth as a quantity that may be negative', () => {
    const growth = allIndicators.find(({ indicator }) => indicator.code === '3.income-growth')?.indicator.checks[0];
    expect([growth?.unit, growth?.measure]).toEqual(['percent-per-year', { kind: 'quantity', allowNegative: true }]);
  });

  it('publishes an input JSON Schema with one property per row', () => {
    const schema = inputJsonSchema(rulebook) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(allIndicators.map(({ indicator }) => indicator.code));
  });
});

// =============================================================================================
describe('The commune group is required', () => {
  it.each([
    [1, '1'],
    [2, '2'],
    [3, '3'],
    ['1', '1'],
    ['2', '2'],
    ['3', '3'],
  ] as const)('group %j is accepted as column "%s"', (group, key) => {
    const result = run({}, { communeGroup: group });
    expect(result.context.column?.key).toBe(key);
    expect(result.receipt.column).toBe(key);
  });

  it.each([4, 0, '4', 'A'])('group %j is rejected with a ContextError', (group) => {
    const error = thrown(() => run({}, { communeGroup: group }));
    expect(error).toBeInstanceOf(ContextError);
    expect((error as ContextError).issues.map((i) => [i.path, i.code])).toEqual([[['communeGroup'], 'unknown-column']]);
  });

  it('no group is rejected, and a region does not stand in for it', () => {
    const error = thrown(() => evaluate(rulebook, {}, { date: DATE, region: 'BTB' }));
    expect((error as ContextError).issues.map((i) => [i.path, i.code])).toEqual([[['communeGroup'], 'required']]);
  });

  it('the set does not apply before 15/02/2026', () => {
    const error = thrown(() => run({}, { date: '2026-02-14' }));
    expect((error as ContextError).issues.map((i) => i.code)).toEqual(['date-outside-validity']);
    expect(run({}, { date: '2026-02-15' }).context).toMatchObject({ date: '2026-02-15', year: 2026 });
  });
});

// =============================================================================================
describe('The national data alone can never recognise a commune', () => {
  it.each([1, 2, 3])('group %i: every known input met is still indeterminate, 0 of 10 criteria', (group) => {
    const result = run(knownInputsMet(), { communeGroup: group });
    expect(result.status).toBe('indeterminate');
    expect(result.recognised).toBe(false);
    expect(result.criteriaProgress).toEqual({ met: 0, total: 10, percent: '0' });
    expect(result.criteria.map((c) => c.status)).toEqual(Array(10).fill('indeterminate'));
    expect(result.unmet).toEqual([]);
    expect(result.missing).toEqual([]);
  });

  it('each unrecovered row is indeterminate for unknown content, even when given true', () => {
    const result = run(knownInputsMet());
    const reasons = result.indeterminate.map((f) => [f.indicator, f.reason]);
    expect(reasons).toEqual([
      ['1.unrecovered', 'content-unknown'],
      ['2.unrecovered', 'content-unknown'],
      ['3.income-growth', 'threshold-unknown'],
      ['3.unrecovered', 'content-unknown'],
      ['4.unrecovered', 'content-unknown'],
      ['5.unrecovered', 'content-unknown'],
      ['6.multidimensional-poverty', 'threshold-unknown'],
      ['6.unrecovered', 'content-unknown'],
      ['7.unrecovered', 'content-unknown'],
      ['8.clean-water', 'threshold-unknown'],
      ['8.unrecovered', 'content-unknown'],
      ['9.unrecovered', 'content-unknown'],
      ['10.unrecovered', 'content-unknown'],
    ]);
  });

  it('the yes/no rows whose wording is known are decided: OCOP plan, private economy, food safety', () => {
    const result = run(knownInputsMet());
    expect(['3.ocop-plan', '3.private-economy', '8.food-safety'].map((code) => indicatorOf(result, code).status)).toEqual(['met', 'met', 'met']);
    expect(result.indicatorProgress).toEqual({ met: 3, total: 16, percent: '18.75' });
  });

  it('a known unmet row makes its criterion unmet: no OCOP plan', () => {
    const result = run({ ...knownInputsMet(), '3.ocop-plan': false });
    expect(criterionOf(result, '3').status).toBe('unmet');
    expect(result.status).toBe('unmet');
    expect(result.unmet.map((f) => f.indicator)).toEqual(['3.ocop-plan']);
  });

  it('with no input at all the result is missing (a known row has no value), not met', () => {
    const result = run({});
    expect(result.status).toBe('missing');
    expect(result.missing.map((f) => f.indicator)).toEqual(['3.ocop-plan', '3.private-economy', '8.food-safety']);
    expect(result.criteriaProgress.met).toBe(0);
  });

  it('every threshold is reported as non-official: 10 unknown rows, 3 unknown thresholds, 3 secondary yes/no rows', () => {
    const result = run(knownInputsMet());
    expect(result.unverifiedThresholds).toHaveLength(16);
    expect(countBy(result.unverifiedThresholds, (t) => t.status)).toEqual({ unknown: 13, secondary: 3 });
  });
});

describe('3.income-growth: a growth rate, which may be negative', () => {
  it('a fall of 2.5 % per year is accepted as input (still indeterminate nationally)', () => {
    const check = checkOf(run({ '3.income-growth': -2.5 }), '3.income-growth');
    expect([check.status, check.reason, check.actual]).toEqual(['indeterminate', 'threshold-unknown', { value: '-2.5', given: 'value' }]);
  });

  it('a share may not be negative: a poverty rate of -1 % is rejected', () => {
    const error = thrown(() => run({ '6.multidimensional-poverty': { percent: -1 } }));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues.map((i) => [i.path, i.code])).toEqual([[['6.multidimensional-poverty', 'percent'], 'percent-range']]);
  });

  it('a growth rate must be a number', () => {
    expect(thrown(() => run({ '3.income-growth': 'nhanh' }))).toBeInstanceOf(InputError);
  });
});

// =============================================================================================
describe('A derived rulebook with the full indicator list decides (made-up values for the test)', () => {
  const testIndicator = (criterion: string): IndicatorInput => ({
    code: `${criterion}.test`,
    name: { vi: `Chỉ tiêu giả lập của tiêu chí ${criterion} (kiểm thử)`, en: `Made-up indicator of criterion ${criterion} (test)` },
    provenance: TEST_PROVENANCE,
    unit: 'boolean',
    measure: { kind: 'boolean' },
    requirement: { type: 'achieved' },
  });
  const byGroup = (values: Record<'1' | '2' | '3', string>) =>
    (['1', '2', '3'] as const).map((group) => ({ when: { columns: [group] }, value: values[group], provenance: TEST_PROVENANCE }));

  // TEST VALUES, NOT LAW: poverty ceilings 2 / 4 / 10 %, growth floors 6 / 5 / 4 %, clean water 95 / 90 / 80 %.
  const province = deriveRulebook(rulebook, {
    id: 'commune-ntm-2026-2030-test-province',
    jurisdiction: { level: 'custom', name: { vi: 'Tỉnh giả lập', en: 'Made-up province' } },
    instruments: [TEST_INSTRUMENT],
    removeIndicators: CRITERIA.map((n) => `${n}.unrecovered`),
    addIndicators: CRITERIA.map((n) => ({ criterion: n, indicator: testIndicator(n) })),
    thresholds: [
      { indicator: '6.multidimensional-poverty', thresholds: byGroup({ '1': '2', '2': '4', '3': '10' }) },
      { indicator: '3.income-growth', thresholds: byGroup({ '1': '6', '2': '5', '3': '4' }) },
      { indicator: '8.clean-water', thresholds: byGroup({ '1': '95', '2': '90', '3': '80' }) },
    ],
  });

  function fullInput(): Record<string, EvaluationInput[string]> {
    return {
      ...Object.fromEntries(CRITERIA.map((n) => [`${n}.test`, true])),
      '3.income-growth': 7,
      '3.ocop-plan': true,
      '3.private-economy': true,
      '6.multidimensional-poverty': counts(2, 100),
      '8.clean-water': counts(96, 100),
      '8.food-safety': true,
    };
  }

  it('has no unrecovered row left and one test row per criterion', () => {
    const codes = province.criteria.flatMap((c) => c.indicators.map((i) => i.code));
    expect(codes.filter((code) => code.endsWith('.unrecovered'))).toEqual([]);
    expect(codes.filter((code) => code.endsWith('.test'))).toEqual(CRITERIA.map((n) => `${n}.test`));
    expect(province.derivedFrom).toBe('commune-ntm-2026-2030');
    expect(province.instruments.map((i) => i.id)).toEqual(['51/2025/QĐ-TTg', TEST_INSTRUMENT_ID]);
  });

  it.each([1, 2, 3])('group %i: everything met is recognised, 10/10', (group) => {
    const result = run(fullInput(), { communeGroup: group }, province);
    expect(result.status).toBe('met');
    expect(result.recognised).toBe(true);
    expect(result.criteriaProgress).toEqual({ met: 10, total: 10, percent: '100' });
  });

  it.each([
    // poor and near-poor households of 100, group, expected
    [2, 1, 'met'],
    [3, 1, 'unmet'],
    [4, 2, 'met'],
    [5, 2, 'unmet'],
    [10, 3, 'met'],
    [11, 3, 'unmet'],
    [5, 3, 'met'],
  ] as const)('poverty %i %% in group %i is %s', (poor, group, status) => {
    const result = run({ ...fullInput(), '6.multidimensional-poverty': counts(poor, 100) }, { communeGroup: group }, province);
    expect(checkOf(result, '6.multidimensional-poverty').status).toBe(status);
    expect(criterionOf(result, '6').status).toBe(status);
    expect(result.recognised).toBe(status === 'met');
  });

  it('5 % poverty in group 2: 1 household over the test ceiling of 4 %; 9/10 criteria', () => {
    const result = run({ ...fullInput(), '6.multidimensional-poverty': counts(5, 100) }, { communeGroup: 2 }, province);
    const check = checkOf(result, '6.multidimensional-poverty');
    expect([check.required, check.gapCount, check.threshold.provenance.note]).toEqual([{ type: 'compare', op: '<=', value: '4' }, 1, 'test value']);
    expect(result.criteriaProgress).toEqual({ met: 9, total: 10, percent: '90' });
  });

  it('income falling 2.5 % a year misses the test floor of 5 % in group 2 by 7.5 points', () => {
    const result = run({ ...fullInput(), '3.income-growth': -2.5 }, { communeGroup: 2 }, province);
    const check = checkOf(result, '3.income-growth');
    expect([check.status, check.required.value, check.gap]).toEqual(['unmet', '5', '7.5']);
    expect(result.unmet.map((f) => f.indicator)).toEqual(['3.income-growth']);
  });

  it('income growth of exactly 4 % meets group 3 (test floor 4) but not group 2 (5)', () => {
    expect(checkOf(run({ ...fullInput(), '3.income-growth': 4 }, { communeGroup: 3 }, province), '3.income-growth').status).toBe('met');
    expect(checkOf(run({ ...fullInput(), '3.income-growth': 4 }, { communeGroup: 2 }, province), '3.income-growth').status).toBe('unmet');
  });

  it('replacing a single unrecovered row (same code) makes only that criterion decidable', () => {
    const partial = deriveRulebook(rulebook, {
      id: 'commune-ntm-2026-2030-test-partial',
      instruments: [TEST_INSTRUMENT],
      replaceIndicators: [{ ...testIndicator('1'), code: '1.unrecovered' }],
    });
    const result = run({ '1.unrecovered': true }, {}, partial);
    expect(criterionOf(result, '1').status).toBe('met');
    expect(criterionOf(result, '2').status).toBe('indeterminate');
    expect(result.criteriaProgress).toEqual({ met: 1, total: 10, percent: '10' });
  });
});
