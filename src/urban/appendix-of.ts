import type { CivilizedUrbanUnit } from './civilized-urban-input.js';

/**
 * The appendix of Decision 04/2022/QĐ-TTg that judges a unit: I for wards and townships, II for
 * urban districts, towns and provincial cities.
 *
 * @example
 * ```ts
 * appendixOf('township'); // 'I'
 * appendixOf('town');     // 'II'
 * ```
 */
export function appendixOf(unit: CivilizedUrbanUnit): 'I' | 'II' {
  return unit === 'ward' || unit === 'township' ? 'I' : 'II';
}
