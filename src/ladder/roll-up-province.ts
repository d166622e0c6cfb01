import { z } from 'zod';
import type { EvaluationContext } from '../core/context.js';
import { InputError, issue } from '../core/errors.js';
import { evaluate } from '../core/evaluate.js';
import type { EvaluationInput } from '../core/input-schema.js';
import type { RulebookRegistry } from '../core/registry.js';
import type { EvaluationResult } from '../core/result.js';
import type { Rulebook } from '../core/rulebook.js';
import { standingStatus, withPrefix } from './internal.js';
import { communeStandingSchema, type DistrictRollUpResult } from './roll-up-district.js';
import { dateOf, levelCounts, parseRollUp, requireRulebook, shareInput, thresholdOf } from './roll-up-internal.js';
import type { AdvancedDistrictRollUpResult } from './roll-up-advanced-district.js';
import type { CommuneStanding, LevelCounts, LevelStanding } from './types.js';

/** One district as a province roll-up sees it: standings, or its roll-up results. */
export interface DistrictStanding {
  readonly name: string;
  readonly ntm?: LevelStanding | DistrictRollUpResult;
  readonly advanced?: LevelStanding | AdvancedDistrictRollUpResult;
}

/** A town (thị xã) or provincial city: whether it completed the NTM task. */
export interface TownStanding {
  readonly name: string;
  readonly completed: boolean | 'unknown';
}

/** What {@link rollUpProvince} needs. */
export interface ProvinceRollUpInput {
  /** The province's own facts: P5 (scheme adopted), P6 (km of roads with trees), P7 (m² green land/person), P8 (satisfaction). */
  readonly province: EvaluationInput;
  readonly districts: readonly DistrictStanding[];
  /** Towns and provincial cities; none or absent → condition P2 does not apply. */
  readonly towns?: readonly TownStanding[];
  readonly communes: readonly CommuneStanding[];
}

export interface ProvinceRollUpOptions {
  readonly rulebook?: Rulebook;
  readonly registry?: RulebookRegistry;
}

/** The result of {@link rollUpProvince}. */
export interface ProvinceRollUpResult {
  readonly date: string;
  /** The 8 conditions of Decision 321/QĐ-TTg, P1–P4 computed from the standings. */
  readonly conditions: EvaluationResult;
  readonly recognised: boolean;
  readonly districts: { readonly total: number; readonly ntm: number; readonly advanced: number; readonly undecided: readonly string[] };
  readonly communes: LevelCounts;
}

const levelSchema = z.union([z.boolean(), z.literal('unknown'), z.strictObject({ met: z.number().int().nonnegative(), total: z.number().int().positive() }), z.looseObject({ status: z.string(), conditions: z.unknown() })]);
const schema = z.strictObject({
  province: z.record(z.string(), z.unknown()),
  districts: z.array(z.strictObject({ name: z.string().min(1), ntm: levelSchema.optional(), advanced: levelSchema.optional() })).min(1),
  towns: z.array(z.strictObject({ name: z.string().min(1), completed: z.union([z.boolean(), z.literal('unknown')]) })).optional(),
  communes: z.array(communeStandingSchema).min(1),
});

function statusOf(value: DistrictStanding['ntm'] | DistrictStanding['advanced']): 'met' | 'unmet' | 'unknown' {
  if (typeof value === 'object' && value !== null && 'conditions' in value) return value.status === 'met' ? 'met' : value.status === 'unmet' ? 'unmet' : 'unknown';
  return standingStatus(value as LevelStanding | undefined);
}

/**
 * Evaluates a province for completing the NTM task (Decision 321/QĐ-TTg): 100 % of districts NTM
 * (P1), 100 % of towns and provincial cities completing the task (P2, not applicable without
 * them), at least 20 % of districts advanced (P3) and 40 % of communes advanced (P4), computed
 * exactly from the standings; plus the province's own P5–P8 (scheme, roadside trees ≥ 70 %,
 * green land ≥ 4 m²/person, satisfaction ≥ 90 %).
 *
 * @example
 * ```ts
 * const r = rollUpProvince(
 *   { province: { P5: true, P6: { numerator: 710, denominator: 1000 }, P7: '4', P8: { numerator: 4740, denominator: 4769 } },
 *     districts: [{ name: 'A', ntm: true, advanced: true }, { name: 'B', ntm: true }],
 *     communes: [{ name: 'x', advanced: true }, { name: 'y', ntm: true }] },
 *   { date: '2024-12-31' },
 * );
 * r.recognised; // true (P3: 1 of 2 districts ≥ 20 %; P4: 1 of 2 communes ≥ 40 %)
 * ```
 */
export function rollUpProvince(input: ProvinceRollUpInput, context: EvaluationContext, options: ProvinceRollUpOptions = {}): ProvinceRollUpResult {
  parseRollUp(schema, input);
  const computed = ['P1', 'P2', 'P3', 'P4'].filter((code) => Object.hasOwn(input.province, code));
  if (computed.length > 0) {
    throw new InputError(
      computed.map((code) => issue(['province', code], 'computed-condition', `${code} is computed from the districts, towns and communes; do not give it`, `${code} được tính từ danh sách huyện, thị xã và xã; không nhập trực tiếp`)),
    );
  }
  const date = dateOf(context);
  const rulebook = requireRulebook('province-ntm', date, options.rulebook, options.registry);

  let ntm = 0;
  let advanced = 0;
  let undecidedNtm = 0;
  let undecidedAdvanced = 0;
  const undecided: string[] = [];
  for (const d of input.districts) {
    let a = statusOf(d.advanced);
    let n = statusOf(d.ntm);
    if (a === 'met') n = 'met';
    if (n === 'unmet') a = 'unmet';
    if (n === 'met') ntm++;
    else if (n === 'unknown') undecidedNtm++;
    if (a === 'met') advanced++;
    else if (a === 'unknown') undecidedAdvanced++;
    if (n === 'unknown' || a === 'unknown') undecided.push(d.name);
  }
  const towns = input.towns ?? [];
  const completed = towns.filter((t) => t.completed === true).length;
  const undecidedTowns = towns.filter((t) => t.completed === 'unknown').length;
  const counts = levelCounts(input.communes);
  const total = input.districts.length;

  const filled: EvaluationInput = {
    ...input.province,
    P1: shareInput(ntm, undecidedNtm, total, thresholdOf(rulebook, 'P1')),
    P2: towns.length === 0 ? { notApplicable: true } : shareInput(completed, undecidedTowns, towns.length, thresholdOf(rulebook, 'P2')),
    P3: shareInput(advanced, undecidedAdvanced, total, thresholdOf(rulebook, 'P3')),
    P4: shareInput(counts.advanced, counts.undecidedAdvanced, counts.total, thresholdOf(rulebook, 'P4')),
  };
  const conditions = withPrefix(['province'], () => evaluate(rulebook, filled, context));
  const { undecidedNtm: _n, undecidedAdvanced: _a, undecidedModel: _m, ...communes } = counts;
  return { date, conditions, recognised: conditions.recognised, districts: { total, ntm, advanced, undecided }, communes };
}
