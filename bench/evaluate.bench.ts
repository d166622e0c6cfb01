/**
 * `npm run bench`: evaluates 10,000 generated communes against the 2021–2025 commune rulebook
 * (with thresholds supplied for every unknown one, so every comparison runs). Each task handles
 * all 10,000 communes, so communes per second = the task's ops/s × 10,000, and the per-commune
 * cost = the task's mean time / 10,000. `evaluate` validates with a fast check and falls back to
 * zod only for invalid input: that validation alone, and full zod validation, are timed separately
 * so the cost of validation can be told from the cost of evaluation.
 */
import { bench, describe } from 'vitest';
import { random } from './random.js';
import { withExampleThresholds } from '../examples/example-rulebook.js';
import { evaluate, inputSchema, isCertainlyValidInput, type EvaluationInput } from 'nong-thon-moi';

const rulebook = withExampleThresholds();

/**
 * Generated communes. `uniform`: every share drawn from 0–100 %, so about half the checks miss
 * (the costly path: gaps are computed exactly). `nearly-compliant`: shares drawn on the good side
 * of the requirement's direction (85–100 % for floors, 0–10 % for ceilings), as in communes that
 * are close to recognition like most in the seed reports.
 */
function generateCommunes(count: number, profile: 'uniform' | 'nearly-compliant', seed: number): EvaluationInput[] {
  const next = random(seed);
  const share = (op: string | undefined) =>
    profile === 'uniform' ? next() : op === '<=' || op === '<' ? next() * 0.1 : 0.85 + next() * 0.15;
  const communes: EvaluationInput[] = [];
  for (let i = 0; i < count; i++) {
    const input: Record<string, unknown> = {};
    for (const criterion of rulebook.criteria) {
      for (const indicator of criterion.indicators) {
        const values = indicator.checks.map((check) => {
          const op = check.requirement.type === 'compare' ? check.requirement.op : undefined;
          switch (check.measure.kind) {
            case 'ratio': {
              const denominator = 20 + Math.floor(next() * 2000);
              return { numerator: Math.min(denominator, Math.round(share(op) * denominator)), denominator };
            }
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

const uniform = generateCommunes(10_000, 'uniform', 2026);
const nearlyCompliant = generateCommunes(10_000, 'nearly-compliant', 2027);
// The same communes as parsed from JSON: V8 keeps objects built key by key (as above, and as a CSV
// reader builds them) as hash tables once they have more than a dozen or so keys, and parsed JSON
// objects as fixed shapes; the two are read differently, so both are timed.
const parsedNearlyCompliant = JSON.parse(JSON.stringify(nearlyCompliant)) as EvaluationInput[];
const schema = inputSchema(rulebook);
const context = { date: '2024-06-30', region: 'BTB' } as const;

describe('10,000 communes, 57 indicators each (communes/s = ops/s × 10,000)', () => {
  bench('evaluate (validation included), nearly-compliant communes', () => {
    for (const input of nearlyCompliant) evaluate(rulebook, input, context);
  });
  bench('evaluate (validation included), nearly-compliant communes parsed from JSON', () => {
    for (const input of parsedNearlyCompliant) evaluate(rulebook, input, context);
  });
  bench('evaluate (validation included), uniform communes (half the checks unmet)', () => {
    for (const input of uniform) evaluate(rulebook, input, context);
  });
  bench('validation only, as evaluate does it (fast check; zod only for invalid input), uniform communes', () => {
    for (const input of uniform) if (!isCertainlyValidInput(rulebook, input)) schema.parse(input);
  });
  bench('full zod validation only (inputSchema.safeParse), uniform communes', () => {
    for (const input of uniform) schema.safeParse(input);
  });
});
