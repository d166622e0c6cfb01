import { compareWith, numericOf } from './compare.js';
import { DECIMAL_STRING_PATTERN, toDecimal, type Decimal } from './decimal.js';
import type { Indicator, Rulebook } from './rulebook.js';
import type { Measure } from './rulebook-schema.js';

type Predicate = (value: unknown) => boolean;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function decimalOk(value: unknown, allowNegative: boolean, max?: number): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && (allowNegative || value >= 0) && (max === undefined || value <= max);
  if (typeof value !== 'string' || !DECIMAL_STRING_PATTERN.test(value)) return false;
  // decimal.js counts "-0" as negative, as the zod schema does: a leading minus is negative.
  if (!allowNegative && value.startsWith('-')) return false;
  if (max === undefined) return true;
  return compareWith(numericOf(value), '<=', maxAsDecimal(max));
}

const maxima = new Map<number, Decimal>();

/** The bound as one Decimal instance per value, so compare's per-instance cache applies. */
function maxAsDecimal(max: number): Decimal {
  let decimal = maxima.get(max);
  if (!decimal) maxima.set(max, (decimal = toDecimal(max)));
  return decimal;
}

function valuePredicate(measure: Measure): Predicate {
  switch (measure.kind) {
    case 'ratio':
      return (value) => {
        if (!isPlainObject(value)) return false;
        let keys = 0;
        for (const key in value) if (key === 'percent' || key === 'numerator' || key === 'denominator') keys++; else return false;
        if (keys === 1 && 'percent' in value) return decimalOk(value['percent'], false, 100);
        if (keys !== 2 || !('numerator' in value) || !('denominator' in value)) return false;
        const { numerator, denominator } = value;
        return (
          Number.isSafeInteger(numerator) &&
          Number.isSafeInteger(denominator) &&
          (numerator as number) >= 0 &&
          (denominator as number) > 0 &&
          (numerator as number) <= (denominator as number)
        );
      };
    case 'quantity': {
      const allowNegative = measure.allowNegative === true;
      return (value) => decimalOk(value, allowNegative);
    }
    case 'count':
      return (value) => Number.isSafeInteger(value) && (value as number) >= 0;
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'level': {
      const levels = new Set(measure.levels.map((l) => l.key));
      return (value) => typeof value === 'string' && levels.has(value);
    }
  }
}

/** A plain object whose every key is known and whose every value is absent, null or valid. */
function keyedPredicate(byKey: ReadonlyMap<string, Predicate>): Predicate {
  return (value) => {
    if (!isPlainObject(value)) return false;
    // for…in sees exactly the own enumerable keys here: the prototype is Object.prototype or null.
    for (const key in value) {
      const check = byKey.get(key);
      const item = value[key];
      if (!check || (item !== null && item !== undefined && !check(item))) return false;
    }
    return true;
  };
}

function indicatorPredicate(indicator: Indicator): Predicate {
  let value: Predicate;
  if (indicator.checks.length === 1) {
    value = valuePredicate(indicator.checks[0]!.measure);
  } else {
    value = keyedPredicate(new Map(indicator.checks.map((c) => [c.key, valuePredicate(c.measure)])));
  }
  if (!indicator.conditional) return value;
  return (v) => (isPlainObject(v) && Object.keys(v).length === 1 && v['notApplicable'] === true) || value(v);
}

const cache = new WeakMap<Rulebook, Predicate>();

/**
 * A fast, allocation-free answer to "is this input certainly valid for this rulebook?". It accepts
 * exactly what {@link inputSchema} accepts (a property test keeps the two in step); `evaluate` uses
 * it to skip zod on valid input and still asks zod for the detailed issues on invalid input.
 */
export function isCertainlyValidInput(rulebook: Rulebook, input: unknown): boolean {
  let predicate = cache.get(rulebook);
  if (!predicate) {
    const byCode = new Map<string, Predicate>();
    for (const criterion of rulebook.criteria) for (const indicator of criterion.indicators) byCode.set(indicator.code, indicatorPredicate(indicator));
    predicate = keyedPredicate(byCode);
    cache.set(rulebook, predicate);
  }
  return predicate(input);
}
