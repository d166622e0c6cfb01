/*
 * Which national rulebook is in force on a date, and the round trip of both through JSON.
 *
 * 318/QĐ-TTg took effect on signing, 08/03/2022, and serves 2021–2025 (to 31/12/2025);
 * 51/2025/QĐ-TTg is in force from 15/02/2026 for 2026–2030. Which set governed 01/01/2026 –
 * 14/02/2026 was not verified, so the library picks none and says so.
 */
import { describe, expect, it } from 'vitest';
import {
  ContextError,
  NoRulebookInForceError,
  NtmError,
  builtInRulebooks,
  communeNtm2021To2025,
  communeNtm2026To2030,
  defineRulebook,
  findRulebook,
  evaluate,
  inputJsonSchema,
  listRulebooks,
  rulebookFor,
  rulebookToJson,
  safeEvaluate,
  type Rulebook,
} from '../../src/index.js';
import data2021 from '../../src/rulebooks/data/commune-ntm-2021-2025.json';
import data2026 from '../../src/rulebooks/data/commune-ntm-2026-2030.json';
import { thrown } from './fixtures.js';

const noneInForce = (date: string | Date) => thrown(() => rulebookFor('commune-ntm', date)) as NoRulebookInForceError;

describe('rulebookFor("commune-ntm", date)', () => {
  it.each([
    ['2022-03-08', 'commune-ntm-2021-2025'], // signing day of 318/QĐ-TTg
    ['2024-02-29', 'commune-ntm-2021-2025'],
    ['2024-03-01', 'commune-ntm-2021-2025'], // 211/QĐ-TTg amends, does not replace
    ['2025-12-31', 'commune-ntm-2021-2025'], // last day of the period
    ['2026-02-15', 'commune-ntm-2026-2030'], // 51/2025/QĐ-TTg in force
    ['2028-07-01', 'commune-ntm-2026-2030'],
    ['2030-12-31', 'commune-ntm-2026-2030'],
  ])('on %s is %s', (date, id) => {
    expect(rulebookFor('commune-ntm', date).id).toBe(id);
  });

  it('returns the very objects exported by the package', () => {
    expect(rulebookFor('commune-ntm', '2023-06-30')).toBe(communeNtm2021To2025);
    expect(rulebookFor('commune-ntm', '2027-01-01')).toBe(communeNtm2026To2030);
  });

  it('on 2022-03-07, before the first set, throws naming its start', () => {
    const error = noneInForce('2022-03-07');
    expect(error).toBeInstanceOf(NoRulebookInForceError);
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([[['date'], 'no-rulebook-in-force']]);
    expect(error.issues[0]?.message.en).toBe('No "commune-ntm" rulebook is in force on 2022-03-07: the first, "commune-ntm-2021-2025", starts 2022-03-08');
  });

  it.each(['2026-01-01', '2026-02-14'])('on %s, in the unverified gap, throws naming both sets', (date) => {
    const error = noneInForce(date);
    expect(error).toBeInstanceOf(NoRulebookInForceError);
    expect(error).toBeInstanceOf(NtmError);
    expect(error.name).toBe('NoRulebookInForceError');
    expect(error.issues[0]?.code).toBe('no-rulebook-in-force');
    expect(error.message).toContain('commune-ntm-2021-2025');
    expect(error.message).toContain('commune-ntm-2026-2030');
    expect(error.issues[0]?.message.en).toBe(
      `No "commune-ntm" rulebook is in force on ${date}: "commune-ntm-2021-2025" ended 2025-12-31 and "commune-ntm-2026-2030" starts 2026-02-15`,
    );
    expect(error.issues[0]?.message.vi).toContain('không có bộ tiêu chí "commune-ntm" nào có hiệu lực');
  });

  it('on 2031-01-01, after the last set, throws naming its end', () => {
    const error = noneInForce('2031-01-01');
    expect(error.issues[0]?.code).toBe('no-rulebook-in-force');
    expect(error.issues[0]?.message.en).toBe('No "commune-ntm" rulebook is in force on 2031-01-01: the last, "commune-ntm-2026-2030", ended 2030-12-31');
  });

  it('takes Date objects by their local calendar day', () => {
    expect(rulebookFor('commune-ntm', new Date(2022, 2, 8)).id).toBe('commune-ntm-2021-2025');
    expect(rulebookFor('commune-ntm', new Date(2025, 11, 31, 23, 59)).id).toBe('commune-ntm-2021-2025');
    expect(rulebookFor('commune-ntm', new Date(2026, 1, 15)).id).toBe('commune-ntm-2026-2030');
    expect(noneInForce(new Date(2026, 0, 1)).issues[0]?.code).toBe('no-rulebook-in-force');
    expect(noneInForce(new Date(2022, 2, 7)).issues[0]?.code).toBe('no-rulebook-in-force');
  });

  it('rejects a date that does not exist', () => {
    expect(noneInForce('2023-02-30').issues[0]?.code).toBe('invalid-date');
    expect(noneInForce(new Date(Number.NaN)).issues[0]?.code).toBe('invalid-date');
  });

  it('rejects an unknown kind, listing the known ones', () => {
    const error = thrown(() => rulebookFor('no-such-kind', '2024-01-01')) as NoRulebookInForceError;
    expect(error.issues[0]?.code).toBe('unknown-kind');
    expect(error.issues[0]?.message.en).toMatch(/^No rulebook of kind "no-such-kind" \(known: commune-ntm, /);
  });
});

describe('findRulebook(kind, date)', () => {
  it('answers undefined where rulebookFor throws for want of a rulebook, and the same rulebook otherwise', () => {
    expect(findRulebook('commune-ntm', '2024-06-30')?.id).toBe('commune-ntm-2021-2025');
    expect(findRulebook('commune-ntm', '2026-02-15')?.id).toBe('commune-ntm-2026-2030');
    expect(findRulebook('commune-ntm', '2026-01-20')).toBeUndefined(); // the gap before 51/2025 takes effect
    expect(findRulebook('district-ntm', '2025-06-30')?.id).toBe('district-ntm-2021-2025');
    expect(findRulebook('district-ntm', '2025-07-01')).toBeUndefined(); // district level abolished
    expect(findRulebook('no-such-kind', '2024-06-30')).toBeUndefined();
  });

  it('still rejects a date that is not a calendar date', () => {
    expect(() => findRulebook('commune-ntm', '2024-02-30')).toThrow(NoRulebookInForceError);
  });
});

describe('listRulebooks', () => {
  it('lists the two national commune sets, oldest first', () => {
    expect(listRulebooks('commune-ntm').map((r) => r.id)).toEqual(['commune-ntm-2021-2025', 'commune-ntm-2026-2030']);
    // Other kinds (advanced, model, district, province, civilized urban …) are built in too.
    expect(listRulebooks().map((r) => r.id)).toEqual(expect.arrayContaining(['commune-ntm-2021-2025', 'commune-ntm-2026-2030']));
    expect(builtInRulebooks).toEqual(expect.arrayContaining([communeNtm2021To2025, communeNtm2026To2030]));
    expect(listRulebooks('ocop')).toEqual([]);
  });

  it('leaves a gap of exactly 2025-12-31 → 2026-02-15 between them', () => {
    const [first, second] = listRulebooks('commune-ntm');
    expect([first?.validFrom, first?.validTo, second?.validFrom, second?.validTo]).toEqual(['2022-03-08', '2025-12-31', '2026-02-15', '2030-12-31']);
  });
});

describe('A rulebook used outside its validity', () => {
  it('evaluate(2021–2025, …, 01/03/2026) is a ContextError "date-outside-validity"', () => {
    const error = thrown(() => evaluate(communeNtm2021To2025, {}, { date: '2026-03-01', region: 'BTB' }));
    expect(error).toBeInstanceOf(ContextError);
    expect((error as ContextError).issues.map((i) => [i.path, i.code])).toEqual([[['date'], 'date-outside-validity']]);
    expect((error as ContextError).issues[0]?.message.en).toContain('use rulebookFor(kind, date)');
  });

  it('evaluate(2026–2030, …, 31/12/2025) is refused too', () => {
    const error = thrown(() => evaluate(communeNtm2026To2030, {}, { date: '2025-12-31', communeGroup: 2 }));
    expect((error as ContextError).issues.map((i) => i.code)).toEqual(['date-outside-validity']);
  });

  it('the first day of 2021–2025 is accepted, the day before is not', () => {
    expect(evaluate(communeNtm2021To2025, {}, { date: '2022-03-08', region: 'BTB' }).context.date).toBe('2022-03-08');
    const error = thrown(() => evaluate(communeNtm2021To2025, {}, { date: '2022-03-07', region: 'BTB' }));
    expect((error as ContextError).issues.map((i) => i.code)).toEqual(['date-outside-validity']);
  });

  it('safeEvaluate returns the same error instead of throwing', () => {
    const outcome = safeEvaluate(communeNtm2021To2025, {}, { date: '2026-03-01', region: 'BTB' });
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    expect(outcome.error).toBeInstanceOf(ContextError);
    expect(outcome.error.issues.map((i) => i.code)).toEqual(['date-outside-validity']);
  });
});

describe.each([
  ['commune-ntm-2021-2025', communeNtm2021To2025, data2021],
  ['commune-ntm-2026-2030', communeNtm2026To2030, data2026],
] as const)('%s as data', (id, rulebook: Rulebook, data: unknown) => {
  it('rulebookToJson → JSON text → defineRulebook gives back an equal rulebook', () => {
    const text = JSON.stringify(rulebookToJson(rulebook));
    const back = defineRulebook(JSON.parse(text));
    expect(back.id).toBe(id);
    expect(back).toStrictEqual(rulebook);
    expect(back).not.toBe(rulebook);
    expect(Object.isFrozen(back)).toBe(true);
    expect(Object.isFrozen(back.criteria[0]?.indicators[0]?.checks[0])).toBe(true);
  });

  it('rulebookToJson gives exactly the shipped data file', () => {
    expect(rulebookToJson(rulebook)).toStrictEqual(data);
  });

  it('the built-in rulebook is frozen', () => {
    expect(Object.isFrozen(rulebook)).toBe(true);
    expect(Object.isFrozen(rulebook.criteria)).toBe(true);
  });
});

describe('inputJsonSchema', () => {
  it('has 57 optional properties for 2021–2025, one per indicator code, and no others', () => {
    const schema = inputJsonSchema(communeNtm2021To2025) as { type: string; properties: Record<string, unknown>; required?: string[]; additionalProperties: unknown };
    const codes = communeNtm2021To2025.criteria.flatMap((c) => c.indicators.map((i) => i.code));
    expect(Object.keys(schema.properties)).toHaveLength(57);
    // As a JS object, integer-like codes ("5", "7", "10", "11", "16") come first: compare as sets.
    expect(new Set(Object.keys(schema.properties))).toEqual(new Set(codes));
    expect(schema.type).toBe('object');
    expect(schema.required ?? []).toEqual([]);
    expect(schema.additionalProperties).toBe(false);
  });

  it('has 16 properties for 2026–2030 (6 known rows and 10 unrecovered ones)', () => {
    const schema = inputJsonSchema(communeNtm2026To2030) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toHaveLength(16);
  });
});
