import { z } from 'zod';
import { DECIMAL_STRING_PATTERN } from '../core/decimal.js';
import type { DeepReadonly } from '../core/deep-freeze.js';
import {
  instrumentSchema,
  isoDateSchema,
  keySchema,
  localizedTextSchema,
  provenanceSchema,
} from '../core/rulebook-schema.js';

/*
 * The format of a multidimensional poverty standard (chuẩn nghèo đa chiều), as zod schemas.
 * A standard is plain JSON-safe data: income lines per area, the deprivation count threshold and
 * the indicators, every value with its legal provenance. National standards ship in `data/`;
 * provinces load or derive their own (see docs/poverty.md).
 */

/** Facts about one household member that some indicators are derived from (all optional: missing is unknown, never false). */
export const memberBooleanFactSchema = z.enum([
  'healthInsurance',
  'stunted',
  'underweight',
  'attendingSchool',
  'inEducationOrTraining',
  'onTheJobTraining',
  'unemployed',
  'wageWorkerWithoutContract',
  'dependant',
  'illWithoutTreatment',
]);
export type MemberBooleanFact = z.infer<typeof memberBooleanFactSchema>;

/** Highest diploma or certificate of a member. */
export const qualificationSchema = z.enum([
  'none',
  'primary',
  'lower-secondary',
  'upper-secondary',
  'vocational-elementary',
  'vocational-intermediate',
  'college',
  'university',
]);
export type Qualification = z.infer<typeof qualificationSchema>;

/**
 * An age band in completed years: `min` ≤ age, age < `below`, age ≤ `max` (each optional).
 * "Aged 3 to under 16" is `{ min: 3, below: 16 }`; "16 to 30" is `{ min: 16, max: 30 }`.
 */
export const ageBandSchema = z
  .strictObject({
    min: z.number().int().nonnegative().optional(),
    below: z.number().int().positive().optional(),
    max: z.number().int().nonnegative().optional(),
  })
  .refine((band) => band.below === undefined || band.max === undefined, {
    message: 'give either "below" or "max", not both',
    params: { code: 'conflicting-bounds', vi: 'Chỉ được cho "below" hoặc "max", không cho cả hai' },
  });
export type AgeBand = DeepReadonly<z.infer<typeof ageBandSchema>>;

const factTestSchema = z.strictObject({ fact: memberBooleanFactSchema, equals: z.boolean() });

/**
 * How an indicator is derived from member-level or housing facts, when the law's threshold is an
 * explicit rule. Indicators without a derivation must be given as flags.
 * - `member-any`: deprived when at least one member in the age band matches any of `deprivedWhen`;
 * - `member-qualification`: deprived when at least one member in a band holds none of the accepted
 *   qualifications and meets none of `meetsNormWhen`;
 * - `member-share`: deprived when members with `fact` = true are more than the share of all members;
 * - `floor-area-per-person`: deprived when floor area ÷ members is less than `lessThanM2`.
 */
export const derivationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('member-any'), ages: ageBandSchema.optional(), deprivedWhen: z.array(factTestSchema).min(1) }),
  z.strictObject({
    kind: z.literal('member-qualification'),
    bands: z.array(z.strictObject({ ages: ageBandSchema, accepted: z.array(qualificationSchema).min(1) })).min(1),
    meetsNormWhen: z.array(factTestSchema),
  }),
  z.strictObject({
    kind: z.literal('member-share'),
    fact: memberBooleanFactSchema,
    moreThan: z.strictObject({ numerator: z.number().int().nonnegative(), denominator: z.number().int().positive() }),
  }),
  z.strictObject({
    kind: z.literal('floor-area-per-person'),
    lessThanM2: z.string().regex(DECIMAL_STRING_PATTERN, 'must be a decimal written like "8"'),
  }),
]);
export type Derivation = DeepReadonly<z.infer<typeof derivationSchema>>;

/** One deprivation indicator (chỉ số đo lường mức độ thiếu hụt). */
export const povertyIndicatorSchema = z.strictObject({
  /** Stable code shared across standards for the same concept, e.g. `healthInsurance`. */
  code: keySchema,
  /** The basic social service (dịch vụ xã hội cơ bản / chiều) it belongs to. */
  service: localizedTextSchema,
  /** The official indicator name. */
  name: localizedTextSchema,
  /** Where the indicator and its name come from. */
  provenance: provenanceSchema,
  /** The deprivation threshold in words; `null` when it could not be recovered. */
  deprivedIf: localizedTextSchema.nullable(),
  /** Where the threshold wording comes from and how sure it is. */
  definitionProvenance: provenanceSchema,
  /** How to derive the flag from member or housing facts, when the rule is explicit. */
  derivation: derivationSchema.optional(),
});
export type PovertyIndicator = DeepReadonly<z.infer<typeof povertyIndicatorSchema>>;

/** An income line in đồng per person per month; `null` when not known (status `unknown`). */
export const incomeLineSchema = z.strictObject({
  value: z.number().int().positive().nullable(),
  provenance: provenanceSchema,
});
export type IncomeLine = DeepReadonly<z.infer<typeof incomeLineSchema>>;

/** The income lines of one area (rural or urban). */
export const areaIncomeLinesSchema = z.strictObject({
  /** The poverty line (chuẩn nghèo). Required. */
  poverty: incomeLineSchema,
  /** The near-poverty line: only for the two-tier rule of 2016–2021. */
  nearPoverty: incomeLineSchema.optional(),
  /** Upper bound of the average-living-standard band (hộ có mức sống trung bình). */
  averageUpper: incomeLineSchema,
});
export type AreaIncomeLines = DeepReadonly<z.infer<typeof areaIncomeLinesSchema>>;

/** Household area: where the household lives (thành thị / đô thị vs nông thôn). */
export const povertyAreaSchema = z.enum(['rural', 'urban']);
export type PovertyArea = z.infer<typeof povertyAreaSchema>;

/**
 * How income and deprivations combine:
 * - `single-line` (2022 onwards): poor ⇔ income ≤ line ∧ D ≥ threshold; near-poor ⇔ income ≤ line ∧ D < threshold;
 * - `two-tier` (2016–2021): poor ⇔ income ≤ poverty line, or income ≤ near-poverty line ∧ D ≥ threshold;
 *   near-poor ⇔ poverty line < income ≤ near-poverty line ∧ D < threshold.
 */
export const classificationRuleSchema = z.enum(['single-line', 'two-tier']);
export type ClassificationRule = z.infer<typeof classificationRuleSchema>;

/**
 * A complete poverty standard, as authored (JSON-safe).
 *
 * @example
 * ```ts
 * povertyStandardInputSchema.safeParse(JSON.parse(provinceJson)).success;
 * ```
 */
export const povertyStandardInputSchema = z
  .strictObject({
    id: keySchema,
    name: localizedTextSchema,
    /** `national`, or the province whose higher local standard this is. */
    jurisdiction: z.strictObject({ level: z.enum(['national', 'province']), name: localizedTextSchema }),
    /** The id of the standard this one was derived from, if any. */
    basedOn: keySchema.optional(),
    instruments: z.array(instrumentSchema).min(1),
    /** First and last day the standard is applied (inclusive). */
    validFrom: isoDateSchema,
    validTo: isoDateSchema,
    /** Why it applies over that period (one entry per instrument that sets or extends the period). */
    validityProvenance: z.array(provenanceSchema).min(1),
    rule: classificationRuleSchema,
    ruleProvenance: provenanceSchema,
    incomeLines: z.strictObject({ rural: areaIncomeLinesSchema, urban: areaIncomeLinesSchema }),
    /** Minimum number of deprived indicators for a poor household (3 in every national standard). */
    deprivationThreshold: z.strictObject({ value: z.number().int().positive(), provenance: provenanceSchema }),
    indicators: z.array(povertyIndicatorSchema).min(1).max(31),
  })
  .superRefine((standard, ctx) => {
    const fail = (path: (string | number)[], code: string, en: string, vi: string) =>
      ctx.addIssue({ code: 'custom', path, message: en, params: { code, vi } });
    if (standard.validTo < standard.validFrom) {
      fail(['validTo'], 'invalid-period', 'validTo is before validFrom', 'Ngày kết thúc trước ngày bắt đầu áp dụng');
    }
    const instrumentIds = new Set(standard.instruments.map((i) => i.id));
    const checkProvenance = (path: (string | number)[], instrument: string) => {
      if (!instrumentIds.has(instrument)) {
        fail([...path, 'instrument'], 'unknown-instrument', `Instrument "${instrument}" is not listed in instruments`, `Văn bản "${instrument}" không có trong danh sách instruments`);
      }
    };
    standard.validityProvenance.forEach((p, i) => checkProvenance(['validityProvenance', i], p.instrument));
    checkProvenance(['ruleProvenance'], standard.ruleProvenance.instrument);
    checkProvenance(['deprivationThreshold', 'provenance'], standard.deprivationThreshold.provenance.instrument);
    const codes = new Set<string>();
    standard.indicators.forEach((indicator, i) => {
      if (codes.has(indicator.code)) {
        fail(['indicators', i, 'code'], 'duplicate', `Indicator code "${indicator.code}" appears twice`, `Mã chỉ số "${indicator.code}" bị trùng`);
      }
      codes.add(indicator.code);
      checkProvenance(['indicators', i, 'provenance'], indicator.provenance.instrument);
      checkProvenance(['indicators', i, 'definitionProvenance'], indicator.definitionProvenance.instrument);
    });
    if (standard.deprivationThreshold.value > standard.indicators.length) {
      fail(['deprivationThreshold', 'value'], 'threshold-above-indicator-count', 'The deprivation threshold exceeds the number of indicators', 'Ngưỡng số chỉ số thiếu hụt lớn hơn số chỉ số');
    }
    for (const area of ['rural', 'urban'] as const) {
      const lines = standard.incomeLines[area];
      const path = ['incomeLines', area];
      for (const key of ['poverty', 'nearPoverty', 'averageUpper'] as const) {
        const line = lines[key];
        if (!line) continue;
        checkProvenance([...path, key, 'provenance'], line.provenance.instrument);
        if ((line.value === null) !== (line.provenance.status === 'unknown')) {
          fail([...path, key, 'value'], 'null-iff-unknown', 'A line is null exactly when its status is "unknown"', 'Chuẩn thu nhập chỉ được để null khi trạng thái là "unknown" (và ngược lại)');
        }
      }
      if (lines.poverty.value === null) {
        fail([...path, 'poverty', 'value'], 'required', 'The poverty line must be known', 'Chuẩn nghèo (mức thu nhập) phải có giá trị');
      }
      if (standard.rule === 'two-tier' && (lines.nearPoverty === undefined || lines.nearPoverty.value === null)) {
        fail([...path, 'nearPoverty'], 'required', 'The two-tier rule needs a known near-poverty line', 'Quy tắc hai ngưỡng cần chuẩn cận nghèo có giá trị');
      }
      if (standard.rule === 'single-line' && lines.nearPoverty !== undefined) {
        fail([...path, 'nearPoverty'], 'not-applicable', 'The single-line rule has no near-poverty line', 'Quy tắc một ngưỡng không có chuẩn cận nghèo riêng');
      }
      const ordered = [lines.poverty.value, lines.nearPoverty?.value, lines.averageUpper.value].filter((v): v is number => typeof v === 'number');
      for (let i = 1; i < ordered.length; i++) {
        if ((ordered[i] as number) <= (ordered[i - 1] as number)) {
          fail(path, 'lines-not-increasing', 'Income lines must increase: poverty < near-poverty < average upper bound', 'Các mức thu nhập phải tăng dần: chuẩn nghèo < chuẩn cận nghèo < mức sống trung bình');
          break;
        }
      }
    }
  });
export type PovertyStandardInput = z.input<typeof povertyStandardInputSchema>;

/** A validated, frozen poverty standard. */
export type PovertyStandard = DeepReadonly<z.output<typeof povertyStandardInputSchema>>;
