import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { alkireFoster, classifyHouseholds, deprivationsFromMask, povertyStandard2022To2026, type AlkireFosterUnit, type ExactRatio } from '../../src/poverty/index.js';
import { thrown } from '../core/helpers.js';

/** An ExactRatio as a bigint pair, for exact identities. */
const q = (r: ExactRatio | null | undefined): [bigint, bigint] => {
  if (!r) throw new Error('expected a ratio');
  return [BigInt(r.numerator), BigInt(r.denominator)];
};
const eq = (a: [bigint, bigint], b: [bigint, bigint]) => a[0] * b[1] === b[0] * a[1];
const mul = (a: [bigint, bigint], b: [bigint, bigint]): [bigint, bigint] => [a[0] * b[0], a[1] * b[1]];
const sum = (list: [bigint, bigint][]): [bigint, bigint] => list.reduce<[bigint, bigint]>((acc, r) => [acc[0] * r[1] + r[0] * acc[1], acc[1] * r[1]], [0n, 1n]);

const unit = (a: boolean, b: boolean, c: boolean, group: string): AlkireFosterUnit & { group: string } => ({ deprivations: { a, b, c }, group });

describe('a hand-computed dataset (weights ½, ¼, ¼; k = ½)', () => {
  // scores: u1 1, u2 ½, u3 ½, u4 ¼, u5 0 → poor: u1, u2, u3
  const units = [unit(true, true, true, 'g1'), unit(true, false, false, 'g1'), unit(false, true, true, 'g2'), unit(false, true, false, 'g2'), unit(false, false, false, 'g2')];
  const r = alkireFoster(units, { indicators: ['a', 'b', 'c'], weights: { a: '1/2', b: '0.25', c: 0.25 }, k: '1/2', groupBy: { group: (u) => u.group } });

  it('H = 3/5, A = 2/3, M0 = 2/5', () => {
    expect(r.population).toBe(5);
    expect(r.poor).toBe(3);
    expect(r.H).toMatchObject({ numerator: '3', denominator: '5', decimal: '0.6' });
    expect(r.A).toMatchObject({ numerator: '2', denominator: '3' });
    expect(r.M0).toMatchObject({ numerator: '2', denominator: '5', decimal: '0.4' });
  });

  it('censored and uncensored headcounts, contributions ½, ¼, ¼', () => {
    expect(r.censoredHeadcount['b']).toMatchObject({ numerator: '2', denominator: '5' });
    expect(r.uncensoredHeadcount['b']).toMatchObject({ numerator: '3', denominator: '5' });
    expect(Object.values(r.contribution).map((c) => c?.decimal)).toEqual(['0.5', '0.25', '0.25']);
  });

  it('subgroups: g1 H 1, A ¾, M0 ¾, contribution ¾; g2 H ⅓, A ½, M0 ⅙, contribution ¼', () => {
    expect(r.groups['group']?.['g1']).toMatchObject({ population: 2, H: { decimal: '1' }, A: { decimal: '0.75' }, M0: { decimal: '0.75' }, populationShare: { decimal: '0.4' }, contribution: { decimal: '0.75' } });
    expect(r.groups['group']?.['g2']).toMatchObject({ population: 3, H: { numerator: '1', denominator: '3' }, A: { decimal: '0.5' }, M0: { numerator: '1', denominator: '6' }, contribution: { decimal: '0.25' } });
  });

  it('person-based: household weights count people', () => {
    const weighted = alkireFoster(units.map((u, i) => ({ ...u, weight: i + 1 })), { indicators: ['a', 'b', 'c'], weights: { a: '1/2', b: '1/4', c: '1/4' }, k: '1/2' });
    // people 1+2+3+4+5 = 15; poor people 1+2+3 = 6; censored score 1·1 + 2·½ + 3·½ = 3.5
    expect(weighted.H).toMatchObject({ numerator: '2', denominator: '5' });
    expect(weighted.M0).toMatchObject({ numerator: '7', denominator: '30' });
  });
});

describe('with a standard: the legal count rule as equal weights', () => {
  const codes = povertyStandard2022To2026.indicators.map((i) => i.code);
  const withDeprived = (n: number): AlkireFosterUnit => ({ deprivations: Object.fromEntries(codes.map((c, i) => [c, i < n])) });

  it('defaults to weights 1/12 and k = 3/12: 3 deprivations are poor, 2 are not', () => {
    const r = alkireFoster([withDeprived(3), withDeprived(2), withDeprived(12), withDeprived(0)], { standard: povertyStandard2022To2026 });
    expect(r.k).toMatchObject({ numerator: '1', denominator: '4' });
    expect(r.weights['employment']).toMatchObject({ numerator: '1', denominator: '12' });
    expect(r.H).toMatchObject({ numerator: '1', denominator: '2' });
    expect(r.A).toMatchObject({ numerator: '5', denominator: '8' }); // (3/12 + 12/12) / 2
  });

  it('rows with a missing (unknown) indicator are reported, never counted', () => {
    const incomplete: AlkireFosterUnit = { deprivations: { employment: true } };
    const r = alkireFoster([withDeprived(3), incomplete], { standard: povertyStandard2022To2026, firstRow: 2 });
    expect(r.population).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.row).toBe(3);
    expect(r.errors[0]?.issues[0]).toMatchObject({ path: ['deprivations', 'dependants'], code: 'missing-indicator' });
  });
});

describe('from a classified batch', () => {
  it('deprivationsFromMask turns batch masks back into flags; unknown ones stay out (and AF reports them)', () => {
    const codes = povertyStandard2022To2026.indicators.map((i) => i.code);
    const all = (n: number) => Object.fromEntries(codes.map((c, i) => [c, i < n]));
    const batch = classifyHouseholds(
      [
        { income: { perCapitaMonthly: 1_000_000 }, deprivations: all(4) },
        { income: { perCapitaMonthly: 1_000_000 }, deprivations: all(1) },
        { income: { perCapitaMonthly: 1_000_000 }, deprivations: { employment: true } },
      ],
      { date: '2024-06-30', area: 'rural' },
    );
    const units = batch.deprivedMasks.flatMap((mask, i) => (mask === null ? [] : [{ deprivations: deprivationsFromMask(batch.indicatorCodes, mask, batch.unknownMasks[i] ?? 0) }]));
    expect(units[0]?.deprivations).toEqual(all(4));
    expect(units[2]?.deprivations).toEqual({ employment: true });
    const r = alkireFoster(units, { standard: povertyStandard2022To2026 });
    expect(r.population).toBe(2);
    expect(r.H).toMatchObject({ numerator: '1', denominator: '2' });
    expect(r.errors.map((e) => e.row)).toEqual([3]);
  });
});

describe('invalid options', () => {
  it('weights must sum to exactly 1, k must be in (0, 1]', () => {
    const error = thrown(() => alkireFoster([], { indicators: ['a', 'b', 'c'], weights: { a: '1/3', b: '1/3', c: '0.333' }, k: '0.5' })) as InputError;
    expect(error.issues.map((i) => i.code)).toEqual(['weights-not-summing-to-one']);
    const k = thrown(() => alkireFoster([], { indicators: ['a'], k: 0 })) as InputError;
    expect(k.issues.map((i) => i.code)).toEqual(['out-of-range']);
    const noK = thrown(() => alkireFoster([], { indicators: ['a'] })) as InputError;
    expect(noK.issues.map((i) => i.code)).toEqual(['required']);
  });
});

describe('identities (fast-check)', () => {
  const d = 5;
  const codes = ['i0', 'i1', 'i2', 'i3', 'i4'];
  const units = fc.array(
    fc.record({ deprivations: fc.tuple(...codes.map(() => fc.boolean())), weight: fc.integer({ min: 0, max: 9 }), group: fc.constantFrom('x', 'y', 'z') }),
    { minLength: 1, maxLength: 60 },
  );
  const weights = fc.tuple(...codes.map(() => fc.integer({ min: 1, max: 7 })));
  const kNum = fc.integer({ min: 1, max: 12 });

  it('M0 = H × A; M0 = Σ w_j h_j(k); Σ indicator contributions = 1; Σ_g (n_g/n) M0_g = M0; Σ group contributions = 1', () => {
    fc.assert(
      fc.property(units, weights, kNum, (list, raw, kn) => {
        const total = raw.reduce((a, b) => a + b, 0);
        const w = Object.fromEntries(codes.map((c, j) => [c, `${raw[j]}/${total}`]));
        const data = list.map((u) => ({ deprivations: Object.fromEntries(codes.map((c, j) => [c, u.deprivations[j] as boolean])), weight: u.weight, group: u.group }));
        const r = alkireFoster(data, { indicators: codes, weights: w, k: `${kn}/12`, groupBy: { g: (u) => u.group } });
        if (r.population === 0) return;
        const M0 = q(r.M0);
        if (r.A) expect(eq(mul(q(r.H), q(r.A)), M0)).toBe(true);
        else expect(M0[0]).toBe(0n);
        expect(eq(sum(codes.map((c) => mul(q(r.weights[c]), q(r.censoredHeadcount[c])))), M0)).toBe(true);
        const groups = Object.values(r.groups['g'] ?? {});
        expect(eq(sum(groups.filter((g) => g.population > 0).map((g) => mul(q(g.populationShare), g.M0 ? q(g.M0) : [0n, 1n]))), M0)).toBe(true);
        if (M0[0] !== 0n) {
          expect(eq(sum(codes.map((c) => q(r.contribution[c]))), [1n, 1n])).toBe(true);
          expect(eq(sum(groups.filter((g) => g.population > 0).map((g) => q(g.contribution))), [1n, 1n])).toBe(true);
        }
        expect(d).toBe(codes.length);
      }),
      { numRuns: 300 },
    );
  });
});
