import { defineRulebook } from '../core/define-rulebook.js';
import data from './data/province-ntm-2021-2025.json';

/**
 * A province completing the NTM task 2021–2025: the eight conditions of Decision 321/QĐ-TTg
 * (08/03/2022). Conditions P1–P4 are shares of districts and communes, computed by
 * `rollUpProvince`; P5–P8 are the province's own facts.
 *
 * @example
 * ```ts
 * evaluate(provinceNtm2021To2025, { P7: '4.2' }, { date: '2025-06-30' });
 * ```
 */
export const provinceNtm2021To2025 = defineRulebook(data);
