import { describe, expect, it } from 'vitest';
import { deriveRulebook, type RulebookOverrides } from '../../src/core/derive-rulebook.js';
import { RulebookError, type Issue } from '../../src/core/errors.js';
import { evaluate } from '../../src/core/evaluate.js';
import type { IndicatorInput } from '../../src/core/rulebook-schema.js';
import { AMENDMENT, BASE, toyRulebook } from '../fixtures/toy-rulebook.js';
import { checkOf, indicatorOf, objectsIn, thrown } from './helpers.js';

const CONTEXT = { date: '2024-06-30', region: 'BTB' } as const;
const PROVINCE = '99/QĐ-UBND';

const provincialInstrument = {
  id: PROVINCE,
  number: '99/QĐ-UBND',
  issuedOn: '2022-09-15',
  issuer: { vi: 'UBND tỉnh X', en: 'X Provincial People’s Committee' },
  title: { vi: 'Quyết định ban hành bộ tiêu chí xã nông thôn mới tỉnh X', en: 'Decision on the X province criteria' },
};

const stricter: RulebookOverrides = {
  id: 'toy-ntm-2022-2025-province-x',
  jurisdiction: { level: 'provincial', name: { vi: 'Tỉnh X', en: 'X province' } },
  instruments: [provincialInstrument],
  thresholds: [{ indicator: '1.1', thresholds: [{ value: '5', provenance: { instrument: PROVINCE, locator: 'Phụ lục, chỉ tiêu 1.1', status: 'official' } }] }],
};

function deriveIssues(overrides: RulebookOverrides): readonly Issue[] {
  const error = thrown(() => deriveRulebook(toyRulebook, overrides));
  expect(error).toBeInstanceOf(RulebookError);
  return (error as RulebookError).issues;
}

const newIndicator: IndicatorInput = {
  code: '4.5',
  name: { vi: 'Có đội văn nghệ', en: 'Has a performing troupe' },
  provenance: { instrument: PROVINCE, locator: 'Phụ lục, chỉ tiêu 4.5', status: 'official' },
  unit: 'boolean',
  measure: { kind: 'boolean' },
  requirement: { type: 'achieved' },
};

describe('deriveRulebook: a threshold table replaces the cases of the named checks', () => {
  const derived = deriveRulebook(toyRulebook, stricter);

  it('6 of 100 poor households is met nationally (≤ 7 %) and unmet in the province (≤ 5 %)', () => {
    const input = { '1.1': { numerator: 6, denominator: 100 } };
    expect(checkOf(evaluate(toyRulebook, input, CONTEXT), '1.1').status).toBe('met');
    const check = checkOf(evaluate(derived, input, CONTEXT), '1.1');
    expect(check).toMatchObject({ status: 'unmet', required: { value: '5' } });
    expect(check.threshold.provenance).toEqual({ instrument: PROVINCE, locator: 'Phụ lục, chỉ tiêu 1.1', status: 'official' });
  });
  it('replaces every case: the TDMNPB column case is gone too', () => {
    const input = { '1.1': { numerator: 10, denominator: 100 } };
    expect(checkOf(evaluate(derived, input, { ...CONTEXT, region: 'TDMNPB' }), '1.1')).toMatchObject({ status: 'unmet', required: { value: '5' } });
  });
  it('records derivedFrom, the new id and jurisdiction, and appends the instruments', () => {
    expect(derived.derivedFrom).toBe('toy-ntm-2022-2025');
    expect(derived.id).toBe('toy-ntm-2022-2025-province-x');
    expect(derived.jurisdiction.level).toBe('provincial');
    expect(derived.instruments.map((i) => i.id)).toEqual([BASE, AMENDMENT, PROVINCE]);
    expect(evaluate(derived, {}, CONTEXT).receipt.rulebook).toBe('toy-ntm-2022-2025-province-x');
  });
  it('inherits everything else (kind, title, validity, columns, other indicators)', () => {
    expect(derived.kind).toBe(toyRulebook.kind);
    expect(derived.title).toEqual(toyRulebook.title);
    expect(derived.validFrom).toBe(toyRulebook.validFrom);
    expect(derived.validTo).toBe(toyRulebook.validTo);
    expect(derived.columns).toEqual(toyRulebook.columns);
    expect(derived.criteria[1]).toEqual(toyRulebook.criteria[1]);
  });
  it('the derived rulebook is deeply frozen', () => {
    expect(objectsIn(derived).every((o) => Object.isFrozen(o))).toBe(true);
  });
  it('names a check of a multi-check indicator by its key', () => {
    const rulebook = deriveRulebook(toyRulebook, {
      id: 'toy-enrolment-95',
      thresholds: [{ indicator: '3.3', check: 'enrolment', thresholds: [{ value: 95, provenance: { status: 'secondary' } }] }],
    });
    const result = evaluate(rulebook, { '3.3': { preschool: true, enrolment: { numerator: 9, denominator: 10 } } }, CONTEXT);
    expect(checkOf(result, '3.3', 'enrolment')).toMatchObject({ status: 'unmet', required: { value: '95' }, threshold: { status: 'secondary' } });
  });
  it('lets a user supply a threshold the law leaves unknown', () => {
    const rulebook = deriveRulebook(toyRulebook, {
      id: 'toy-with-7-1',
      thresholds: [{ indicator: '7.1', thresholds: [{ value: '60', provenance: { status: 'unverified', note: 'Số liệu huyện' } }] }],
    });
    const result = evaluate(rulebook, { '7.1': { numerator: 3, denominator: 5 } }, CONTEXT);
    expect(checkOf(result, '7.1')).toMatchObject({ status: 'met', threshold: { status: 'unverified' } });
  });
});

describe('deriveRulebook: adding, replacing and removing indicators', () => {
  it('adds an indicator at the end of a criterion', () => {
    const rulebook = deriveRulebook(toyRulebook, { id: 'toy-add', instruments: [provincialInstrument], addIndicators: [{ criterion: '4', indicator: newIndicator }] });
    expect(rulebook.criteria[3]?.indicators.map((i) => i.code)).toEqual(['4.1', '4.2', '4.3', '4.4', '4.5']);
    expect(indicatorOf(evaluate(rulebook, { '4.5': false }, CONTEXT), '4.5').status).toBe('unmet');
  });
  it('replaces an indicator of the same code in place', () => {
    const replacement: IndicatorInput = { ...newIndicator, code: '4.1', name: { vi: 'Nhà văn hóa đạt chuẩn', en: 'Cultural house up to standard' } };
    const rulebook = deriveRulebook(toyRulebook, { id: 'toy-replace', instruments: [provincialInstrument], replaceIndicators: [replacement] });
    expect(rulebook.criteria[3]?.indicators[0]?.name.en).toBe('Cultural house up to standard');
    expect(rulebook.criteria[3]?.indicators[0]?.provenance.instrument).toBe(PROVINCE);
    expect(rulebook.criteria[3]?.indicators).toHaveLength(4);
  });
  it('removes indicators, which then are unknown input keys', () => {
    const rulebook = deriveRulebook(toyRulebook, { id: 'toy-remove', removeIndicators: ['7.1', '7.2'] });
    expect(rulebook.criteria[6]?.indicators.map((i) => i.code)).toEqual(['7.3', '7.4']);
    expect(() => evaluate(rulebook, { '7.1': { numerator: 1, denominator: 2 } }, CONTEXT)).toThrow(/unknown-key/);
  });
  it('changes kind, title, validity and appends notes', () => {
    const rulebook = deriveRulebook(toyRulebook, {
      id: 'toy-2024',
      kind: 'toy-ntm-province-x',
      title: { vi: 'Bộ tiêu chí tỉnh X', en: 'X province criteria' },
      validFrom: '2024-01-01',
      validTo: '2024-12-31',
      notes: [{ vi: 'Ghi chú', en: 'A note' }],
    });
    expect([rulebook.kind, rulebook.title.en, rulebook.validFrom, rulebook.validTo]).toEqual(['toy-ntm-province-x', 'X province criteria', '2024-01-01', '2024-12-31']);
    expect(rulebook.notes).toEqual([{ vi: 'Ghi chú', en: 'A note' }]);
  });
});

describe('deriveRulebook rejects overrides that do not fit the base', () => {
  it('an unknown indicator in the threshold table → "unknown-indicator"', () => {
    expect(deriveIssues({ id: 'x', thresholds: [{ indicator: '99', thresholds: [{ value: '1', provenance: { status: 'official' } }] }] })).toEqual([
      expect.objectContaining({ path: ['thresholds', 0, 'indicator'], code: 'unknown-indicator' }),
    ]);
  });
  it('unknown indicators to replace or remove, and an unknown criterion to add to', () => {
    const issues = deriveIssues({
      id: 'x',
      removeIndicators: ['98'],
      replaceIndicators: [{ ...newIndicator, code: '97' }],
      addIndicators: [{ criterion: '42', indicator: newIndicator }],
    });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['removeIndicators', 0], 'unknown-indicator'],
      [['replaceIndicators', 0, 'code'], 'unknown-indicator'],
      [['addIndicators', 0, 'criterion'], 'unknown-criterion'],
    ]);
  });
  it('a multi-check indicator without a check key, or with an unknown one → "unknown-check"', () => {
    const thresholds = [{ value: '1', provenance: { status: 'official' } }];
    expect(deriveIssues({ id: 'x', thresholds: [{ indicator: '3.3', thresholds }] })).toEqual([expect.objectContaining({ path: ['thresholds', 0, 'check'], code: 'unknown-check' })]);
    expect(deriveIssues({ id: 'x', thresholds: [{ indicator: '3.3', check: 'primary', thresholds }] })).toEqual([expect.objectContaining({ code: 'unknown-check' })]);
  });
  it('thresholds for a yes/no requirement → "no-thresholds"', () => {
    expect(deriveIssues({ id: 'x', thresholds: [{ indicator: '4.1', thresholds: [{ value: '1', provenance: { status: 'official' } }] }] })).toEqual([
      expect.objectContaining({ path: ['thresholds', 0], code: 'no-thresholds' }),
    ]);
  });
  it('a result that is not a valid rulebook (citing an instrument not added)', () => {
    expect(deriveIssues({ id: 'x', addIndicators: [{ criterion: '4', indicator: newIndicator }] })).toEqual([
      expect.objectContaining({ path: ['criteria', 3, 'indicators', 4, 'provenance', 'instrument'], code: 'unknown-instrument' }),
    ]);
  });
});

describe('deriveRulebook leaves the base and the overrides untouched', () => {
  it('the base rulebook is unchanged and still evaluates as before', () => {
    const before = structuredClone(toyRulebook);
    deriveRulebook(toyRulebook, {
      ...stricter,
      removeIndicators: ['7.2'],
      addIndicators: [{ criterion: '4', indicator: newIndicator }],
      replaceIndicators: [{ ...newIndicator, code: '4.1' }],
    });
    expect(toyRulebook).toEqual(before);
    expect(checkOf(evaluate(toyRulebook, { '1.1': { numerator: 6, denominator: 100 } }, CONTEXT), '1.1').status).toBe('met');
  });
  it('the overrides object is not mutated', () => {
    const overrides = structuredClone(stricter);
    deriveRulebook(toyRulebook, overrides);
    expect(overrides).toEqual(stricter);
  });
});
