import { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import type { EvaluationContext } from '../core/context.js';
import { evaluate } from '../core/evaluate.js';
import type { EvaluationInput, RatioValue } from '../core/input-schema.js';
import type { RulebookRegistry } from '../core/registry.js';
import type { EvaluationResult, Status } from '../core/result.js';
import type { Rulebook } from '../core/rulebook.js';
import { cmp } from '../core/rational.js';
import { both, shareOf, withPrefix } from './internal.js';
import { dateOf, levelCounts, parseRollUp, requireRulebook, shareInput, thresholdOf } from './roll-up-internal.js';
import { districtNtmConditions2021To2025 } from './roll-up-conditions.js';
import { summariseByCriteriaMet, type CriteriaSummary } from './summarise-by-criteria-met.js';
import type { CommuneStanding, LevelCounts, LevelStanding, TownshipStanding } from './types.js';

const ratioSchema = z.union([
  z
    .strictObject({ numerator: z.number().int().nonnegative(), denominator: z.number().int().positive() })
    .refine((r) => r.numerator <= r.denominator, {
      message: 'numerator is above denominator',
      path: ['numerator'],
      params: { code: 'numerator-above-denominator', vi: 'Tử số lớn hơn mẫu số' },
    }),
  z.strictObject({
    percent: z.union([
      z.number().min(0).max(100),
      z
        .string()
        .regex(/^\d+(\.\d+)?$/, 'must be a decimal written like "92.5"')
        .refine((p) => new Decimal(p).lte(100), { message: 'must be between 0 and 100', params: { code: 'percent-above-100', vi: 'Phần trăm phải từ 0 đến 100' } }),
    ]),
  }),
]);
const levelStandingSchema = z.union([
  z.boolean(),
  z.literal('unknown'),
  z
    .strictObject({ met: z.number().int().nonnegative(), total: z.number().int().positive() })
    .refine((c) => c.met <= c.total, {
      message: 'more criteria met than there are criteria',
      path: ['met'],
      params: { code: 'met-above-total', vi: 'Số tiêu chí đạt lớn hơn tổng số tiêu chí' },
    }),
]);

/**
 * The zod schema of one commune standing in a roll-up (the `ladder` field is checked loosely).
 * @example
 * ```ts
 * communeStandingSchema.parse({ name: 'Hương Lộc', ntm: { met: 17, total: 19 }, satisfaction: { percent: 92 } });
 * ```
 */
export const communeStandingSchema = z.strictObject({
  name: z.string().min(1),
  ladder: z.custom<NonNullable<CommuneStanding['ladder']>>((v) => typeof v === 'object' && v !== null && 'highest' in v && 'levels' in v, 'must be a result of assessCommuneLadder').optional(),
  ntm: levelStandingSchema.optional(),
  advanced: levelStandingSchema.optional(),
  model: levelStandingSchema.optional(),
  satisfaction: ratioSchema.optional(),
});

/**
 * The zod schema of one township standing.
 * @example
 * ```ts
 * townshipStandingSchema.parse({ name: 'Khe Tre', civilizedUrban: false });
 * ```
 */
export const townshipStandingSchema = z.strictObject({ name: z.string().min(1), civilizedUrban: z.union([z.boolean(), z.literal('unknown')]) });

/**
 * The zod schema of {@link DistrictRollUpInput} (the district's own facts are checked by the engine).
 * @example
 * ```ts
 * z.toJSONSchema(districtRollUpInputSchema, { unrepresentable: 'any' }); // `ladder` (a result object) has no JSON Schema
 * ```
 */
export const districtRollUpInputSchema = z.strictObject({
  district: z.record(z.string(), z.unknown()),
  communes: z.array(communeStandingSchema).min(1),
  townships: z.array(townshipStandingSchema).optional(),
  satisfaction: ratioSchema.optional(),
});

/** What {@link rollUpDistrict} needs. */
export interface DistrictRollUpInput {
  /** The district's own facts, keyed by the district rulebook's indicator codes ("2.1", "7.3"…). */
  readonly district: EvaluationInput;
  readonly communes: readonly CommuneStanding[];
  /** The district's townships (thị trấn); none or absent → the township condition does not apply. */
  readonly townships?: readonly TownshipStanding[];
  /** Residents satisfied with the district's NTM results (counts or percent). */
  readonly satisfaction?: RatioValue;
}

export interface DistrictRollUpOptions {
  /** The district criteria rulebook; defaults to the built-in one in force on the date. */
  readonly rulebook?: Rulebook;
  /** The commune-derived conditions; defaults to {@link districtNtmConditions2021To2025}. */
  readonly conditions?: Rulebook;
  readonly registry?: RulebookRegistry;
}

/** The result of {@link rollUpDistrict}. */
export interface DistrictRollUpResult {
  readonly date: string;
  /** The 9 criteria of the district set (the reports' "4/9"). */
  readonly criteria: EvaluationResult;
  /** Conditions D1–D4 computed from the communes, townships and residents. */
  readonly conditions: EvaluationResult;
  /** Criteria and conditions together. */
  readonly status: Status;
  readonly recognised: boolean;
  readonly communes: LevelCounts;
  /** Communes without a satisfaction rate (D4.2 cannot be decided without them). */
  readonly communesWithoutSatisfaction: readonly string[];
  /** The commune with the lowest satisfaction rate, when every commune has one. */
  readonly lowestSatisfaction: { readonly commune: string; readonly value: RatioValue } | null;
  /** Communes grouped by NTM criteria met, when their NTM standings are "met of total". */
  readonly communeSummary: CriteriaSummary | null;
}

function ntmProgressOf(commune: CommuneStanding): { met: number; total: number } | undefined {
  const p = commune.ladder?.levels.ntm.criteriaProgress;
  if (p) return { met: p.met, total: p.total };
  const s: LevelStanding | undefined = commune.ntm;
  return typeof s === 'object' ? s : undefined;
}

/**
 * Evaluates a district (huyện) for the NTM standard on a date: its 9 criteria from its own facts,
 * and the conditions computed from its communes' standings (100 % NTM, at least 10 % advanced),
 * its townships (100 % civilized-urban, not applicable without townships) and its residents
 * (≥ 90 % satisfied in the district, ≥ 80 % in each commune). Shares are compared exactly; a
 * commune whose standing is undecided makes a condition missing only when it could change the
 * outcome. Also groups the communes by NTM criteria met ("03 xã đạt 17/19").
 *
 * District rulebooks are valid until 30/06/2025: the district level was abolished on 01/07/2025.
 *
 * @throws {@link InputError} naming the field; {@link ContextError} for a bad date or one with no district rulebook.
 * @example
 * ```ts
 * const r = rollUpDistrict(
 *   { district: { '1.1': true }, communes: [{ name: 'Hương Xuân', ntm: { met: 19, total: 19 } }, { name: 'Hương Sơn', ntm: { met: 14, total: 19 } }] },
 *   { date: '2023-06-30' },
 * );
 * r.communes.ntm; // 1
 * ```
 */
export function rollUpDistrict(input: DistrictRollUpInput, context: EvaluationContext, options: DistrictRollUpOptions = {}): DistrictRollUpResult {
  parseRollUp(districtRollUpInputSchema, input);
  const date = dateOf(context);
  const rulebook = requireRulebook('district-ntm', date, options.rulebook, options.registry);
  const conditionsBook = options.conditions ?? districtNtmConditions2021To2025;
  const criteria = withPrefix(['district'], () => evaluate(rulebook, input.district, context));

  const counts = levelCounts(input.communes);
  const townships = input.townships ?? [];
  const civilized = townships.filter((t) => t.civilizedUrban === true).length;
  const undecidedTownships = townships.filter((t) => t.civilizedUrban === 'unknown').length;

  const withoutSatisfaction = input.communes.filter((c) => c.satisfaction === undefined).map((c) => c.name);
  let lowest: DistrictRollUpResult['lowestSatisfaction'] = null;
  if (withoutSatisfaction.length === 0) {
    for (const commune of input.communes) {
      const value = commune.satisfaction as RatioValue;
      if (!lowest || cmp(shareOf(value), shareOf(lowest.value)) < 0) lowest = { commune: commune.name, value };
    }
  }

  const conditionsInput: EvaluationInput = {
    D1: shareInput(counts.ntm, counts.undecidedNtm, counts.total, thresholdOf(conditionsBook, 'D1')),
    D2: shareInput(counts.advanced, counts.undecidedAdvanced, counts.total, thresholdOf(conditionsBook, 'D2')),
    D3: townships.length === 0 ? { notApplicable: true } : shareInput(civilized, undecidedTownships, townships.length, thresholdOf(conditionsBook, 'D3')),
    'D4.1': input.satisfaction ?? null,
    'D4.2': lowest ? lowest.value : null,
  };
  const conditions = withPrefix(['conditions'], () => evaluate(conditionsBook, conditionsInput, { date: context.date, ...(context.year !== undefined ? { year: context.year } : {}) }));
  const status = both(criteria.status, conditions.status);

  const progresses = input.communes.map((c) => ({ name: c.name, progress: ntmProgressOf(c) }));
  const communeSummary = progresses.every((p) => p.progress !== undefined)
    ? summariseByCriteriaMet(progresses.map((p) => ({ name: p.name, met: p.progress?.met ?? 0, total: p.progress?.total ?? 0 })))
    : null;

  const { undecidedNtm: _n, undecidedAdvanced: _a, undecidedModel: _m, ...communes } = counts;
  return { date, criteria, conditions, status, recognised: status === 'met', communes, communesWithoutSatisfaction: withoutSatisfaction, lowestSatisfaction: lowest, communeSummary };
}
