/*
 * A criterion's points object and a minimum's check are built once per sheet, frozen and shared by
 * every rating that needs the same one (src/ocop/shared-result-parts.ts). These tests check that a
 * rating on a sheet already used by many others equals the same rating on a fresh copy of the sheet
 * (nothing remembered), and that the shared parts are frozen and never change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OcopInputError, rateOcopProduct, type OcopRating, type OcopRatingInput, type ScoreSheet } from '../../src/ocop/index.js';
import { MAX_REMEMBERED_PARTS, criterionPointsOf, minimumCheckOf, type CriterionPointsSource, type MinimumSource } from '../../src/ocop/shared-result-parts.js';
import { bestChoices, sheet1, sheet26 } from './fixtures.js';

const on148 = { date: '2024-05-10' };

/** One member's sheet of choices: per criterion an option id, its points, `{ option }` or `{ points }`; one case per "choose one" section. */
function sheetChoices(sheet: ScoreSheet) {
  const sections = sheet.parts.flatMap((p) => p.sections);
  return fc
    .tuple(
      ...sections.map((section) =>
        fc.tuple(
          fc.nat(section.criteria.length - 1),
          fc.tuple(
            ...section.criteria.map((c) =>
              fc.oneof(
                { weight: 6, arbitrary: fc.constantFrom(...c.options.map((o) => o.id)) },
                { weight: 1, arbitrary: fc.constantFrom(0, ...c.options.map((o) => o.points)) },
                { weight: 1, arbitrary: fc.constantFrom(...c.options.map((o) => ({ option: o.id }))) },
                { weight: 1, arbitrary: fc.constantFrom(...c.options.map((o) => ({ points: o.points }))) },
              ),
            ),
          ),
        ),
      ),
    )
    .map((bySection) => {
      const choices: Record<string, unknown> = {};
      bySection.forEach(([caseAt, values], s) => {
        const section = sections[s]!;
        section.criteria.forEach((c, i) => {
          if (!section.pickOne || i === caseAt) choices[c.id] = values[i];
        });
      });
      return choices;
    });
}

function product(sheet: ScoreSheet) {
  return fc.oneof(
    sheetChoices(sheet).map((choices) => ({ productSet: sheet.productSet, choices }) as OcopRatingInput),
    fc.array(sheetChoices(sheet), { minLength: 2, maxLength: 7 }).map((members) => ({ productSet: sheet.productSet, members: members.map((choices) => ({ choices })) }) as OcopRatingInput),
  );
}

const outcome = (rate: () => OcopRating) => {
  try {
    return { rating: rate() };
  } catch (error) {
    expect(error).toBeInstanceOf(OcopInputError);
    return { issues: (error as OcopInputError).issues };
  }
};

describe('shared result parts', () => {
  for (const [name, sheet] of [['148/QĐ-TTg sheet 1 (conditional criteria)', sheet1], ['148/QĐ-TTg sheet 26 ("choose one" sections)', sheet26]] as const) {
    it(`a rating on ${name} after many others equals the rating on a fresh copy of the sheet`, () => {
      fc.assert(
        fc.property(fc.array(product(sheet), { minLength: 1, maxLength: 6 }), fc.constantFrom<'full' | 'summary'>('full', 'summary'), (products, detail) => {
          for (const input of products) {
            const warm = outcome(() => rateOcopProduct(input, { ...on148, detail }));
            const cold = outcome(() => rateOcopProduct(input, { ...on148, detail, sheet: structuredClone(sheet) }));
            expect(warm).toEqual(cold);
          }
        }),
        { numRuns: 150 },
      );
    });
  }

  it('one sheet: every criterion shows the chosen option and its points, or the points given', () => {
    const criteria = sheet26.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria));
    fc.assert(
      fc.property(sheetChoices(sheet26), (choices) => {
        const { rating } = outcome(() => rateOcopProduct({ productSet: 26, choices } as OcopRatingInput, on148));
        if (!rating) return;
        for (const shown of rating.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria))) {
          const criterion = criteria.find((c) => c.id === shown.id)!;
          const given = choices[shown.id];
          if (given === undefined) {
            expect(shown).toMatchObject({ points: '0', option: null, scored: false });
            continue;
          }
          const optionId = typeof given === 'string' ? given : typeof given === 'object' && given !== null && 'option' in given ? (given.option as string) : null;
          const points = optionId !== null ? criterion.options.find((o) => o.id === optionId)!.points : typeof given === 'number' ? given : (given as { points: number }).points;
          expect(shown).toEqual({ id: criterion.id, label: criterion.label, max: String(criterion.max), points: String(points), option: optionId, scored: true });
        }
        for (const check of rating.minima) {
          const shown = rating.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria)).find((c) => c.id === check.criterion)!;
          expect(check.actual).toBe(shown.points);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('are frozen, the same object for the same option, and unchanged by later ratings', () => {
    const best = rateOcopProduct({ productSet: 1, choices: bestChoices(sheet1) }, on148);
    const snapshot = JSON.stringify(best);
    const first = best.parts[0]!.sections[0]!.criteria[0]!;
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(best.minima[0])).toBe(true);
    expect(() => {
      (first as { points: string }).points = '99';
    }).toThrow(TypeError);
    const worst = Object.fromEntries(Object.entries(bestChoices(sheet1)).map(([id]) => [id, 0]));
    rateOcopProduct({ productSet: 1, choices: worst }, on148);
    rateOcopProduct({ productSet: 1, members: [{ choices: worst }, { choices: bestChoices(sheet1) }, { choices: worst }] }, on148);
    const again = rateOcopProduct({ productSet: 1, choices: bestChoices(sheet1) }, on148);
    expect(again.parts[0]!.sections[0]!.criteria[0]).toBe(first);
    expect(JSON.stringify(best)).toBe(snapshot);
    expect(again).toEqual(best);
  });
});

describe('remembered parts are bounded', () => {
  const source: CriterionPointsSource = {
    criterion: sheet1.parts[0]!.sections[0]!.criteria[0]!,
    maxText: '3',
    optionIds: ['1', '2'],
    chosenPoints: [],
    otherPoints: new Map(),
  };
  const minimum: MinimumSource = { level: 4, rule: 'at-least', requiredText: '2', criterion: '1a', label: source.criterion.label, checks: new Map(), checkByOption: [] };

  it(`keep at most ${MAX_REMEMBERED_PARTS} entries each, and build the rest correctly`, () => {
    for (let sum = 0; sum < MAX_REMEMBERED_PARTS + 500; sum++) {
      // 8 members: every average terminates, so String() of the quotient is the exact text.
      expect(criterionPointsOf(source, sum, 8, -1, true).points).toBe(String(sum / 800));
      expect(minimumCheckOf(minimum, sum, 8, sum >= 1600).check).toMatchObject({ actual: String(sum / 800), met: sum >= 1600 });
    }
    expect(source.otherPoints.size).toBe(MAX_REMEMBERED_PARTS);
    expect(minimum.checks.size).toBe(MAX_REMEMBERED_PARTS);
    expect(criterionPointsOf(source, MAX_REMEMBERED_PARTS + 499, 8, -1, true)).toMatchObject({ points: String((MAX_REMEMBERED_PARTS + 499) / 800), option: null, scored: true });
    expect(criterionPointsOf(source, 300, 1, 62, false)).toMatchObject({ points: '3', scored: false });
    expect(criterionPointsOf(source, 300, 1, 63, false)).toMatchObject({ points: '3', scored: false });
  });

  it('councils of 4,096 or more are built each time, not remembered', () => {
    const before = source.otherPoints.size;
    expect(criterionPointsOf(source, 5000 * 3, 5000, 0, true)).toMatchObject({ points: '0.03', option: '1' });
    expect(source.otherPoints.size).toBe(before);
  });
});
