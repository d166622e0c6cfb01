import { z } from 'zod';
import { DECIMAL_STRING_PATTERN, toDecimal } from './decimal.js';
import type { Indicator, Rulebook } from './rulebook.js';
import type { Check, Measure } from './rulebook-schema.js';

/** A share given as counts (7 poor households of 100) or as a ready percentage (marked as such). */
export type RatioValue =
  | { readonly numerator: number; readonly denominator: number }
  | { readonly percent: number | string };

/** The value of one check: a ratio, an amount, a count, yes/no, or a level key. */
export type CheckValue = RatioValue | number | string | boolean;

/**
 * The input for one indicator: its check's value; for a multi-check indicator an object keyed by
 * check; `{ notApplicable: true }` for a conditional ("nếu có") indicator that does not apply;
 * `null` or absent when the value is not known (reported as missing, never as zero).
 */
export type IndicatorValue = CheckValue | { readonly notApplicable: true } | { readonly [check: string]: CheckValue | null | undefined } | null;

/** The raw facts of one unit, keyed by indicator code as printed in the law (`"11"`, `"17.8"`). */
export type EvaluationInput = { readonly [code: string]: IndicatorValue | undefined };

/** Vietnamese text of each custom issue, keyed by the code carried in the issue's params. */
const custom = (ctx: z.core.$RefinementCtx<unknown>, code: string, en: string, vi: string, path: PropertyKey[] = []) =>
  ctx.addIssue({ code: 'custom', message: en, params: { code, vi }, path, input: undefined });

const decimalInput = z.union([
  z.number(),
  z.string().regex(DECIMAL_STRING_PATTERN, 'must be a decimal written like "59.3" (use parseVietnameseNumber for "59,3")'),
]);

/** Whether a value passed `decimalInput` (refinements still run after a failed regex). */
const isDecimal = (value: number | string): boolean =>
  typeof value === 'number' ? Number.isFinite(value) : DECIMAL_STRING_PATTERN.test(value);

const nonNegativeDecimal = decimalInput.superRefine((value, ctx) => {
  if (isDecimal(value) && toDecimal(value).isNegative()) custom(ctx, 'negative', 'must not be negative', 'không được âm');
});

const ratioInput = z
  .strictObject({
    numerator: z.number().int().nonnegative().optional(),
    denominator: z.number().int().nonnegative().optional(),
    percent: decimalInput.optional(),
  })
  .superRefine((value, ctx) => {
    const counts = value.numerator !== undefined || value.denominator !== undefined;
    if (counts && value.percent !== undefined) {
      custom(ctx, 'ratio-form', 'give either numerator and denominator, or percent — not both', 'chỉ nhập tử số và mẫu số, hoặc tỷ lệ phần trăm — không nhập cả hai');
      return;
    }
    if (value.percent !== undefined) {
      if (!isDecimal(value.percent)) return;
      const percent = toDecimal(value.percent);
      if (percent.isNegative() || percent.gt(100)) {
        custom(ctx, 'percent-range', 'percent must be between 0 and 100', 'tỷ lệ phần trăm phải từ 0 đến 100', ['percent']);
      }
      return;
    }
    if (value.numerator === undefined || value.denominator === undefined) {
      custom(ctx, 'ratio-form', 'a ratio needs both numerator and denominator (or percent)', 'tỷ lệ cần cả tử số và mẫu số (hoặc tỷ lệ phần trăm)');
      return;
    }
    if (value.denominator === 0) {
      custom(ctx, 'zero-denominator', 'denominator must be positive (a share of nothing is undefined)', 'mẫu số phải lớn hơn 0', ['denominator']);
    } else if (value.numerator > value.denominator) {
      custom(ctx, 'numerator-above-denominator', `numerator (${value.numerator}) is above denominator (${value.denominator})`, `tử số (${value.numerator}) lớn hơn mẫu số (${value.denominator})`, ['numerator']);
    }
  });

function valueSchema(measure: Measure): z.ZodType {
  switch (measure.kind) {
    case 'ratio':
      return ratioInput;
    case 'quantity':
      return measure.allowNegative ? decimalInput : nonNegativeDecimal;
    case 'count':
      return z.number().int().nonnegative();
    case 'boolean':
      return z.boolean();
    case 'level':
      return z.enum(measure.levels.map((l) => l.key) as [string, ...string[]]);
  }
}

const notApplicable = z.strictObject({ notApplicable: z.literal(true) });

function checksSchema(checks: readonly Check[]): z.ZodType {
  if (checks.length === 1) return valueSchema((checks[0] as Check).measure);
  return z.strictObject(Object.fromEntries(checks.map((check) => [check.key, valueSchema(check.measure).nullish()])));
}

function indicatorSchema(indicator: Indicator): z.ZodType {
  const value = checksSchema(indicator.checks);
  return (indicator.conditional ? z.union([notApplicable, value]) : value).nullish();
}

const cache = new WeakMap<Rulebook, z.ZodType<EvaluationInput>>();

/**
 * The zod schema of the evaluation input of a rulebook: an object keyed by indicator code, every
 * key optional (absent or `null` means missing), unknown keys rejected. Cached per rulebook.
 *
 * @example
 * ```ts
 * const schema = inputSchema(communeNtm2021To2025);
 * schema.parse({ '11': { numerator: 7, denominator: 100 }, '9.1': 0 });
 * ```
 */
export function inputSchema(rulebook: Rulebook): z.ZodType<EvaluationInput> {
  let schema = cache.get(rulebook);
  if (!schema) {
    const shape = Object.fromEntries(
      rulebook.criteria.flatMap((criterion) => criterion.indicators.map((indicator) => [indicator.code, indicatorSchema(indicator)])),
    );
    schema = z.strictObject(shape) as unknown as z.ZodType<EvaluationInput>;
    cache.set(rulebook, schema);
  }
  return schema;
}

/**
 * The JSON Schema (draft 2020-12) of a rulebook's evaluation input, for callers outside
 * TypeScript (forms, Python, validation in other services).
 */
export function inputJsonSchema(rulebook: Rulebook): Record<string, unknown> {
  return z.toJSONSchema(inputSchema(rulebook), { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
}
