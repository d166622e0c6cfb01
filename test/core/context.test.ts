import { describe, expect, it } from 'vitest';
import { matchesCondition, resolveContext, toIsoDate, type EvaluationContext } from '../../src/core/context.js';
import { ContextError, type Issue } from '../../src/core/errors.js';
import { evaluate } from '../../src/core/evaluate.js';
import { toyRulebook } from '../fixtures/toy-rulebook.js';
import { thrown } from './helpers.js';

function contextIssues(context: unknown): readonly Issue[] {
  const error = thrown(() => evaluate(toyRulebook, {}, context as EvaluationContext));
  expect(error).toBeInstanceOf(ContextError);
  const issues = (error as ContextError).issues;
  for (const issue of issues) {
    expect(issue.message.vi.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
  }
  return issues;
}

describe('invalid evaluation context throws ContextError', () => {
  it('2023-02-30 is not a real date (and no spurious year issue is added)', () => {
    expect(contextIssues({ date: '2023-02-30', region: 'BTB' })).toEqual([
      expect.objectContaining({ path: ['date'], code: 'invalid-date' }),
    ]);
  });
  it('dates must be written yyyy-MM-dd', () => {
    for (const date of ['30/06/2024', '2024-6-30', '2024-06-30T00:00:00Z', '', 'today']) {
      expect(contextIssues({ date, region: 'BTB' })).toContainEqual(expect.objectContaining({ path: ['date'], code: 'invalid-date' }));
    }
  });
  it('an invalid Date object is rejected', () => {
    expect(contextIssues({ date: new Date('nope'), region: 'BTB' })).toContainEqual(expect.objectContaining({ code: 'invalid-date' }));
  });
  it('the day before validFrom and the day after validTo are outside the rulebook’s validity', () => {
    const before = contextIssues({ date: '2021-12-31', region: 'BTB' });
    expect(before).toEqual([expect.objectContaining({ path: ['date'], code: 'date-outside-validity' })]);
    expect(before[0]?.message.en).toContain('toy-ntm-2022-2025');
    expect(contextIssues({ date: '2026-01-01', region: 'BTB' })).toEqual([expect.objectContaining({ path: ['date'], code: 'date-outside-validity' })]);
  });
  it('validFrom and validTo themselves are inside (inclusive)', () => {
    expect(evaluate(toyRulebook, {}, { date: '2022-01-01', region: 'BTB' }).context.date).toBe('2022-01-01');
    expect(evaluate(toyRulebook, {}, { date: '2025-12-31', region: 'BTB' }).context.date).toBe('2025-12-31');
  });
  it('a region is required when the rulebook has region columns', () => {
    const [issue] = contextIssues({ date: '2024-06-30' });
    expect(issue).toMatchObject({ path: ['region'], code: 'required' });
    expect(issue?.message.en).toContain('TDMNPB');
  });
  it('an unknown region is rejected, listing the known ones', () => {
    const [issue] = contextIssues({ date: '2024-06-30', region: 'XYZ' });
    expect(issue).toMatchObject({ path: ['region'], code: 'unknown-column' });
    expect(issue?.message.en).toContain('TDMNPB, DBSH, BTB, DNB');
  });
  it('an undeclared fact is rejected', () => {
    expect(contextIssues({ date: '2024-06-30', region: 'BTB', facts: { mountainous: true } })).toEqual([
      expect.objectContaining({ path: ['facts', 'mountainous'], code: 'unknown-fact' }),
    ]);
  });
  it('a fact that is not true/false is rejected', () => {
    expect(contextIssues({ date: '2024-06-30', region: 'BTB', facts: { poorDistrict: 'yes' } })).toEqual([
      expect.objectContaining({ path: ['facts', 'poorDistrict'], code: 'invalid-type' }),
    ]);
    expect(contextIssues({ date: '2024-06-30', region: 'BTB', facts: 'poorDistrict' })).toEqual([
      expect.objectContaining({ path: ['facts'], code: 'invalid-type' }),
    ]);
  });
  it('a year outside 1900–2200 or not whole is rejected', () => {
    expect(contextIssues({ date: '2024-06-30', region: 'BTB', year: 1800 })).toEqual([expect.objectContaining({ path: ['year'], code: 'invalid-year' })]);
    expect(contextIssues({ date: '2024-06-30', region: 'BTB', year: 2024.5 })).toEqual([expect.objectContaining({ path: ['year'], code: 'invalid-year' })]);
  });
  it('several problems are reported together', () => {
    const issues = contextIssues({ date: '2023-02-30', region: 'XYZ', facts: { nope: true } });
    expect(issues.map((i) => i.code).sort()).toEqual(['invalid-date', 'unknown-column', 'unknown-fact']);
  });
  it('a context that is not an object is rejected', () => {
    expect(contextIssues(null)).toEqual([expect.objectContaining({ path: [], code: 'invalid-type' })]);
  });
});

describe('valid contexts', () => {
  it('a Date object is read as its local calendar day', () => {
    const resolved = resolveContext(toyRulebook, { date: new Date(2024, 5, 30), region: 'BTB' });
    expect(resolved.date).toBe('2024-06-30');
    expect(resolved.year).toBe(2024);
  });
  it('facts left out count as false', () => {
    const resolved = resolveContext(toyRulebook, { date: '2024-02-29', region: 'DBSH', facts: { extremelyDisadvantaged: true } });
    expect(resolved.column?.key).toBe('DBSH');
    expect(resolved.facts.get('extremelyDisadvantaged')).toBe(true);
    expect(resolved.facts.has('poorDistrict')).toBe(false);
  });
});

describe('toIsoDate', () => {
  it('accepts real dates and leap days only in leap years', () => {
    expect(toIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(toIsoDate('2023-02-29')).toBeUndefined();
    expect(toIsoDate('2023-02-30')).toBeUndefined();
    expect(toIsoDate('2023-13-01')).toBeUndefined();
    expect(toIsoDate(new Date(2023, 0, 5))).toBe('2023-01-05');
  });
});

describe('matchesCondition', () => {
  const subject = { date: '2024-03-01', year: 2024, column: 'BTB', facts: new Map([['poorDistrict', true]]) };
  it('no condition always holds', () => {
    expect(matchesCondition(undefined, subject)).toBe(true);
  });
  it('date and year bounds are inclusive', () => {
    expect(matchesCondition({ dates: { from: '2024-03-01' } }, subject)).toBe(true);
    expect(matchesCondition({ dates: { to: '2024-03-01' } }, subject)).toBe(true);
    expect(matchesCondition({ dates: { to: '2024-02-29' } }, subject)).toBe(false);
    expect(matchesCondition({ years: { from: 2024, to: 2024 } }, subject)).toBe(true);
    expect(matchesCondition({ years: { from: 2025 } }, subject)).toBe(false);
  });
  it('columns and facts (allOf / noneOf)', () => {
    expect(matchesCondition({ columns: ['BTB', 'DNB'] }, subject)).toBe(true);
    expect(matchesCondition({ columns: ['DNB'] }, subject)).toBe(false);
    expect(matchesCondition({ facts: { allOf: ['poorDistrict'] } }, subject)).toBe(true);
    expect(matchesCondition({ facts: { noneOf: ['poorDistrict'] } }, subject)).toBe(false);
    expect(matchesCondition({ facts: { noneOf: ['khuVucIII'] } }, subject)).toBe(true);
  });
  it('a denominator condition cannot be told without counts (undefined)', () => {
    expect(matchesCondition({ denominator: { op: '>', value: 3 } }, subject)).toBeUndefined();
    expect(matchesCondition({ denominator: { op: '>', value: 3 } }, subject, 4)).toBe(true);
    expect(matchesCondition({ denominator: { op: '>', value: 3 } }, subject, 3)).toBe(false);
    expect(matchesCondition({ columns: ['DNB'], denominator: { op: '>', value: 3 } }, subject)).toBe(false);
  });
});
