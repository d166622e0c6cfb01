import { describe, expect, it } from 'vitest';
import { resolveContext, type EvaluationContext } from '../../src/core/context.js';
import { ContextError } from '../../src/core/errors.js';
import { evaluate } from '../../src/core/evaluate.js';
import type { EvaluationInput } from '../../src/core/input-schema.js';
import { toyRulebook } from '../fixtures/toy-rulebook.js';
import { thrown } from './helpers.js';

// resolveContext keeps the last resolution per rulebook for batches; a context object changed in
// place between two calls must still be read afresh.
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const poorRate = (context: EvaluationContext) => evaluate(toyRulebook, { '1.1': { numerator: 10, denominator: 100 } }, context).criteria[0]?.indicators[0]?.checks[0];

describe('a context object reused across evaluations', () => {
  it('gives the same resolution while it is unchanged', () => {
    const context = { date: '2024-06-30', region: 'BTB' };
    expect(resolveContext(toyRulebook, context)).toBe(resolveContext(toyRulebook, context));
  });
  it('is read afresh when its region changes in place', () => {
    const context: Mutable<EvaluationContext> = { date: '2024-06-30', region: 'BTB' };
    expect(poorRate(context)).toMatchObject({ status: 'unmet', required: { value: '7' } });
    context.region = 'TDMNPB';
    expect(poorRate(context)).toMatchObject({ status: 'met', required: { value: '13' } });
  });
  it('is read afresh when its Date is moved in place', () => {
    const date = new Date(2024, 5, 30);
    const context = { date, region: 'BTB' };
    expect(evaluate(toyRulebook, {}, context).context).toMatchObject({ date: '2024-06-30', year: 2024 });
    date.setFullYear(2023);
    expect(evaluate(toyRulebook, {}, context).context).toMatchObject({ date: '2023-06-30', year: 2023 });
    date.setFullYear(2021);
    expect(thrown(() => evaluate(toyRulebook, {}, context))).toBeInstanceOf(ContextError);
  });
  it('is read afresh when a fact is added, changed or removed in place', () => {
    const facts: Record<string, boolean> = {};
    const context = { date: '2024-06-30', region: 'BTB', facts };
    expect(poorRate(context)?.required.value).toBe('7');
    facts['khuVucIII'] = true; // zone III communes use the TDMNPB column from 2024-03-01
    expect(poorRate(context)?.required.value).toBe('13');
    facts['khuVucIII'] = false;
    expect(poorRate(context)?.required.value).toBe('7');
    facts['khuVucIII'] = true;
    expect(poorRate(context)?.required.value).toBe('13');
    delete facts['khuVucIII'];
    expect(poorRate(context)?.required.value).toBe('7');
  });
  it('an unknown fact added in place is still rejected', () => {
    const facts: Record<string, boolean> = { khuVucIII: true };
    const context = { date: '2024-06-30', region: 'BTB', facts };
    expect(poorRate(context)?.required.value).toBe('13');
    facts['notAFact'] = true;
    expect(thrown(() => evaluate(toyRulebook, {}, context))).toBeInstanceOf(ContextError);
  });
  it('a different context object with the same values resolves the same way', () => {
    const first = resolveContext(toyRulebook, { date: '2024-06-30', region: 'TDMNPB' });
    const second = resolveContext(toyRulebook, { date: '2024-06-30', region: 'TDMNPB' });
    expect(second).toEqual(first);
  });
});

describe('input read while it is validated', () => {
  it('an input object in dictionary mode (keys added and deleted) evaluates like its JSON copy', () => {
    const input: Record<string, EvaluationInput[string]> = {};
    for (const code of ['1.1', '1.2', '2.1', '2.2', '2.3']) input[code] = undefined;
    input['1.1'] = { numerator: 7, denominator: 100 };
    input['1.2'] = '45';
    input['2.1'] = { numerator: 19, denominator: 20 };
    // Adding then deleting keys puts the object in dictionary mode, as big inputs built key by key are.
    for (let i = 0; i < 40; i++) input[`x${i}`] = true;
    for (let i = 0; i < 40; i++) delete input[`x${i}`];
    const context = { date: '2024-06-30', region: 'BTB' };
    const copy = JSON.parse(JSON.stringify(input)) as EvaluationInput;
    expect(evaluate(toyRulebook, input, context)).toEqual(evaluate(toyRulebook, copy, context));
    const checks = evaluate(toyRulebook, input, context).criteria.flatMap((c) => c.indicators.flatMap((i) => i.checks.map((k) => [i.code, k.status])));
    expect(checks).toContainEqual(['1.1', 'met']);
    expect(checks).toContainEqual(['2.1', 'met']);
    expect(checks).toContainEqual(['2.2', 'missing']);
  });
});
