/**
 * The generic rulebook engine: it knows nothing of any particular law. Rulebooks are data
 * ({@link defineRulebook}); {@link evaluate} judges a unit's raw facts against one.
 * @module core
 */
export type { Locale, LocalizedText } from './localized-text.js';
export { pickText } from './localized-text.js';
export { NtmError, InputError, ContextError, RulebookError, NoRulebookInForceError, formatPath, type Issue } from './errors.js';
export type { DeepReadonly } from './deep-freeze.js';
export {
  rulebookInputSchema,
  provenanceStatusSchema,
  provenanceSchema,
  instrumentSchema,
  conditionSchema,
  comparatorSchema,
  requirementSchema,
  measureSchema,
  checkSchema,
  indicatorInputSchema,
  keySchema,
  isoDateSchema,
  localizedTextSchema,
  type RulebookInput,
  type IndicatorInput,
  type Provenance,
  type ProvenanceStatus,
  type Instrument,
  type Condition,
  type Comparator,
  type Requirement,
  type Measure,
  type Check,
} from './rulebook-schema.js';
export type { Rulebook, Criterion, Indicator } from './rulebook.js';
export { defineRulebook } from './define-rulebook.js';
export { deriveRulebook, type RulebookOverrides, type ThresholdOverride, type ThresholdCaseInput } from './derive-rulebook.js';
export { rulebookToJson } from './rulebook-to-json.js';
export { createRegistry, type RulebookRegistry } from './registry.js';
export { resolveContext, matchesCondition, toIsoDate, type EvaluationContext, type ResolvedContext, type ColumnChoice, type ConditionSubject } from './context.js';
export { isCertainlyValidInput } from './fast-input-check.js';
export { inputSchema, inputJsonSchema, type EvaluationInput, type IndicatorValue, type CheckValue, type RatioValue } from './input-schema.js';
export { evaluate, safeEvaluate, combineStatuses, type SafeEvaluation } from './evaluate.js';
export { progressOf } from './progress-of.js';
export { PERCENT_DISPLAY_DECIMALS } from './evaluate-check.js';
export { compareWith, countGapTo, percentOf, roundedPercent, type NumericActual } from './compare.js';
export { fromZodIssues } from './zod-issues.js';
export { explain, describeCheck, type ExplainOptions, type DescribableCheck, type CheckDescription } from './explain.js';
export { Decimal, toDecimal } from './decimal.js';
export type {
  Status,
  StatusReason,
  ActualValue,
  RequiredValue,
  ThresholdUsed,
  CheckResult,
  IndicatorResult,
  CriterionResult,
  Tally,
  Finding,
  UnverifiedThreshold,
  Progress,
  Receipt,
  EvaluationResult,
} from './result.js';
