/**
 * The built-in national rulebooks, as validated, frozen data.
 * @module rulebooks
 */
import { createRegistry } from '../core/registry.js';
import { communeNtm2021To2025 } from './commune-ntm-2021-2025.js';
import { communeNtm2026To2030 } from './commune-ntm-2026-2030.js';
import { advancedCommuneNtm2021To2025 } from './advanced-commune-ntm-2021-2025.js';
import { modelCommuneNtm2021To2025 } from './model-commune-ntm-2021-2025.js';
import { districtNtm2021To2025 } from './district-ntm-2021-2025.js';
import { advancedDistrictNtm2021To2025 } from './advanced-district-ntm-2021-2025.js';
import { provinceNtm2021To2025 } from './province-ntm-2021-2025.js';
import { civilizedUrbanWardTownship2022, civilizedUrbanDistrict2022 } from './civilized-urban-2022.js';

export { communeNtm2021To2025, communeNtm2026To2030 };
export { advancedCommuneNtm2021To2025, modelCommuneNtm2021To2025, districtNtm2021To2025, advancedDistrictNtm2021To2025, provinceNtm2021To2025 };
export { civilizedUrbanWardTownship2022, civilizedUrbanDistrict2022 };

/** Every built-in rulebook, oldest first. */
export const builtInRulebooks = [
  communeNtm2021To2025,
  communeNtm2026To2030,
  advancedCommuneNtm2021To2025,
  modelCommuneNtm2021To2025,
  districtNtm2021To2025,
  advancedDistrictNtm2021To2025,
  provinceNtm2021To2025,
  civilizedUrbanWardTownship2022,
  civilizedUrbanDistrict2022,
] as const;

/** The registry of built-in rulebooks. */
export const builtInRegistry = createRegistry(builtInRulebooks);

/**
 * The built-in rulebook of `kind` in force on `date`.
 *
 * @example
 * ```ts
 * rulebookFor('commune-ntm', '2024-06-30').id; // 'commune-ntm-2021-2025'
 * rulebookFor('commune-ntm', '2026-02-15').id; // 'commune-ntm-2026-2030'
 * rulebookFor('commune-ntm', '2026-01-20');    // throws NoRulebookInForceError (gap)
 * ```
 */
export function rulebookFor(kind: string, date: string | Date) {
  return builtInRegistry.rulebookFor(kind, date);
}

/**
 * The built-in rulebook of `kind` in force on `date`, or `undefined` when there is none (a gap,
 * before the first, after the last, or an unknown kind).
 *
 * @example
 * ```ts
 * findRulebook('district-ntm', '2025-07-01'); // undefined: the district level was abolished
 * ```
 */
export function findRulebook(kind: string, date: string | Date) {
  return builtInRegistry.findRulebook(kind, date);
}

/** The built-in rulebooks, or those of one kind, oldest first. */
export function listRulebooks(kind?: string) {
  return builtInRegistry.listRulebooks(kind);
}
