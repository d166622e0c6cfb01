import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTestVector, testVectorFileJsonSchema, testVectorFiles, testVectors } from '../../src/test-vectors/index.js';

const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'test-vectors.md'), 'utf8');
const jsonBlocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);

describe('docs/test-vectors.md examples', () => {
  it('"From JavaScript": no vector fails', () => {
    expect(doc).toContain('const failing = testVectors.filter((vector) => !runTestVector(vector).pass);\nfailing.length; // 0');
    const failing = testVectors.filter((vector) => !runTestVector(vector).pass);
    expect(failing.length).toBe(0);
  });

  it('checking your own star banding against the vectors', () => {
    const line = 'const myStar = (score: number) => (score >= 90 ? 5 : score >= 70 ? 4 : score >= 50 ? 3 : score >= 30 ? 2 : 1);';
    expect(doc).toContain(line);
    const myStar = (score: number) => (score >= 90 ? 5 : score >= 70 ? 4 : score >= 50 ? 3 : score >= 30 ? 2 : 1);
    const starVectors = testVectors.filter((v) => v.function === 'ocopStarForScore' && !('error' in v.expected));
    expect(starVectors.length).toBeGreaterThanOrEqual(10);
    const wrong = starVectors.filter((v) => myStar(Number((v.input as { score: string }).score)) !== v.expected.star);
    expect(wrong.length).toBe(0);
    // and a wrong implementation (≥ 70 read as > 70) is caught by the exact-threshold vector
    const off = (score: number) => (score >= 90 ? 5 : score > 70 ? 4 : score >= 50 ? 3 : score >= 30 ? 2 : 1);
    expect(starVectors.filter((v) => off(Number((v.input as { score: string }).score)) !== v.expected.star).map((v) => v.id)).toEqual(['ocop/star-for-score-70']);
  });

  it('the raw files and the JSON Schema', () => {
    expect(doc).toContain("schema.properties.schemaVersion;           // { type: 'number', const: 1 }");
    expect((testVectorFileJsonSchema() as { properties: Record<string, unknown> }).properties.schemaVersion).toEqual({ type: 'number', const: 1 });
    expect(testVectorFiles.map((f) => f.domain)).toEqual(['rulebooks', 'ladder', 'urban', 'ocop', 'poverty', 'targets', 'format']);
    for (const domain of ['rulebooks', 'ladder', 'urban', 'ocop', 'poverty', 'targets', 'format']) expect(doc).toContain(`\`${domain}\``);
  });

  it('the format example is a real vector, verbatim', () => {
    const example = jsonBlocks[0] as { vectors: Array<{ id: string }> };
    const stored = testVectors.find((v) => v.id === example.vectors[0]!.id);
    expect(stored).toEqual(example.vectors[0]);
  });

  it('the evaluate view example is what evaluationView gives for that vector', () => {
    const out = runTestVector(testVectors.find((v) => v.id === 'commune-ntm-2021-2025/15.3-btb-exactly-at-threshold')!).output as Record<string, Record<string, unknown>>;
    expect(jsonBlocks[1]).toEqual({
      ...out,
      criteria: { '15': out.criteria!['15'] },
      indicators: { '15.3': out.indicators!['15.3'] },
      checks: { '15.3': out.checks!['15.3'] },
    });
  });

  it('every function named in the format table has vectors', () => {
    const used = new Set(testVectors.map((v) => v.function));
    for (const f of used) expect(doc, f).toContain(`\`${f}\``);
    expect(used.size).toBe(18);
  });
});
