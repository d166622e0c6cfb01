import { createRegistry } from '../core/registry.js';
import type { Rulebook } from '../core/rulebook.js';
import { civilizedUrbanDistrict2022, civilizedUrbanWardTownship2022 } from '../rulebooks/civilized-urban-2022.js';
import { appendixOf } from './appendix-of.js';
import type { CivilizedUrbanUnit } from './civilized-urban-input.js';

/** The registry of the built-in civilized-urban rulebooks (Appendix I and Appendix II of 04/2022/QĐ-TTg). */
export const civilizedUrbanRegistry = createRegistry([civilizedUrbanWardTownship2022, civilizedUrbanDistrict2022]);

/**
 * The built-in civilized-urban rulebook for a unit on a date.
 *
 * @throws `NoRulebookInForceError` before 15/04/2022 (Decision 04/2022/QĐ-TTg in force).
 * @example
 * ```ts
 * civilizedUrbanRulebookFor('township', '2023-06-30').id; // 'civilized-urban-ward-township-2022'
 * civilizedUrbanRulebookFor('town', '2023-06-30').id;     // 'civilized-urban-district-2022'
 * ```
 */
export function civilizedUrbanRulebookFor(unit: CivilizedUrbanUnit, date: string | Date): Rulebook {
  const kind = appendixOf(unit) === 'I' ? 'civilized-urban-ward-township' : 'civilized-urban-district';
  return civilizedUrbanRegistry.rulebookFor(kind, date);
}
