import { z } from 'zod';
import { DECIMAL_STRING_PATTERN, toDecimal } from '../core/decimal.js';
import { localizedTextSchema } from '../core/rulebook-schema.js';

const custom = (ctx: z.core.$RefinementCtx<unknown>, code: string, en: string, vi: string, path: PropertyKey[] = []) =>
  ctx.addIssue({ code: 'custom', message: en, params: { code, vi }, path, input: undefined });

/** A decimal as a finite number or a canonical string (`"78.75"`; use parseVietnameseNumber for `"78,75"`). */
export const urbanDecimalInputSchema = z.union([
  z.number().finite(),
  z.string().regex(DECIMAL_STRING_PATTERN, 'must be a decimal written like "78.75" (use parseVietnameseNumber for "78,75")'),
]);

const isDecimal = (v: number | string): boolean => (typeof v === 'number' ? Number.isFinite(v) : DECIMAL_STRING_PATTERN.test(v));
const dec = (v: number | string) => toDecimal(v);

const common = {
  /** The standard's code as in the dossier, e.g. "1.3", "5.12". */
  code: z.string().min(1),
  /** The criterion (1..5) the standard belongs to. */
  criterion: z.number().int().min(1).max(5),
  name: z.union([z.string().min(1), localizedTextSchema]).optional(),
  /** Where the levels/points come from (the appendix table, a ministry guide, the dossier). */
  source: z.string().min(1).optional(),
};

/** A standard with its measured value and the levels and points of the type, scored by interpolation. */
export const measuredStandardSchema = z
  .strictObject({
    ...common,
    /** The measured value; `null` when not known (reported as missing, never as zero). */
    value: urbanDecimalInputSchema.nullable(),
    /** Minimum and maximum levels (mức tối thiểu, mức tối đa) of the type assessed. */
    levels: z.strictObject({ minimum: urbanDecimalInputSchema, maximum: urbanDecimalInputSchema }),
    /** Points at the minimum level and at the maximum level. */
    points: z.strictObject({ minimum: urbanDecimalInputSchema, maximum: urbanDecimalInputSchema }),
    /** `lower-is-better` for standards such as a poverty rate; default `higher-is-better`. */
    direction: z.enum(['higher-is-better', 'lower-is-better']).optional(),
  })
  .superRefine((s, ctx) => {
    if (![s.levels.minimum, s.levels.maximum, s.points.minimum, s.points.maximum].every(isDecimal)) return;
    const lower = s.direction === 'lower-is-better';
    if (lower ? dec(s.levels.minimum).lt(dec(s.levels.maximum)) : dec(s.levels.minimum).gt(dec(s.levels.maximum))) {
      custom(
        ctx,
        'levels-order',
        lower ? 'for a lower-is-better standard the minimum level must be at or above the maximum level' : 'the minimum level must not be above the maximum level',
        lower ? 'với tiêu chuẩn càng thấp càng tốt, mức tối thiểu phải lớn hơn hoặc bằng mức tối đa' : 'mức tối thiểu không được lớn hơn mức tối đa',
        ['levels'],
      );
    }
    if (dec(s.points.minimum).isNegative()) custom(ctx, 'negative', 'must not be negative', 'không được âm', ['points', 'minimum']);
    if (dec(s.points.minimum).gt(dec(s.points.maximum))) {
      custom(ctx, 'points-order', 'minimum points must not be above maximum points', 'điểm tối thiểu không được lớn hơn điểm tối đa', ['points']);
    }
  });

/** A standard already scored in a dossier: its points and whether it is below the minimum level. */
export const scoredStandardSchema = z.strictObject({
  ...common,
  scored: z
    .strictObject({ points: urbanDecimalInputSchema, belowMinimum: z.boolean() })
    .superRefine((s, ctx) => {
      if (isDecimal(s.points) && dec(s.points).isNegative()) custom(ctx, 'negative', 'must not be negative', 'không được âm', ['points']);
      if (isDecimal(s.points) && s.belowMinimum && !dec(s.points).isZero()) {
        custom(ctx, 'points-below-minimum', 'a standard below its minimum level scores 0 points', 'tiêu chuẩn dưới mức tối thiểu được 0 điểm', ['points']);
      }
    }),
});

/** The standards of one urban-classification assessment. */
export const urbanClassificationInputSchema = z
  .strictObject({ standards: z.array(z.union([measuredStandardSchema, scoredStandardSchema])).min(1) })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.standards.forEach((s, i) => {
      if (seen.has(s.code)) custom(ctx, 'duplicate', `Duplicate standard code "${s.code}"`, `Trùng mã tiêu chuẩn "${s.code}"`, ['standards', i, 'code']);
      seen.add(s.code);
    });
  });
export type UrbanClassificationInput = z.input<typeof urbanClassificationInputSchema>;
export type MeasuredStandard = z.input<typeof measuredStandardSchema>;
export type ScoredStandard = z.input<typeof scoredStandardSchema>;

/** Options of `scoreUrbanClassification`. */
export interface UrbanClassificationOptions {
  /** The urban type assessed: `special`, `I` … `V` (IV and V only before 2026). */
  readonly type: 'special' | 'I' | 'II' | 'III' | 'IV' | 'V';
  /**
   * The unit classified; when given, the type must be one the frame allows for it (Art. 1 of NQ
   * 1210/2016: a township is type IV or V, a town III or IV, …).
   */
  readonly unit?: 'centrally-run-city' | 'provincial-city' | 'town' | 'township' | 'future-urban-area';
  /** Assessment date: selects the point frame in force. */
  readonly date: string | Date;
  /**
   * Round each standard's points half-up to this many decimals before adding them up, as some
   * dossiers do. Default: no rounding (exact points; the pass decision is always on the sum of
   * the points as used).
   */
  readonly roundPointsTo?: number;
}
