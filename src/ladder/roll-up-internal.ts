/*
 * Helpers shared by the roll-ups (district, advanced district, province). Not public API.
 */
import type { z } from 'zod';
import { toIsoDate, type EvaluationContext } from '../core/context.js';
import { ContextError, InputError, issue, type Issue } from '../core/errors.js';
import type { RatioValue } from '../core/input-schema.js';
import type { RulebookRegistry } from '../core/registry.js';
import type { Status } from '../core/result.js';
import type { Rulebook } from '../core/rulebook.js';
import { fromZodIssues } from '../core/zod-issues.js';
import { cmp, rational } from '../core/rational.js';
import { rulebookInForce, shareOf, standingStatus } from './internal.js';
import type { CommuneStanding, LevelCounts } from './types.js';

type Tri = 'met' | 'unmet' | 'unknown';

/** A commune's standing at each level, prerequisites applied (advanced implies NTM, model implies advanced). */
export function communeLevels(commune: CommuneStanding): { ntm: Tri; advanced: Tri; model: Tri } {
  if (commune.ladder) {
    const of = (s: Status, reached: boolean): Tri => (reached ? 'met' : s === 'unmet' ? 'unmet' : 'unknown');
    const { ntm, advanced, model } = commune.ladder.levels;
    return {
      ntm: of(ntm.reachedStatus, ntm.reached),
      advanced: advanced.inForce ? of(advanced.reachedStatus, advanced.reached) : 'unmet',
      model: model.inForce ? of(model.reachedStatus, model.reached) : 'unmet',
    };
  }
  let model = standingStatus(commune.model);
  let advanced = standingStatus(commune.advanced);
  let ntm = standingStatus(commune.ntm);
  if (model === 'met') advanced = 'met';
  if (advanced === 'met') ntm = 'met';
  if (ntm === 'unmet') advanced = 'unmet';
  if (advanced === 'unmet') model = 'unmet';
  return { ntm, advanced, model };
}

/**
 * A share of units at a level, as the engine's ratio input: the certain count when the outcome
 * is decided whatever the undecided units turn out to be, else `null` (missing).
 */
export function shareInput(certain: number, undecided: number, total: number, threshold: string | null | undefined): RatioValue | null {
  if (undecided === 0) return { numerator: certain, denominator: total };
  if (threshold === null || threshold === undefined) return null;
  // met ⇔ count·100 ≥ threshold·total, decided exactly with integers (threshold as a fraction).
  const t = shareOf({ percent: threshold });
  const passes = (count: number) => cmp(rational(BigInt(count), BigInt(total)), t) >= 0;
  if (passes(certain) || !passes(certain + undecided)) return { numerator: certain, denominator: total };
  return null;
}

/** The threshold of a single-case ratio indicator of a rulebook (for deciding undecided shares). */
export function thresholdOf(rulebook: Rulebook, code: string): string | null {
  const check = rulebook.criteria.flatMap((c) => c.indicators).find((i) => i.code === code)?.checks[0];
  if (!check || !('thresholds' in check.requirement)) return null;
  const cases = check.requirement.thresholds;
  return cases.length === 1 && cases[0] && !cases[0].when && typeof cases[0].value === 'string' ? cases[0].value : null;
}

export function levelCounts(communes: readonly CommuneStanding[]): LevelCounts & { undecidedNtm: number; undecidedAdvanced: number; undecidedModel: number } {
  let ntm = 0;
  let advanced = 0;
  let model = 0;
  let undecidedNtm = 0;
  let undecidedAdvanced = 0;
  let undecidedModel = 0;
  const undecided: string[] = [];
  for (const commune of communes) {
    const levels = communeLevels(commune);
    if (levels.ntm === 'met') ntm++;
    else if (levels.ntm === 'unknown') undecidedNtm++;
    if (levels.advanced === 'met') advanced++;
    else if (levels.advanced === 'unknown') undecidedAdvanced++;
    if (levels.model === 'met') model++;
    else if (levels.model === 'unknown') undecidedModel++;
    if (levels.ntm === 'unknown' || levels.advanced === 'unknown' || levels.model === 'unknown') undecided.push(commune.name);
  }
  return { total: communes.length, ntm, advanced, model, undecided, undecidedNtm, undecidedAdvanced, undecidedModel };
}


/** Validates roll-up input with zod; issues name the path, in Vietnamese and English. */
export function parseRollUp<T>(schema: z.ZodType, input: T): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new InputError(fromZodIssues(parsed.error.issues));
  return input;
}

export function dateOf(context: EvaluationContext): string {
  const date = context && typeof context === 'object' ? toIsoDate(context.date) : undefined;
  if (date === undefined) {
    throw new ContextError([issue(['date'], 'invalid-date', 'date must be a real calendar date (yyyy-MM-dd or a valid Date)', 'Ngày đánh giá phải là ngày hợp lệ (yyyy-MM-dd hoặc Date hợp lệ)')]);
  }
  return date;
}

export function requireRulebook(kind: string, date: string, given: Rulebook | undefined, registry: RulebookRegistry | undefined): Rulebook {
  const found = given ?? rulebookInForce(kind, date, registry);
  if (!found) {
    const issues: Issue[] = [
      issue(['date'], 'no-rulebook-in-force', `No "${kind}" rulebook is in force on ${date} (the district level was abolished on 2025-07-01)`, `Ngày ${date} không có bộ tiêu chí "${kind}" nào có hiệu lực (cấp huyện đã bị bãi bỏ từ 01/07/2025)`),
    ];
    throw new ContextError(issues);
  }
  return found;
}

