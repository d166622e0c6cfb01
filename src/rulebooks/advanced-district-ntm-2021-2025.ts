import { defineRulebook } from '../core/define-rulebook.js';
import data from './data/advanced-district-ntm-2021-2025.json';

/**
 * National criteria for an advanced new-rural district 2021–2025: Decision 320/QĐ-TTg,
 * Phụ lục III (not recovered: 9 criterion-level rows taking the official assessment, status
 * `unverified`). Valid until 30/06/2025 (district level abolished on 01/07/2025).
 *
 * @example
 * ```ts
 * evaluate(advancedDistrictNtm2021To2025, { '1': true }, { date: '2024-12-31' }).criteriaProgress; // 1/9
 * ```
 */
export const advancedDistrictNtm2021To2025 = defineRulebook(data);
