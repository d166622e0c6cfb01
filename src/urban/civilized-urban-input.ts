import { z } from 'zod';
import { DECIMAL_STRING_PATTERN, toDecimal } from '../core/decimal.js';
import type { Rulebook } from '../core/rulebook.js';
import { isoDateSchema } from '../core/rulebook-schema.js';

/**
 * The unit assessed. Wards (`ward`, phường) and townships (`township`, thị trấn) are judged by
 * Appendix I; urban districts (`urban-district`, quận), towns (`town`, thị xã) and provincial
 * cities (`provincial-city`, thành phố thuộc cấp tỉnh) by Appendix II.
 */
export const civilizedUrbanUnitSchema = z.enum(['ward', 'township', 'urban-district', 'town', 'provincial-city']);
export type CivilizedUrbanUnit = z.infer<typeof civilizedUrbanUnitSchema>;

const custom = (ctx: z.core.$RefinementCtx<unknown>, code: string, en: string, vi: string, path: PropertyKey[] = []) =>
  ctx.addIssue({ code: 'custom', message: en, params: { code, vi }, path, input: undefined });

/** Contents met of a criterion's contents, as counts (`{ met: 5, total: 6 }`). */
export const civilizedUrbanContentCountSchema = z
  .strictObject({ met: z.number().int().nonnegative(), total: z.number().int().positive() })
  .superRefine((value, ctx) => {
    if (value.met > value.total) {
      custom(ctx, 'met-above-total', `met (${value.met}) is above total (${value.total})`, `số nội dung đạt (${value.met}) lớn hơn tổng số (${value.total})`, ['met']);
    }
  });
export type CivilizedUrbanContentCount = z.infer<typeof civilizedUrbanContentCountSchema>;

/** A share as counts (`{ numerator, denominator }`) or as a ready percentage (`{ percent }`). */
export const civilizedUrbanShareSchema = z.union([
  z
    .strictObject({ numerator: z.number().int().nonnegative(), denominator: z.number().int().positive() })
    .superRefine((value, ctx) => {
      if (value.numerator > value.denominator) {
        custom(ctx, 'numerator-above-denominator', `numerator (${value.numerator}) is above denominator (${value.denominator})`, `tử số (${value.numerator}) lớn hơn mẫu số (${value.denominator})`, ['numerator']);
      }
    }),
  z
    .strictObject({ percent: z.union([z.number().finite(), z.string().regex(DECIMAL_STRING_PATTERN, 'must be a decimal written like "92.5"')]) })
    .superRefine((value, ctx) => {
      const p = typeof value.percent === 'number' || DECIMAL_STRING_PATTERN.test(value.percent) ? toDecimal(value.percent) : undefined;
      if (p && (p.isNegative() || p.gt(100))) custom(ctx, 'percent-range', 'percent must be between 0 and 100', 'tỷ lệ phần trăm phải từ 0 đến 100', ['percent']);
    }),
]);
export type CivilizedUrbanShare = z.infer<typeof civilizedUrbanShareSchema>;

const criterionKeys = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/**
 * The facts of one civilized-urban assessment. Every fact may be `null` or left out: it is then
 * reported as missing, never taken as zero or as "no".
 */
export const civilizedUrbanInputSchema = z.strictObject({
  unit: civilizedUrbanUnitSchema,
  /** First recognition (2-year building period) or re-recognition (5 years). */
  recognition: z.enum(['first', 're-recognition']),
  /** Registered with the district (ward/township) or provincial (district level) People's Committee. */
  registered: z.boolean().nullish(),
  /** Date of registration, `yyyy-MM-dd`: the building period runs from it. */
  registeredOn: isoDateSchema.nullish(),
  /**
   * Contents met of each criterion's contents, keyed "1".."9" (`{ met, total }`), for the built-in
   * rulebooks. For a rulebook that lists its contents one by one (a provincial derivation), give
   * `indicators` instead.
   */
  contents: z.partialRecord(z.enum(criterionKeys), civilizedUrbanContentCountSchema.nullable()).optional(),
  /** Raw engine input keyed by indicator code, for a caller-supplied rulebook (see `options.rulebook`). */
  indicators: z.record(z.string(), z.unknown()).optional(),
  /** Residents satisfied and agreeing with the proposal (survey counts or a percentage). */
  satisfaction: civilizedUrbanShareSchema.nullish(),
  /** District level: subordinate wards and townships recognised, of all of them. */
  wardsAndTownships: z
    .strictObject({ recognised: z.number().int().nonnegative(), total: z.number().int().positive() })
    .superRefine((value, ctx) => {
      if (value.recognised > value.total) {
        custom(ctx, 'recognised-above-total', `recognised (${value.recognised}) is above total (${value.total})`, `số đã công nhận (${value.recognised}) lớn hơn tổng số (${value.total})`, ['recognised']);
      }
    })
    .nullish(),
  /**
   * District level: whether the condition on subordinate communes holds (`true`/`false`), or
   * `{ notApplicable: true }` for a unit without communes (most quận).
   */
  communes: z.union([z.boolean(), z.strictObject({ notApplicable: z.literal(true) })]).nullish(),
});
export type CivilizedUrbanInput = z.input<typeof civilizedUrbanInputSchema>;

/** Options of {@link evaluateCivilizedUrban}. */
export interface CivilizedUrbanOptions {
  /** Assessment date (`yyyy-MM-dd` or a `Date`): selects the rulebook and ends the building period. */
  readonly date: string | Date;
  /**
   * A rulebook to judge the criteria by instead of the built-in one in force (e.g. a provincial
   * derivation that lists the contents one by one, made with `deriveRulebook`). Give its facts
   * as `input.indicators`.
   */
  readonly rulebook?: Rulebook;
}
