/* How far an unmet check gets towards its threshold, 0…1 (1 = the threshold). */
import { Decimal } from '../../core/decimal.js';
import { DECIMAL_STRING_PATTERN } from '../../core/decimal.js';
import type { CheckView } from './text.js';

function dec(value: string | null | undefined): Decimal | null {
  return typeof value === 'string' && DECIMAL_STRING_PATTERN.test(value) ? new Decimal(value) : null;
}

function clamp(d: Decimal): Decimal {
  return Decimal.min(Decimal.max(d, 0), 1);
}

/** `actual / threshold` for a floor, `threshold / actual` for a ceiling; 0 for yes/no, levels and unknowns. */
export function attainment(check: CheckView): Decimal {
  const a = check.actual;
  if (a === null || typeof a.value === 'boolean' || check.unit === 'level') return new Decimal(0);
  const actual = dec(a.value);
  if (actual === null) return new Decimal(0);
  const r = check.required;
  const ratio = (num: Decimal, den: Decimal) => (den.lte(0) ? new Decimal(0) : clamp(num.div(den)));
  switch (r.type) {
    case 'compare': {
      const t = dec(r.value);
      if (t === null) return new Decimal(0);
      return r.op === '<=' || r.op === '<' ? ratio(t, actual) : ratio(actual, t);
    }
    case 'between': {
      const min = dec(r.min);
      const max = dec(r.max ?? r.min);
      if (min !== null && actual.lt(min)) return ratio(actual, min);
      if (max !== null && actual.gt(max)) return ratio(max, actual);
      return new Decimal(0);
    }
    default:
      return new Decimal(0);
  }
}
