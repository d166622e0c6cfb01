import { describe, expect, it } from 'vitest';
import { defineRulebook } from '../../src/core/define-rulebook.js';
import { NoRulebookInForceError, RulebookError, type Issue } from '../../src/core/errors.js';
import { createRegistry } from '../../src/core/registry.js';
import type { Rulebook } from '../../src/core/rulebook.js';
import { toyRulebookInput } from '../fixtures/toy-rulebook.js';
import { thrown } from './helpers.js';

function toy(id: string, validFrom: string, validTo?: string, kind = 'toy-ntm'): Rulebook {
  const input = { ...toyRulebookInput(), id, kind, validFrom } as Record<string, unknown>;
  if (validTo === undefined) delete input['validTo'];
  else input['validTo'] = validTo;
  return defineRulebook(input);
}

const first = toy('toy-2021', '2021-01-01', '2021-12-31');
const second = toy('toy-2022-2023', '2022-01-01', '2023-12-31');
const third = toy('toy-2024-on', '2024-03-01');
const other = toy('other-2022', '2022-06-01', undefined, 'other');
// Given out of order on purpose.
const registry = createRegistry([third, other, first, second]);

function noRulebookIssue(fn: () => unknown): Issue {
  const error = thrown(fn);
  expect(error).toBeInstanceOf(NoRulebookInForceError);
  const issues = (error as NoRulebookInForceError).issues;
  expect(issues).toHaveLength(1);
  return issues[0] as Issue;
}

describe('rulebookFor picks the rulebook in force on the date (validFrom and validTo inclusive)', () => {
  it.each([
    ['2021-01-01', 'toy-2021'],
    ['2021-12-31', 'toy-2021'],
    ['2022-01-01', 'toy-2022-2023'],
    ['2023-12-31', 'toy-2022-2023'],
    ['2024-03-01', 'toy-2024-on'],
    ['2099-12-31', 'toy-2024-on'],
  ])('on %s: %s', (date, id) => {
    expect(registry.rulebookFor('toy-ntm', date).id).toBe(id);
  });
  it('accepts a Date (its local calendar day)', () => {
    expect(registry.rulebookFor('toy-ntm', new Date(2021, 11, 31)).id).toBe('toy-2021');
    expect(registry.rulebookFor('toy-ntm', new Date(2022, 0, 1)).id).toBe('toy-2022-2023');
  });
  it('returns the very rulebook object it was given', () => {
    expect(registry.rulebookFor('toy-ntm', '2022-06-30')).toBe(second);
  });
});

describe('rulebookFor throws NoRulebookInForceError when none is in force', () => {
  it('in the gap between two rulebooks, naming both', () => {
    for (const date of ['2024-01-01', '2024-02-29']) {
      const issue = noRulebookIssue(() => registry.rulebookFor('toy-ntm', date));
      expect(issue.code).toBe('no-rulebook-in-force');
      expect(issue.path).toEqual(['date']);
      for (const text of [issue.message.en, issue.message.vi]) {
        expect(text).toContain('toy-2022-2023');
        expect(text).toContain('toy-2024-on');
        expect(text).toContain(date);
      }
    }
  });
  it('before the first rulebook', () => {
    const issue = noRulebookIssue(() => registry.rulebookFor('toy-ntm', '2020-12-31'));
    expect(issue.code).toBe('no-rulebook-in-force');
    expect(issue.message.en).toContain('toy-2021');
  });
  it('after the last one ended', () => {
    const closed = createRegistry([first]);
    const issue = noRulebookIssue(() => closed.rulebookFor('toy-ntm', '2022-01-01'));
    expect(issue.code).toBe('no-rulebook-in-force');
    expect(issue.message.en).toContain('toy-2021');
    expect(issue.message.en).toContain('2021-12-31');
  });
  it('for an unknown kind, listing the known kinds', () => {
    const issue = noRulebookIssue(() => registry.rulebookFor('district-ntm', '2022-06-30'));
    expect(issue).toMatchObject({ path: ['kind'], code: 'unknown-kind' });
    expect(issue.message.en).toContain('toy-ntm');
    expect(issue.message.en).toContain('other');
  });
  it('for an invalid date', () => {
    expect(noRulebookIssue(() => registry.rulebookFor('toy-ntm', '2023-02-30'))).toMatchObject({ path: ['date'], code: 'invalid-date' });
    expect(noRulebookIssue(() => registry.rulebookFor('toy-ntm', new Date(Number.NaN)))).toMatchObject({ code: 'invalid-date' });
  });
});

describe('createRegistry validates the set', () => {
  it('rejects two rulebooks of one kind that overlap by a single day', () => {
    const error = thrown(() => createRegistry([first, toy('toy-late-2021', '2021-12-31', '2022-06-30')]));
    expect(error).toBeInstanceOf(RulebookError);
    expect((error as RulebookError).issues[0]).toMatchObject({ code: 'overlapping-validity' });
  });
  it('rejects a rulebook starting after an open-ended one of the same kind', () => {
    expect(() => createRegistry([third, toy('toy-2030', '2030-01-01')])).toThrow(RulebookError);
  });
  it('accepts back-to-back rulebooks and overlapping ones of different kinds', () => {
    expect(() => createRegistry([first, second, toy('other-2021', '2021-06-01', undefined, 'other-kind')])).not.toThrow();
  });
  it('rejects duplicate ids', () => {
    const error = thrown(() => createRegistry([first, toy('toy-2021', '2030-01-01', undefined, 'other')]));
    expect(error).toBeInstanceOf(RulebookError);
    expect((error as RulebookError).issues[0]).toMatchObject({ path: ['id'], code: 'duplicate' });
  });
});

describe('listRulebooks and getRulebook', () => {
  it('lists all rulebooks oldest first, or those of one kind', () => {
    expect(registry.listRulebooks().map((r) => r.id)).toEqual(['toy-2021', 'toy-2022-2023', 'other-2022', 'toy-2024-on']);
    expect(registry.listRulebooks('toy-ntm').map((r) => r.id)).toEqual(['toy-2021', 'toy-2022-2023', 'toy-2024-on']);
    expect(registry.listRulebooks('nothing')).toEqual([]);
  });
  it('returns a copy: reordering the list does not change the registry', () => {
    const list = registry.listRulebooks() as Rulebook[];
    list.reverse();
    list.pop();
    expect(registry.listRulebooks().map((r) => r.id)).toEqual(['toy-2021', 'toy-2022-2023', 'other-2022', 'toy-2024-on']);
    expect(registry.rulebookFor('toy-ntm', '2021-06-30').id).toBe('toy-2021');
  });
  it('finds a rulebook by id', () => {
    expect(registry.getRulebook('other-2022')).toBe(other);
    expect(registry.getRulebook('nope')).toBeUndefined();
  });
});
