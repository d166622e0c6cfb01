import { mul, rational, rationalToDecimal, type Rational } from '../core/rational.js';

/**
 * An exact ratio: numerator and denominator as canonical decimal strings (integers for counts),
 * plus `decimal`, the quotient to 40 significant digits (exact whenever the quotient terminates
 * within 40 digits).
 */
export interface ExactRatio {
  readonly numerator: string;
  readonly denominator: string;
  readonly decimal: string;
}

export function toExactRatio(r: Rational): ExactRatio {
  return { numerator: r.n.toString(), denominator: r.d.toString(), decimal: rationalToDecimal(r) };
}

/** numerator / denominator as an ExactRatio (reduced), given as bigint or safe integers. */
export function exactRatio(numerator: bigint | number, denominator: bigint | number): ExactRatio {
  return toExactRatio(rational(BigInt(numerator), BigInt(denominator)));
}

/** A ratio × 100 as a canonical decimal string (40 significant digits). */
export function percentOfRatio(r: Rational): string {
  return rationalToDecimal(mul(r, rational(100n)));
}
