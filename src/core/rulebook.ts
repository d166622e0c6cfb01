import type { z } from 'zod';
import type { DeepReadonly } from './deep-freeze.js';
import type { Check, rulebookInputSchema } from './rulebook-schema.js';

type ParsedRulebook = z.output<typeof rulebookInputSchema>;
type ParsedCriterion = ParsedRulebook['criteria'][number];
type ParsedIndicator = ParsedCriterion['indicators'][number];

/** An indicator (chỉ tiêu) in normal form: always a list of checks, all of which must be met. */
export type Indicator = DeepReadonly<
  Omit<ParsedIndicator, 'unit' | 'measure' | 'requirement' | 'checks'> & { conditional: boolean; checks: Check[] }
>;

/** A criterion (tiêu chí) in normal form. */
export type Criterion = DeepReadonly<Omit<ParsedCriterion, 'indicators'>> & { readonly indicators: readonly Indicator[] };

/**
 * A validated, deeply frozen criteria set. Build one with {@link defineRulebook}; the built-in
 * national rulebooks are exported from `nong-thon-moi/rulebooks`.
 */
export type Rulebook = DeepReadonly<Omit<ParsedRulebook, 'criteria'>> & { readonly criteria: readonly Criterion[] };

export type { Check };
