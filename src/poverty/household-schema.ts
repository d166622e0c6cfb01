import { z } from 'zod';
import { DECIMAL_STRING_PATTERN } from '../core/decimal.js';
import { isoDateSchema, keySchema } from '../core/rulebook-schema.js';
import { povertyAreaSchema, qualificationSchema } from './poverty-standard-schema.js';

const amountSchema = z.union([
  z.string().regex(DECIMAL_STRING_PATTERN, 'must be a decimal written like "1500000" or "1250000.5"'),
  z.number().refine(Number.isFinite, 'must be a finite number'),
]);
const nonNegativeAmountSchema = z.union([
  z.string().regex(/^\d+(\.\d+)?$/, 'must be a non-negative decimal written like "24.5"'),
  z.number().refine((n) => Number.isFinite(n) && n >= 0, 'must be a finite number ≥ 0'),
]);

/**
 * Facts about one household member. Every fact is optional: a missing fact is unknown, never
 * "no". Give `age` in completed years (tuổi tròn) or `birthDate`; ages are taken on the
 * classification date.
 */
export const householdMemberSchema = z
  .strictObject({
    age: z.number().int().min(0).max(150).optional(),
    birthDate: isoDateSchema.optional(),
    /** Has a valid health-insurance card now. */
    healthInsurance: z.boolean().optional(),
    /** Stunted (height-for-age) / underweight (weight-for-age): for children. */
    stunted: z.boolean().optional(),
    underweight: z.boolean().optional(),
    /** Attends the school level appropriate to their age (for children). */
    attendingSchool: z.boolean().optional(),
    /** Currently studying or in training. */
    inEducationOrTraining: z.boolean().optional(),
    /** Hired by an enterprise and certified for on-the-job vocational training. */
    onTheJobTraining: z.boolean().optional(),
    /** Highest diploma or certificate held. */
    qualification: qualificationSchema.optional(),
    /** Working age, able and willing to work, without a job. */
    unemployed: z.boolean().optional(),
    /** Works for wages without a labour contract. */
    wageWorkerWithoutContract: z.boolean().optional(),
    /** Counts as a dependant under the applicable guidance (the caller's determination). */
    dependant: z.boolean().optional(),
    /** Was ill and did not seek examination or treatment (2016–2021 indicator). */
    illWithoutTreatment: z.boolean().optional(),
  })
  .refine((m) => m.age === undefined || m.birthDate === undefined, {
    message: 'give either age or birthDate, not both',
    params: { code: 'conflicting-age', vi: 'Chỉ cho tuổi (age) hoặc ngày sinh (birthDate), không cho cả hai' },
  });
export type HouseholdMember = z.input<typeof householdMemberSchema>;

/** Measured monthly income per person, in đồng. */
export const perCapitaIncomeSchema = z.strictObject({ perCapitaMonthly: amountSchema });
/** Household income over `months` months for `members` people, in đồng. */
export const householdIncomeSchema = z.strictObject({
  householdTotal: amountSchema,
  members: z.number().int().positive(),
  months: z.number().int().positive(),
});

/**
 * One household to classify. Deprivations are given per indicator code (`true` = deprived),
 * derived from `members` / `floorAreaM2` where the standard has an explicit rule, or left out
 * (unknown). A given flag wins over a derived one.
 *
 * @example
 * ```ts
 * householdInputSchema.parse({ income: { householdTotal: 54_000_000, members: 3, months: 12 }, deprivations: { latrine: true } });
 * z.toJSONSchema(householdInputSchema); // a JSON Schema for forms and APIs
 * ```
 */
export const householdInputSchema = z.strictObject({
  /** Any identifier, echoed in results and errors. */
  id: z.union([z.string(), z.number()]).optional(),
  /** Overrides the area given in the options. */
  area: povertyAreaSchema.optional(),
  income: z.union([perCapitaIncomeSchema, householdIncomeSchema]),
  deprivations: z.record(keySchema, z.boolean()).optional(),
  members: z.array(householdMemberSchema).min(1).optional(),
  /** Floor area of the dwelling in m². */
  floorAreaM2: nonNegativeAmountSchema.optional(),
});
export type HouseholdInput = z.input<typeof householdInputSchema>;
export type HouseholdIncome = HouseholdInput['income'];
