import { z } from 'zod';
import { ocopKnockOutSchema } from './score-sheet-schema.js';

/**
 * One criterion's score on a member's sheet:
 * - a string: the chosen option's id (the box number as printed, `"1"`, `"2"`, ...);
 * - a number: the points (must be 0 or one option's points, at most the criterion's maximum);
 * - `{ option }` or `{ points }`: the same, spelled out.
 */
export const criterionChoiceSchema = z.union([
  z.string().min(1),
  z.number().finite().nonnegative(),
  z.strictObject({ option: z.string().min(1) }),
  z.strictObject({ points: z.number().finite().nonnegative() }),
]);
/** One criterion's score; see {@link criterionChoiceSchema}. */
export type CriterionChoice = z.infer<typeof criterionChoiceSchema>;

/** Scores by criterion code (`"1a"`, `"1đ"`, `"10"`, ...). */
export const sheetChoicesSchema = z.record(z.string(), criterionChoiceSchema);
/** Scores by criterion code. */
export type SheetChoices = z.infer<typeof sheetChoicesSchema>;

const productSetSchema = z.union([z.string().min(1), z.number().int().positive()]);

/** One council member's sheet ("phiếu đánh giá" of one member). */
export const memberSheetSchema = z.strictObject({
  /** Who scored (free text, echoed back). */
  member: z.string().min(1).optional(),
  /** If given, must equal the rating's product set. */
  productSet: productSetSchema.optional(),
  /** If given, must equal the rating's product name. */
  product: z.string().min(1).optional(),
  choices: sheetChoicesSchema,
});
/** One council member's sheet. */
export type MemberSheet = z.infer<typeof memberSheetSchema>;

/**
 * Input of `rateOcopProduct`: the product set and either one sheet of choices (already agreed or
 * aggregated) or the council members' individual sheets (the official total is the average of the
 * members' totals).
 */
export const ocopRatingInputSchema = z
  .strictObject({
    /** Product set ("bộ sản phẩm") number, `1`–`26` under 148/QĐ-TTg, or a supplied sheet's `productSet`. */
    productSet: productSetSchema,
    /** Product name (free text, echoed back; checked against members' sheets). */
    product: z.string().min(1).optional(),
    choices: sheetChoicesSchema.optional(),
    members: z.array(memberSheetSchema).min(1).optional(),
    /** Knock-out conditions found by the council: the product is not rated. */
    knockOuts: z.array(ocopKnockOutSchema).optional(),
  })
  .refine((input) => (input.choices === undefined) !== (input.members === undefined), {
    message: 'Give exactly one of `choices` and `members`',
    params: { code: 'choices-or-members', vi: 'Phải có đúng một trong hai: `choices` (một phiếu) hoặc `members` (phiếu của các thành viên)' },
  });
/** Input of `rateOcopProduct`. */
export type OcopRatingInput = z.input<typeof ocopRatingInputSchema>;

/** How mandatory minima are checked when several members scored. */
export const minimaBasisSchema = z.enum(['average', 'every-member']);
/**
 * `average` (default): the members' average on the criterion must reach the marked points;
 * `every-member`: every member must have scored at least the marked points. The texts do not say
 * which applies (unverified), so the result states the basis used.
 */
export type MinimaBasis = z.infer<typeof minimaBasisSchema>;
