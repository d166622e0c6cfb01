import { describe, expect, it } from 'vitest';
import { ContextError, InputError, NtmError, type Issue } from '../../src/core/errors.js';
import { evaluate, safeEvaluate } from '../../src/core/evaluate.js';
import { inputSchema } from '../../src/core/input-schema.js';
import { passingInput, toyRulebook } from '../fixtures/toy-rulebook.js';
import { checkOf, thrown } from './helpers.js';

const CONTEXT = { date: '2024-06-30', region: 'BTB' } as const;

/** Evaluates an input that the types may not allow (as JSON from outside would be). */
const evaluateRaw = (input: unknown) => evaluate(toyRulebook, input as never, CONTEXT);

function inputIssues(input: unknown): readonly Issue[] {
  const error = thrown(() => evaluateRaw(input));
  expect(error).toBeInstanceOf(InputError);
  expect(error).toBeInstanceOf(NtmError);
  return (error as InputError).issues;
}

const bad: [string, unknown, { path: (string | number)[]; code: string }][] = [
  ['a yes/no given as text', { '4.1': 'yes' }, { path: ['4.1'], code: 'invalid-type' }],
  ['a count given as text', { '3.2': '4' }, { path: ['3.2'], code: 'invalid-type' }],
  ['a negative count', { '3.2': -1 }, { path: ['3.2'], code: 'too-small' }],
  ['a fractional count', { '4.2': 1.5 }, { path: ['4.2'], code: 'invalid-type' }],
  ['a negative amount', { '1.2': -1 }, { path: ['1.2'], code: 'negative' }],
  ['a negative amount as a string', { '1.2': '-0.5' }, { path: ['1.2'], code: 'negative' }],
  ['a negative numerator', { '1.1': { numerator: -1, denominator: 100 } }, { path: ['1.1', 'numerator'], code: 'too-small' }],
  ['a numerator above the denominator', { '1.1': { numerator: 101, denominator: 100 } }, { path: ['1.1', 'numerator'], code: 'numerator-above-denominator' }],
  ['a denominator of 0', { '1.1': { numerator: 0, denominator: 0 } }, { path: ['1.1', 'denominator'], code: 'zero-denominator' }],
  ['a numerator without denominator', { '1.1': { numerator: 1 } }, { path: ['1.1'], code: 'ratio-form' }],
  ['a percent above 100', { '1.1': { percent: '100.01' } }, { path: ['1.1', 'percent'], code: 'percent-range' }],
  ['a negative percent', { '1.1': { percent: -1 } }, { path: ['1.1', 'percent'], code: 'percent-range' }],
  ['both a percent and counts', { '1.1': { percent: 7, numerator: 7, denominator: 100 } }, { path: ['1.1'], code: 'ratio-form' }],
  ['an unknown indicator key', { '99.9': 1 }, { path: ['99.9'], code: 'unknown-key' }],
  ['an unknown check key in a multi-check indicator', { '3.3': { preschool: true, primary: true } }, { path: ['3.3', 'primary'], code: 'unknown-key' }],
  ['NaN as an amount', { '1.2': Number.NaN }, { path: ['1.2'], code: 'invalid-type' }],
  ['Infinity as an amount', { '1.2': Number.POSITIVE_INFINITY }, { path: ['1.2'], code: 'invalid-type' }],
  ['NaN as a percent', { '2.1': { percent: Number.NaN } }, { path: ['2.1', 'percent'], code: 'invalid-type' }],
  ['Infinity as a numerator', { '2.1': { numerator: Number.POSITIVE_INFINITY, denominator: 10 } }, { path: ['2.1', 'numerator'], code: 'invalid-type' }],
  ['a level that is not in the list', { '4.4': 'level9' }, { path: ['4.4'], code: 'invalid-value' }],
  ['"59,3" (Vietnamese decimal comma) as a percent', { '2.1': { percent: '59,3' } }, { path: ['2.1', 'percent'], code: 'invalid-format' }],
  ['"59,3" as an amount', { '1.2': '59,3' }, { path: ['1.2'], code: 'invalid-format' }],
  ['"1.485,5" as an amount', { '1.2': '1.485,5' }, { path: ['1.2'], code: 'invalid-format' }],
];

describe('invalid input throws InputError naming each problem', () => {
  it.each(bad)('%s', (_label, input, expected) => {
    const issues = inputIssues(input);
    expect(issues).toContainEqual(expect.objectContaining(expected));
    for (const issue of issues) {
      expect(issue.message.vi.length).toBeGreaterThan(0);
      expect(issue.message.en.length).toBeGreaterThan(0);
    }
  });

  it('the numerator above the denominator is explained in both languages', () => {
    const [issue] = inputIssues({ '1.1': { numerator: 101, denominator: 100 } });
    expect(issue).toEqual({
      path: ['1.1', 'numerator'],
      code: 'numerator-above-denominator',
      message: { en: 'numerator (101) is above denominator (100)', vi: 'tử số (101) lớn hơn mẫu số (100)' },
    });
  });

  it('notApplicable on an indicator that is not conditional is rejected', () => {
    expect(inputIssues({ '1.1': { notApplicable: true } })).toContainEqual(expect.objectContaining({ path: ['1.1', 'notApplicable'], code: 'unknown-key' }));
    expect(inputIssues({ '4.1': { notApplicable: true } })).toContainEqual(expect.objectContaining({ path: ['4.1'], code: 'invalid-type' }));
  });

  it('notApplicable must be exactly true', () => {
    expect(inputIssues({ '6.1': { notApplicable: false } }).length).toBeGreaterThan(0);
  });

  it('a "__proto__" key from JSON is an unknown key, not a prototype', () => {
    const input = JSON.parse('{"__proto__": {"1.1": {"numerator": 0, "denominator": 1}}, "1.2": 50}') as unknown;
    expect(inputIssues(input)).toContainEqual(expect.objectContaining({ path: ['__proto__'], code: 'unknown-key' }));
  });

  it('every problem is listed, not just the first', () => {
    const issues = inputIssues({ '3.2': -1, '4.1': 'yes', '99': 1 });
    expect(issues.map((i) => i.path[0]).sort()).toEqual(['3.2', '4.1', '99']);
  });

  it('the input itself must be an object', () => {
    expect(inputIssues(null)).toContainEqual(expect.objectContaining({ path: [], code: 'invalid-type' }));
    expect(inputIssues([1, 2])).toContainEqual(expect.objectContaining({ path: [], code: 'invalid-type' }));
  });

  it('the error message summarises the issues with their paths and codes', () => {
    const error = thrown(() => evaluateRaw({ '1.1': { numerator: 101, denominator: 100 } })) as InputError;
    expect(error.name).toBe('InputError');
    expect(error.message).toContain('1.1.numerator');
    expect(error.message).toContain('[numerator-above-denominator]');
  });
});

describe('valid edge values are accepted', () => {
  it('0 of n, n of n, percent 0 and 100, and a plain decimal string', () => {
    const result = evaluateRaw({ '2.1': { numerator: 0, denominator: 5 }, '2.4': { numerator: 5, denominator: 5 }, '2.2': { percent: 0 }, '2.3': { percent: '100' }, '1.2': '0' });
    expect(checkOf(result, '2.1').status).toBe('unmet');
    expect(checkOf(result, '2.4').status).toBe('met');
    expect(checkOf(result, '2.2').status).toBe('unmet');
    expect(checkOf(result, '2.3').status).toBe('unmet');
    expect(checkOf(result, '1.2').status).toBe('unmet');
  });
  it('inputSchema(rulebook) parses a valid input and is cached per rulebook', () => {
    expect(inputSchema(toyRulebook).safeParse(passingInput()).success).toBe(true);
    expect(inputSchema(toyRulebook)).toBe(inputSchema(toyRulebook));
  });
});

describe('safeEvaluate', () => {
  it('returns { success: false, error } with the InputError instead of throwing', () => {
    const outcome = safeEvaluate(toyRulebook, { '1.1': { numerator: 101, denominator: 100 } }, CONTEXT);
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    expect(outcome.error).toBeInstanceOf(InputError);
    expect(outcome.error.issues[0]?.code).toBe('numerator-above-denominator');
  });
  it('returns { success: false, error } with the ContextError for a bad context', () => {
    const outcome = safeEvaluate(toyRulebook, {}, { date: '2023-02-30', region: 'BTB' });
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.error).toBeInstanceOf(ContextError);
  });
  it.each(bad)('%s → success: false', (_label, input) => {
    const outcome = safeEvaluate(toyRulebook, input as never, CONTEXT);
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.error).toBeInstanceOf(InputError);
  });
  it('returns { success: true, data } equal to evaluate’s result otherwise', () => {
    const outcome = safeEvaluate(toyRulebook, passingInput(), CONTEXT);
    expect(outcome).toEqual({ success: true, data: evaluate(toyRulebook, passingInput(), CONTEXT) });
  });
});
