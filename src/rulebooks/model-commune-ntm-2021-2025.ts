import { defineRulebook } from '../core/define-rulebook.js';
import data from './data/model-commune-ntm-2021-2025.json';

/**
 * Model new-rural commune 2021–2025: the four conditions of Decision 319/QĐ-TTg (08/03/2022) —
 * the advanced standard, income ≥ 110 % of the advanced income threshold in force, at least one
 * smart-village model, at least one outstanding field. Reports count them as "x/4 tiêu chí".
 * The income threshold is computed by `assessCommuneLadder` from the advanced set.
 *
 * @example
 * ```ts
 * evaluate(modelCommuneNtm2021To2025, { '1': false, '3': 1, '4': 1 }, { date: '2023-06-30', region: 'BTB' }).criteriaProgress; // 2/4
 * ```
 */
export const modelCommuneNtm2021To2025 = defineRulebook(data);
