import { InputError, issue, type Issue } from '../core/errors.js';
import type { RowError } from './classify-households.js';
import { toExactRatio, type ExactRatio } from './exact-ratio.js';
import { add, cmp, div, mul, rational, rationalFromDecimal, type Rational } from '../core/rational.js';
import type { PovertyStandard } from './poverty-standard-schema.js';

/** One unit (household or person) for Alkire–Foster: a flag per indicator, and a population weight. */
export interface AlkireFosterUnit {
  /** `true` = deprived. Every indicator must be given: AF needs complete data. */
  readonly deprivations: Readonly<Record<string, boolean>>;
  /** How many people (or units) it stands for, e.g. household size for a person-based measure. Default 1. */
  readonly weight?: number;
}

/** A number written as a decimal (`"0.25"`, `0.25`) or a fraction (`"1/12"`). */
export type ExactInput = string | number;

/** Options of {@link alkireFoster}. Give `indicators` or `standard`. */
export interface AlkireFosterOptions<T extends AlkireFosterUnit> {
  /** The indicator codes, when not taken from `standard`. */
  readonly indicators?: readonly string[];
  /** Take the indicators from this standard; the default cut-off is then its legal count rule (threshold ÷ indicators). */
  readonly standard?: PovertyStandard;
  /** Indicator weights summing exactly to 1 (default: equal, 1/d each). */
  readonly weights?: Readonly<Record<string, ExactInput>>;
  /** Poverty cut-off k, 0 < k ≤ 1 (default with a standard: threshold/d, e.g. 3/12). */
  readonly k?: ExactInput;
  /** Subgroup dimensions for the decomposition. */
  readonly groupBy?: Readonly<Record<string, (unit: T, index: number) => string>>;
  /** Number of the first row in error reports (default 1). */
  readonly firstRow?: number;
}

/** H, A and M0 of a population or a subgroup. */
export interface AlkireFosterMeasures {
  /** Population (sum of unit weights). */
  readonly population: number;
  /** Weighted number of multidimensionally poor units (score ≥ k). */
  readonly poor: number;
  /** Headcount ratio H = q / n (`null` for an empty population). */
  readonly H: ExactRatio | null;
  /** Intensity A = average censored score of the poor (`null` when nobody is poor). */
  readonly A: ExactRatio | null;
  /** Adjusted headcount ratio M0 = H × A. */
  readonly M0: ExactRatio | null;
}

/** One subgroup in the decomposition. */
export interface AlkireFosterGroup extends AlkireFosterMeasures {
  /** n_g / n (`null` when the whole population is 0). */
  readonly populationShare: ExactRatio | null;
  /** (n_g / n) · M0_g / M0: the shares sum to exactly 1 (`null` when M0 = 0). */
  readonly contribution: ExactRatio | null;
}

/** Alkire–Foster results, every value exact. */
export interface AlkireFosterResult extends AlkireFosterMeasures {
  readonly k: ExactRatio;
  readonly weights: Record<string, ExactRatio>;
  /** Share of the population deprived in each indicator. */
  readonly uncensoredHeadcount: Record<string, ExactRatio | null>;
  /** Share of the population that is poor and deprived in each indicator: M0 = Σ w_j · h_j(k). */
  readonly censoredHeadcount: Record<string, ExactRatio | null>;
  /** w_j · h_j(k) / M0: each indicator's share of M0, summing to 1 (`null` when M0 = 0). */
  readonly contribution: Record<string, ExactRatio | null>;
  readonly groups: Record<string, Record<string, AlkireFosterGroup>>;
  /** Units left out, with the reason: never counted. */
  readonly errors: RowError[];
}

function parseExact(value: ExactInput, path: (string | number)[]): Rational | Issue {
  const bad = () => issue(path, 'invalid-number', `${String(value)} is not a decimal or a fraction like "1/12"`, `${String(value)} không phải số thập phân hoặc phân số dạng "1/12"`);
  if (typeof value === 'number') return Number.isFinite(value) ? rationalFromDecimal(value) : bad();
  const fraction = /^(\d+)\/(\d+)$/.exec(value);
  if (fraction) return BigInt(fraction[2] as string) === 0n ? bad() : rational(BigInt(fraction[1] as string), BigInt(fraction[2] as string));
  return /^-?\d+(\.\d+)?$/.test(value) ? rationalFromDecimal(value) : bad();
}

const isIssue = (v: Rational | Issue): v is Issue => 'code' in v;

interface Acc {
  population: number;
  poor: number;
  /** Σ u·S(k), in units of 1/L. */
  censoredScore: number;
  deprived: number[];
  censored: number[];
}

const newAcc = (d: number): Acc => ({ population: 0, poor: 0, censoredScore: 0, deprived: new Array<number>(d).fill(0), censored: new Array<number>(d).fill(0) });

function safe(n: number): bigint {
  if (!Number.isSafeInteger(n)) throw new RangeError('Alkire–Foster sums exceed the safe integer range; split the population');
  return BigInt(n);
}

function measures(acc: Acc, L: bigint): AlkireFosterMeasures & { m0: Rational | null } {
  const n = safe(acc.population);
  const q = safe(acc.poor);
  const s = safe(acc.censoredScore);
  const H = n === 0n ? null : rational(q, n);
  const A = q === 0n ? null : rational(s, L * q);
  const m0 = n === 0n ? null : rational(s, L * n);
  return {
    population: acc.population,
    poor: acc.poor,
    H: H && toExactRatio(H),
    A: A && toExactRatio(A),
    M0: m0 && toExactRatio(m0),
    m0,
  };
}

/**
 * The Alkire–Foster counting measures for a cut-off k and indicator weights: H, A, M0 = H × A,
 * censored and uncensored headcount ratios, each indicator's contribution, and the subgroup
 * decomposition (Σ_g (n_g/n)·M0_g = M0 exactly). Exact rational arithmetic throughout. With a
 * standard and no options, weights are equal (1/12 for 2022–2026) and k is the legal count
 * rule (3/12): H is then the share of units with at least 3 deprivations — not the official
 * poor-household rate, which also needs income at or below the line.
 *
 * @example
 * ```ts
 * const units = [
 *   { deprivations: { a: true, b: true, c: false, d: false } },
 *   { deprivations: { a: true, b: false, c: false, d: false } },
 * ];
 * const r = alkireFoster(units, { indicators: ['a', 'b', 'c', 'd'], k: '0.5' });
 * r.H?.decimal; // '0.5'
 * r.A?.decimal; // '0.5'
 * r.M0?.decimal; // '0.25'
 * ```
 * @throws {@link InputError} for bad indicators, weights or k.
 */
export function alkireFoster<T extends AlkireFosterUnit>(units: Iterable<T>, options: AlkireFosterOptions<T>): AlkireFosterResult {
  const codes = options.indicators ?? options.standard?.indicators.map((i) => i.code);
  const setup: Issue[] = [];
  if (!codes || codes.length === 0) {
    throw new InputError([issue(['indicators'], 'required', 'Give indicators or a standard', 'Cần danh sách chỉ số (indicators) hoặc một chuẩn nghèo (standard)')]);
  }
  if (new Set(codes).size !== codes.length) setup.push(issue(['indicators'], 'duplicate', 'Indicator codes must be unique', 'Mã chỉ số không được trùng'));
  const d = codes.length;
  const weights: Rational[] = codes.map((code) => {
    const given = options.weights?.[code];
    if (given === undefined) {
      if (options.weights !== undefined) setup.push(issue(['weights', code], 'required', `No weight for "${code}"`, `Thiếu trọng số của "${code}"`));
      return rational(1n, BigInt(d));
    }
    const parsed = parseExact(given, ['weights', code]);
    if (isIssue(parsed)) {
      setup.push(parsed);
      return rational(0n);
    }
    if (parsed.n < 0n) setup.push(issue(['weights', code], 'negative', 'A weight cannot be negative', 'Trọng số không được âm'));
    return parsed;
  });
  for (const key of Object.keys(options.weights ?? {})) {
    if (!codes.includes(key)) setup.push(issue(['weights', key], 'unknown-indicator', `"${key}" is not one of the indicators`, `"${key}" không thuộc danh sách chỉ số`));
  }
  if (setup.length === 0 && cmp(weights.reduce(add, rational(0n)), rational(1n)) !== 0) {
    setup.push(issue(['weights'], 'weights-not-summing-to-one', 'Weights must sum to exactly 1', 'Tổng các trọng số phải đúng bằng 1'));
  }
  let k: Rational;
  if (options.k !== undefined) {
    const parsed = parseExact(options.k, ['k']);
    if (isIssue(parsed)) {
      setup.push(parsed);
      k = rational(1n);
    } else k = parsed;
  } else if (options.standard && !options.indicators) {
    k = rational(BigInt(options.standard.deprivationThreshold.value), BigInt(d));
  } else {
    setup.push(issue(['k'], 'required', 'Give the cut-off k (or a standard, whose count rule is the default)', 'Cần ngưỡng k (hoặc một chuẩn nghèo để dùng quy tắc đếm làm mặc định)'));
    k = rational(1n);
  }
  if (cmp(k, rational(0n)) <= 0 || cmp(k, rational(1n)) > 0) setup.push(issue(['k'], 'out-of-range', 'k must be greater than 0 and at most 1', 'k phải lớn hơn 0 và không quá 1'));
  if (setup.length > 0) throw new InputError(setup);

  // Integer weights W_j = w_j · L over a common denominator L; score S_i = Σ W_j g_ij; poor ⇔ S_i ≥ ⌈k·L⌉.
  const lcm = (a: bigint, b: bigint) => {
    let x = a;
    let y = b;
    while (y !== 0n) [x, y] = [y, x % y];
    return (a / x) * b;
  };
  const L = weights.reduce((acc, w) => lcm(acc, w.d), k.d);
  const W = weights.map((w) => Number((w.n * L) / w.d));
  const kL = mul(k, rational(L));
  const cutoff = Number((kL.n + kL.d - 1n) / kL.d);
  if (!Number.isSafeInteger(W.reduce((a, b) => a + b, 0))) throw new RangeError('weights have too large a common denominator');

  const index = new Map(codes.map((c, i) => [c, i]));
  const total = newAcc(d);
  const dims = Object.entries(options.groupBy ?? {});
  const groupAccs: Record<string, Map<string, Acc>> = Object.fromEntries(dims.map(([dim]) => [dim, new Map<string, Acc>()]));
  const errors: RowError[] = [];
  const firstRow = options.firstRow ?? 1;
  const g = new Array<boolean>(d);
  let i = 0;
  for (const unit of units) {
    const row = firstRow + i;
    const issues: Issue[] = [];
    const flags = unit?.deprivations;
    const u = unit?.weight ?? 1;
    if (!Number.isSafeInteger(u) || u < 0) issues.push(issue(['weight'], 'invalid-weight', 'weight must be a non-negative integer', 'Trọng số dân số phải là số nguyên không âm'));
    if (flags === null || typeof flags !== 'object') issues.push(issue(['deprivations'], 'required', 'deprivations must be an object of flags', 'deprivations phải là đối tượng gồm các cờ thiếu hụt'));
    else {
      for (let j = 0; j < d; j++) {
        const v = flags[codes[j] as string];
        if (v === true || v === false) g[j] = v;
        else issues.push(issue(['deprivations', codes[j] as string], v === undefined ? 'missing-indicator' : 'invalid-type', v === undefined ? 'Alkire–Foster needs every indicator: this one is missing (unknown)' : 'must be true or false', v === undefined ? 'Phương pháp Alkire–Foster cần đủ mọi chỉ số: chỉ số này bị thiếu (chưa rõ)' : 'Phải là true hoặc false'));
      }
      for (const key of Object.keys(flags)) {
        if (!index.has(key)) issues.push(issue(['deprivations', key], 'unknown-indicator', `"${key}" is not one of the indicators`, `"${key}" không thuộc danh sách chỉ số`));
      }
    }
    if (issues.length > 0) {
      errors.push({ row, issues });
      i++;
      continue;
    }
    let score = 0;
    for (let j = 0; j < d; j++) if (g[j]) score += W[j] as number;
    const poor = score >= cutoff;
    const accs = [total];
    for (const [dim, keyOf] of dims) {
      const key = keyOf(unit, i);
      const map = groupAccs[dim] as Map<string, Acc>;
      let acc = map.get(key);
      if (!acc) map.set(key, (acc = newAcc(d)));
      accs.push(acc);
    }
    for (const acc of accs) {
      acc.population += u;
      if (poor) {
        acc.poor += u;
        acc.censoredScore += u * score;
      }
      for (let j = 0; j < d; j++) {
        if (g[j]) {
          acc.deprived[j] = (acc.deprived[j] as number) + u;
          if (poor) acc.censored[j] = (acc.censored[j] as number) + u;
        }
      }
    }
    i++;
  }

  const whole = measures(total, L);
  const n = safe(total.population);
  const share = (count: number) => (n === 0n ? null : rational(safe(count), n));
  const record = <V>(f: (j: number) => V) => Object.fromEntries(codes.map((c, j) => [c, f(j)]));
  const groups: Record<string, Record<string, AlkireFosterGroup>> = {};
  for (const [dim, map] of Object.entries(groupAccs)) {
    groups[dim] = {};
    for (const [key, acc] of map) {
      const { m0, ...m } = measures(acc, L);
      const popShare = share(acc.population);
      const contribution = popShare && whole.m0 && m0 && whole.m0.n !== 0n ? div(mul(popShare, m0), whole.m0) : null;
      (groups[dim] as Record<string, AlkireFosterGroup>)[key] = { ...m, populationShare: popShare && toExactRatio(popShare), contribution: contribution && toExactRatio(contribution) };
    }
  }
  const { m0, ...overall } = whole;
  return {
    ...overall,
    k: toExactRatio(k),
    weights: record((j) => toExactRatio(weights[j] as Rational)),
    uncensoredHeadcount: record((j) => {
      const s = share(total.deprived[j] as number);
      return s && toExactRatio(s);
    }),
    censoredHeadcount: record((j) => {
      const s = share(total.censored[j] as number);
      return s && toExactRatio(s);
    }),
    contribution: record((j) => {
      const s = share(total.censored[j] as number);
      return s && m0 && m0.n !== 0n ? toExactRatio(div(mul(weights[j] as Rational, s), m0)) : null;
    }),
    groups,
    errors,
  };
}
