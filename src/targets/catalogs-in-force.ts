import { isAfter, isBefore, parseISO } from 'date-fns';
import { builtInTargetCatalogs } from './catalogs.js';
import type { TargetCatalog } from './target-schema.js';

/**
 * The catalogs whose programme period covers `date` (`yyyy-MM-dd`).
 *
 * @example
 * ```ts
 * catalogsInForce('2027-06-30').map((c) => c.id); // ['NQ76', 'QD282', 'NQ257']
 * ```
 */
export function catalogsInForce(date: string, catalogs: readonly TargetCatalog[] = builtInTargetCatalogs): TargetCatalog[] {
  const day = parseISO(date);
  return catalogs.filter((c) => !isBefore(day, parseISO(c.validFrom)) && !isAfter(day, parseISO(c.validTo)));
}
