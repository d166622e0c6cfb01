import { defineRulebook } from '../core/define-rulebook.js';
import data from './data/commune-ntm-2021-2025.json';

/**
 * National criteria for a new-rural commune 2021–2025: Decision 318/QĐ-TTg (08/03/2022),
 * Phụ lục I, with the region override as replaced by Decision 211/QĐ-TTg from 01/03/2024.
 * 19 criteria, 57 indicators; region columns (CHUNG + 7 regions).
 *
 * Many regional thresholds could not be recovered and are `unknown` (see
 * docs/provenance.md); supply them with {@link deriveRulebook}.
 */
export const communeNtm2021To2025 = defineRulebook(data);
