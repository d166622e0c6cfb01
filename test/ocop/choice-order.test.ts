/*
 * rateOcopProduct remembers, per sheet, which criterion each position of the choices' keys held
 * last time (a batch usually lists its choices in one order). Choices given in any other order, with
 * unknown keys, undefined values or wrong options anywhere, must give the same rating or the same
 * issues: in sheet order, then unknown keys by name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OcopInputError, rateOcopProduct } from '../../src/ocop/index.js';
import { sheet1 } from './fixtures.js';
import { thrown } from '../core/helpers.js';

const on148 = { date: '2024-05-10' };
const criteria = sheet1.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria));

/** A product's choices: one per criterion (an option, its points, or junk), plus stray keys. */
const choices = fc
  .tuple(
    fc.tuple(...criteria.map((c) => fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...c.options.map((o) => o.id)) }, { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, 'no-such-option', 0) }))),
    fc.subarray(['99z', '1a ', 'x']),
  )
  .map(([values, stray]) => [...criteria.map((c, i) => [c.id, values[i]] as [string, unknown]), ...stray.map((key) => [key, 'a'] as [string, unknown])]);

const outcome = (entries: [string, unknown][]) => {
  const input = { productSet: 1, choices: Object.fromEntries(entries) } as Parameters<typeof rateOcopProduct>[0];
  try {
    return { rating: rateOcopProduct(input, on148) };
  } catch (error) {
    expect(error).toBeInstanceOf(OcopInputError);
    return { issues: (error as OcopInputError).issues.map((i) => `${i.path.join('.')}:${i.code}`) };
  }
};

describe('choices in any order', () => {
  it('rate the same as in sheet order, and report the same issues in the same order', () => {
    fc.assert(
      fc.property(choices, fc.integer(), (entries, seed) => {
        const inSheetOrder = outcome(entries);
        const shuffled = [...entries].sort((a, b) => ((a[0].charCodeAt(0) * 31 + seed) % 7) - ((b[0].charCodeAt(0) * 31 + seed) % 7) || (seed & 1 ? -1 : 1));
        expect(outcome(shuffled)).toEqual(inSheetOrder);
        expect(outcome([...entries].reverse())).toEqual(inSheetOrder);
      }),
      { numRuns: 300 },
    );
  });
  it('an unknown key is reported after the criteria’s own problems, whatever its position', () => {
    const entries: [string, unknown][] = criteria.map((c) => [c.id, c.options[0]!.id]);
    entries[2] = [entries[2]![0], 'no-such-option'];
    const issues = (input: [string, unknown][]) => (thrown(() => rateOcopProduct({ productSet: 1, choices: Object.fromEntries(input) } as Parameters<typeof rateOcopProduct>[0], on148)) as OcopInputError).issues.map((i) => i.code);
    expect(issues([['99z', 'a'], ...entries])).toEqual(['option-not-on-sheet', 'unknown-criterion']);
    expect(issues([...entries, ['99z', 'a']])).toEqual(['option-not-on-sheet', 'unknown-criterion']);
  });
});
