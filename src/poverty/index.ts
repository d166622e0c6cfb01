/**
 * Multidimensional poverty (chuẩn nghèo đa chiều): the national standards 2016–2030 as dated
 * data with provenance, household classification with explanations, batch / streaming / CSV
 * classification, poverty rates and their changes, and the Alkire–Foster measures.
 * @module poverty
 */
export {
  povertyStandardInputSchema,
  povertyIndicatorSchema,
  incomeLineSchema,
  areaIncomeLinesSchema,
  derivationSchema,
  ageBandSchema,
  memberBooleanFactSchema,
  qualificationSchema,
  povertyAreaSchema,
  classificationRuleSchema,
  type PovertyStandardInput,
  type PovertyStandard,
  type PovertyIndicator,
  type IncomeLine,
  type AreaIncomeLines,
  type Derivation,
  type AgeBand,
  type MemberBooleanFact,
  type Qualification,
  type PovertyArea,
  type ClassificationRule,
} from './poverty-standard-schema.js';
export {
  householdInputSchema,
  householdMemberSchema,
  perCapitaIncomeSchema,
  householdIncomeSchema,
  type HouseholdInput,
  type HouseholdMember,
  type HouseholdIncome,
} from './household-schema.js';
export { definePovertyStandard } from './define-poverty-standard.js';
export { derivePovertyStandard, type PovertyStandardOverrides } from './derive-poverty-standard.js';
export {
  builtInPovertyStandards,
  povertyStandard2016To2021,
  povertyStandard2022To2026,
  povertyStandard2027To2030,
} from './poverty-standards.js';
export { povertyStandardFor } from './poverty-standard-for.js';
export type { ClassifyOptions } from './resolve-options.js';
export {
  classifyHousehold,
  type HouseholdClassification,
  type PovertyCategory,
  type IncomeBand,
  type LineUsed,
  type IndicatorOutcome,
  type NotOfficialValue,
} from './classify-household.js';
export type { ExactRatio } from './exact-ratio.js';
export { classifyHouseholds, type BatchClassification, type BatchOptions, type RowError, type CategoryCounts } from './classify-households.js';
export { classifyHouseholdStream, type StreamOutcome } from './classify-household-stream.js';
export { classifyHouseholdCsv, type CsvOptions, type CsvSummary } from './classify-household-csv.js';
export { splitCsvLine } from './split-csv-line.js';
export { deprivationsFromMask } from './deprivations-from-mask.js';
export { povertyRates, type RateItem, type PovertyRatesOptions, type PovertyRatesResult } from './poverty-rates.js';
export { povertyRatesFromCounts, type PovertyRates, type PovertyRate } from './poverty-rates-from-counts.js';
export { percentagePointChange } from './percentage-point-change.js';
export { povertyRateChange, type PovertyRateChange, type RateChange } from './poverty-rate-change.js';
export { averageAnnualReduction } from './average-annual-reduction.js';
export { totalsConsistentWithRate } from './totals-consistent-with-rate.js';
export {
  alkireFoster,
  type AlkireFosterUnit,
  type AlkireFosterOptions,
  type AlkireFosterResult,
  type AlkireFosterMeasures,
  type AlkireFosterGroup,
  type ExactInput,
} from './alkire-foster.js';
