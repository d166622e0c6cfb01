import { z } from 'zod';
import { DECIMAL_STRING_PATTERN, decimalToString, toDecimal } from './decimal.js';
import type { DeepReadonly } from './deep-freeze.js';

/*
 * The rulebook data model, as zod schemas. A rulebook is plain data (JSON-safe):
 * one legal instrument's criteria set, with every threshold dated, keyed by region /
 * commune group / year where the law does so, and carrying its legal citation.
 * The types below are inferred from these schemas, so the schema *is* the documentation
 * of the format. See docs/writing-a-provincial-rulebook.md.
 */

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** An identifier used as a key: letters, digits, `.`, `-`, `_`; never `__proto__` and friends. */
export const keySchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must start with a letter or digit and contain only letters, digits, ".", "-", "_"')
  .refine((key) => !FORBIDDEN_KEYS.has(key), 'is a reserved name');

/** A calendar date written `yyyy-MM-dd`. */
export const isoDateSchema = z.iso.date();

/** A decimal value: a canonical decimal string (`"59.3"`) or a finite number (normalised to a string). */
export const decimalValueSchema = z
  .union([
    z.string().regex(DECIMAL_STRING_PATTERN, 'must be a decimal written like "59.3"'),
    z.number().refine(Number.isFinite, 'must be a finite number'),
  ])
  // Via Decimal, not String(): String(1e-7) is "1e-7", which the string branch would reject on a round trip.
  .transform((value) => (typeof value === 'number' ? decimalToString(toDecimal(value)) : value));

export const localizedTextSchema = z.strictObject({
  vi: z.string().min(1),
  en: z.string().min(1),
});

/**
 * How sure we are of a value:
 * - `official`: read in the legal text or a faithful full copy of it;
 * - `secondary`: a news article, provincial restatement or Q&A that states the national value;
 * - `unverified`: from a weak or ambiguous source, or recalled; use with care;
 * - `unknown`: no value could be found — the threshold is `null` and must be supplied.
 */
export const provenanceStatusSchema = z.enum(['official', 'secondary', 'unverified', 'unknown']);
export type ProvenanceStatus = z.infer<typeof provenanceStatusSchema>;

/** Where a rule comes from: the instrument, the place in it, and how sure we are. */
export const provenanceSchema = z.strictObject({
  /** Instrument id, one of the rulebook's `instruments[].id`. */
  instrument: z.string().min(1),
  /** Place in the instrument, e.g. "Phụ lục I, tiêu chí 15, chỉ tiêu 15.3". */
  locator: z.string().min(1),
  status: provenanceStatusSchema,
  /** Where the value was read (URL or document), when not the instrument itself. */
  source: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
});
export type Provenance = DeepReadonly<z.infer<typeof provenanceSchema>>;

/** The provenance of one threshold value; instrument and locator default to the indicator's. */
export const thresholdProvenanceSchema = provenanceSchema.partial({ instrument: true, locator: true });

/** A legal instrument (decision, decree, circular). */
export const instrumentSchema = z.strictObject({
  /** Short id used by provenance entries, e.g. "318/QĐ-TTg". */
  id: z.string().min(1),
  number: z.string().min(1),
  /** Date of issue. */
  issuedOn: isoDateSchema,
  /** Date it took effect, when different from the date of issue. */
  inForceFrom: isoDateSchema.optional(),
  issuer: localizedTextSchema,
  title: localizedTextSchema,
  appendix: z.string().min(1).optional(),
  url: z.string().min(1).optional(),
});
export type Instrument = DeepReadonly<z.infer<typeof instrumentSchema>>;

const yearSchema = z.number().int().min(1900).max(2200);

/**
 * When a threshold case, or a column override, applies. Every given field must hold.
 * - `columns`: the selected region/group column is one of these;
 * - `years`: the evaluation year is within (inclusive);
 * - `dates`: the evaluation date is within (inclusive) — for amendments in force from a date;
 * - `denominator`: the ratio's denominator compares so (e.g. more than 3 schools);
 * - `facts`: context facts that must all be true (`allOf`) / all be false (`noneOf`).
 */
export const conditionSchema = z.strictObject({
  columns: z.array(keySchema).min(1).optional(),
  years: z.strictObject({ from: yearSchema.optional(), to: yearSchema.optional() }).optional(),
  dates: z.strictObject({ from: isoDateSchema.optional(), to: isoDateSchema.optional() }).optional(),
  denominator: z
    .strictObject({ op: z.enum(['>=', '>', '<=', '<', '=']), value: z.number().int().nonnegative() })
    .optional(),
  facts: z
    .strictObject({ allOf: z.array(keySchema).optional(), noneOf: z.array(keySchema).optional() })
    .optional(),
});
export type Condition = DeepReadonly<z.infer<typeof conditionSchema>>;

function thresholdCaseSchema<T extends z.ZodType>(value: T) {
  return z.strictObject({
    when: conditionSchema.optional(),
    /** The threshold; `null` when it is not known (provenance status `unknown`) or not applicable. */
    value: value.nullable(),
    /** The law sets no requirement of this kind here (e.g. a check only some regions have). */
    notApplicable: z.literal(true).optional(),
    provenance: thresholdProvenanceSchema,
  });
}

export const comparatorSchema = z.enum(['>=', '>', '<=', '<', '=']);
export type Comparator = z.infer<typeof comparatorSchema>;

const rangeSchema = z.strictObject({ min: decimalValueSchema, max: decimalValueSchema });

/** What the law requires of one measured value. */
export const requirementSchema = z.discriminatedUnion('type', [
  /** Compare with a threshold: "≥ 95 %", "≤ 7 %". */
  z.strictObject({
    type: z.literal('compare'),
    op: comparatorSchema,
    thresholds: z.array(thresholdCaseSchema(decimalValueSchema)).min(1),
  }),
  /** Within an inclusive range ("từ 43 % đến 45 %"). */
  z.strictObject({
    type: z.literal('between'),
    thresholds: z.array(thresholdCaseSchema(rangeSchema)).min(1),
  }),
  /** A yes/no fact that must be yes ("Đạt"). */
  z.strictObject({ type: z.literal('achieved') }),
  /** Something that must not exist: a count of 0, or a yes/no that must be no ("Không"). */
  z.strictObject({ type: z.literal('absent') }),
  /** An ordinal level that must be at least the threshold level ("mức độ 2"). */
  z.strictObject({
    type: z.literal('level'),
    thresholds: z.array(thresholdCaseSchema(keySchema)).min(1),
  }),
]);
export type Requirement = DeepReadonly<z.infer<typeof requirementSchema>>;

/** How the input value of a check is given. */
export const measureSchema = z.discriminatedUnion('kind', [
  /** A share: counts (numerator of denominator) or a ready percentage. Unit: %. */
  z.strictObject({ kind: z.literal('ratio'), numerator: localizedTextSchema, denominator: localizedTextSchema }),
  /** An amount in the check's unit (money, area per person …). */
  z.strictObject({ kind: z.literal('quantity'), allowNegative: z.boolean().optional() }),
  /** A whole number of things. */
  z.strictObject({ kind: z.literal('count') }),
  /** Yes / no. */
  z.strictObject({ kind: z.literal('boolean') }),
  /** An ordinal level, listed from lowest to highest. */
  z.strictObject({
    kind: z.literal('level'),
    levels: z.array(z.strictObject({ key: keySchema, name: localizedTextSchema })).min(2),
  }),
]);
export type Measure = DeepReadonly<z.infer<typeof measureSchema>>;

/** One measured condition of an indicator. Most indicators have exactly one. */
export const checkSchema = z.strictObject({
  /** Key of the check inside a multi-check indicator's input object. */
  key: keySchema,
  name: localizedTextSchema.optional(),
  /** Unit of the value: "percent", "million-vnd-per-person-per-year", "count", "boolean", "level", … */
  unit: z.string().min(1),
  measure: measureSchema,
  requirement: requirementSchema,
});
export type Check = DeepReadonly<z.infer<typeof checkSchema>>;

/** The authoring form of a check: `key` may be left out on a single-check indicator. */
const checkInputSchema = checkSchema.partial({ key: true });

const indicatorBase = {
  /** The code as printed in the law: "10", "17.8", "2.1". */
  code: keySchema,
  name: localizedTextSchema,
  /** Citation of the indicator row itself (its existence, code and wording). */
  provenance: provenanceSchema,
  /** "(nếu có)": the input may say the indicator does not apply to this unit. */
  conditional: z.boolean().optional(),
  /** Ministry guidance that defines how the indicator is measured. */
  guidance: z.array(z.string().min(1)).optional(),
  note: localizedTextSchema.optional(),
};

/**
 * The authoring form of an indicator: either one check written inline (`unit`, `measure`,
 * `requirement`) or several `checks` that must all be met (e.g. 14.1: five universal-education
 * conditions).
 */
export const indicatorInputSchema = z.union([
  z.strictObject({ ...indicatorBase, unit: z.string().min(1), measure: measureSchema, requirement: requirementSchema }),
  z.strictObject({ ...indicatorBase, checks: z.array(checkInputSchema).min(2) }),
]);
export type IndicatorInput = z.input<typeof indicatorInputSchema>;

/** A criterion (tiêu chí): a group of indicators; met when all its indicators are met. */
export const criterionInputSchema = z.strictObject({
  code: keySchema,
  name: localizedTextSchema,
  /** Thematic group of the criterion, where the law groups them (e.g. "Hạ tầng kinh tế - xã hội"). */
  group: localizedTextSchema.optional(),
  indicators: z.array(indicatorInputSchema).min(1),
  note: localizedTextSchema.optional(),
});

/** A value of the column dimension (a region, a commune group). */
const columnValueSchema = z.strictObject({ key: keySchema, name: localizedTextSchema });

/** A rule that sends some units to another column (e.g. ĐBKK communes use the TDMNPB column). */
const columnOverrideSchema = z.strictObject({
  /** Dates and facts that trigger the override; `columns` here means "from these columns". */
  when: conditionSchema,
  column: keySchema,
  provenance: provenanceSchema,
  description: localizedTextSchema,
});

/** A yes/no fact about the unit, given in the evaluation context (e.g. "extremely disadvantaged commune"). */
const factSchema = z.strictObject({ key: keySchema, name: localizedTextSchema });

/** The authoring form of a rulebook, as accepted by {@link defineRulebook}. */
export const rulebookInputSchema = z.strictObject({
  /** Unique id, e.g. "commune-ntm-2021-2025" or "commune-ntm-2021-2025-quang-ngai". */
  id: keySchema,
  /** What it evaluates; rulebooks of one kind succeed each other in time. */
  kind: keySchema,
  title: localizedTextSchema,
  /** Who made this rulebook: the national law, a province, or a user. */
  jurisdiction: z.strictObject({ level: z.enum(['national', 'provincial', 'custom']), name: localizedTextSchema }),
  instruments: z.array(instrumentSchema).min(1),
  /** First day in force. */
  validFrom: isoDateSchema,
  /** Last day in force (inclusive); absent when still in force. */
  validTo: isoDateSchema.optional(),
  validityNote: localizedTextSchema.optional(),
  /** The dimension thresholds vary by: regions (2021–2025) or commune groups (2026–2030). */
  columns: z
    .strictObject({
      /** Which context field selects the column. */
      contextKey: z.enum(['region', 'communeGroup']),
      label: localizedTextSchema,
      values: z.array(columnValueSchema).min(1),
      overrides: z.array(columnOverrideSchema).optional(),
    })
    .optional(),
  facts: z.array(factSchema).optional(),
  criteria: z.array(criterionInputSchema).min(1),
  /** The recognition rule stated by the law; all criteria must be met. */
  recognition: z.strictObject({ provenance: provenanceSchema, description: localizedTextSchema }),
  /** Marks a rulebook derived from another one (see {@link deriveRulebook}). */
  derivedFrom: z.string().min(1).optional(),
  notes: z.array(localizedTextSchema).optional(),
});
export type RulebookInput = z.input<typeof rulebookInputSchema>;
