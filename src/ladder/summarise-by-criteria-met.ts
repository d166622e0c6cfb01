import { Decimal, decimalToString } from '../core/decimal.js';
import { InputError, issue, type Issue } from '../core/errors.js';
import type { LocalizedText } from '../core/localized-text.js';

/** One unit's criteria met, as a summary reads it. */
export interface UnitProgress {
  readonly name: string;
  readonly met: number;
  readonly total: number;
}

/** Units that met the same number of criteria ("03 xã đạt 17/19 tiêu chí"). */
export interface CriteriaGroup {
  readonly met: number;
  readonly total: number;
  readonly count: number;
  readonly units: readonly string[];
}

/** The result of {@link summariseByCriteriaMet}. */
export interface CriteriaSummary {
  /** Groups, most criteria met first; units in input order within a group. */
  readonly groups: readonly CriteriaGroup[];
  readonly units: number;
  /** Units meeting every criterion. */
  readonly complete: number;
  /** Criteria met, summed over the units (the exact average is `criteriaMet / units`). */
  readonly criteriaMet: number;
  /** Average criteria met per unit (the reports' "19 tiêu chí/xã"), rounded half-up to 2 decimals. */
  readonly averageMet: string;
  /** The summary as a report sentence, in Vietnamese and English. */
  readonly text: LocalizedText;
}

export interface SummaryOptions {
  /** What a unit is called: default `{ vi: 'xã', en: 'commune' }`. */
  readonly unit?: { readonly vi: string; readonly en: string; readonly enPlural?: string };
  /** What is counted: default `{ vi: 'tiêu chí', en: 'criteria' }`. */
  readonly counted?: { readonly vi: string; readonly en: string };
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * Groups units by the number of criteria they meet, as district reports do ("01 xã đạt 19/19 tiêu
 * chí (Hương Xuân); 03 xã đạt 17/19 tiêu chí (…)"), with the exact average per unit.
 *
 * @throws {@link InputError} when a count is not a whole number or `met > total`.
 * @example
 * ```ts
 * summariseByCriteriaMet([{ name: 'Hương Xuân', met: 19, total: 19 }, { name: 'Hương Lộc', met: 17, total: 19 }]).text.vi;
 * // '01 xã đạt 19/19 tiêu chí (Hương Xuân); 01 xã đạt 17/19 tiêu chí (Hương Lộc)'
 * ```
 */
export function summariseByCriteriaMet(units: readonly UnitProgress[], options: SummaryOptions = {}): CriteriaSummary {
  const issues: Issue[] = [];
  if (!Array.isArray(units as unknown)) throw new InputError([issue([], 'invalid-type', 'units must be a list of { name, met, total }', 'units phải là danh sách { name, met, total }')]);
  units.forEach((u, i) => {
    if (typeof u?.name !== 'string' || u.name === '') issues.push(issue([i, 'name'], 'required', 'name is required', 'cần tên đơn vị'));
    if (!Number.isInteger(u?.total) || u.total < 1) issues.push(issue([i, 'total'], 'invalid-count', 'total must be a whole number ≥ 1', 'total phải là số nguyên ≥ 1'));
    if (!Number.isInteger(u?.met) || u.met < 0) issues.push(issue([i, 'met'], 'invalid-count', 'met must be a whole number ≥ 0', 'met phải là số nguyên ≥ 0'));
    else if (Number.isInteger(u?.total) && u.met > u.total) issues.push(issue([i, 'met'], 'met-above-total', `met (${u.met}) is above total (${u.total})`, `met (${u.met}) lớn hơn total (${u.total})`));
  });
  if (issues.length > 0) throw new InputError(issues);

  const byKey = new Map<string, { met: number; total: number; units: string[] }>();
  for (const u of units) {
    const key = `${u.met}/${u.total}`;
    const group = byKey.get(key) ?? { met: u.met, total: u.total, units: [] as string[] };
    group.units.push(u.name);
    byKey.set(key, group);
  }
  // Most criteria met first; equal shares (met/total) by larger total; cross-multiplied, exact.
  const groups = [...byKey.values()]
    .sort((a, b) => b.met * a.total - a.met * b.total || b.total - a.total)
    .map((g) => ({ met: g.met, total: g.total, count: g.units.length, units: g.units }));
  const sum = units.reduce((s, u) => s + u.met, 0);
  const averageMet = units.length === 0 ? '0' : decimalToString(new Decimal(sum).div(units.length).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
  const unit = options.unit ?? { vi: 'xã', en: 'commune', enPlural: 'communes' };
  const enPlural = unit.enPlural ?? `${unit.en}s`;
  const counted = options.counted ?? { vi: 'tiêu chí', en: 'criteria' };
  const vi = groups.map((g) => `${pad(g.count)} ${unit.vi} đạt ${g.met}/${g.total} ${counted.vi} (${g.units.join(', ')})`).join('; ');
  const en = groups.map((g) => `${g.count} ${g.count === 1 ? unit.en : enPlural} at ${g.met}/${g.total} ${counted.en} (${g.units.join(', ')})`).join('; ');
  return { groups, units: units.length, complete: units.filter((u) => u.met === u.total).length, criteriaMet: sum, averageMet, text: { vi, en } };
}
