import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareWith, countGapTo } from '../../src/core/compare.js';
import type { EvaluationContext } from '../../src/core/context.js';
import { Decimal } from '../../src/core/decimal.js';
import { combineStatuses, evaluate } from '../../src/core/evaluate.js';
import type { EvaluationInput } from '../../src/core/input-schema.js';
import type { Comparator } from '../../src/core/rulebook-schema.js';
import { rulebookToJson } from '../../src/core/rulebook-to-json.js';
import { decidableToyRulebook, passingInput, toyRulebook } from '../fixtures/toy-rulebook.js';
import { checkOf, deepFreezeData } from './helpers.js';

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

/** A decimal with up to 2 decimals, as an exact string, from its value in hundredths. */
const hundredths = (k: number): string => `${Math.floor(k / 100)}.${String(k % 100).padStart(2, '0')}`;

const counts = (maxDenominator = 1000) =>
  fc.integer({ min: 1, max: maxDenominator }).chain((denominator) => fc.record({ numerator: fc.integer({ min: 0, max: denominator }), denominator: fc.constant(denominator) }));
const percent = fc.integer({ min: 0, max: 10_000 }).map((k) => ({ percent: hundredths(k) }));
const ratio = fc.oneof(counts(), counts(20), percent);
const amount = fc.oneof(fc.integer({ min: 0, max: 100_000 }).map(hundredths), fc.integer({ min: 0, max: 100 }));
const count = fc.nat({ max: 10 });

/** A value or missing (null); keys may also be left out altogether (see `requiredKeys`). */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 5 });

const toyInput: fc.Arbitrary<EvaluationInput> = fc.record(
  {
    '1.1': maybe(ratio),
    '1.2': maybe(amount),
    '2.1': maybe(ratio),
    '2.2': maybe(ratio),
    '2.3': maybe(ratio),
    '2.4': maybe(ratio),
    '3.1': maybe(ratio),
    '3.2': maybe(count),
    '3.3': maybe(fc.record({ preschool: maybe(fc.boolean()), enrolment: maybe(ratio) }, { requiredKeys: [] })),
    '4.1': maybe(fc.boolean()),
    '4.2': maybe(count),
    '4.3': maybe(fc.boolean()),
    '4.4': maybe(fc.constantFrom('level1', 'level2', 'level3')),
    '5.1': maybe(ratio),
    '5.2': maybe(ratio),
    '6.1': maybe(fc.oneof(fc.boolean(), fc.constant({ notApplicable: true as const }))),
    '7.1': maybe(ratio),
    '7.2': maybe(fc.boolean()),
    '7.3': maybe(amount),
    '7.4': maybe(count),
  },
  { requiredKeys: [] },
);

/** Mostly the passing value, sometimes anything: so that recognised units do occur. */
const nearPassingInput: fc.Arbitrary<EvaluationInput> = toyInput.chain((random) => {
  const passing = passingInput() as Record<string, unknown>;
  const keys = Object.keys(passing);
  return fc.array(fc.boolean(), { minLength: keys.length, maxLength: keys.length }).chain((flags) =>
    fc.integer({ min: 0, max: 3 }).map((spoil) => {
      const input: Record<string, unknown> = { ...passing };
      // Spoil at most `spoil` indicators, chosen by the flags.
      let spoilt = 0;
      keys.forEach((key, i) => {
        if (flags[i] && spoilt < spoil) {
          spoilt += 1;
          if (key in random) input[key] = (random as Record<string, unknown>)[key];
          else delete input[key];
        }
      });
      if (flags[0] && flags[1]) input['6.1'] = { notApplicable: true };
      return input as EvaluationInput;
    }),
  );
});

const isoDay = fc
  .integer({ min: Date.UTC(2022, 0, 1), max: Date.UTC(2025, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

const toyContext: fc.Arbitrary<EvaluationContext> = fc.record(
  {
    date: isoDay,
    region: fc.constantFrom('TDMNPB', 'DBSH', 'BTB', 'DNB'),
    facts: fc.record({ extremelyDisadvantaged: fc.boolean(), poorDistrict: fc.boolean(), khuVucIII: fc.boolean() }, { requiredKeys: [] }),
  },
  { requiredKeys: ['date', 'region'] },
);

const comparator = fc.constantFrom<Comparator>('>=', '>', '<=', '<', '=');

/** The exact answer, in integers: n / d × 100 against k / 100 is n × 10 000 against k × d. */
function exactlyCompares(numerator: number, denominator: number, op: Comparator, thresholdHundredths: number): boolean {
  const left = BigInt(numerator) * 10_000n;
  const right = BigInt(thresholdHundredths) * BigInt(denominator);
  switch (op) {
    case '>=':
      return left >= right;
    case '>':
      return left > right;
    case '<=':
      return left <= right;
    case '<':
      return left < right;
    case '=':
      return left === right;
  }
}

const BTB = { date: '2024-06-30', region: 'BTB' } as const;
const statusOf = (code: string, value: { numerator: number; denominator: number }) => checkOf(evaluate(toyRulebook, { [code]: value }, BTB), code).status;

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe('determinism', () => {
  it('the same rulebook, input and context always give deep-equal results', () => {
    fc.assert(
      fc.property(toyInput, toyContext, (input, context) => {
        const first = evaluate(toyRulebook, input, context);
        expect(evaluate(toyRulebook, input, context)).toEqual(first);
        expect(evaluate(toyRulebook, structuredClone(input), structuredClone(context))).toEqual(first);
      }),
    );
  });
});

describe('no mutation', () => {
  it('the input and context are left as they were', () => {
    fc.assert(
      fc.property(toyInput, toyContext, (input, context) => {
        const [inputBefore, contextBefore] = [structuredClone(input), structuredClone(context)];
        evaluate(toyRulebook, input, context);
        expect(input).toEqual(inputBefore);
        expect(context).toEqual(contextBefore);
      }),
    );
  });
  it('a deep-frozen input and context evaluate like unfrozen ones', () => {
    fc.assert(
      fc.property(toyInput, toyContext, (input, context) => {
        const expected = evaluate(toyRulebook, input, context);
        expect(evaluate(toyRulebook, deepFreezeData(structuredClone(input)), deepFreezeData(structuredClone(context)))).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });
  it('the (frozen) rulebook is unchanged after many evaluations', () => {
    const before = JSON.stringify(rulebookToJson(toyRulebook));
    fc.assert(fc.property(toyInput, toyContext, (input, context) => void evaluate(toyRulebook, input, context)), { numRuns: 50 });
    expect(JSON.stringify(rulebookToJson(toyRulebook))).toBe(before);
    expect(Object.isFrozen(toyRulebook)).toBe(true);
  });
});

describe('monotonicity', () => {
  const below = (d: number) => fc.integer({ min: 0, max: d - 1 });
  const pairs = fc.integer({ min: 1, max: 500 }).chain((d) => fc.tuple(below(d), fc.constant(d)));

  it('"≥ 95 %": if n of d is met, so is n + 1 of d', () => {
    fc.assert(
      fc.property(pairs, ([n, d]) => {
        if (statusOf('2.1', { numerator: n, denominator: d }) === 'met') expect(statusOf('2.1', { numerator: n + 1, denominator: d })).toBe('met');
      }),
    );
  });
  it('"> 90 %": if n of d is met, so is n + 1 of d', () => {
    fc.assert(
      fc.property(pairs, ([n, d]) => {
        if (statusOf('2.2', { numerator: n, denominator: d }) === 'met') expect(statusOf('2.2', { numerator: n + 1, denominator: d })).toBe('met');
      }),
    );
  });
  it('"≤ 7 %": if n + 1 of d is met, so is n of d', () => {
    fc.assert(
      fc.property(pairs, ([n, d]) => {
        if (statusOf('1.1', { numerator: n + 1, denominator: d }) === 'met') expect(statusOf('1.1', { numerator: n, denominator: d })).toBe('met');
      }),
    );
  });
  it('"< 10 %": if n + 1 of d is met, so is n of d', () => {
    fc.assert(
      fc.property(pairs, ([n, d]) => {
        if (statusOf('2.3', { numerator: n + 1, denominator: d }) === 'met') expect(statusOf('2.3', { numerator: n, denominator: d })).toBe('met');
      }),
    );
  });
});

describe('exactness: cross-multiplication agrees with exact rational arithmetic (BigInt)', () => {
  const share = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }).chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d)));
  const smallShare = fc.integer({ min: 1, max: 400 }).chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d)));
  const thresholdHundredths = fc.integer({ min: 0, max: 10_000 });

  it('compareWith(counts, op, threshold with ≤ 2 decimals) is the exact answer, up to 2^53 households', () => {
    fc.assert(
      fc.property(fc.oneof(share, smallShare), comparator, thresholdHundredths, ([n, d], op, k) => {
        const actual = compareWith({ kind: 'counts', numerator: n, denominator: d }, op, new Decimal(hundredths(k)));
        expect(actual).toBe(exactlyCompares(n, d, op, k));
      }),
      { numRuns: 500 },
    );
  });
  it('boundary cases (the threshold exactly at n / d, or one hundredth either side) are exact too', () => {
    const onBoundary = fc
      .integer({ min: 1, max: 100 })
      .chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d)))
      .filter(([n, d]) => (n * 10_000) % d === 0)
      .chain(([n, d]) => fc.tuple(fc.constant(n), fc.constant(d), fc.integer({ min: -1, max: 1 }).map((delta) => (n * 10_000) / d + delta)));
    fc.assert(
      fc.property(onBoundary, comparator, ([n, d, k], op) => {
        fc.pre(k >= 0);
        expect(compareWith({ kind: 'counts', numerator: n, denominator: d }, op, new Decimal(hundredths(k)))).toBe(exactlyCompares(n, d, op, k));
      }),
    );
  });
  it('evaluate agrees with the exact answer on "≥ 95 %"', () => {
    fc.assert(
      fc.property(smallShare, ([n, d]) => {
        expect(statusOf('2.1', { numerator: n, denominator: d })).toBe(exactlyCompares(n, d, '>=', 9500) ? 'met' : 'unmet');
      }),
    );
  });
  it('countGapTo is the smallest change of the numerator that meets the threshold', () => {
    const ops = fc.constantFrom<Comparator>('>=', '>', '<=', '<');
    fc.assert(
      fc.property(smallShare, ops, thresholdHundredths, ([n, d], op, k) => {
        const gap = countGapTo(n, d, op, new Decimal(hundredths(k)));
        const up = op === '>=' || op === '>';
        const candidates = Array.from({ length: d + 1 }, (_, m) => m).filter((m) => exactlyCompares(m, d, op, k));
        if (candidates.length === 0) {
          expect(gap).toBeNull();
          return;
        }
        const best = Math.min(...candidates.map((m) => Math.abs(m - n)));
        expect(gap).toBe(best);
        if (gap !== null && gap > 0) expect(exactlyCompares(up ? n + gap : n - gap, d, op, k)).toBe(true);
      }),
    );
  });
});

describe('status roll-up', () => {
  it('each criterion is the roll-up of its indicators, and the unit of its criteria', () => {
    fc.assert(
      fc.property(toyInput, toyContext, (input, context) => {
        const result = evaluate(toyRulebook, input, context);
        for (const criterion of result.criteria) {
          expect(criterion.status).toBe(combineStatuses(criterion.indicators.map((i) => i.status)));
          for (const indicator of criterion.indicators) {
            if (indicator.status !== 'not-applicable') expect(indicator.status).toBe(combineStatuses(indicator.checks.map((c) => c.status)));
          }
        }
        expect(result.status).toBe(combineStatuses(result.criteria.map((c) => c.status)));
      }),
    );
  });
  it('recognised ⇔ every criterion is met (a criterion that does not apply at all does not count against it)', () => {
    const rulebook = decidableToyRulebook();
    let recognisedSeen = 0;
    fc.assert(
      fc.property(fc.oneof(nearPassingInput, toyInput), toyContext, (input, context) => {
        // The decidable rulebook has no 7.1 / 7.2.
        const { '7.1': _unknownThreshold, '7.2': _unknownContent, ...decidable } = input;
        const result = evaluate(rulebook, decidable, context);
        const statuses = result.criteria.map((c) => c.status);
        const everyMet = statuses.every((s) => s === 'met' || s === 'not-applicable') && statuses.includes('met');
        expect(result.recognised).toBe(everyMet);
        expect(result.recognised).toBe(result.status === 'met');
        if (!statuses.includes('not-applicable')) expect(result.recognised).toBe(statuses.every((s) => s === 'met'));
        if (result.recognised) recognisedSeen += 1;
      }),
      { numRuns: 300 },
    );
    expect(recognisedSeen).toBeGreaterThan(0);
  });
  it('the finding lists and progress counts agree with the statuses', () => {
    fc.assert(
      fc.property(toyInput, toyContext, (input, context) => {
        const result = evaluate(toyRulebook, input, context);
        const checks = result.criteria.flatMap((c) => c.indicators.flatMap((i) => i.checks));
        expect(result.unmet).toHaveLength(checks.filter((c) => c.status === 'unmet').length);
        expect(result.missing).toHaveLength(checks.filter((c) => c.status === 'missing').length);
        expect(result.indeterminate).toHaveLength(checks.filter((c) => c.status === 'indeterminate').length);
        expect(result.missing.every((f) => f.reason === 'input-missing')).toBe(true);
        const indicators = result.criteria.flatMap((c) => c.indicators);
        expect(result.criteriaProgress.met).toBe(result.criteria.filter((c) => c.status === 'met').length);
        expect(result.indicatorProgress.total).toBe(indicators.filter((i) => i.status !== 'not-applicable').length);
        expect(result.indicatorProgress.met).toBe(indicators.filter((i) => i.status === 'met').length);
        expect(result.unverifiedThresholds.every((t) => (t.status as string) !== 'official')).toBe(true);
      }),
    );
  });
});
