import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInRulebooks } from '../../src/rulebooks/index.js';
import { builtInPovertyStandards } from '../../src/poverty/index.js';
import { LIBRARY_VERSION } from '../../src/version.js';
import {
  runTestVector,
  testVectorFileJsonSchema,
  testVectorFileSchema,
  testVectorFiles,
  testVectors,
  TEST_VECTOR_SCHEMA_VERSION,
} from '../../src/test-vectors/index.js';

const DATA = join(import.meta.dirname, '..', '..', 'src', 'test-vectors', 'data');
const rawFiles = readdirSync(DATA).filter((f) => f.endsWith('.json'));

describe('every vector passes against this library', () => {
  it.each(testVectors.map((v) => [v.id, v] as const))('%s', (_id, vector) => {
    const run = runTestVector(vector);
    expect(run.differences).toEqual([]);
    expect(run.pass).toBe(true);
  });
});

describe('the vector files', () => {
  it.each(rawFiles)('%s validates against the schema and carries the library version', (name) => {
    const parsed = testVectorFileSchema.safeParse(JSON.parse(readFileSync(join(DATA, name), 'utf8')));
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
    expect(parsed.data?.schemaVersion).toBe(TEST_VECTOR_SCHEMA_VERSION);
    expect(parsed.data?.libraryVersion).toBe(LIBRARY_VERSION);
    expect(`${parsed.data?.domain}.json`).toBe(name);
  });

  it('every raw file is exported, and nothing else', () => {
    expect(testVectorFiles.map((f) => `${f.domain}.json`).sort()).toEqual([...rawFiles].sort());
  });

  it('ids are unique', () => {
    const ids = testVectors.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('there are at least 150 vectors, and no vector expects nothing', () => {
    expect(testVectors.length).toBeGreaterThanOrEqual(150);
    for (const v of testVectors) expect(Object.keys(v.expected).length, v.id).toBeGreaterThan(0);
  });

  it('every built-in rulebook has at least 5 evaluate vectors', () => {
    for (const rulebook of builtInRulebooks) {
      const n = testVectors.filter((v) => v.function === 'evaluate' && v.rulebook === rulebook.id).length;
      expect(n, rulebook.id).toBeGreaterThanOrEqual(5);
    }
  });

  it('every national poverty standard has at least 5 vectors, each checking the standard picked by date', () => {
    for (const standard of builtInPovertyStandards) {
      const vectors = testVectors.filter((v) => v.standard === standard.id);
      expect(vectors.length, standard.id).toBeGreaterThanOrEqual(5);
      for (const v of vectors) expect(v.expected).toMatchObject({ standard: { id: standard.id } });
    }
  });

  it('the JSON Schema describes the file format', () => {
    const schema = testVectorFileJsonSchema() as { type: string; required: string[]; properties: Record<string, unknown> };
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'libraryVersion', 'domain', 'vectors']));
    expect(schema.properties.schemaVersion).toMatchObject({ const: 1 });
  });
});

describe('runTestVector reports differences by path', () => {
  const vector = testVectors.find((v) => v.id === 'commune-ntm-2021-2025/15.3-btb-exactly-at-threshold')!;

  it('names the path of a wrong expected value', () => {
    const wrong = { ...vector, expected: { checks: { '15.3': { status: 'unmet', gap: '0' } } } };
    const run = runTestVector(wrong);
    expect(run.pass).toBe(false);
    expect(run.differences).toEqual([{ path: 'checks.15.3.status', expected: 'unmet', actual: 'met' }]);
  });

  it('reports an unexpected error as a difference, not a throw', () => {
    const run = runTestVector({ ...vector, options: { date: '2030-01-01', region: 'BTB' } });
    expect(run.pass).toBe(false);
    expect(run.output).toMatchObject({ error: { name: 'ContextError', codes: ['date-outside-validity'] } });
  });

  it('compares arrays by length too', () => {
    const timber = testVectors.find((v) => v.id === 'targets/timber-line')!;
    const run = runTestVector({ ...timber, expected: { findings: [{ code: 'percent-mismatch' }] } });
    expect(run.differences.map((d) => d.path)).toEqual(['findings']);
  });
});

describe('the files are generated', () => {
  it('src/test-vectors/data/*.json are what scripts/generate-test-vectors.ts writes (run it after editing a case)', async () => {
    const { buildTestVectorFiles } = await import('../../scripts/generate-test-vectors.js');
    const built = buildTestVectorFiles();
    expect(built.map(([name]) => name).sort()).toEqual([...rawFiles].sort());
    for (const [name, text] of built) expect(readFileSync(join(DATA, name), 'utf8'), name).toBe(text);
  });
});
