import { defineRulebook } from '../core/define-rulebook.js';
import data from './data/commune-ntm-2026-2030.json';

/**
 * National criteria for a new-rural commune 2026–2030: Decision 51/2025/QĐ-TTg (29/12/2025,
 * in force 15/02/2026), Phụ lục I. 10 criteria, 47 indicators, 3 commune groups.
 *
 * Only the structure and 6 indicators' wording are known; each criterion carries an `unknown`
 * row for its unrecovered indicators, so no commune can be recognised until the full list is
 * supplied (see docs/provenance.md).
 */
export const communeNtm2026To2030 = defineRulebook(data);
