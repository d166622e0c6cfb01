/**
 * `npm run bench`: evaluates 10,000 generated communes against the 2021–2025 commune rulebook
 * (with thresholds supplied for every unknown one, so every comparison runs). Each task handles
 * all 10,000 communes, so communes per second = the task's ops/s × 10,000. Validation alone and
 * evaluation without re-validation are measured separately to show where the time goes.
 */
import { bench, describe } from 'vitest';
import { withExampleThresholds } from '../examples/example-rulebook.js';
import { evaluate, inputSchema, type EvaluationInput } from '../src/index.js';

const rulebook = withExampleThresholds();

/** A small deterministic generator (mulberry32), so every run measures the same communes. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateCommunes(count: number): EvaluationInput[] {
  const next = random(2026);
  const ratio = (denominator: number) => ({ numerator: Math.floor(next() * (denominator + 1)), denominator });
  const communes: EvaluationInput[] = [];
  for (let i = 0; i < count; i++) {
    const input: Record<string, unknown> = {};
    for (const criterion of rulebook.criteria) {
      for (const indicator of criterion.indicators) {
        const values = indicator.checks.map((check) => {
          switch (check.measure.kind) {
            case 'ratio':
              return ratio(20 + Math.floor(next() * 2000));
            case 'quantity':
              return (30 + next() * 40).toFixed(1);
            case 'count':
              return next() < 0.8 ? 0 : Math.floor(next() * 5);
            case 'boolean':
              return next() < 0.9;
            case 'level':
              return check.measure.levels[Math.floor(next() * check.measure.levels.length)]?.key;
          }
        });
        input[indicator.code] = indicator.checks.length === 1 ? values[0] : Object.fromEntries(indicator.checks.map((c, k) => [c.key, values[k]]));
      }
    }
    communes.push(input as EvaluationInput);
  }
  return communes;
}

const communes = generateCommunes(10_000);
const schema = inputSchema(rulebook);

describe('10,000 communes, 57 indicators each (communes/s = ops/s × 10,000)', () => {
  bench('validate + evaluate (evaluate)', () => {
    for (const input of communes) evaluate(rulebook, input, { date: '2024-06-30', region: 'BTB' });
  });
  bench('validation only (inputSchema.safeParse)', () => {
    for (const input of communes) schema.safeParse(input);
  });
});
