import { z } from 'zod';
import type { EvaluationContext } from '../core/context.js';
import { evaluate } from '../core/evaluate.js';
import type { EvaluationInput, RatioValue } from '../core/input-schema.js';
import type { RulebookRegistry } from '../core/registry.js';
import type { EvaluationResult, Status } from '../core/result.js';
import type { Rulebook } from '../core/rulebook.js';
import { both, standingStatus, withPrefix } from './internal.js';
import { advancedDistrictNtmConditions2021To2025 } from './roll-up-conditions.js';
import { communeStandingSchema, type DistrictRollUpResult } from './roll-up-district.js';
import { dateOf, levelCounts, parseRollUp, requireRulebook, shareInput, thresholdOf } from './roll-up-internal.js';
import type { CommuneStanding, LevelCounts, LevelStanding, Prerequisite } from './types.js';

/** What {@link rollUpAdvancedDistrict} needs. */
export interface AdvancedDistrictRollUpInput {
  /** The district's own facts for the advanced set (Phụ lục III), keyed by indicator code. */
  readonly district: EvaluationInput;
  readonly communes: readonly CommuneStanding[];
  /** Residents satisfied with the advanced-NTM results (counts or percent). */
  readonly satisfaction?: RatioValue;
  /** Whether the district is a recognised NTM district: a standing or a {@link rollUpDistrict} result. */
  readonly ntmDistrict: LevelStanding | DistrictRollUpResult;
}

export interface AdvancedDistrictRollUpOptions {
  readonly rulebook?: Rulebook;
  /** The commune-derived conditions; defaults to {@link advancedDistrictNtmConditions2021To2025} (thresholds unknown). */
  readonly conditions?: Rulebook;
  readonly registry?: RulebookRegistry;
}

/** The result of {@link rollUpAdvancedDistrict}. */
export interface AdvancedDistrictRollUpResult {
  readonly date: string;
  readonly criteria: EvaluationResult;
  readonly conditions: EvaluationResult;
  /** The district must be a recognised NTM district first. */
  readonly prerequisite: Prerequisite;
  readonly status: Status;
  readonly recognised: boolean;
  readonly communes: LevelCounts;
}

const schema = z.strictObject({
  district: z.record(z.string(), z.unknown()),
  communes: z.array(communeStandingSchema).min(1),
  satisfaction: z.unknown().optional(),
  ntmDistrict: z.unknown(),
});

/**
 * Evaluates a district for the advanced NTM standard (Decision 320/QĐ-TTg, Phụ lục III): its
 * criteria, the shares of advanced and model communes and the satisfaction rate, with the NTM
 * district standard as prerequisite. Phụ lục III was not recovered: its conditions' thresholds
 * are `unknown` (indeterminate) unless `options.conditions` supplies them (see `deriveRulebook`).
 *
 * @example
 * ```ts
 * const r = rollUpAdvancedDistrict({ district: {}, communes: [{ name: 'A', advanced: true }], ntmDistrict: false }, { date: '2024-12-31' });
 * r.prerequisite.status; // 'unmet'
 * ```
 */
export function rollUpAdvancedDistrict(input: AdvancedDistrictRollUpInput, context: EvaluationContext, options: AdvancedDistrictRollUpOptions = {}): AdvancedDistrictRollUpResult {
  parseRollUp(schema, input);
  const date = dateOf(context);
  const rulebook = requireRulebook('advanced-district-ntm', date, options.rulebook, options.registry);
  const conditionsBook = options.conditions ?? advancedDistrictNtmConditions2021To2025;
  const criteria = withPrefix(['district'], () => evaluate(rulebook, input.district, context));
  const counts = levelCounts(input.communes);
  const conditionsInput: EvaluationInput = {
    A1: shareInput(counts.advanced, counts.undecidedAdvanced, counts.total, thresholdOf(conditionsBook, 'A1')),
    A2: shareInput(counts.model, counts.undecidedModel, counts.total, thresholdOf(conditionsBook, 'A2')),
    A3: input.satisfaction ?? null,
  };
  const conditions = withPrefix(['conditions'], () => evaluate(conditionsBook, conditionsInput, { date: context.date }));
  const ntm = input.ntmDistrict;
  const prerequisiteStatus: Status =
    typeof ntm === 'object' && ntm !== null && 'conditions' in ntm ? ntm.status : ((s) => (s === 'unknown' ? 'missing' : s))(standingStatus(ntm as LevelStanding));
  const prerequisite: Prerequisite = { level: 'ntm', status: prerequisiteStatus };
  const status = both(both(criteria.status, conditions.status), prerequisite.status);
  const { undecidedNtm: _n, undecidedAdvanced: _a, undecidedModel: _m, ...communes } = counts;
  return { date, criteria, conditions, prerequisite, status, recognised: status === 'met', communes };
}
