import { z } from 'zod';

/** The functions a test vector can exercise, by their exported name. */
export const testVectorFunctionSchema = z.enum([
  'evaluate',
  'rulebookFor',
  'assessCommuneLadder',
  'rollUpDistrict',
  'evaluateCivilizedUrban',
  'scoreUrbanClassification',
  'rateOcopProduct',
  'ocopCertificateStatus',
  'ocopStarForScore',
  'summarizeOcopPortfolio',
  'classifyHousehold',
  'povertyRatesFromCounts',
  'totalsConsistentWithRate',
  'alkireFoster',
  'evaluateTarget',
  'checkReportedProgress',
  'parseNumber',
  'parseQuantity',
]);
/** A function a test vector can exercise. */
export type TestVectorFunction = z.infer<typeof testVectorFunctionSchema>;

const localizedText = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });

/**
 * One test vector: an input, the options, and the expected answer.
 *
 * `expected` holds only the fields that carry the law's answer; it is compared as a subset of the
 * function's output (for `evaluate`, of the flattened view described in docs/test-vectors.md). An
 * expected `error` means the call must throw an error of that name carrying those issue codes.
 */
export const testVectorSchema = z.strictObject({
  /** Unique, stable id: `<rulebook or standard or domain>/<case>`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9.\-]*\/[a-z0-9][a-z0-9.\-]*$/, 'must be "<scope>/<case>" in lower case'),
  description: localizedText,
  function: testVectorFunctionSchema,
  /** The built-in rulebook id, for `evaluate`. */
  rulebook: z.string().min(1).optional(),
  /** The poverty standard id the case exercises (classification picks it by date). */
  standard: z.string().min(1).optional(),
  input: z.unknown(),
  options: z.unknown().optional(),
  expected: z.record(z.string(), z.unknown()),
  /** Seed file and figure, or the legal locator, the expected value comes from. */
  source: z.string().min(1).optional(),
});
/** One test vector. */
export type TestVector = z.infer<typeof testVectorSchema>;

/** One file of test vectors (one domain). */
export const testVectorFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  libraryVersion: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/),
  domain: z.string().min(1),
  vectors: z.array(testVectorSchema).min(1),
});
/** One file of test vectors. */
export type TestVectorFile = z.infer<typeof testVectorFileSchema>;

/**
 * The JSON Schema (draft 2020-12) of a test-vector file, for teams that validate the raw JSON.
 *
 * @example
 * ```ts
 * testVectorFileJsonSchema().properties.schemaVersion; // { type: 'number', const: 1 }
 * ```
 */
export function testVectorFileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(testVectorFileSchema) as Record<string, unknown>;
}
