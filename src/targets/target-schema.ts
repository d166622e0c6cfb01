import { z } from 'zod';
import { DECIMAL_STRING_PATTERN, decimalToString, toDecimal, Decimal } from '../core/decimal.js';
import { provenanceSchema } from '../core/rulebook-schema.js';

/*
 * The target data model as zod schemas (the types are inferred from them). A target is plain,
 * JSON-safe data: what is measured, the comparator and value(s), which direction is better, the
 * deadline, the administrative level, and the provenance of the value.
 */

/** A decimal: a canonical decimal string (`"59.3"`) or a finite number (normalised to a string). */
export const targetDecimalSchema = z
  .union([
    z.string().regex(DECIMAL_STRING_PATTERN, 'must be a decimal written like "59.3"'),
    z.number().refine(Number.isFinite, 'must be a finite number'),
  ])
  .transform((value) => (typeof value === 'number' ? decimalToString(toDecimal(value)) : value));

/** `>=` `>` `<=` `<` `=`, an inclusive range `between`, or `about`. */
export const targetComparatorSchema = z.enum(['>=', '>', '<=', '<', '=', 'between', 'about']);
export type TargetComparator = z.infer<typeof targetComparatorSchema>;

/**
 * Which way is better: `higher` (coverage, income), `lower` (poverty, malnutrition), or
 * `within` (the value must lie inside the range or near the "about" value).
 */
export const targetDirectionSchema = z.enum(['higher', 'lower', 'within']);
export type TargetDirection = z.infer<typeof targetDirectionSchema>;

/**
 * What is compared:
 * - `level`: the value itself (a rate, a count, an amount);
 * - `change-per-year`: the yearly change of a rate between a baseline and now, in the unit of the
 *   rate (percentage points for a % rate) — "giảm 1–1,5%/năm";
 * - `ratio-to-baseline`: now ÷ baseline — "tăng ít nhất 1,5 lần so với năm 2020";
 * - `achieved`: a yes/no milestone (qualitative targets).
 */
export const targetMeasureSchema = z.enum(['level', 'change-per-year', 'ratio-to-baseline', 'achieved']);
export type TargetMeasure = z.infer<typeof targetMeasureSchema>;

/** The administrative level a target applies to. */
export const targetScopeSchema = z.enum(['national', 'province', 'district', 'commune', 'village']);
export type TargetScope = z.infer<typeof targetScopeSchema>;

const localizedTextSchema = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });

function custom(ctx: z.RefinementCtx, path: (string | number)[], code: string, en: string, vi: string): void {
  ctx.addIssue({ code: 'custom', path, message: en, params: { code, vi } });
}

/** One target (a catalog row, or a line of a local plan). */
export const targetSchema = z
  .strictObject({
    /** Stable id, e.g. `QD263.xa_ntm`. */
    id: z.string().min(1),
    /** Short name in Vietnamese and English. */
    title: localizedTextSchema,
    /** What is measured, incl. numerator/denominator when it is a share. */
    metric: z.string().min(1),
    measure: targetMeasureSchema.default('level'),
    /** `%`, `pp/year` (percentage points per year), `times` (× baseline), or a report unit (`tấn`, `hộ`). */
    unit: z.string().min(1),
    comparator: targetComparatorSchema,
    /** The value; `null` only when the provenance status is `unknown`. Absent for `between` and `achieved`. */
    value: targetDecimalSchema.nullable().optional(),
    min: targetDecimalSchema.optional(),
    max: targetDecimalSchema.optional(),
    /** For `about`: the distance still counted as "about" (optional; without it only the good side counts). */
    tolerance: targetDecimalSchema.optional(),
    direction: targetDirectionSchema,
    /** For `change-per-year`: whether the rate should fall (`decrease`) or rise. */
    change: z.enum(['decrease', 'increase']).optional(),
    /** For `ratio-to-baseline`: the baseline year. */
    baselineYear: z.number().int().min(1900).max(2200).optional(),
    /** The Vietnamese comparator wording as written (`tối thiểu`, `trên`, `khoảng`). */
    wording: z.string().min(1).optional(),
    /** Due date (`yyyy-MM-dd`), or `null` for a yearly target with no end date in the data. */
    deadline: z.iso.date().nullable(),
    scope: targetScopeSchema,
    /** The programme or plan the target belongs to, e.g. `263/QĐ-TTg`. */
    programme: z.string().min(1).optional(),
    provenance: provenanceSchema,
  })
  .superRefine((t, ctx) => {
    const unknown = t.provenance.status === 'unknown';
    if (t.measure === 'achieved') {
      if (t.comparator !== '=' || t.value !== undefined || t.min !== undefined || t.max !== undefined) {
        custom(ctx, ['comparator'], 'achieved-shape', 'an "achieved" target has comparator "=" and no value, min or max', 'chỉ tiêu dạng "đạt/không đạt" có phép so sánh "=" và không có giá trị, min, max');
      }
      return;
    }
    if (t.comparator === 'between') {
      if (t.value !== undefined) custom(ctx, ['value'], 'between-has-value', 'a "between" target gives min and max, not value', 'chỉ tiêu dạng khoảng cho min và max, không cho value');
      if (t.min === undefined || t.max === undefined) {
        custom(ctx, ['min'], 'between-needs-min-max', 'a "between" target needs min and max', 'chỉ tiêu dạng khoảng cần min và max');
      } else if (new Decimal(t.min).gt(t.max)) {
        custom(ctx, ['min'], 'min-above-max', 'min must not exceed max', 'min không được lớn hơn max');
      }
    } else {
      if (t.min !== undefined || t.max !== undefined) custom(ctx, ['min'], 'min-max-without-between', 'min/max are only for "between"', 'min/max chỉ dùng cho chỉ tiêu dạng khoảng');
      if (t.value === undefined) custom(ctx, ['value'], 'value-required', 'value is required (null when unknown)', 'cần giá trị (null khi chưa rõ)');
      else if ((t.value === null) !== unknown) {
        custom(ctx, ['value'], 'null-iff-unknown', 'value must be null exactly when provenance.status is "unknown"', 'giá trị là null khi và chỉ khi trạng thái nguồn là "unknown"');
      }
    }
    if (t.comparator === 'about' && t.direction === 'within' && t.tolerance === undefined) {
      custom(ctx, ['tolerance'], 'about-within-needs-tolerance', '"about" with direction "within" needs a tolerance', 'chỉ tiêu "khoảng" với hướng "within" cần dung sai');
    }
    if (t.measure === 'change-per-year' && t.change === undefined) {
      custom(ctx, ['change'], 'change-required', 'a change-per-year target says whether the rate should decrease or increase', 'chỉ tiêu thay đổi hằng năm phải nêu tăng hay giảm');
    }
  });
export type TargetInput = z.input<typeof targetSchema>;
export type Target = Readonly<z.output<typeof targetSchema>>;

/** A legal instrument a catalog draws on. */
export const targetInstrumentSchema = z.strictObject({
  id: z.string().min(1),
  number: z.string().min(1),
  issuedOn: z.iso.date(),
  issuer: localizedTextSchema,
  title: localizedTextSchema,
  url: z.string().min(1).optional(),
});
export type TargetInstrument = Readonly<z.output<typeof targetInstrumentSchema>>;

/** A catalog: one programme's targets with the instruments they cite. */
export const targetCatalogSchema = z
  .strictObject({
    id: z.string().min(1),
    title: localizedTextSchema,
    /** The period the programme covers (`yyyy-MM-dd`). */
    validFrom: z.iso.date(),
    validTo: z.iso.date(),
    instruments: z.array(targetInstrumentSchema).min(1),
    targets: z.array(targetSchema).min(1),
    /** What was looked for and not found, in English. */
    notes: z.array(z.string().min(1)).optional(),
  })
  .superRefine((c, ctx) => {
    const ids = new Set(c.instruments.map((i) => i.id));
    const seen = new Set<string>();
    c.targets.forEach((t, i) => {
      if (!ids.has(t.provenance.instrument)) {
        custom(ctx, ['targets', i, 'provenance', 'instrument'], 'unknown-instrument', `instrument "${t.provenance.instrument}" is not listed in instruments`, `văn bản "${t.provenance.instrument}" không có trong danh sách instruments`);
      }
      if (seen.has(t.id)) custom(ctx, ['targets', i, 'id'], 'duplicate-id', `duplicate target id "${t.id}"`, `trùng mã chỉ tiêu "${t.id}"`);
      seen.add(t.id);
    });
  });
export type TargetCatalogInput = z.input<typeof targetCatalogSchema>;
export type TargetCatalog = Readonly<z.output<typeof targetCatalogSchema>>;

/**
 * The actual value a target is judged on:
 * - a decimal (`"59.3"`, `44.5`) for a `level`;
 * - `{ numerator, denominator }` for a share in percent, compared exactly (11 129 of 29 240);
 * - `{ baseline, current, years }` for `change-per-year`;
 * - `{ baseline, current }` for `ratio-to-baseline`;
 * - `true`/`false` for `achieved`;
 * - `null` when the figure is missing (never read as zero).
 */
export const targetActualSchema = z.union([
  targetDecimalSchema,
  z.strictObject({ numerator: z.number().nonnegative().refine(Number.isFinite), denominator: z.number().positive().refine(Number.isFinite) }),
  z.strictObject({ baseline: targetDecimalSchema, current: targetDecimalSchema, years: targetDecimalSchema }),
  z.strictObject({ baseline: targetDecimalSchema, current: targetDecimalSchema }),
  z.boolean(),
  z.null(),
]);
export type TargetActualInput = z.input<typeof targetActualSchema>;
export type TargetActual = z.output<typeof targetActualSchema>;

/** Options of {@link evaluateTarget}. */
export const evaluateTargetOptionsSchema = z.strictObject({
  /** The date the actual value refers to (`yyyy-MM-dd`); decides whether the deadline has passed. */
  asOf: z.iso.date(),
});
