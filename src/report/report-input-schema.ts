import { z } from 'zod';

/*
 * The report's input, checked at the boundary. Results produced by the library pass as they are;
 * results saved as JSON and loaded back (plain data) are checked field by field. The schemas
 * name only the fields the report reads; other fields of a result are accepted and ignored
 * (zod's default `object` strips them), so a result with more fields still passes.
 */
import type { DeepReadonly } from '../core/deep-freeze.js';

const localizedTextShape = z.object({ vi: z.string(), en: z.string() });

/**
 * A text given once (shown in every language) or in Vietnamese and English.
 *
 * @example
 * ```ts
 * reportTextSchema.parse({ vi: 'Xã Hương Lộc', en: 'Hương Lộc commune' });
 * ```
 */
export const reportTextSchema = z.union([z.string(), localizedTextShape]);
/** A text given once or in Vietnamese and English. */
export type ReportText = DeepReadonly<z.input<typeof reportTextSchema>>;

const statusSchema = z.enum(['met', 'unmet', 'missing', 'not-applicable', 'indeterminate']);
const provenanceStatusSchema = z.enum(['official', 'secondary', 'unverified', 'unknown']);
const count = z.int().nonnegative();
const decimalString = z.string().regex(/^-?\d+(\.\d+)?$/, 'must be a canonical decimal string such as "89.47"');

/**
 * "met of total" with its percentage, as `criteriaProgress` carries it.
 *
 * @example
 * ```ts
 * reportProgressSchema.safeParse({ met: 20, total: 19, percent: '105.26' }).success; // false
 * ```
 */
export const reportProgressSchema = z
  .object({ met: count, total: count, percent: decimalString })
  .refine((p) => p.met <= p.total, { message: 'met must not exceed total', path: ['met'] });

const checkSchema = z.object({
  key: z.string(),
  name: localizedTextShape.optional(),
  unit: z.string(),
  status: statusSchema,
  reason: z.string().optional(),
  actual: z
    .object({
      value: z.union([z.string(), z.boolean()]),
      numerator: z.number().optional(),
      denominator: z.number().optional(),
      given: z.enum(['counts', 'percent', 'value']),
      name: localizedTextShape.optional(),
    })
    .nullable(),
  required: z.object({
    type: z.enum(['compare', 'between', 'achieved', 'absent', 'level']),
    op: z.enum(['>=', '>', '<=', '<', '=']).optional(),
    value: z.string().nullable().optional(),
    min: z.string().optional(),
    max: z.string().optional(),
    name: localizedTextShape.optional(),
  }),
  gap: z.string().nullable(),
  gapCount: z.number().nullable(),
  threshold: z.object({
    status: provenanceStatusSchema,
    provenance: z.object({ instrument: z.string(), locator: z.string() }),
  }),
});

const indicatorSchema = z.object({
  code: z.string(),
  name: localizedTextShape,
  criterion: z.string(),
  status: statusSchema,
  unit: z.string(),
  checks: z.array(checkSchema),
});

const criterionSchema = z.object({
  code: z.string(),
  name: localizedTextShape,
  status: statusSchema,
  indicators: z.array(indicatorSchema),
});

/**
 * The fields of an `EvaluationResult` (`evaluate`) that the report reads.
 *
 * @example
 * ```ts
 * reportEvaluationSchema.parse(JSON.parse(savedEvaluationJson)); // checks a result loaded from a file
 * ```
 */
export const reportEvaluationSchema = z.object({
  rulebook: z.object({ id: z.string(), kind: z.string(), title: localizedTextShape }),
  context: z.object({ date: z.string(), year: z.number() }),
  status: statusSchema,
  recognised: z.boolean(),
  criteria: z.array(criterionSchema),
  criteriaProgress: reportProgressSchema,
  indicatorProgress: reportProgressSchema,
  unverifiedThresholds: z.array(z.object({ status: provenanceStatusSchema, indicator: z.string() })),
});
/** What the report needs of an evaluation result; every `EvaluationResult` is one. */
export type ReportEvaluation = DeepReadonly<z.input<typeof reportEvaluationSchema>>;

const levelSchema = z.object({
  level: z.enum(['ntm', 'advanced', 'model']),
  rulebook: z.string().nullable(),
  inForce: z.boolean(),
  source: z.enum(['evaluated', 'reported', 'not-given', 'not-in-force']),
  status: statusSchema,
  criteriaProgress: reportProgressSchema.nullable(),
  prerequisite: z.object({ level: z.enum(['ntm', 'advanced', 'model']), status: statusSchema }).nullable(),
  reached: z.boolean(),
  reachedStatus: statusSchema,
  evaluation: reportEvaluationSchema.nullable(),
});

/**
 * The fields of a `CommuneLadderResult` (`assessCommuneLadder`) that the report reads.
 *
 * @example
 * ```ts
 * reportLadderSchema.parse(assessCommuneLadder({ ntm: { reported: { criteriaMet: 17, criteriaTotal: 19 } } }, { date: '2023-06-30', region: 'BTB' }));
 * ```
 */
export const reportLadderSchema = z.object({
  date: z.string(),
  highest: z.enum(['none', 'ntm', 'advanced', 'model']),
  levels: z.object({ ntm: levelSchema, advanced: levelSchema, model: levelSchema }),
  next: z
    .object({
      level: z.enum(['ntm', 'advanced', 'model']),
      blockedBy: z.enum(['ntm', 'advanced', 'model']).nullable(),
      criteriaToGo: z.number().nullable(),
    })
    .nullable(),
});
/** What the report needs of a ladder result; every `CommuneLadderResult` is one. */
export type ReportLadder = DeepReadonly<z.input<typeof reportLadderSchema>>;

/**
 * One unit (commune, ward, district…): its evaluation, its ladder position, or both.
 *
 * @example
 * ```ts
 * reportUnitSchema.safeParse({ name: 'Xã A' }).success; // false: needs an evaluation or a ladder
 * ```
 */
export const reportUnitSchema = z
  .strictObject({
    name: reportTextSchema,
    /** A line under the name (e.g. where the figures come from). */
    note: reportTextSchema.optional(),
    evaluation: reportEvaluationSchema.optional(),
    ladder: reportLadderSchema.optional(),
  })
  .refine((u) => u.evaluation !== undefined || u.ladder !== undefined, {
    message: 'a unit needs an evaluation or a ladder result',
    path: ['evaluation'],
  });
/** One unit of the report. */
export type ReportUnit = DeepReadonly<z.input<typeof reportUnitSchema>>;

const starCountsSchema = z.object({ total: count, 3: count, 4: count, 5: count, unknown: count });

/**
 * The fields of an `OcopPortfolioSummary` (`summarizeOcopPortfolio`, `nong-thon-moi/ocop`) that the report reads.
 *
 * @example
 * ```ts
 * reportOcopSummarySchema.parse(summarizeOcopPortfolio(products, { asOf: '2023-11-30' }));
 * ```
 */
export const reportOcopSummarySchema = z.object({
  asOf: z.string(),
  byStar: starCountsSchema,
  byGroup: z.record(z.string(), starCountsSchema),
  byYear: z.record(z.string(), starCountsSchema),
});
/** What the report needs of an OCOP portfolio summary. */
export type ReportOcopSummary = DeepReadonly<z.input<typeof reportOcopSummarySchema>>;

/**
 * An OCOP section: star counts by product group and by year of one portfolio.
 *
 * @example
 * ```ts
 * reportOcopSectionSchema.parse({ title: 'Đức Phổ', summary, groupLabels: { '1': { vi: 'Thực phẩm', en: 'Food' } } });
 * ```
 */
export const reportOcopSectionSchema = z.strictObject({
  title: reportTextSchema,
  /** Where the products come from (a report, a decision list). */
  source: reportTextSchema.optional(),
  summary: reportOcopSummarySchema,
  /** Names of the product groups by key (`"1"` … `"6"`), e.g. from `OCOP_PRODUCT_GROUPS`; default "Group 1". */
  groupLabels: z.record(z.string(), reportTextSchema).optional(),
});
/** An OCOP section of the report. */
export type ReportOcopSection = DeepReadonly<z.input<typeof reportOcopSectionSchema>>;

const povertyRateSchema = z.object({ count: count.optional(), percent: decimalString.nullable() });

/**
 * The fields of a `PovertyRates` (`povertyRatesFromCounts`, `povertyRates(...).groups[d][k]`,
 * `nong-thon-moi/poverty`) that the report reads. A rate a report states without counts can be
 * given as `{ poor: { percent: '10.14' } }`.
 *
 * @example
 * ```ts
 * reportPovertyRatesSchema.parse({ poor: { count: 1810, percent: '2.88' } }); // a rate as a report states it
 * ```
 */
export const reportPovertyRatesSchema = z.object({
  households: count.optional(),
  poor: povertyRateSchema,
  nearPoor: povertyRateSchema.optional(),
  multidimensional: povertyRateSchema.optional(),
});
/** What the report needs of a set of poverty rates. */
export type ReportPovertyRates = DeepReadonly<z.input<typeof reportPovertyRatesSchema>>;

/**
 * A poverty section: rates by subgroup (commune, area, ethnicity, year…).
 *
 * @example
 * ```ts
 * reportPovertySectionSchema.parse({ title: 'Bình Sơn', subgroups: [{ label: '2023', rates: { poor: { percent: '2.88' } } }] });
 * ```
 */
export const reportPovertySectionSchema = z.strictObject({
  title: reportTextSchema,
  source: reportTextSchema.optional(),
  subgroups: z.array(z.strictObject({ label: reportTextSchema, rates: reportPovertyRatesSchema })).min(1),
});
/** A poverty section of the report. */
export type ReportPovertySection = DeepReadonly<z.input<typeof reportPovertySectionSchema>>;

/**
 * The whole input of `renderHtmlReport`. OCOP and poverty sections are optional.
 *
 * @example
 * ```ts
 * z.toJSONSchema(htmlReportInputSchema, { io: 'input' }); // the input format as JSON Schema
 * ```
 */
export const htmlReportInputSchema = z.strictObject({
  title: reportTextSchema,
  subtitle: reportTextSchema.optional(),
  /** The report's date (yyyy-MM-dd); the report never reads the clock. */
  date: z.iso.date().optional(),
  units: z.array(reportUnitSchema),
  ocop: z.array(reportOcopSectionSchema).optional(),
  poverty: z.array(reportPovertySectionSchema).optional(),
  /** Free notes printed at the end (sources, caveats). */
  notes: z.array(reportTextSchema).optional(),
});
/** The input of `renderHtmlReport`. */
export type HtmlReportInput = DeepReadonly<z.input<typeof htmlReportInputSchema>>;

/**
 * Options of `renderHtmlReport`.
 *
 * @example
 * ```ts
 * htmlReportOptionsSchema.parse({ locale: 'en', pageSize: 'letter' });
 * ```
 */
export const htmlReportOptionsSchema = z.strictObject({
  /** Language of the report's own words and numbers (`vi`: `89,47 %`; `en`: `89.47 %`). Default `vi`. */
  locale: z.enum(['vi', 'en']).optional(),
  /** Printed page size (CSS `@page`). Default `A4`. */
  pageSize: z.enum(['A4', 'letter']).optional(),
  /** How many unmet indicators to chart per unit (all are in the table). Default 25. */
  maxChartRows: z.int().min(1).max(500).optional(),
});
/** Options of `renderHtmlReport`. */
export type HtmlReportOptions = z.input<typeof htmlReportOptionsSchema>;
