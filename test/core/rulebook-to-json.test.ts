import { describe, expect, it } from 'vitest';
import { defineRulebook } from '../../src/core/define-rulebook.js';
import { rulebookToJson } from '../../src/core/rulebook-to-json.js';
import { decidableToyRulebook, toyRulebook } from '../fixtures/toy-rulebook.js';
import { objectsIn } from './helpers.js';

describe('rulebookToJson round trip', () => {
  it('defineRulebook(JSON.parse(JSON.stringify(rulebookToJson(r)))) deep-equals r', () => {
    for (const rulebook of [toyRulebook, decidableToyRulebook()]) {
      const json = JSON.stringify(rulebookToJson(rulebook));
      expect(defineRulebook(JSON.parse(json))).toEqual(rulebook);
    }
  });
  it('is stable: serialising the reloaded rulebook gives the same JSON', () => {
    const once = JSON.stringify(rulebookToJson(toyRulebook));
    expect(JSON.stringify(rulebookToJson(defineRulebook(JSON.parse(once))))).toBe(once);
  });
});

describe('rulebookToJson output', () => {
  const json = rulebookToJson(toyRulebook) as unknown as {
    criteria: { indicators: Record<string, unknown>[] }[];
  };
  it('writes single-check indicators inline and keeps multi-check indicators as checks', () => {
    const single = json.criteria[0]?.indicators[0];
    expect(single).toHaveProperty('unit', 'percent');
    expect(single).toHaveProperty('requirement');
    expect(single).not.toHaveProperty('checks');
    const multi = json.criteria[2]?.indicators[2];
    expect((multi?.['checks'] as { key: string }[]).map((c) => c.key)).toEqual(['preschool', 'enrolment']);
    expect(multi).not.toHaveProperty('unit');
  });
  it('writes "conditional" only when true', () => {
    expect(json.criteria[0]?.indicators[0]).not.toHaveProperty('conditional');
    expect(json.criteria[5]?.indicators[0]).toHaveProperty('conditional', true);
  });
  it('is a fresh mutable copy: editing it does not touch the rulebook', () => {
    expect(objectsIn(json).some((o) => Object.isFrozen(o))).toBe(false);
    const fresh = rulebookToJson(toyRulebook) as unknown as { id: string };
    fresh.id = 'changed';
    expect(toyRulebook.id).toBe('toy-ntm-2022-2025');
  });
});
