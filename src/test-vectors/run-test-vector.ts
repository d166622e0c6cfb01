import { evaluate } from '../core/evaluate.js';
import { NtmError } from '../core/errors.js';
import type { EvaluationResult } from '../core/result.js';
import { builtInRulebooks, rulebookFor } from '../rulebooks/index.js';
import { assessCommuneLadder, rollUpDistrict } from '../ladder/index.js';
import { evaluateCivilizedUrban } from '../urban/index.js';
import { scoreUrbanClassification } from '../urban-classification/index.js';
import { ocopCertificateStatus, ocopStarForScore, rateOcopProduct, summarizeOcopPortfolio } from '../ocop/index.js';
import { alkireFoster, classifyHousehold, povertyRatesFromCounts, totalsConsistentWithRate } from '../poverty/index.js';
import { checkReportedProgress, evaluateTarget } from '../targets/index.js';
import { parseNumber, parseQuantity } from '../format/index.js';
import type { TestVector, TestVectorFunction } from './test-vector-schema.js';

/** One place where a vector's output differs from its expected value. */
export interface TestVectorDifference {
  /** Where, as a dotted path into `expected` (`checks.15/3.status`, `error.codes`). */
  readonly path: string;
  readonly expected: unknown;
  /** What this library produced there (`undefined` when the field is absent). */
  readonly actual: unknown;
}

/** The outcome of {@link runTestVector}. */
export interface TestVectorRun {
  readonly pass: boolean;
  readonly differences: readonly TestVectorDifference[];
  /** The (flattened, for `evaluate`) output the expected fields were compared with. */
  readonly output: unknown;
}

// Loosely typed on purpose: vectors are data; the functions validate their own inputs.
type Runner = (input: any, options: any, vector: TestVector) => unknown;

const RUNNERS: Record<TestVectorFunction, Runner> = {
  evaluate: (input, options, vector) => evaluationView(evaluate(rulebookById(vector.rulebook), input, options)),
  rulebookFor: (input) => {
    const rulebook = rulebookFor(input.kind, input.date);
    return { id: rulebook.id, validFrom: rulebook.validFrom, validTo: rulebook.validTo ?? null };
  },
  assessCommuneLadder: (input, options) => assessCommuneLadder(input, options.context, options.options),
  rollUpDistrict: (input, options) => rollUpDistrict(input, options.context, options.options),
  evaluateCivilizedUrban: (input, options) => evaluateCivilizedUrban(input, options),
  scoreUrbanClassification: (input, options) => scoreUrbanClassification(input, options),
  rateOcopProduct: (input, options) => rateOcopProduct(input, options),
  ocopCertificateStatus: (input, options) => ocopCertificateStatus(input.recognisedOn, options),
  ocopStarForScore: (input) => ({ star: ocopStarForScore(input.score) }),
  summarizeOcopPortfolio: (input, options) => summarizeOcopPortfolio(input.products, options),
  classifyHousehold: (input, options) => classifyHousehold(input, options),
  povertyRatesFromCounts: (input) => povertyRatesFromCounts(input),
  totalsConsistentWithRate: (input) => ({ range: totalsConsistentWithRate(input.count, input.percent, input.decimals) }),
  alkireFoster: (input, options) => alkireFoster(input.units, options),
  evaluateTarget: (input, options) => evaluateTarget(input.target, input.actual, options),
  checkReportedProgress: (input) => checkReportedProgress(input),
  parseNumber: (input, options) => parseNumber(input.text, options),
  parseQuantity: (input, options) => parseQuantity(input.text, options),
};

function rulebookById(id: string | undefined) {
  const found = builtInRulebooks.find((rulebook) => rulebook.id === id);
  if (!found) throw new RangeError(`No built-in rulebook "${String(id)}" / Không có bộ tiêu chí "${String(id)}"`);
  return found;
}

/**
 * The flattened view of an evaluation that `evaluate` vectors are compared with: unit-level
 * status and progress, the column used, and each criterion, indicator and check keyed by code
 * (a check of a multi-check indicator as `<indicator>/<check>`).
 */
export function evaluationView(result: EvaluationResult): Record<string, unknown> {
  const criteria: Record<string, string> = {};
  const indicators: Record<string, string> = {};
  const checks: Record<string, unknown> = {};
  for (const criterion of result.criteria) {
    criteria[criterion.code] = criterion.status;
    for (const indicator of criterion.indicators) {
      indicators[indicator.code] = indicator.status;
      for (const check of indicator.checks) {
        const key = indicator.checks.length === 1 ? indicator.code : `${indicator.code}/${check.key}`;
        checks[key] = {
          status: check.status,
          reason: check.reason ?? null,
          actual: check.actual?.value ?? null,
          required: check.required.value ?? null,
          op: check.required.op ?? null,
          gap: check.gap,
          gapCount: check.gapCount,
          thresholdStatus: check.threshold.status,
        };
      }
    }
  }
  return {
    rulebook: result.rulebook.id,
    status: result.status,
    recognised: result.recognised,
    column: result.context.column?.key ?? null,
    thresholdYear: result.context.year,
    criteriaProgress: result.criteriaProgress,
    indicatorProgress: result.indicatorProgress,
    criteria,
    indicators,
    checks,
  };
}

function errorView(error: unknown): Record<string, unknown> {
  if (error instanceof NtmError) {
    return { error: { name: error.name, codes: error.issues.map((i) => i.code), paths: error.issues.map((i) => i.path.join('.')) } };
  }
  return { error: { name: error instanceof Error ? error.name : 'unknown' } };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Compares `expected` as a subset of `actual`: objects by the expected keys, arrays element by element and by length. */
function compare(expected: unknown, actual: unknown, path: string, out: TestVectorDifference[]): void {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      out.push({ path, expected, actual });
      return;
    }
    expected.forEach((item, i) => compare(item, actual[i], `${path}[${i}]`, out));
    return;
  }
  if (isPlainObject(expected)) {
    if (!isPlainObject(actual)) {
      out.push({ path, expected, actual });
      return;
    }
    for (const [key, value] of Object.entries(expected)) compare(value, Object.hasOwn(actual, key) ? actual[key] : undefined, path ? `${path}.${key}` : key, out);
    return;
  }
  if (!Object.is(expected, actual)) out.push({ path, expected, actual });
}

/**
 * Runs one test vector against this library and compares the output with the vector's
 * `expected` fields (only those: other fields of the output are ignored).
 *
 * @example
 * ```ts
 * import { runTestVector, testVectors } from 'nong-thon-moi/test-vectors';
 * const failing = testVectors.filter((v) => !runTestVector(v).pass);
 * failing.length; // 0
 * ```
 */
export function runTestVector(vector: TestVector): TestVectorRun {
  const runner = RUNNERS[vector.function];
  let output: unknown;
  try {
    output = runner(vector.input, vector.options, vector);
  } catch (error) {
    output = errorView(error);
  }
  // Through JSON, as another team would see the output (drops undefined, keeps null).
  const plain: unknown = output === undefined ? undefined : JSON.parse(JSON.stringify(output));
  const differences: TestVectorDifference[] = [];
  compare(vector.expected, plain, '', differences);
  return { pass: differences.length === 0, differences, output: plain };
}
