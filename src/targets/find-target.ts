import { builtInTargetCatalogs } from './catalogs.js';
import type { Target, TargetCatalog } from './target-schema.js';

/**
 * Finds a target by id in the built-in catalogs (or in `catalogs`); `undefined` when none has it.
 *
 * @example
 * ```ts
 * findTarget('QD263.xa_ntm')?.value; // '80'
 * ```
 */
export function findTarget(id: string, catalogs: readonly TargetCatalog[] = builtInTargetCatalogs): Target | undefined {
  for (const catalog of catalogs) {
    const found = catalog.targets.find((t) => t.id === id);
    if (found) return found;
  }
  return undefined;
}
