/**
 * The NTM ladder: a commune's position (NTM → advanced → model), model villages, and the roll-ups
 * of communes into districts and of districts into provinces, with the report-style summaries
 * ("03 xã đạt 17/19 tiêu chí", "Giao thông chưa đạt 1/4 chỉ tiêu").
 * @module ladder
 */
export { assessCommuneLadder } from './assess-commune-ladder.js';
export { modelIncomeThreshold } from './model-income-threshold.js';
export { explainLadder } from './explain-ladder.js';
export {
  rollUpDistrict,
  communeStandingSchema,
  townshipStandingSchema,
  districtRollUpInputSchema,
  type DistrictRollUpInput,
  type DistrictRollUpOptions,
  type DistrictRollUpResult,
} from './roll-up-district.js';
export {
  rollUpAdvancedDistrict,
  type AdvancedDistrictRollUpInput,
  type AdvancedDistrictRollUpOptions,
  type AdvancedDistrictRollUpResult,
} from './roll-up-advanced-district.js';
export {
  rollUpProvince,
  type ProvinceRollUpInput,
  type ProvinceRollUpOptions,
  type ProvinceRollUpResult,
  type DistrictStanding,
  type TownStanding,
} from './roll-up-province.js';
export { districtNtmConditions2021To2025, advancedDistrictNtmConditions2021To2025 } from './roll-up-conditions.js';
export { summariseByCriteriaMet, type UnitProgress, type CriteriaGroup, type CriteriaSummary, type SummaryOptions } from './summarise-by-criteria-met.js';
export { describeCriteriaStanding, type CriteriaStanding, type CriterionShortfall } from './describe-criteria-standing.js';
export { defineModelVillageRulebook } from './define-model-village-rulebook.js';
export type {
  LadderLevel,
  HighestLevel,
  ReportedStanding,
  ModelCommuneInput,
  CommuneLadderInput,
  LadderRulebooks,
  LadderOptions,
  Prerequisite,
  LevelResult,
  NextLevel,
  CommuneLadderResult,
  ModelIncomeThreshold,
  LevelStanding,
  CommuneStanding,
  TownshipStanding,
  LevelCounts,
} from './types.js';
