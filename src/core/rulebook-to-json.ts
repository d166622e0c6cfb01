import type { Rulebook } from './rulebook.js';
import type { RulebookInput } from './rulebook-schema.js';

/**
 * The authoring (JSON) form of a rulebook: a fresh, mutable plain object that
 * {@link defineRulebook} accepts back. Single-check indicators are written inline.
 *
 * @example
 * ```ts
 * const json = JSON.stringify(rulebookToJson(rulebook), null, 2);
 * defineRulebook(JSON.parse(json)); // equal to `rulebook`
 * ```
 */
export function rulebookToJson(rulebook: Rulebook): RulebookInput {
  const copy = structuredCloneData(rulebook) as unknown as { criteria: { indicators: Record<string, unknown>[] }[] };
  for (const criterion of copy.criteria) {
    criterion.indicators = criterion.indicators.map((indicator) => {
      const { checks, conditional, ...rest } = indicator as { checks: Record<string, unknown>[]; conditional: boolean };
      const base = { ...rest, ...(conditional ? { conditional } : {}) };
      if (checks.length !== 1) return { ...base, checks };
      const { unit, measure, requirement } = checks[0] as Record<string, unknown>;
      return { ...base, unit, measure, requirement };
    });
  }
  return copy as unknown as RulebookInput;
}

/** Deep copy of plain JSON data (no Node or DOM API needed). */
function structuredCloneData<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
