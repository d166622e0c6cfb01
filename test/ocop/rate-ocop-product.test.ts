import { describe, expect, it } from 'vitest';
import { ContextError } from '../../src/core/errors.js';
import {
  MixedProductsError,
  OcopInputError,
  OptionNotOnSheetError,
  ScoreAboveMaximumError,
  ScoreSheetUnavailableError,
  UnknownProductSetError,
  builtInOcopScoreSheets,
  defineOcopScoreSheet,
  explainOcopRating,
  rateOcopProduct,
  type OcopRatingInput,
} from '../../src/ocop/index.js';
import { RulebookError, type NtmError } from '../../src/core/errors.js';
import { thrown } from '../core/helpers.js';
import { bestChoices, bestWith, edgeSheetInput, optionWith, sheet1, sheet10, sheet2026, sheet26 } from './fixtures.js';

const on148 = { date: '2024-05-10' };
const codes = (error: unknown) => (error as NtmError).issues.map((i) => i.code);

describe('rateOcopProduct — points and bands (148/QĐ-TTg sheet 1)', () => {
  it('scores every criterion at its best option as 100 points, 5 stars, recognised by the ministry', () => {
    const r = rateOcopProduct({ productSet: 1, product: 'Dưa lưới', choices: bestChoices(sheet1) }, on148);
    expect(r.total).toBe('100');
    expect(r.parts.map((p) => [p.id, p.points, p.max])).toEqual([['A', '40', '40'], ['B', '25', '25'], ['C', '35', '35']]);
    expect(r.parts[0]!.sections.map((s) => s.points)).toEqual(['18', '10', '12']);
    expect(r.bandStar).toBe(5);
    expect(r.star).toBe(5);
    expect(r.downgrade).toBeNull();
    expect(r.recognisable).toBe(true);
    expect(r.authority?.level).toBe('ministry');
    expect(r.authority?.label.vi).toBe('Bộ Nông nghiệp và Phát triển nông thôn');
    expect(r.version.id).toBe('148-2023');
    expect(r.sheet.provenance.status).toBe('secondary');
    expect(r.notOfficial.map((n) => n.what)).toEqual(['sheet', 'bands', 'authority']);
  });

  it('accepts points instead of option ids and reports the chosen option when an id is given', () => {
    const r = rateOcopProduct({ productSet: '1', choices: bestWith(sheet1, { '1a': 3, '1b': { option: '2' }, '1c': { points: 3 } }) }, on148);
    const crit = r.parts[0]!.sections[0]!.criteria;
    expect(crit.find((c) => c.id === '1a')).toMatchObject({ points: '3', max: '5', scored: true });
    expect(crit.find((c) => c.id === '1a')!.option).toBeNull();
    expect(crit.find((c) => c.id === '1b')).toMatchObject({ points: '2', option: '2' });
    expect(r.total).toBe('97');
  });

  it('labour share below 50 %: no box applies, 0 points are accepted (3c)', () => {
    const r = rateOcopProduct({ productSet: 1, choices: bestWith(sheet1, { '3c': 0 }) }, on148);
    expect(r.total).toBe('97');
  });
});

describe('band edges, exact (no rounding)', () => {
  const sheet = defineOcopScoreSheet(edgeSheetInput);
  const cases: [string, Record<string, string>, number][] = [
    ['29.99', { a: '1', b: '1', fine: '1', c2: '2' }, 1],
    ['30', { a: '1', b: '1', fine: '2', c2: '2' }, 2],
    ['49.99', { a: '1', b: '1', fine: '1', c2: '1' }, 2],
    ['50', { a: '1', b: '1', fine: '2', c2: '1' }, 3],
    ['69.99', { a: '2', b: '1', fine: '1', c2: '1' }, 3],
    ['70', { a: '2', b: '1', fine: '2', c2: '1' }, 4],
    ['89.99', { a: '2', b: '1', fine: '1', c2: '3' }, 4],
    ['90', { a: '2', b: '1', fine: '2', c2: '3' }, 5],
    ['100', { a: '2', b: '1', fine: '2', c2: '4' }, 5],
  ];
  // 29.99 and 30 need B = 0: the test sheet's B criterion only offers 25, so give 0 points explicitly.
  for (const [total, choices, star] of cases) {
    it(`${total} points → ${star}★`, () => {
      const input = { ...choices } as Record<string, string | number>;
      if (total === '29.99' || total === '30') input.b = 0;
      if (total === '29.99' || total === '30') input.c2 = '2';
      const r = rateOcopProduct({ productSet: 'edges', choices: input }, { date: '2024-01-15', sheet });
      expect(r.total).toBe(total);
      expect(r.bandStar).toBe(star);
      expect(r.star).toBe(star);
      expect(r.recognisable).toBe(star >= 3);
    });
  }
});

describe('mandatory minima (star marks), checked cumulatively', () => {
  it('misses a 5★ mark (11: detailed instructions): 99 points in the 5★ band → 4★', () => {
    const r = rateOcopProduct({ productSet: 1, choices: bestWith(sheet1, { '11': optionWith(sheet1, '11', 1) }) }, on148);
    expect(r.total).toBe('99');
    expect(r.bandStar).toBe(5);
    expect(r.star).toBe(4);
    expect(r.downgrade).toMatchObject({ from: 5, to: 4 });
    expect(r.downgrade!.missed.map((m) => [m.criterion, m.level, m.required, m.actual])).toEqual([['11', 5, '2', '1']]);
    expect(r.authority?.level).toBe('province');
  });

  it('misses a 4★ mark (2a: district specialty with origin sign = 4): 99 points → 3★ (district under 148)', () => {
    const r = rateOcopProduct({ productSet: 1, choices: bestWith(sheet1, { '2a': 3 }) }, on148);
    expect(r.bandStar).toBe(5);
    expect(r.star).toBe(3);
    expect(r.downgrade!.missed.map((m) => m.criterion)).toEqual(['2a']);
    expect(r.downgrade!.reason.en).toContain('2a (4★: needs ≥ 4, has 3)');
    expect(r.authority?.level).toBe('district');
  });

  it('a whole criterion marked 4★ (3e intellectual property) must score above 0', () => {
    const r = rateOcopProduct({ productSet: 1, choices: bestWith(sheet1, { '3e': 0 }) }, on148);
    expect(r.total).toBe('98');
    expect(r.star).toBe(3);
    expect(r.minima.find((m) => m.criterion === '3e')).toMatchObject({ level: 4, rule: 'above-zero', met: false });
  });

  it('misses a 3★ mark (9a: standard declared = 2): 99 points → 2★, not recognisable', () => {
    const r = rateOcopProduct({ productSet: 1, choices: bestWith(sheet1, { '9a': 1 }) }, on148);
    expect(r.star).toBe(2);
    expect(r.recognisable).toBe(false);
    expect(r.authority).toBeNull();
    expect(r.downgrade).toMatchObject({ from: 5, to: 2 });
  });

  it('no story (5a = 0): 5b and 5c do not apply and score 0, so the 3★ mark of 5b is missed', () => {
    const choices = bestWith(sheet1, { '5a': 0 });
    delete choices['5b'];
    delete choices['5c'];
    const r = rateOcopProduct({ productSet: 1, choices }, on148);
    expect(r.total).toBe('88');
    expect(r.bandStar).toBe(4);
    expect(r.star).toBe(2);
    const b = r.parts[1]!.sections[1]!.criteria.find((c) => c.id === '5b')!;
    expect(b).toMatchObject({ points: '0', scored: false });
  });

  it('the band limits the star: minima met but 69 points → 3★ with no downgrade', () => {
    const r = rateOcopProduct({ productSet: 1, choices: bestWith(sheet1, { '5a': 2, '6c': 0, '6d': 0, '7': 0, '12': 1, '1a': 1, '1e': 0, '3a': 1, '3b': 0, '1đ': 1, '4a': 1, '6b': 3, '8': 3 }) }, on148);
    expect(r.total).toBe('69');
    expect(r.bandStar).toBe(3);
    expect(r.star).toBe(3);
    expect(r.downgrade).toBeNull();
  });
});

describe('council: the total is the average of the members\' totals', () => {
  const member = (overrides: Record<string, string | number>) => ({ choices: bestWith(sheet1, overrides) });
  it('two members 99 and 97 → 98, per-criterion averages', () => {
    const r = rateOcopProduct({ productSet: 1, members: [member({ '1a': 3 }), member({ '1a': 1 })] }, on148);
    expect(r.memberCount).toBe(2);
    expect(r.memberTotals).toEqual(['98', '96']);
    expect(r.total).toBe('97');
    expect(r.parts[0]!.sections[0]!.criteria[0]).toMatchObject({ id: '1a', points: '2' });
  });

  it('three members 70, 70 and 69 average 69.66… (not exact): 3★ band, never rounded up to 70', () => {
    const low = { '5a': 2, '6c': 0, '6d': 0, '7': 0, '12': 1, '1a': 1, '1e': 0, '3a': 1, '3b': 0, '1đ': 1, '4a': 1, '6b': 3, '8': 3 };
    const r = rateOcopProduct({ productSet: 1, members: [member({ ...low, '3b': 1 }), member({ ...low, '3b': 1 }), member(low)] }, on148);
    expect(r.memberTotals).toEqual(['70', '70', '69']);
    expect(r.totalIsExact).toBe(false);
    expect(r.total.startsWith('69.666666')).toBe(true);
    expect(r.bandStar).toBe(3);
  });

  it('minima basis: average (default) vs every member', () => {
    const input: OcopRatingInput = { productSet: 1, members: [member({ '2a': 3 }), member({}), member({})] };
    // 2a average = 11/3 < 4 → the 4★ mark is missed on average too
    expect(rateOcopProduct(input, on148).star).toBe(3);
    const two: OcopRatingInput = { productSet: 1, members: [member({ '11': optionWith(sheet1, '11', 1) }), member({}), member({}), member({})] };
    // 11: average 7/4 = 1.75 < 2 → 5★ missed; every-member also missed
    expect(rateOcopProduct(two, on148).star).toBe(4);
    const above: OcopRatingInput = { productSet: 1, members: [member({ '6b': 3 }), member({})] };
    // 6b: 3 and 5 → average 4 ≥ 3 (4★ mark) met either way
    expect(rateOcopProduct(above, { ...on148, minimaBasis: 'every-member' }).star).toBe(5);
    const mixed: OcopRatingInput = { productSet: 1, members: [member({ '6b': 2 }), member({})] };
    // 6b: 2 and 5 → average 3.5 ≥ 3 met on average, but one member gave 2 < 3
    expect(rateOcopProduct(mixed, on148).star).toBe(5);
    expect(rateOcopProduct(mixed, { ...on148, minimaBasis: 'every-member' }).star).toBe(3);
    expect(rateOcopProduct(mixed, { ...on148, minimaBasis: 'average' }).star).toBe(5);
  });

  it('an unknown minima basis is a ContextError naming minimaBasis, not a silent average', () => {
    const error = thrown(() => rateOcopProduct({ productSet: 1, choices: bestChoices(sheet1) }, { ...on148, minimaBasis: 'median' as never }));
    expect(error).toBeInstanceOf(ContextError);
    expect((error as ContextError).issues[0]?.path).toEqual(['minimaBasis']);
  });

  it('members\' sheets for different products → MixedProductsError naming the member', () => {
    const error = thrown(() =>
      rateOcopProduct({ productSet: 1, product: 'Dưa lưới', members: [{ product: 'Dưa lưới', choices: bestChoices(sheet1) }, { product: 'Nếp ngự Sa Huỳnh', choices: bestChoices(sheet1) }] }, on148),
    );
    expect(error).toBeInstanceOf(MixedProductsError);
    expect((error as NtmError).issues[0]!.path).toEqual(['members', 1, 'product']);
    const sets = thrown(() => rateOcopProduct({ productSet: 1, members: [{ choices: bestChoices(sheet1) }, { productSet: 3, choices: bestChoices(sheet1) }] }, on148));
    expect(sets).toBeInstanceOf(MixedProductsError);
  });
});

describe('typed input errors', () => {
  it('unknown product set', () => {
    const error = thrown(() => rateOcopProduct({ productSet: 27, choices: {} }, on148));
    expect(error).toBeInstanceOf(UnknownProductSetError);
    expect((error as NtmError).issues[0]).toMatchObject({ path: ['productSet'], code: 'unknown-product-set' });
    expect((error as NtmError).issues[0]!.message.vi).toContain('từ 1 đến 26');
  });

  it('an option not on the sheet, and a criterion not on the sheet', () => {
    const error = thrown(() => rateOcopProduct({ productSet: 1, choices: bestWith(sheet1, { '1a': '9', zz: 1 }) }, on148));
    expect(error).toBeInstanceOf(OptionNotOnSheetError);
    expect((error as NtmError).issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['choices.1a', 'option-not-on-sheet'],
      ['choices.zz', 'unknown-criterion'],
    ]);
  });

  it('a score above the criterion maximum, and points that are no option', () => {
    const above = thrown(() => rateOcopProduct({ productSet: 1, choices: bestWith(sheet1, { '1a': 6 }) }, on148));
    expect(above).toBeInstanceOf(ScoreAboveMaximumError);
    expect((above as NtmError).issues[0]).toMatchObject({ path: ['choices', '1a'], code: 'points-above-maximum' });
    const between = thrown(() => rateOcopProduct({ productSet: 1, choices: bestWith(sheet1, { '1a': 2 }) }, on148));
    expect(codes(between)).toEqual(['points-not-an-option']);
  });

  it('a missing criterion is not zero', () => {
    const choices = bestChoices(sheet1);
    delete choices['7'];
    const error = thrown(() => rateOcopProduct({ productSet: 1, choices }, on148));
    expect(error).toBeInstanceOf(OcopInputError);
    expect((error as NtmError).issues[0]).toMatchObject({ path: ['choices', '7'], code: 'criterion-missing' });
  });

  it('5b scored without a story (5a = 1) is rejected', () => {
    const error = thrown(() => rateOcopProduct({ productSet: 1, choices: bestWith(sheet1, { '5a': 1 }) }, on148));
    expect(codes(error)).toEqual(['criterion-not-applicable', 'criterion-not-applicable']);
  });

  it('tourism sheet: both cases of a "choose one of two" section → several-cases-chosen; none → missing', () => {
    const both = thrown(() => rateOcopProduct({ productSet: 26, choices: bestWith(sheet26, { '8b': '3' }) }, on148));
    expect(codes(both)).toEqual(['several-cases-chosen']);
    const choices = bestChoices(sheet26);
    delete choices['9a'];
    expect(codes(thrown(() => rateOcopProduct({ productSet: 26, choices }, on148)))).toEqual(['criterion-missing']);
  });

  it('malformed input is described by the zod schema, bilingual', () => {
    const error = thrown(() => rateOcopProduct({ productSet: 1 } as OcopRatingInput, on148));
    expect(error).toBeInstanceOf(OcopInputError);
    expect((error as NtmError).issues[0]!.code).toBe('choices-or-members');
    const bad = thrown(() => rateOcopProduct({ productSet: 1, choices: { '1a': -1 } }, on148));
    expect((bad as NtmError).issues[0]!.path).toEqual(['choices', '1a']);
  });
});

describe('tourism sheet 26 (148)', () => {
  it('case 2 (single site) scores like case 1', () => {
    const choices = bestChoices(sheet26);
    delete choices['8a'];
    choices['8b'] = '3';
    const r = rateOcopProduct({ productSet: 26, product: 'Công viên di sản Làng Gò Cỏ', choices }, { date: '2025-08-01' });
    expect(r.total).toBe('100');
    const section8 = r.parts[2]!.sections.find((s) => s.id === '8')!;
    expect(section8.criteria.map((c) => [c.id, c.scored])).toEqual([['8a', false], ['8b', true]]);
    expect(r.authority?.level).toBe('ministry');
    expect(r.authority?.label.vi).toBe('Bộ Nông nghiệp và Môi trường');
  });

  it('3d growth option 1 misses the 4★ mark', () => {
    const r = rateOcopProduct({ productSet: 26, choices: bestWith(sheet26, { '3d': '1' }) }, { date: '2025-08-01' });
    expect(r.total).toBe('98');
    expect(r.star).toBe(3);
    expect(r.authority?.level).toBe('province');
  });
});

describe('knock-outs', () => {
  it('an invalid food-safety certificate stops the rating: no star, not recognisable', () => {
    const r = rateOcopProduct({ productSet: 1, choices: bestChoices(sheet1), knockOuts: ['invalid-food-safety-certificate'] }, on148);
    expect(r.total).toBe('100');
    expect(r.star).toBeNull();
    expect(r.recognisable).toBe(false);
    expect(r.authority).toBeNull();
    expect(r.knockOuts[0]!.provenance.instrument).toBe('148/QĐ-TTg');
    expect(explainOcopRating(r, { locale: 'vi' }).some((l) => l.startsWith('Loại:'))).toBe(true);
  });

  it('ratings on one sheet and version share their frozen sheet, version and provenance; a knock-out adds to a copy of notOfficial', () => {
    const a = rateOcopProduct({ productSet: 1, choices: bestChoices(sheet1) }, on148);
    const b = rateOcopProduct({ productSet: 1, choices: bestChoices(sheet1) }, on148);
    expect(b.sheet).toBe(a.sheet);
    expect(b.version).toBe(a.version);
    expect(b.provenance).toBe(a.provenance);
    for (const shared of [a.sheet, a.version, a.provenance, a.notOfficial]) expect(Object.isFrozen(shared)).toBe(true);
    const before = a.notOfficial.map((x) => x.what);
    const knocked = rateOcopProduct({ productSet: 1, choices: bestChoices(sheet1), knockOuts: ['invalid-food-safety-certificate'] }, on148);
    expect(knocked.notOfficial.map((x) => x.what)).toEqual(expect.arrayContaining(before.filter((w) => w !== 'authority')));
    expect(rateOcopProduct({ productSet: 1, choices: bestChoices(sheet1) }, on148).notOfficial.map((x) => x.what)).toEqual(before);
  });

  it('an unknown knock-out code is rejected', () => {
    expect(codes(thrown(() => rateOcopProduct({ productSet: 1, choices: bestChoices(sheet1), knockOuts: ['late' as never] }, on148)))).toEqual(['invalid-value']);
  });
});

describe('versions by date', () => {
  it('the 60-day switch: a dossier filed before 22/05/2026 uses the 148 sheets (148 + 1489) until 20/07/2026, then 26/2026', () => {
    const input = { productSet: 1, choices: bestChoices(sheet1) };
    const old = rateOcopProduct(input, { date: '2026-07-20', dossierFiledOn: '2026-05-21' });
    expect(old.version).toEqual({ id: '148-2023+1489-2025', instruments: ['148/QĐ-TTg', '1489/QĐ-TTg'] });
    expect(old.sheet.id).toBe('148-2023/1');
    // the 148 choices (e.g. 1đ, 3đ accounting) are not on the 26/2026 sheet
    const error = thrown(() => rateOcopProduct(input, { date: '2026-07-21', dossierFiledOn: '2026-05-21' }));
    expect(error).toBeInstanceOf(OptionNotOnSheetError);
    expect((error as NtmError).issues.some((i) => i.path[1] === '3đ' && i.code === 'unknown-criterion')).toBe(true);
    // sets not bundled for 26/2026 name the transition option
    const unavailable = thrown(() => rateOcopProduct({ productSet: 4, choices: bestChoices(sheet1) }, { date: '2026-06-01' }));
    expect(unavailable).toBeInstanceOf(ScoreSheetUnavailableError);
    expect((unavailable as NtmError).issues[0]!.message.en).toContain('dossierFiledOn');
  });

  it('26/2026 sheet 1: best options → 100, 5★, recognised by the ministry; the new 3★ marks (packaging 2.2, label 2.3) apply', () => {
    const r = rateOcopProduct({ productSet: 1, choices: bestChoices(sheet2026) }, { date: '2026-09-01' });
    expect(r).toMatchObject({ total: '100', star: 5, version: { id: '26-2026' } });
    expect(r.sheet.provenance.status).toBe('official');
    expect(r.authority?.label.vi).toBe('Bộ Nông nghiệp và Môi trường');
    const plain = rateOcopProduct({ productSet: 1, choices: bestWith(sheet2026, { '2.2': 1 }) }, { date: '2026-09-01' });
    expect(plain.total).toBe('98');
    expect(plain.star).toBe(2);
    expect(plain.downgrade!.missed.map((m) => [m.criterion, m.level, m.required])).toEqual([['2.2', 3, '2']]);
  });

  it('sheet 7 of 148 is marked inconsistent (6d: maximum 4, best option 3), not invented', () => {
    const error = thrown(() => rateOcopProduct({ productSet: 7, choices: {} }, on148));
    expect(error).toBeInstanceOf(ScoreSheetUnavailableError);
    expect((error as NtmError).issues[0]!.message.en).toContain('6d');
  });

  it('sheets 11–13 of 148 are marked defective, not invented', () => {
    const error = thrown(() => rateOcopProduct({ productSet: 12, choices: {} }, on148));
    expect(error).toBeInstanceOf(ScoreSheetUnavailableError);
    expect((error as NtmError).issues[0]!.message.en).toContain('32/32/33');
  });

  it('under 1048 (A 35 / B 25 / C 40) a supplied sheet must match the part maxima', () => {
    expect(thrown(() => rateOcopProduct({ productSet: 1, choices: bestChoices(sheet1) }, { date: '2022-03-01' }))).toBeInstanceOf(ScoreSheetUnavailableError);
    const error = thrown(() => rateOcopProduct({ productSet: 1, choices: bestChoices(sheet1) }, { date: '2022-03-01', sheet: sheet1 }));
    expect(error).toBeInstanceOf(RulebookError);
    expect(codes(error)).toEqual(['part-maxima-mismatch', 'part-maxima-mismatch']);
  });

  it('a user sheet for 26/2026 (JSON, validated) is used, with the 26/2026 authority', () => {
    const json = JSON.parse(JSON.stringify({ ...edgeSheetInput, provenance: { instrument: '26/2026/QĐ-TTg', locator: 'Phụ lục II (user transcription)', status: 'unverified' } }));
    const r = rateOcopProduct({ productSet: 'edges', choices: { a: '2', b: '1', fine: '2', c2: '1' } }, { date: '2026-09-01', sheet: json });
    expect(r.total).toBe('70');
    expect(r.version.id).toBe('26-2026');
    expect(r.authority?.level).toBe('province');
  });
});

describe('spices sheet 10 (148) — Đức Phổ salt (seed 000_a7bd56a1d1ec181e.txt)', () => {
  // The report: in 2023 "Hoa muối SaHu" was proposed to the province as a potential 4★ product.
  // Its scores are not in the report: these choices are illustrative only.
  it('a salt product at 79 points meeting every 4★ mark is 4★, recognised by the province under 148', () => {
    const choices = bestWith(sheet10, { '1a': 3, '1b': 2, '1c': 2, '1d': 2, '2b': 2, '4a': 3, '4c': 3, '5c': 1, '6c': 2, '6d': 2, '6đ': 3, '7': 3, '9': 3, '10': 1, '11': 1 });
    const r = rateOcopProduct({ productSet: 10, product: 'Hoa muối SaHu', choices }, { date: '2023-11-15' });
    expect(r.total).toBe('79');
    expect(r.bandStar).toBe(4);
    expect(r.star).toBe(4);
    expect(r.authority?.level).toBe('province');
  });

  it('raw material under 50 % from the province still scores (1 point, the 3★ mark); none at all (0) misses 3★', () => {
    const r = rateOcopProduct({ productSet: 10, choices: bestWith(sheet10, { '1a': 0 }) }, { date: '2023-11-15' });
    expect(r.total).toBe('95');
    expect(r.star).toBe(2);
    expect(r.downgrade!.missed.map((m) => [m.criterion, m.level])).toEqual([['1a', 3]]);
  });

  it('5c applies even without a story on this sheet (no "only when there is a story" note)', () => {
    const choices = bestWith(sheet10, { '5a': 0, '5b': 0 });
    const r = rateOcopProduct({ productSet: 10, choices }, { date: '2023-11-15' });
    expect(r.parts[1]!.sections[1]!.criteria.find((c) => c.id === '5c')).toMatchObject({ points: '2', scored: true });
  });
});

describe('handicraft sheet 21 (148) — a broom like Đức Phổ\'s "Chối đốt" (seed 000_a7bd56a1d1ec181e.txt, 3★ in 2022)', () => {
  const sheet21 = builtInOcopScoreSheets['148-2023']!['21']!;
  // Illustrative scores: the report gives only the star class.
  const broom = bestWith(sheet21, { '1a': 3, '1b': 2, '1c': 1, '1d': 1, '1đ': 1, '2a': 3, '2b': 1, '3b': 0, '4a': 2, '4b': 1, '4c': 1, '5a': 2, '5b': 3, '5c': 1, '6a': 3, '6b': 3, '6c': 2, '6d': 1, '6đ': 3, '8': 2, '9': 1 });

  it('rates 3★ in 2023 (district, 148) and 3★ in 2025 after 06/07 (province, 1489)', () => {
    const r = rateOcopProduct({ productSet: 21, product: 'Chối đốt', choices: broom }, { date: '2023-05-01' });
    expect(r.total).toBe('53'); // 100 minus 47 points of deductions
    expect(r.star).toBe(3);
    expect(r.authority?.level).toBe('district');
    expect(rateOcopProduct({ productSet: 21, choices: broom }, { date: '2025-07-06' }).authority?.level).toBe('province');
  });

  it('an IP-infringing design (note on 6b) knocks the product out', () => {
    const r = rateOcopProduct({ productSet: 21, choices: broom, knockOuts: ['ip-infringement'] }, { date: '2023-05-01' });
    expect(r.star).toBeNull();
    expect(r.knockOuts[0]!.provenance.locator).toContain('6b');
  });
});

describe('fish sauce under 26/2026 (sheet 9) — Đức Phổ "nước mắm Mỹ Á" was preparing its dossier in 2023 (seed 000_a7bd56a1d1ec181e.txt)', () => {
  const sheet9 = builtInOcopScoreSheets['26-2026']!['9']!;
  it('a sauce with every 4★ mark but a plain taste (6.5 = 2) is 4★ at 88 (100 minus 12), recognised by the province', () => {
    // Illustrative scores, not from the report.
    const r = rateOcopProduct({ productSet: 9, product: 'Nước mắm', choices: bestWith(sheet9, { '6.5': 2, '1.3': 2, '2.2': 2, '2.4': 0, '3.2': 0, '4.3': 3, '5.2': 1, '6.2': 2, '11': 1 }) }, { date: '2026-11-20' });
    expect(r.total).toBe('88');
    expect(r.bandStar).toBe(4);
    expect(r.star).toBe(4);
    expect(r.authority?.level).toBe('province');
  });
  it('all raw material from outside the province: 1.1 = 0 misses the 3★ mark', () => {
    const r = rateOcopProduct({ productSet: 9, choices: bestWith(sheet9, { '1.1': 0 }) }, { date: '2026-11-20' });
    expect(r.total).toBe('95');
    expect(r.star).toBe(2);
  });
});

describe('salt under 148 then 26/2026 — Đức Phổ "Muối hầm", 4★ in 2022 (seed 000_a7bd56a1d1ec181e.txt)', () => {
  it('a re-rating in late 2026 uses the 26/2026 sheet 10 (illustrative scores) and the province recognises 4★', () => {
    const s10 = builtInOcopScoreSheets['26-2026']!['10']!;
    const r = rateOcopProduct({ productSet: 10, product: 'Muối hầm', choices: bestWith(s10, { '1.2': 0, '1.4': 2, '4.1': 3, '6.5': 2, '11': 1, '2.4': 0 }) }, { date: '2026-11-20' });
    expect(r.total).toBe('90'); // 100 − 2 − 1 − 2 − 2 − 2 − 1
    expect(r.bandStar).toBe(5);
    expect(r.star).toBe(4); // 4.1 = 3 misses the 5★ mark (international or modern channels)
    expect(r.downgrade!.missed.map((m) => m.criterion)).toEqual(['4.1', '6.5']);
    expect(r.authority?.level).toBe('province');
  });
});
