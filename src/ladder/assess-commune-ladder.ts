import { resolveContext, toIsoDate, type EvaluationContext } from '../core/context.js';
import { deriveRulebook } from '../core/derive-rulebook.js';
import { ContextError, InputError, issue, type Issue } from '../core/errors.js';
import { evaluate } from '../core/evaluate.js';
import type { EvaluationInput } from '../core/input-schema.js';
import type { EvaluationResult, Status } from '../core/result.js';
import type { Rulebook } from '../core/rulebook.js';
import { both, checkReported, isReported, progressOf, rulebookInForce, withPrefix } from './internal.js';
import { modelIncomeThreshold } from './model-income-threshold.js';
import type {
  CommuneLadderInput,
  CommuneLadderResult,
  HighestLevel,
  LadderLevel,
  LadderOptions,
  LevelResult,
  ModelCommuneInput,
  ModelIncomeThreshold,
  NextLevel,
  Prerequisite,
  ReportedStanding,
} from './types.js';

const KIND: Record<LadderLevel, string> = { ntm: 'commune-ntm', advanced: 'advanced-commune-ntm', model: 'model-commune-ntm' };

/** Derived model rulebooks, one per base and computed income threshold. */
const derivedModels = new WeakMap<Rulebook, Map<string, Rulebook>>();

function modelWithIncome(model: Rulebook, threshold: ModelIncomeThreshold): Rulebook {
  let byValue = derivedModels.get(model);
  if (!byValue) derivedModels.set(model, (byValue = new Map()));
  const key = `${threshold.value}|${threshold.status}|${threshold.advancedRulebook}`;
  let derived = byValue.get(key);
  if (!derived) {
    derived = deriveRulebook(model, {
      id: `${model.id}.income-${threshold.value}`,
      thresholds: [
        {
          indicator: '2',
          thresholds: [{ value: threshold.value, provenance: { status: threshold.status, note: threshold.note.en } }],
        },
      ],
    });
    if (byValue.size >= 64) byValue.clear();
    byValue.set(key, derived);
  }
  return derived;
}

function notInForce(level: LadderLevel, prerequisite: Prerequisite | null): LevelResult {
  return {
    level,
    rulebook: null,
    inForce: false,
    source: 'not-in-force',
    status: 'not-applicable',
    criteriaProgress: null,
    prerequisite,
    reached: false,
    reachedStatus: 'not-applicable',
    evaluation: null,
  };
}

function levelResult(
  level: LadderLevel,
  rulebook: Rulebook,
  source: LevelResult['source'],
  status: Status,
  evaluation: EvaluationResult | null,
  progress: LevelResult['criteriaProgress'],
  prerequisite: Prerequisite | null,
): LevelResult {
  const reachedStatus = prerequisite ? both(status, prerequisite.status) : status;
  return {
    level,
    rulebook: rulebook.id,
    inForce: true,
    source,
    status,
    criteriaProgress: progress,
    prerequisite,
    reached: reachedStatus === 'met',
    reachedStatus,
    evaluation,
  };
}

function fromReported(level: LadderLevel, rulebook: Rulebook, standing: ReportedStanding, prerequisite: Prerequisite | null): LevelResult {
  const { criteriaMet, criteriaTotal, recognisedOn, decision } = standing.reported;
  const status: Status = criteriaMet === criteriaTotal ? 'met' : 'unmet';
  const result = levelResult(level, rulebook, 'reported', status, null, progressOf(criteriaMet, criteriaTotal), prerequisite);
  if (recognisedOn === undefined && decision === undefined) return result;
  return { ...result, recognition: { ...(recognisedOn !== undefined ? { on: recognisedOn } : {}), ...(decision !== undefined ? { decision } : {}) } };
}

/** Model-commune input fields, by the 319 condition (rulebook indicator) they feed. */
const MODEL_FIELDS: Record<string, string> = { '1': 'advanced', '2': 'income', '3': 'smartVillageModels', '4': 'outstandingFields' };

function evaluated(level: LadderLevel, rulebook: Rulebook, input: EvaluationInput, context: EvaluationContext, prerequisite: Prerequisite | null): LevelResult {
  const evaluation = withPrefix([level], () => evaluate(rulebook, input, context), level === 'model' ? MODEL_FIELDS : undefined);
  return levelResult(level, rulebook, 'evaluated', evaluation.status, evaluation, evaluation.criteriaProgress, prerequisite);
}

function notGiven(level: LadderLevel, rulebook: Rulebook, prerequisite: Prerequisite | null): LevelResult {
  return levelResult(level, rulebook, 'not-given', 'missing', null, null, prerequisite);
}

const MODEL_KEYS = ['income', 'smartVillageModels', 'outstandingFields'] as const;

function checkInput(input: CommuneLadderInput): void {
  const issues: Issue[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InputError([issue([], 'invalid-type', 'The ladder input must be an object { ntm, advanced, model }', 'Dữ liệu bậc thang phải là đối tượng { ntm, advanced, model }')]);
  }
  for (const key of Object.keys(input)) {
    if (key !== 'ntm' && key !== 'advanced' && key !== 'model') {
      issues.push(issue([key], 'unknown-key', `Unknown level "${key}" (ntm, advanced, model)`, `Cấp không hợp lệ "${key}" (ntm, advanced, model)`));
    }
  }
  for (const level of ['ntm', 'advanced', 'model'] as const) {
    const value = input[level];
    if (value === undefined) continue;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      issues.push(issue([level], 'invalid-type', `${level} must be an object`, `${level} phải là một đối tượng`));
    } else if (isReported(value)) {
      issues.push(...checkReported(value, [level]));
    }
  }
  const model = input.model;
  if (model && typeof model === 'object' && !isReported(model)) {
    for (const key of Object.keys(model)) {
      if (!(MODEL_KEYS as readonly string[]).includes(key)) {
        issues.push(issue(['model', key], 'unknown-key', `Unknown model-commune fact "${key}" (income, smartVillageModels, outstandingFields)`, `Dữ kiện xã kiểu mẫu không hợp lệ "${key}" (income, smartVillageModels, outstandingFields)`));
      }
    }
  }
  if (issues.length > 0) throw new InputError(issues);
}

function modelInput(model: ModelCommuneInput | undefined, advancedInput: unknown, advanced: LevelResult): EvaluationInput {
  const fromAdvanced = typeof advancedInput === 'object' && advancedInput !== null && !isReported(advancedInput) ? (advancedInput as EvaluationInput)['10'] : undefined;
  const income = model?.income ?? (typeof fromAdvanced === 'number' || typeof fromAdvanced === 'string' ? fromAdvanced : null);
  const condition1 = advanced.reachedStatus === 'met' ? true : advanced.reachedStatus === 'unmet' ? false : null;
  return {
    '1': condition1,
    '2': income,
    '3': model?.smartVillageModels ?? null,
    '4': model?.outstandingFields ?? null,
  };
}

function nextLevel(levels: readonly LevelResult[]): NextLevel | null {
  const next = levels.find((l) => l.inForce && !l.reached);
  if (!next) return null;
  const below = levels[levels.indexOf(next) - 1];
  const blockedBy = next.prerequisite && next.prerequisite.status !== 'met' && below ? below.level : null;
  const e = next.evaluation;
  return {
    level: next.level,
    blockedBy,
    criteriaToGo: next.criteriaProgress ? next.criteriaProgress.total - next.criteriaProgress.met : null,
    unmet: e?.unmet ?? [],
    missing: e?.missing ?? [],
    indeterminate: e?.indeterminate ?? [],
  };
}

/**
 * Places a commune on the NTM ladder (NTM → advanced NTM → model NTM) on a date: evaluates each
 * level in force with its own rulebook, enforces the prerequisites (an advanced result for a
 * commune that is not NTM is reported as not reached, with the reason), and says what the next
 * level still needs.
 *
 * Each level's input is either the raw facts for its rulebook or, when only a report is at hand,
 * `{ reported: { criteriaMet, criteriaTotal } }`. The model commune's condition 1 comes from the
 * advanced level, and condition 2's threshold is 110 % of the advanced income threshold in
 * force, computed exactly ({@link modelIncomeThreshold}); income defaults to the advanced input
 * "10". From 2026 only the NTM level is in force (51/2025/QĐ-TTg has no advanced or model tier).
 *
 * @throws {@link InputError} naming the level and field; {@link ContextError} for a bad context.
 * @example
 * ```ts
 * const ladder = assessCommuneLadder(
 *   { ntm: { reported: { criteriaMet: 19, criteriaTotal: 19 } }, advanced: { reported: { criteriaMet: 17, criteriaTotal: 19 } }, model: { smartVillageModels: 1, outstandingFields: 1 } },
 *   { date: '2023-06-30', region: 'BTB' },
 * );
 * ladder.highest;                                // 'ntm'
 * ladder.levels.model.criteriaProgress;          // { met: 2, total: 4, percent: '50' }
 * ```
 */
export function assessCommuneLadder(input: CommuneLadderInput, context: EvaluationContext, options: LadderOptions = {}): CommuneLadderResult {
  checkInput(input);
  const date = context && typeof context === 'object' ? toIsoDate(context.date) : undefined;
  if (date === undefined) {
    throw new ContextError([issue(['date'], 'invalid-date', 'date must be a real calendar date (yyyy-MM-dd or a valid Date)', 'Ngày đánh giá phải là ngày hợp lệ (yyyy-MM-dd hoặc Date hợp lệ)')]);
  }
  const pick = (level: LadderLevel): Rulebook | undefined => options.rulebooks?.[level] ?? rulebookInForce(KIND[level], date, options.registry);

  // NTM
  const ntmBook = pick('ntm');
  if (!ntmBook) {
    throw new ContextError([issue(['date'], 'no-rulebook-in-force', `No commune NTM rulebook is in force on ${date}`, `Ngày ${date} không có bộ tiêu chí xã NTM nào có hiệu lực`)]);
  }
  const ntmInput = input.ntm;
  const ntm = ntmInput === undefined ? notGiven('ntm', ntmBook, null) : isReported(ntmInput) ? fromReported('ntm', ntmBook, ntmInput, null) : evaluated('ntm', ntmBook, ntmInput, context, null);
  if (ntm.source !== 'evaluated') resolveContext(ntmBook, context); // the context is checked even without facts

  // Advanced (prerequisite: NTM reached)
  const advBook = pick('advanced');
  const advPrerequisite: Prerequisite = { level: 'ntm', status: ntm.reachedStatus };
  const advInput = input.advanced;
  let advanced: LevelResult;
  if (!advBook) advanced = notInForce('advanced', advPrerequisite);
  else if (advInput === undefined) advanced = notGiven('advanced', advBook, advPrerequisite);
  else if (isReported(advInput)) advanced = fromReported('advanced', advBook, advInput, advPrerequisite);
  else advanced = evaluated('advanced', advBook, advInput, context, advPrerequisite);

  // Model (condition 1 = advanced reached; condition 2 = 110 % of the advanced income threshold)
  const modelBook = pick('model');
  const modelPrerequisite: Prerequisite = { level: 'advanced', status: advanced.reachedStatus };
  let model: LevelResult;
  let incomeThreshold: ModelIncomeThreshold | null = null;
  const modelGiven = input.model;
  if (!modelBook || !advBook) {
    model = notInForce('model', modelPrerequisite);
  } else if (modelGiven !== undefined && isReported(modelGiven)) {
    model = fromReported('model', modelBook, modelGiven, modelPrerequisite);
  } else if (modelGiven === undefined && advInput === undefined) {
    model = notGiven('model', modelBook, modelPrerequisite);
  } else {
    incomeThreshold = modelIncomeThreshold(advBook, context);
    const book = incomeThreshold ? modelWithIncome(modelBook, incomeThreshold) : modelBook;
    // The level names the national (or given) model rulebook; its evaluation names the derived one.
    model = { ...evaluated('model', book, modelInput(modelGiven, advInput, advanced), context, modelPrerequisite), rulebook: modelBook.id };
  }

  const levels = [ntm, advanced, model];
  const highest: HighestLevel = model.reached && advanced.reached && ntm.reached ? 'model' : advanced.reached && ntm.reached ? 'advanced' : ntm.reached ? 'ntm' : 'none';
  return { date, highest, levels: { ntm, advanced, model }, next: nextLevel(levels), modelIncomeThreshold: incomeThreshold };
}
