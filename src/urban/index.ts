/**
 * Civilized urban areas ("đạt chuẩn đô thị văn minh", Decision 04/2022/QĐ-TTg): the 9 criteria of
 * Appendix I (wards, townships) and Appendix II (urban districts, towns, provincial cities) as
 * rulebook data, and the recognition rule around them (registration, 2 / 5-year building period,
 * ≥ 90 % residents satisfied, 100 % of wards and townships for the district level), reporting
 * both "criteria met" (5/9) and "contents met" (50/52).
 * @module urban
 */
export {
  civilizedUrbanInputSchema,
  civilizedUrbanUnitSchema,
  civilizedUrbanContentCountSchema,
  civilizedUrbanShareSchema,
  type CivilizedUrbanInput,
  type CivilizedUrbanOptions,
  type CivilizedUrbanUnit,
  type CivilizedUrbanContentCount,
  type CivilizedUrbanShare,
} from './civilized-urban-input.js';
export {
  evaluateCivilizedUrban,
  type CivilizedUrbanResult,
  type CivilizedUrbanCondition,
  type CivilizedUrbanConditionKey,
  type CivilizedUrbanCount,
  type CivilizedUrbanContents,
} from './evaluate-civilized-urban.js';
export { explainCivilizedUrban } from './explain-civilized-urban.js';
export { civilizedUrbanRulebookFor, civilizedUrbanRegistry } from './civilized-urban-rulebook-for.js';
export { appendixOf } from './appendix-of.js';
export { civilizedUrbanConditions2022, civilizedUrbanConditionsSchema, type CivilizedUrbanConditions } from './recognition-conditions.js';
