import { defineRulebook } from '../core/define-rulebook.js';
import districtData from './data/district-ntm-conditions-2021-2025.json';
import advancedDistrictData from './data/advanced-district-ntm-conditions-2021-2025.json';

/**
 * The conditions of a new-rural district that are computed from its communes, townships and
 * residents (Decision 320/QĐ-TTg, Phụ lục I): 100 % of communes NTM (D1), at least 10 %
 * advanced (D2), 100 % of townships civilized-urban (D3, not applicable without townships),
 * satisfaction ≥ 90 % in the district and ≥ 80 % in each commune (D4). A rulebook, so the
 * engine compares the shares exactly and reports how many communes are missing.
 * {@link rollUpDistrict} fills its input from the communes' standings.
 *
 * @example
 * ```ts
 * districtNtmConditions2021To2025.criteria.map((c) => c.code); // ['D1', 'D2', 'D3', 'D4']
 * ```
 */
export const districtNtmConditions2021To2025 = defineRulebook(districtData);

/**
 * The commune-derived conditions of an advanced new-rural district (320/QĐ-TTg, Phụ lục III):
 * shares of advanced (A1) and model (A2) communes and satisfaction (A3). None of their thresholds
 * was recovered: they are `unknown` and evaluate as indeterminate until supplied with
 * `deriveRulebook`.
 *
 * @example
 * ```ts
 * advancedDistrictNtmConditions2021To2025.criteria.length; // 3
 * ```
 */
export const advancedDistrictNtmConditions2021To2025 = defineRulebook(advancedDistrictData);
