import { deepFreeze } from '../core/deep-freeze.js';
import { InputError } from '../core/errors.js';
import { fromZodIssues } from '../core/zod-issues.js';
import { targetSchema, type Target, type TargetInput } from './target-schema.js';

/**
 * Validates a target (zod, bilingual errors) and returns it frozen, with defaults filled in.
 *
 * @example
 * ```ts
 * const t = defineTarget({
 *   id: 'KH2023.nha_tre', title: { vi: 'Tỷ lệ huy động nhà trẻ', en: 'Crèche enrolment rate' },
 *   metric: 'enrolled children / children of crèche age', unit: '%', comparator: 'between',
 *   min: '43', max: '45', direction: 'higher', deadline: '2023-12-31', scope: 'district',
 *   provenance: { instrument: 'seed-003', locator: 'B.I.3.1', status: 'secondary' },
 * });
 * t.measure; // 'level'
 * ```
 * @throws InputError naming the field and rule (vi + en) when the target is malformed.
 */
export function defineTarget(input: TargetInput): Target {
  const parsed = targetSchema.safeParse(input);
  if (!parsed.success) throw new InputError(fromZodIssues(parsed.error.issues));
  return deepFreeze(parsed.data) as Target;
}
