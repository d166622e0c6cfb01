import { InputError } from '../core/errors.js';
import type { LocalizedText } from '../core/localized-text.js';
import type { Status } from '../core/result.js';
import { fromZodIssues } from '../core/zod-issues.js';
import { add, cmp, div, rationalFromDecimal, rationalToString, isFiniteDecimal, mul, roundHalfUp, sub, type Rational } from '../core/rational.js';
import { measuredStandardSchema, scoredStandardSchema, type MeasuredStandard, type ScoredStandard } from './urban-classification-input.js';
import type { z } from 'zod';

/** Where a value stands against the standard's levels. */
export type StandardLevel = 'below-minimum' | 'minimum' | 'between' | 'maximum';

/** The points of one standard. */
export interface StandardScore {
  readonly code: string;
  /** "1".."5". */
  readonly criterion: string;
  readonly name?: string | LocalizedText;
  /** `met` at or above the minimum level, `unmet` below it, `missing` without a value. */
  readonly status: Extract<Status, 'met' | 'unmet' | 'missing'>;
  readonly level: StandardLevel | null;
  /** The measured value (canonical decimal); `null` for a pre-scored or missing standard. */
  readonly value: string | null;
  /**
   * Points as a canonical decimal string; `null` when missing. Exact when `exact` is true;
   * otherwise (a repeating fraction such as 1/3) 40 significant digits, half-up.
   */
  readonly points: string | null;
  readonly exact: boolean;
  /** `interpolated` from levels and points, or `scored` as given by the caller. */
  readonly how: 'interpolated' | 'scored';
  readonly levels?: { readonly minimum: string; readonly maximum: string };
  readonly pointRange?: { readonly minimum: string; readonly maximum: string };
  readonly direction?: 'higher-is-better' | 'lower-is-better';
  /** The caller's citation of the levels and points (the library has none verified). */
  readonly source?: string;
}

type ParsedMeasured = z.output<typeof measuredStandardSchema>;
type ParsedScored = { code: string; criterion: number; name?: string | LocalizedText; source?: string; scored: { points: number | string; belowMinimum: boolean } };

const text = (f: Rational) => rationalToString(f);

/** Scores a validated standard; returns the exact points too (internal). */
export function scoreParsedStandard(s: ParsedMeasured | ParsedScored, roundTo?: number): { score: StandardScore; exact: Rational | null } {
  const base = {
    code: s.code,
    criterion: String(s.criterion),
    ...(s.name !== undefined ? { name: s.name } : {}),
    ...(s.source !== undefined ? { source: s.source } : {}),
  };
  const finish = (points: Rational | null, rest: Omit<StandardScore, 'code' | 'criterion' | 'name' | 'source' | 'points' | 'exact'>) => {
    const used = points && roundTo !== undefined ? roundHalfUp(points, roundTo) : points;
    return {
      score: { ...base, ...rest, points: used ? text(used) : null, exact: used ? isFiniteDecimal(used) : true },
      exact: used,
    };
  };

  if ('scored' in s) {
    const points = rationalFromDecimal(s.scored.points);
    return finish(points, { status: s.scored.belowMinimum ? 'unmet' : 'met', level: s.scored.belowMinimum ? 'below-minimum' : null, value: null, how: 'scored' });
  }

  const direction = s.direction ?? 'higher-is-better';
  const [a, b] = [rationalFromDecimal(s.levels.minimum), rationalFromDecimal(s.levels.maximum)];
  const [p, q] = [rationalFromDecimal(s.points.minimum), rationalFromDecimal(s.points.maximum)];
  const described = {
    levels: { minimum: text(a), maximum: text(b) },
    pointRange: { minimum: text(p), maximum: text(q) },
    direction,
    how: 'interpolated' as const,
  };
  if (s.value === null) return finish(null, { status: 'missing', level: null, value: null, ...described });
  const v = rationalFromDecimal(s.value);
  // Orient so that "better" is always "larger": for lower-is-better, negate everything.
  const sign = direction === 'lower-is-better' ? -1n : 1n;
  const o = (f: Rational): Rational => ({ n: f.n * sign, d: f.d });
  const [ov, oa, ob] = [o(v), o(a), o(b)];
  let level: StandardLevel;
  let points: Rational;
  if (cmp(ov, oa) < 0) {
    level = 'below-minimum';
    points = rationalFromDecimal(0);
  } else if (cmp(ov, ob) >= 0) {
    level = 'maximum'; // also when the two levels coincide
    points = q;
  } else if (cmp(ov, oa) === 0) {
    level = 'minimum';
    points = p;
  } else {
    level = 'between';
    // p + (v − a) × (q − p) / (b − a), exactly.
    points = add(p, div(mul(sub(ov, oa), sub(q, p)), sub(ob, oa)));
  }
  return finish(points, { status: level === 'below-minimum' ? 'unmet' : 'met', level, value: text(v), ...described });
}

/**
 * Scores one standard of the urban classification from its measured value, its minimum and
 * maximum levels and the points at those levels (all supplied by the caller: the appendix tables
 * were not recovered). Below the minimum level: 0 points, not met. At the minimum level: the
 * minimum points. At or beyond the maximum level: the maximum points. In between: linear
 * interpolation, computed exactly (no rounding unless the caller asks for it).
 *
 * @throws `InputError` naming the field and the rule.
 * @example
 * ```ts
 * // Hypothetical levels: 40 % → 1 point, 80 % → 2 points; a value of 60 % scores 1.5.
 * scoreStandard({ code: '5.1', criterion: 5, value: '60', levels: { minimum: '40', maximum: '80' }, points: { minimum: '1', maximum: '2' } }).points; // '1.5'
 * ```
 */
export function scoreStandard(standard: MeasuredStandard | ScoredStandard): StandardScore {
  const parsed = 'scored' in standard ? scoredStandardSchema.safeParse(standard) : measuredStandardSchema.safeParse(standard);
  if (!parsed.success) throw new InputError(fromZodIssues(parsed.error.issues));
  return scoreParsedStandard(parsed.data).score;
}
