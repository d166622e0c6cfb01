import { describe, expect, it } from 'vitest';
import { inputJsonSchema } from '../../src/core/input-schema.js';
import { toyRulebook } from '../fixtures/toy-rulebook.js';

type JsonSchema = { type?: string; properties?: Record<string, unknown>; additionalProperties?: unknown; required?: unknown; $schema?: string };

/** The JSON types a (sub)schema accepts, looking through `anyOf` and type arrays. */
function typesOf(schema: unknown): string[] {
  const s = schema as { type?: string | string[]; anyOf?: unknown[] };
  const own = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
  return [...own, ...(s.anyOf ?? []).flatMap(typesOf)];
}

describe('inputJsonSchema', () => {
  const schema = inputJsonSchema(toyRulebook) as JsonSchema;
  const codes = toyRulebook.criteria.flatMap((c) => c.indicators.map((i) => i.code));

  it('is a draft 2020-12 object schema with one property per indicator code, none required, no others allowed', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties ?? {})).toEqual(codes);
    expect(codes).toHaveLength(20);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toBeUndefined();
  });
  it('every property accepts null (missing)', () => {
    for (const code of codes) expect(typesOf(schema.properties?.[code])).toContain('null');
  });
  it('describes measures: counts as non-negative integers, levels as an enum, ratios as counts or a percent', () => {
    const json = (code: string) => JSON.stringify(schema.properties?.[code]);
    expect(json('3.2')).toContain('"type":"integer","minimum":0');
    expect(json('4.4')).toContain('"enum":["level1","level2","level3"]');
    expect(typesOf(schema.properties?.['4.1']).sort()).toEqual(['boolean', 'null']);
    expect(typesOf(schema.properties?.['1.2']).sort()).toEqual(['null', 'number', 'string']);
    expect(json('2.1')).toContain('"numerator"');
    expect(json('2.1')).toContain('"percent"');
  });
  it('offers { notApplicable: true } only for conditional indicators', () => {
    expect(JSON.stringify(schema.properties?.['6.1'])).toContain('"notApplicable"');
    expect(JSON.stringify(schema.properties?.['4.1'])).not.toContain('"notApplicable"');
  });
  it('keys multi-check indicators by check', () => {
    const multi = JSON.stringify(schema.properties?.['3.3']);
    expect(multi).toContain('"preschool"');
    expect(multi).toContain('"enrolment"');
  });
  it('survives a JSON round trip (plain data)', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});
