import { defineRulebook } from '../core/define-rulebook.js';
import data from './data/advanced-commune-ntm-2021-2025.json';

/**
 * National criteria for an advanced new-rural commune 2021–2025: Decision 318/QĐ-TTg
 * (08/03/2022), Phụ lục II. 19 criteria numbered differently from Phụ lục I (health is 14 here,
 * 15 there). Prerequisite: a recognised NTM commune (enforced by `assessCommuneLadder`).
 *
 * Only the health indicators (14.1–14.4) were recovered; every other criterion is one row taking
 * the official assessment, and income (10) and poverty (11) thresholds are `unknown`.
 *
 * @example
 * ```ts
 * evaluate(advancedCommuneNtm2021To2025, { '14.1': { numerator: 95, denominator: 100 } }, { date: '2024-06-30', region: 'BTB' });
 * ```
 */
export const advancedCommuneNtm2021To2025 = defineRulebook(data);
