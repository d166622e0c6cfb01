import { describe, expect, it } from 'vitest';
import { defineRulebook } from '../../src/core/define-rulebook.js';
import { RulebookError, type Issue } from '../../src/core/errors.js';
import { toyRulebook, toyRulebookInput } from '../fixtures/toy-rulebook.js';
import { deepFreezeData, objectsIn, thrown } from './helpers.js';

// Rulebooks from outside arrive as untyped JSON; tests edit them the same way.
type Json = any;

/** A fresh JSON copy of the toy rulebook, edited by `edit`. */
function edited(edit: (json: Json) => void): Json {
  const json = JSON.parse(JSON.stringify(toyRulebookInput())) as Json;
  edit(json);
  return json;
}

function rulebookIssues(data: unknown): readonly Issue[] {
  const error = thrown(() => defineRulebook(data));
  expect(error).toBeInstanceOf(RulebookError);
  const issues = (error as RulebookError).issues;
  for (const issue of issues) {
    expect(issue.message.vi.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
  }
  return issues;
}

const I0 = ['criteria', 0, 'indicators', 0] as const; // indicator 1.1
const T0 = [...I0, 'requirement', 'thresholds', 0] as const; // its first threshold case

describe('defineRulebook accepts the toy rulebook and returns it in normal form', () => {
  it('single-check indicators become one check keyed "value"; conditional defaults to false', () => {
    const indicator = toyRulebook.criteria[0]?.indicators[0];
    expect(indicator?.conditional).toBe(false);
    expect(indicator?.checks.map((c) => c.key)).toEqual(['value']);
    expect(indicator?.checks[0]?.unit).toBe('percent');
  });
  it('numeric thresholds are normalised to decimal strings', () => {
    const classrooms = toyRulebook.criteria[2]?.indicators[1]?.checks[0]?.requirement;
    expect(classrooms).toEqual({ type: 'compare', op: '>=', thresholds: [{ value: '4', provenance: { status: 'official' } }] });
  });
  it('numbers in exponent form are written out ("1e-7" → "0.0000001")', () => {
    const rulebook = defineRulebook(edited((j) => (j.criteria[0].indicators[1].requirement.thresholds[0].value = 1e-7)));
    const threshold = rulebook.criteria[0]?.indicators[1]?.checks[0]?.requirement;
    expect(threshold && 'thresholds' in threshold ? threshold.thresholds[0]?.value : undefined).toBe('0.0000001');
  });
  it('checks of a multi-check indicator without keys are keyed check1, check2 …', () => {
    const rulebook = defineRulebook(
      edited((j) => {
        for (const check of j.criteria[2].indicators[2].checks) delete check.key;
      }),
    );
    expect(rulebook.criteria[2]?.indicators[2]?.checks.map((c) => c.key)).toEqual(['check1', 'check2']);
  });
});

describe('defineRulebook rejects broken cross-references with RulebookError', () => {
  it('an indicator citing an instrument that is not listed', () => {
    expect(rulebookIssues(edited((j) => (j.criteria[0].indicators[0].provenance.instrument = 'NOPE')))).toEqual([
      expect.objectContaining({ path: [...I0, 'provenance', 'instrument'], code: 'unknown-instrument' }),
    ]);
  });
  it('a threshold, the recognition rule or an override citing an unknown instrument', () => {
    const issues = rulebookIssues(
      edited((j) => {
        j.criteria[0].indicators[0].requirement.thresholds[0].provenance.instrument = 'NOPE';
        j.recognition.provenance.instrument = 'NOPE';
        j.columns.overrides[1].provenance.instrument = 'NOPE';
      }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        [[...T0, 'provenance', 'instrument'], 'unknown-instrument'],
        [['recognition', 'provenance', 'instrument'], 'unknown-instrument'],
        [['columns', 'overrides', 1, 'provenance', 'instrument'], 'unknown-instrument'],
      ]),
    );
    expect(issues).toHaveLength(3);
  });
  it('a threshold case for an unknown column', () => {
    expect(rulebookIssues(edited((j) => (j.criteria[0].indicators[0].requirement.thresholds[0].when.columns = ['TDMNPB', 'XYZ'])))).toEqual([
      expect.objectContaining({ path: [...T0, 'when', 'columns', 1], code: 'unknown-column' }),
    ]);
  });
  it('an override to an unknown column', () => {
    expect(rulebookIssues(edited((j) => (j.columns.overrides[0].column = 'XYZ')))).toEqual([
      expect.objectContaining({ path: ['columns', 'overrides', 0, 'column'], code: 'unknown-column' }),
    ]);
  });
  it('an undeclared fact in an override or a threshold case', () => {
    const issues = rulebookIssues(
      edited((j) => {
        j.columns.overrides[0].when.facts.allOf[1] = 'mountainous';
        j.criteria[0].indicators[0].requirement.thresholds[1].when = { facts: { noneOf: ['islands'] } };
      }),
    );
    expect(issues).toEqual([
      expect.objectContaining({ path: ['columns', 'overrides', 0, 'when', 'facts', 'allOf', 1], code: 'unknown-fact' }),
      expect.objectContaining({ path: [...I0, 'requirement', 'thresholds', 1, 'when', 'facts', 'noneOf', 0], code: 'unknown-fact' }),
    ]);
  });
  it('a duplicate indicator code, reported at the duplicate', () => {
    expect(rulebookIssues(edited((j) => (j.criteria[1].indicators[0].code = '1.1')))).toEqual([
      expect.objectContaining({ path: ['criteria', 1, 'indicators', 0, 'code'], code: 'duplicate' }),
    ]);
  });
  it('a duplicate criterion code', () => {
    expect(rulebookIssues(edited((j) => (j.criteria[1].code = '1')))).toEqual([
      expect.objectContaining({ path: ['criteria', 1], code: 'duplicate' }),
    ]);
  });
  it('duplicate instrument ids, column keys, fact keys and check keys', () => {
    const issues = rulebookIssues(
      edited((j) => {
        j.instruments[1].id = j.instruments[0].id;
        j.columns.values[1].key = 'TDMNPB';
        j.facts[2].key = 'poorDistrict';
        j.criteria[2].indicators[2].checks[1].key = 'preschool';
      }),
    );
    expect(issues.filter((i) => i.code === 'duplicate').map((i) => i.path)).toEqual(
      expect.arrayContaining([['instruments', 1], ['columns', 'values', 1], ['facts', 2], ['criteria', 2, 'indicators', 2, 'checks', 1]]),
    );
  });
  it('a null threshold whose status is not "unknown"', () => {
    expect(rulebookIssues(edited((j) => (j.criteria[6].indicators[0].requirement.thresholds[0].provenance.status = 'secondary')))).toEqual([
      expect.objectContaining({ path: ['criteria', 6, 'indicators', 0, 'requirement', 'thresholds', 0, 'value'], code: 'unknown-mismatch' }),
    ]);
  });
  it('a known threshold whose status is "unknown"', () => {
    expect(rulebookIssues(edited((j) => (j.criteria[0].indicators[0].requirement.thresholds[1].provenance.status = 'unknown')))).toEqual([
      expect.objectContaining({ path: [...I0, 'requirement', 'thresholds', 1, 'value'], code: 'unknown-mismatch' }),
    ]);
  });
  it('a not-applicable threshold case that carries a value', () => {
    expect(rulebookIssues(edited((j) => (j.criteria[0].indicators[0].requirement.thresholds[0].notApplicable = true)))).toEqual([
      expect.objectContaining({ path: [...T0, 'notApplicable'], code: 'not-applicable-with-value' }),
    ]);
  });
  it('a range whose min is above its max', () => {
    expect(rulebookIssues(edited((j) => (j.criteria[4].indicators[0].requirement.thresholds[0].value = { min: '45.01', max: '45' })))).toEqual([
      expect.objectContaining({ path: ['criteria', 4, 'indicators', 0, 'requirement', 'thresholds', 0, 'value'], code: 'empty-range' }),
    ]);
  });
  it('a requirement that does not fit its measure ("achieved" on a ratio)', () => {
    expect(rulebookIssues(edited((j) => (j.criteria[0].indicators[0].requirement = { type: 'achieved' })))).toEqual([
      expect.objectContaining({ path: [...I0, 'requirement', 'type'], code: 'incompatible-requirement' }),
    ]);
  });
  it('… also inside a multi-check indicator, where the path names the check', () => {
    expect(rulebookIssues(edited((j) => (j.criteria[2].indicators[2].checks[1].requirement = { type: 'achieved' })))).toEqual([
      expect.objectContaining({ path: ['criteria', 2, 'indicators', 2, 'checks', 1, 'requirement', 'type'], code: 'incompatible-requirement' }),
    ]);
  });
  it('a level threshold that is not one of the levels', () => {
    expect(rulebookIssues(edited((j) => (j.criteria[3].indicators[3].requirement.thresholds[0].value = 'level4')))).toEqual([
      expect.objectContaining({ path: ['criteria', 3, 'indicators', 3, 'requirement', 'thresholds', 0, 'value'], code: 'unknown-level' }),
    ]);
  });
  it('validTo before validFrom', () => {
    expect(rulebookIssues(edited((j) => (j.validTo = '2021-12-31')))).toEqual([expect.objectContaining({ path: ['validTo'], code: 'empty-range' })]);
  });
  it('year and date ranges that end before they start', () => {
    const issues = rulebookIssues(
      edited((j) => {
        j.criteria[0].indicators[1].requirement.thresholds[1].when.years = { from: 2024, to: 2023 };
        j.columns.overrides[0].when.dates = { from: '2024-03-01', to: '2024-02-29' };
      }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['columns', 'overrides', 0, 'when', 'dates'], 'empty-range'],
      [['criteria', 0, 'indicators', 1, 'requirement', 'thresholds', 1, 'when', 'years'], 'empty-range'],
    ]);
  });
  it('a denominator condition on a measure that is not a ratio', () => {
    expect(rulebookIssues(edited((j) => (j.criteria[0].indicators[1].requirement.thresholds[0].when = { denominator: { op: '>', value: 3 } })))).toEqual([
      expect.objectContaining({ path: ['criteria', 0, 'indicators', 1, 'requirement', 'thresholds', 0, 'when', 'denominator'], code: 'denominator-without-ratio' }),
    ]);
  });
  it('lists every problem at once', () => {
    const issues = rulebookIssues(
      edited((j) => {
        j.validTo = '2021-01-01';
        j.criteria[1].code = '1';
        j.criteria[0].indicators[0].provenance.instrument = 'NOPE';
      }),
    );
    expect(issues.map((i) => i.code).sort()).toEqual(['duplicate', 'empty-range', 'unknown-instrument']);
  });
});

describe('defineRulebook rejects malformed data', () => {
  it('a missing required field', () => {
    expect(rulebookIssues(edited((j) => delete j.id))).toEqual([expect.objectContaining({ path: ['id'], code: 'invalid-type' })]);
  });
  it('an invalid date', () => {
    expect(rulebookIssues(edited((j) => (j.validFrom = '2022-02-30')))).toEqual([expect.objectContaining({ path: ['validFrom'], code: 'invalid-format' })]);
  });
  it('a threshold written "59,3"', () => {
    expect(rulebookIssues(edited((j) => (j.criteria[1].indicators[0].requirement.thresholds[0].value = '59,3')))).toContainEqual(
      expect.objectContaining({ path: ['criteria', 1, 'indicators', 0, 'requirement', 'thresholds', 0, 'value'] }),
    );
  });
  it('an unknown provenance status', () => {
    expect(rulebookIssues(edited((j) => (j.criteria[0].indicators[0].provenance.status = 'probably')))).toEqual([
      expect.objectContaining({ path: [...I0, 'provenance', 'status'], code: 'invalid-value' }),
    ]);
  });
  it('a level measure with a single level', () => {
    expect(rulebookIssues(edited((j) => j.criteria[3].indicators[3].measure.levels.splice(1)))).toContainEqual(
      expect.objectContaining({ path: ['criteria', 3, 'indicators', 3, 'measure', 'levels'], code: 'too-small' }),
    );
  });

  const extraKeys: [string, (j: Json) => Json, (string | number)[]][] = [
    ['the rulebook', (j) => j, []],
    ['an instrument', (j) => j.instruments[0], ['instruments', 0]],
    ['the columns', (j) => j.columns, ['columns']],
    ['a column value', (j) => j.columns.values[0], ['columns', 'values', 0]],
    ['an override', (j) => j.columns.overrides[0], ['columns', 'overrides', 0]],
    ['a fact', (j) => j.facts[0], ['facts', 0]],
    ['a criterion', (j) => j.criteria[0], ['criteria', 0]],
    ['an indicator', (j) => j.criteria[0].indicators[0], [...I0]],
    ['a provenance', (j) => j.criteria[0].indicators[0].provenance, [...I0, 'provenance']],
    ['a measure', (j) => j.criteria[0].indicators[0].measure, [...I0, 'measure']],
    ['a requirement', (j) => j.criteria[0].indicators[0].requirement, [...I0, 'requirement']],
    ['a threshold case', (j) => j.criteria[0].indicators[0].requirement.thresholds[0], [...T0]],
    ['a condition', (j) => j.criteria[0].indicators[0].requirement.thresholds[0].when, [...T0, 'when']],
    ['a check', (j) => j.criteria[2].indicators[2].checks[0], ['criteria', 2, 'indicators', 2, 'checks', 0]],
    ['a localized text', (j) => j.title, ['title']],
    ['the recognition rule', (j) => j.recognition, ['recognition']],
  ];
  it.each(extraKeys)('an unknown key in %s', (_where, at, path) => {
    expect(rulebookIssues(edited((j) => (at(j).colour = 'green')))).toEqual([expect.objectContaining({ path: [...path, 'colour'], code: 'unknown-key' })]);
  });
});

describe('prototype pollution is impossible', () => {
  it('an indicator coded "__proto__" (or "constructor") is rejected at its code', () => {
    expect(rulebookIssues(edited((j) => (j.criteria[0].indicators[0].code = '__proto__'))).map((i) => i.path)).toContainEqual([...I0, 'code']);
    expect(rulebookIssues(edited((j) => (j.criteria[0].indicators[0].code = 'constructor')))).toEqual([
      expect.objectContaining({ path: [...I0, 'code'], code: 'invalid-value' }),
    ]);
  });
  it('a JSON rulebook with a top-level "__proto__" key is rejected as an unknown key, never used as a prototype', () => {
    const json = `{"__proto__": {"polluted": true, "criteria": []}, ${JSON.stringify(toyRulebookInput()).slice(1)}`;
    const data = JSON.parse(json) as object;
    expect(Object.hasOwn(data, '__proto__')).toBe(true);
    expect(rulebookIssues(data)).toEqual([expect.objectContaining({ path: ['__proto__'], code: 'unknown-key' })]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
  it('a nested "__proto__" key is rejected the same way', () => {
    const data = edited(() => undefined);
    const indicator = JSON.parse(`{"__proto__": {"conditional": true}, ${JSON.stringify(data.criteria[0].indicators[0]).slice(1)}`) as object;
    data.criteria[0].indicators[0] = indicator;
    expect(rulebookIssues(data)).toEqual([expect.objectContaining({ path: [...I0, '__proto__'], code: 'unknown-key' })]);
  });
});

describe('the defined rulebook is immutable and independent of its input', () => {
  it('is deeply frozen, down to each threshold case’s provenance', () => {
    const objects = objectsIn(toyRulebook);
    expect(objects.length).toBeGreaterThan(100);
    expect(objects.every((o) => Object.isFrozen(o))).toBe(true);
    const threshold = toyRulebook.criteria[0]?.indicators[0]?.checks[0]?.requirement;
    expect(Object.isFrozen(threshold && 'thresholds' in threshold ? threshold.thresholds[0]?.provenance : undefined)).toBe(true);
  });
  it('does not mutate, freeze or share the object it was given', () => {
    const input = toyRulebookInput();
    const before = structuredClone(input);
    const rulebook = defineRulebook(input);
    expect(input).toEqual(before);
    expect(objectsIn(input).some((o) => Object.isFrozen(o))).toBe(false);
    const inputObjects = new Set(objectsIn(input));
    expect(objectsIn(rulebook).some((o) => inputObjects.has(o))).toBe(false);
  });
  it('accepts a deeply frozen input', () => {
    const input = deepFreezeData(toyRulebookInput());
    expect(Object.isFrozen(input.criteria[0])).toBe(true);
    expect(defineRulebook(input)).toEqual(toyRulebook);
  });
});
