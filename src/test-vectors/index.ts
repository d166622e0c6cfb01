/**
 * Test vectors: versioned input → expected-output cases for every built-in rulebook, poverty
 * standard and domain function, as JSON data, so other teams can check their own calculations
 * against this library's. See docs/test-vectors.md.
 *
 * @example
 * ```ts
 * import { testVectors, runTestVector } from 'nong-thon-moi/test-vectors';
 * for (const vector of testVectors) {
 *   const { pass, differences } = runTestVector(vector);
 *   if (!pass) console.log(vector.id, differences);
 * }
 * ```
 * @module test-vectors
 */
import rulebooksData from './data/rulebooks.json';
import ladderData from './data/ladder.json';
import urbanData from './data/urban.json';
import ocopData from './data/ocop.json';
import povertyData from './data/poverty.json';
import targetsData from './data/targets.json';
import formatData from './data/format.json';
import type { TestVector, TestVectorFile } from './test-vector-schema.js';

export {
  testVectorSchema,
  testVectorFileSchema,
  testVectorFunctionSchema,
  testVectorFileJsonSchema,
  type TestVector,
  type TestVectorFile,
  type TestVectorFunction,
} from './test-vector-schema.js';
export { runTestVector, evaluationView, type TestVectorRun, type TestVectorDifference } from './run-test-vector.js';

/** Version of the vector format; bumped only when a field changes meaning or is removed. */
export const TEST_VECTOR_SCHEMA_VERSION = 1;

/**
 * The vector files, one per domain, exactly as shipped in `src/test-vectors/data/*.json`.
 *
 * @example
 * ```ts
 * testVectorFiles.map((f) => f.domain); // ['rulebooks', 'ladder', 'urban', 'ocop', 'poverty', 'targets', 'format']
 * ```
 */
export const testVectorFiles: readonly TestVectorFile[] = [
  rulebooksData,
  ladderData,
  urbanData,
  ocopData,
  povertyData,
  targetsData,
  formatData,
] as unknown as readonly TestVectorFile[];

/**
 * Every test vector, all domains together.
 *
 * @example
 * ```ts
 * testVectors.find((v) => v.id === 'commune-ntm-2021-2025/15.3-btb-exactly-at-threshold')?.expected;
 * // { column: 'BTB', checks: { '15.3': { status: 'met', actual: '25', required: '25', gap: '0', op: '<=' } } }
 * ```
 */
export const testVectors: readonly TestVector[] = testVectorFiles.flatMap((file) => file.vectors);
