/**
 * The 2021–2025 national commune rulebook with every unknown threshold filled from
 * example-province-thresholds.json. Those values are EXAMPLES, not law (cited as instrument
 * `EXAMPLE`, status `unverified`); the demo and the benchmark use this rulebook.
 */
import exampleThresholds from './example-province-thresholds.json' with { type: 'json' };
import { communeNtm2021To2025, deriveRulebook, type Rulebook, type RulebookOverrides } from '../src/index.js';

/** Derives `base` (default: the 2021–2025 commune set) with the example threshold table. */
export function withExampleThresholds(base: Rulebook = communeNtm2021To2025): Rulebook {
  return deriveRulebook(base, {
    id: `${base.id}-example-thresholds`,
    title: { vi: `${base.title.vi} (kèm ngưỡng ví dụ)`, en: `${base.title.en} (with example thresholds)` },
    jurisdiction: { level: 'custom', name: { vi: 'Ví dụ', en: 'Example' } },
    instruments: [exampleThresholds.instrument],
    thresholds: exampleThresholds.thresholds as RulebookOverrides['thresholds'],
  });
}
