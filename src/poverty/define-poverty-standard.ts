import { deepFreeze } from '../core/deep-freeze.js';
import { RulebookError } from '../core/errors.js';
import { fromZodIssues } from '../core/zod-issues.js';
import { povertyStandardInputSchema, type PovertyStandard, type PovertyStandardInput } from './poverty-standard-schema.js';

/**
 * Validates a poverty standard (national or provincial) and returns it frozen. Accepts the
 * authoring object or parsed JSON.
 *
 * @example
 * ```ts
 * const json = JSON.parse(JSON.stringify(nd07Standard));
 * const again = definePovertyStandard(json); // equal to nd07Standard, frozen
 * ```
 * @throws {@link RulebookError} naming every problem (path, code, vi/en message).
 */
export function definePovertyStandard(input: PovertyStandardInput | unknown): PovertyStandard {
  const parsed = povertyStandardInputSchema.safeParse(input);
  if (!parsed.success) throw new RulebookError(fromZodIssues(parsed.error.issues));
  return deepFreeze(parsed.data);
}
