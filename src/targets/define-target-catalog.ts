import { deepFreeze } from '../core/deep-freeze.js';
import { RulebookError } from '../core/errors.js';
import { fromZodIssues } from '../core/zod-issues.js';
import { targetCatalogSchema, type TargetCatalog, type TargetCatalogInput } from './target-schema.js';

/**
 * Validates a target catalog (every target, unique ids, every provenance naming a listed
 * instrument) and returns it frozen.
 *
 * @example
 * ```ts
 * import { qd263Targets } from 'nong-thon-moi/targets';
 * const again = defineTargetCatalog(JSON.parse(JSON.stringify(qd263Targets)));
 * again.targets.length === qd263Targets.targets.length; // true
 * ```
 * @throws RulebookError when the catalog is malformed.
 */
export function defineTargetCatalog(input: TargetCatalogInput): TargetCatalog {
  const parsed = targetCatalogSchema.safeParse(input);
  if (!parsed.success) throw new RulebookError(fromZodIssues(parsed.error.issues));
  return deepFreeze(parsed.data) as TargetCatalog;
}
