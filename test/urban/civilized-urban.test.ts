import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveRulebook } from '../../src/core/derive-rulebook.js';
import { ContextError, InputError, NoRulebookInForceError } from '../../src/core/errors.js';
import {
  appendixOf,
  civilizedUrbanConditions2022,
  civilizedUrbanRulebookFor,
  evaluateCivilizedUrban,
  explainCivilizedUrban,
  type CivilizedUrbanInput,
} from '../../src/urban/index.js';
import { civilizedUrbanDistrict2022, civilizedUrbanWardTownship2022, rulebookFor } from '../../src/rulebooks/index.js';
import { thrown } from '../core/helpers.js';
import { contentsWith, ILLUSTRATIVE_CONTENTS_PER_CRITERION, kheTreMid2023, kheTreTarget2023 } from './fixtures.js';

const allMet = contentsWith([]);
const eligible: CivilizedUrbanInput = {
  unit: 'ward',
  recognition: 'first',
  registered: true,
  registeredOn: '2021-06-30',
  contents: allMet,
  satisfaction: { numerator: 1800, denominator: 2000 },
};
const conditionOf = (result: ReturnType<typeof evaluateCivilizedUrban>, key: string) => {
  const found = result.conditions.find((c) => c.key === key);
  if (!found) throw new Error(`no condition ${key}`);
  return found;
};

describe('the built-in rulebooks (Decision 04/2022/QĐ-TTg)', () => {
  it('have 9 criteria, the Appendix I names, and criterion 3 renamed in Appendix II', () => {
    expect(civilizedUrbanWardTownship2022.criteria.map((c) => c.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(civilizedUrbanWardTownship2022.criteria[2]?.name.vi).toBe('Môi trường và an toàn thực phẩm đô thị');
    expect(civilizedUrbanDistrict2022.criteria[2]?.name.vi).toBe('Môi trường đô thị');
    expect(civilizedUrbanWardTownship2022.validFrom).toBe('2022-04-15');
  });

  it('are chosen by unit and date, and none before 15/04/2022', () => {
    expect(appendixOf('ward')).toBe('I');
    expect(appendixOf('provincial-city')).toBe('II');
    expect(civilizedUrbanRulebookFor('township', '2022-04-15').id).toBe('civilized-urban-ward-township-2022');
    expect(civilizedUrbanRulebookFor('urban-district', '2024-01-01').id).toBe('civilized-urban-district-2022');
    expect(thrown(() => civilizedUrbanRulebookFor('ward', '2022-04-14'))).toBeInstanceOf(NoRulebookInForceError);
    // They are built in: the library-wide registry finds them too.
    expect(rulebookFor('civilized-urban-ward-township', '2023-06-30')).toBe(civilizedUrbanWardTownship2022);
  });

  it('carry the conditions as data with provenance: 2 / 5 years, ≥ 90 %, 52 contents, unknowns as null', () => {
    const w = civilizedUrbanConditions2022.wardTownship;
    expect([w.buildingYears.first.value, w.buildingYears.reRecognition.value, w.satisfaction.percent, w.contentsTotal.value]).toEqual([2, 5, '90', 52]);
    expect(w.satisfaction.provenance.status).toBe('secondary');
    expect(civilizedUrbanConditions2022.district.satisfaction.percent).toBeNull();
    expect(civilizedUrbanConditions2022.district.satisfaction.provenance.status).toBe('unknown');
    expect(civilizedUrbanConditions2022.district.communes.provenance.status).toBe('unknown');
  });
});

describe('Khe Tre township (seed 003_58059cd68c956849.txt)', () => {
  it('mid-2023: 5/9 criteria met, 4 not met — not recognised (line 27)', () => {
    const result = evaluateCivilizedUrban(kheTreMid2023, { date: '2023-06-30' });
    expect(result.criteriaMet).toEqual({ met: 5, total: 9, text: '5/9' });
    expect(result.criteria.criteria.filter((c) => c.status === 'unmet').map((c) => c.code)).toEqual(['2', '3', '6', '9']);
    expect(result.contentsMet).toMatchObject({ met: 48, total: 52, text: '48/52', complete: true, expectedTotal: 52 });
    expect(result.recognised).toBe(false);
    expect(result.status).toBe('unmet');
    expect(conditionOf(result, 'building-period').status).toBe('missing');
    expect(conditionOf(result, 'satisfaction').status).toBe('missing');
    expect(result.summary.vi).toContain('5/9 tiêu chí');
  });

  it('the 2023 target: 50/52 contents (line 197) means at least 7/9 criteria', () => {
    const result = evaluateCivilizedUrban(kheTreTarget2023, { date: '2023-12-31' });
    expect(result.contentsMet.text).toBe('50/52');
    expect(result.criteriaMet.text).toBe('7/9');
    expect(result.warnings).toEqual([]);
  });

  it('5/9 criteria and 50/52 contents cannot hold at once: each unmet criterion lacks a content', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 9, maxLength: 9 }), (short) => {
        const bounded = short.map((s, i) => Math.min(s, ILLUSTRATIVE_CONTENTS_PER_CRITERION[i] ?? 0));
        const result = evaluateCivilizedUrban({ ...kheTreMid2023, contents: contentsWith(bounded) }, { date: '2023-06-30' });
        const unmetCriteria = 9 - result.criteriaMet.met;
        const unmetContents = result.contentsMet.total - result.contentsMet.met;
        expect(unmetContents).toBeGreaterThanOrEqual(unmetCriteria);
        expect(result.criteriaMet.met).toBe(bounded.filter((s) => s === 0).length);
        expect(result.recognised).toBe(false); // registration date and survey are missing
      }),
    );
  });

  it('explains in Vietnamese and English, naming the criteria not met', () => {
    const result = evaluateCivilizedUrban(kheTreMid2023, { date: '2023-06-30' });
    const vi = explainCivilizedUrban(result);
    const en = explainCivilizedUrban(result, { locale: 'en' });
    expect(vi[0]).toBe(
      'Thị trấn đạt 5/9 tiêu chí, 48/52 nội dung (Phụ lục I, Quyết định 04/2022/QĐ-TTg); chưa đủ điều kiện công nhận: đạt 9 tiêu chí (chưa đạt); thời gian đăng ký (thiếu số liệu); người dân hài lòng, đồng ý (thiếu số liệu).',
    );
    expect(vi).toContain('  ✗ Tiêu chí 2. Giao thông đô thị (4/5)');
    expect(en).toContain('  ✗ Criterion 9. Political system and responsibility of the urban government (5/6)');
  });
});

describe('recognition of a ward or township', () => {
  it('recognises when all conditions hold', () => {
    const result = evaluateCivilizedUrban(eligible, { date: '2023-06-30' });
    expect(result.status).toBe('met');
    expect(result.recognised).toBe(true);
    expect(result.contentsMet.text).toBe('52/52');
    expect(result.conditions.map((c) => [c.key, c.status])).toEqual([
      ['registered', 'met'],
      ['criteria', 'met'],
      ['building-period', 'met'],
      ['satisfaction', 'met'],
    ]);
    // Every criterion threshold is the unverified "all contents met" reading, and says so.
    expect(result.criteria.unverifiedThresholds).toHaveLength(9);
    expect(result.criteria.unverifiedThresholds[0]?.status).toBe('unverified');
  });

  it('satisfaction: exactly 90 % is met (1800/2000, 9/10, "90"); just under is not', () => {
    for (const satisfaction of [{ numerator: 1800, denominator: 2000 }, { numerator: 9, denominator: 10 }, { percent: '90' }, { percent: 90 }]) {
      expect(conditionOf(evaluateCivilizedUrban({ ...eligible, satisfaction }, { date: '2023-06-30' }), 'satisfaction').status).toBe('met');
    }
    for (const satisfaction of [{ numerator: 1799, denominator: 2000 }, { numerator: 8999, denominator: 10000 }, { percent: '89.99' }]) {
      const result = evaluateCivilizedUrban({ ...eligible, satisfaction }, { date: '2023-06-30' });
      expect(conditionOf(result, 'satisfaction').status).toBe('unmet');
      expect(result.recognised).toBe(false);
    }
  });

  it('satisfaction from counts is exact for every denominator (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (denominator, raw) => {
        const numerator = raw % (denominator + 1);
        const result = evaluateCivilizedUrban({ ...eligible, satisfaction: { numerator, denominator } }, { date: '2023-06-30' });
        expect(conditionOf(result, 'satisfaction').status === 'met').toBe(numerator * 10 >= denominator * 9);
      }),
    );
  });

  it('building period: 2 years to the day for a first recognition, 5 for re-recognition', () => {
    expect(conditionOf(evaluateCivilizedUrban(eligible, { date: '2023-06-30' }), 'building-period')).toMatchObject({ status: 'met', servedFrom: '2023-06-30' });
    expect(conditionOf(evaluateCivilizedUrban(eligible, { date: '2023-06-29' }), 'building-period').status).toBe('unmet');
    const again = { ...eligible, recognition: 're-recognition' as const };
    expect(conditionOf(evaluateCivilizedUrban(again, { date: '2026-06-29' }), 'building-period').status).toBe('unmet');
    expect(conditionOf(evaluateCivilizedUrban(again, { date: '2026-06-30' }), 'building-period')).toMatchObject({ status: 'met', required: '>= 5 years' });
  });

  it('an unregistered unit is not recognised; a missing fact is missing, never "no"', () => {
    expect(evaluateCivilizedUrban({ ...eligible, registered: false }, { date: '2023-06-30' }).status).toBe('unmet');
    const result = evaluateCivilizedUrban({ ...eligible, registered: undefined }, { date: '2023-06-30' });
    expect(result.status).toBe('missing');
    expect(conditionOf(result, 'registered').actual).toBeNull();
  });

  it('a criterion without contents is missing, and the contents view says it is incomplete', () => {
    const contents = { ...allMet, '4': null };
    const result = evaluateCivilizedUrban({ ...eligible, contents }, { date: '2023-06-30' });
    expect(result.criteria.criteria[3]?.status).toBe('missing');
    expect(result.contentsMet).toMatchObject({ met: 46, total: 46, complete: false });
    expect(result.status).toBe('missing');
    expect(result.warnings).toEqual([]);
  });

  it('warns when the contents do not add up to the 52 of Appendix I', () => {
    const contents = { ...allMet, '1': { met: 4, total: 4 } };
    const result = evaluateCivilizedUrban({ ...eligible, contents }, { date: '2023-06-30' });
    expect(result.warnings.map((w) => w.code)).toEqual(['contents-total-mismatch']);
    expect(result.warnings[0]?.message.vi).toBe('Tổng số nội dung đã nhập là 50, trong khi Phụ lục I có 52 nội dung');
  });
});

describe('district-level facts on a ward', () => {
  it('are ignored with a warning', () => {
    const result = evaluateCivilizedUrban({ ...eligible, wardsAndTownships: { recognised: 1, total: 2 } }, { date: '2023-06-30' });
    expect(result.recognised).toBe(true);
    expect(result.warnings.map((w) => w.code)).toEqual(['district-fact-ignored']);
  });
});

describe('district level (Appendix II)', () => {
  const town: CivilizedUrbanInput = { ...eligible, unit: 'town', wardsAndTownships: { recognised: 5, total: 5 }, communes: true };

  it('cannot be decided: the district satisfaction threshold and the communes condition are unknown', () => {
    const result = evaluateCivilizedUrban(town, { date: '2024-06-30' });
    expect(result.appendix).toBe('II');
    expect(result.contentsMet.expectedTotal).toBeNull();
    expect(result.warnings).toEqual([]);
    expect(conditionOf(result, 'wards-and-townships').status).toBe('met');
    expect(conditionOf(result, 'satisfaction')).toMatchObject({ status: 'indeterminate', required: null, actual: '90' });
    expect(conditionOf(result, 'communes').status).toBe('indeterminate');
    expect(result.status).toBe('indeterminate');
    expect(result.recognised).toBe(false);
  });

  it('needs 100 % of its wards and townships: 4 of 5 is not met', () => {
    const result = evaluateCivilizedUrban({ ...town, wardsAndTownships: { recognised: 4, total: 5 } }, { date: '2024-06-30' });
    expect(conditionOf(result, 'wards-and-townships')).toMatchObject({ status: 'unmet', actual: '4/5' });
    expect(result.status).toBe('unmet');
  });

  it('an urban district without communes: that condition is not applicable', () => {
    const result = evaluateCivilizedUrban({ ...town, unit: 'urban-district', communes: { notApplicable: true } }, { date: '2024-06-30' });
    expect(conditionOf(result, 'communes').status).toBe('not-applicable');
  });
});

describe('a rulebook listing the contents one by one (deriveRulebook)', () => {
  it('counts each listed content once in the contents view', () => {
    const province = deriveRulebook(civilizedUrbanWardTownship2022, {
      id: 'civilized-urban-ward-township-example-province',
      jurisdiction: { level: 'custom', name: { vi: 'Ví dụ', en: 'Example' } },
      replaceIndicators: [],
      removeIndicators: ['1'],
      addIndicators: [
        { criterion: '1', indicator: { code: '1.1', name: { vi: 'Nội dung 1.1', en: 'Content 1.1' }, provenance: { instrument: '04/2022/QĐ-TTg', locator: 'Phụ lục I, 1.1 (user-supplied)', status: 'unverified' }, unit: 'boolean', measure: { kind: 'boolean' }, requirement: { type: 'achieved' } } },
        { criterion: '1', indicator: { code: '1.2', name: { vi: 'Nội dung 1.2', en: 'Content 1.2' }, provenance: { instrument: '04/2022/QĐ-TTg', locator: 'Phụ lục I, 1.2 (user-supplied)', status: 'unverified' }, unit: 'boolean', measure: { kind: 'boolean' }, requirement: { type: 'achieved' } } },
      ],
    });
    const indicators = { '1.1': true, '1.2': false, ...Object.fromEntries(Object.entries(allMet).filter(([k]) => k !== '1').map(([k, v]) => [k, { numerator: v?.met ?? 0, denominator: v?.total ?? 1 }])) };
    const result = evaluateCivilizedUrban({ ...eligible, contents: undefined, indicators }, { date: '2023-06-30', rulebook: province });
    expect(result.contentsMet).toMatchObject({ met: 47, total: 48, complete: true, expectedTotal: null });
    expect(result.criteriaMet.text).toBe('8/9');
  });
});

describe('input errors name the field and the rule, in Vietnamese and English', () => {
  it('contents met above total', () => {
    const error = thrown(() => evaluateCivilizedUrban({ ...eligible, contents: { '1': { met: 7, total: 6 } } }, { date: '2023-06-30' })) as InputError;
    expect(error).toBeInstanceOf(InputError);
    expect(error.issues[0]).toMatchObject({ path: ['contents', '1', 'met'], code: 'met-above-total' });
    expect(error.issues[0]?.message.vi).toBe('số nội dung đạt (7) lớn hơn tổng số (6)');
  });

  it('an unknown criterion, a registration after the assessment, both contents and indicators, a bad date', () => {
    expect((thrown(() => evaluateCivilizedUrban({ ...eligible, contents: { '10': { met: 1, total: 1 } } as never }, { date: '2023-06-30' })) as InputError).issues[0]?.path).toEqual(['contents', '10']);
    expect((thrown(() => evaluateCivilizedUrban({ ...eligible, registeredOn: '2024-01-01' }, { date: '2023-06-30' })) as InputError).issues[0]?.code).toBe('registered-after-assessment');
    expect((thrown(() => evaluateCivilizedUrban({ ...eligible, indicators: {} }, { date: '2023-06-30' })) as InputError).issues[0]?.code).toBe('contents-and-indicators');
    expect(thrown(() => evaluateCivilizedUrban(eligible, { date: '2023-02-30' }))).toBeInstanceOf(ContextError);
    expect((thrown(() => evaluateCivilizedUrban({ ...eligible, satisfaction: { percent: '101' } }, { date: '2023-06-30' })) as InputError).issues[0]?.code).toBe('percent-range');
  });

  it('does not touch its input', () => {
    const frozen = structuredClone(eligible);
    Object.freeze(frozen);
    evaluateCivilizedUrban(frozen, { date: '2023-06-30' });
    expect(frozen).toEqual(eligible);
  });
});
