import { defineRulebook } from '../core/define-rulebook.js';
import data from './data/district-ntm-2021-2025.json';

/**
 * National criteria for a new-rural district 2021–2025: Decision 320/QĐ-TTg (08/03/2022),
 * Phụ lục I — 9 criteria. Valid until 30/06/2025: the district level was abolished on
 * 01/07/2025. The conditions computed from the communes are evaluated by `rollUpDistrict`.
 *
 * @example
 * ```ts
 * evaluate(districtNtm2021To2025, { '2.1': true, '2.4': { notApplicable: true } }, { date: '2023-06-30' });
 * ```
 */
export const districtNtm2021To2025 = defineRulebook(data);
