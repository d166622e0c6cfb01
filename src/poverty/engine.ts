/*
 * Internal: the allocation-free classification kernel shared by classifyHousehold, the batch and
 * the streaming APIs. It validates as it reads (plain type checks); on anything unexpected it
 * returns false and the caller asks `householdIssues` (zod + semantic checks) for the reasons.
 */
import { KeyOrderMemo } from '../core/key-order-memo.js';
import { differenceInYears, parseISO } from 'date-fns';
import { toIsoDate } from '../core/context.js';
import { DECIMAL_STRING_PATTERN, Decimal } from '../core/decimal.js';
import type { AgeBand, Derivation, PovertyArea, PovertyStandard } from './poverty-standard-schema.js';

/** Category codes of the kernel, in the order of {@link CATEGORY_NAMES}. */
export const POOR = 0;
export const NEAR_POOR = 1;
export const AVERAGE = 2;
export const NOT_CLASSIFIED = 3;
export const INDETERMINATE = 4;

/** The public category names, indexed by kernel code. */
export const CATEGORY_NAMES = ['poor', 'near-poor', 'average-living-standard', 'not-classified', 'indeterminate'] as const;

/** Income bands, indexed by kernel code. */
export const BAND_POVERTY = 0;
export const BAND_NEAR = 1;
export const BAND_AVERAGE = 2;
export const BAND_ABOVE = 3;
export const BAND_UNKNOWN = 4;

interface CompiledLines {
  readonly poverty: number;
  readonly near: number | null;
  readonly average: number | null;
}

export interface CompiledStandard {
  readonly standard: PovertyStandard;
  readonly codes: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** `index` by the position of a key in a household's deprivations (-1: not an indicator). */
  readonly indicatorsByKeyOrder: KeyOrderMemo<number>;
  readonly threshold: number;
  readonly twoTier: boolean;
  readonly rural: CompiledLines;
  readonly urban: CompiledLines;
  readonly derived: readonly { readonly bit: number; readonly derivation: Derivation }[];
}

const compiledCache = new WeakMap<PovertyStandard, CompiledStandard>();

/** Precomputes the lookups of a standard (cached per standard object). */
export function compileStandard(standard: PovertyStandard): CompiledStandard {
  const cached = compiledCache.get(standard);
  if (cached) return cached;
  const codes = standard.indicators.map((i) => i.code);
  const lines = (area: PovertyArea): CompiledLines => {
    const l = standard.incomeLines[area];
    return { poverty: l.poverty.value as number, near: l.nearPoverty?.value ?? null, average: l.averageUpper.value };
  };
  const index = new Map(codes.map((c, i) => [c, i]));
  const compiled: CompiledStandard = {
    standard,
    codes,
    index,
    indicatorsByKeyOrder: new KeyOrderMemo((key) => index.get(key) ?? -1),
    threshold: standard.deprivationThreshold.value,
    twoTier: standard.rule === 'two-tier',
    rural: lines('rural'),
    urban: lines('urban'),
    derived: standard.indicators.flatMap((indicator, i) => (indicator.derivation ? [{ bit: 1 << i, derivation: indicator.derivation }] : [])),
  };
  compiledCache.set(standard, compiled);
  return compiled;
}

/** The classification date, parsed once per call. */
export interface DateContext {
  readonly day: string;
  readonly date: Date;
}

export function dateContext(date: string | Date): DateContext | undefined {
  const day = toIsoDate(date);
  return day === undefined ? undefined : { day, date: parseISO(day) };
}

/** What the kernel found for one household (reused between rows). */
export interface Scratch {
  category: number;
  band: number;
  area: PovertyArea;
  deprivedMask: number;
  unknownMask: number;
  givenMask: number;
  derivedMask: number;
}

export function newScratch(): Scratch {
  return { category: 0, band: 0, area: 'rural', deprivedMask: 0, unknownMask: 0, givenMask: 0, derivedMask: 0 };
}

export function popcount(mask: number): number {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (((m + (m >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function isAmount(value: unknown): boolean {
  return typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string' && DECIMAL_STRING_PATTERN.test(value);
}

/**
 * Compares monthly income per person with `line`: -1 below, 0 equal, 1 above. Exact: numbers
 * compare as the doubles they are; a household total is compared by cross-multiplication
 * (total vs line × members × months); decimal strings go through Decimal.
 */
export function compareIncome(income: Record<string, unknown>, line: number): number {
  const perCapita = income['perCapitaMonthly'];
  if (perCapita !== undefined) {
    if (typeof perCapita === 'number') return perCapita < line ? -1 : perCapita > line ? 1 : 0;
    return new Decimal(perCapita as string).cmp(line);
  }
  const total = income['householdTotal'];
  const people = income['members'] as number;
  const months = income['months'] as number;
  const bound = line * people * months;
  if (typeof total === 'number' && Number.isSafeInteger(bound)) return total < bound ? -1 : total > bound ? 1 : 0;
  return new Decimal(total as string | number).cmp(new Decimal(line).mul(people).mul(months));
}

/** Checks the income object's shape; returns false on anything unexpected. */
export function incomeOk(income: unknown): income is Record<string, unknown> {
  if (!isPlainObject(income)) return false;
  let keys = 0;
  for (const _ in income) keys++;
  if ('perCapitaMonthly' in income) return keys === 1 && isAmount(income['perCapitaMonthly']);
  if (keys !== 3 || !('householdTotal' in income)) return false;
  const people = income['members'];
  const months = income['months'];
  return isAmount(income['householdTotal']) && Number.isSafeInteger(people) && (people as number) > 0 && Number.isSafeInteger(months) && (months as number) > 0;
}

function incomeBand(income: Record<string, unknown>, lines: CompiledLines): number {
  if (compareIncome(income, lines.poverty) <= 0) return BAND_POVERTY;
  if (lines.near !== null && compareIncome(income, lines.near) <= 0) return BAND_NEAR;
  if (lines.average === null) return BAND_UNKNOWN;
  return compareIncome(income, lines.average) <= 0 ? BAND_AVERAGE : BAND_ABOVE;
}

const MEMBER_KEYS = new Set([
  'age', 'birthDate', 'healthInsurance', 'stunted', 'underweight', 'attendingSchool', 'inEducationOrTraining',
  'onTheJobTraining', 'qualification', 'unemployed', 'wageWorkerWithoutContract', 'dependant', 'illWithoutTreatment',
]);
const QUALIFICATIONS = new Set(['none', 'primary', 'lower-secondary', 'upper-secondary', 'vocational-elementary', 'vocational-intermediate', 'college', 'university']);

/** Completed years on the classification date; undefined when unknown; -1 when invalid. */
function ageOf(member: Record<string, unknown>, when: DateContext): number | undefined {
  const age = member['age'];
  if (age !== undefined) return age as number;
  const birth = member['birthDate'];
  if (birth === undefined) return undefined;
  return differenceInYears(when.date, parseISO(birth as string));
}

function membersOk(members: unknown, when: DateContext): members is Record<string, unknown>[] {
  if (!Array.isArray(members) || members.length === 0) return false;
  for (const member of members) {
    if (!isPlainObject(member)) return false;
    for (const key in member) {
      if (!MEMBER_KEYS.has(key)) return false;
      const value = member[key];
      if (value === undefined) continue; // an explicit undefined is a missing fact, as in the schema
      if (key === 'age') {
        if (!Number.isSafeInteger(value) || (value as number) < 0 || (value as number) > 150 || member['birthDate'] !== undefined) return false;
      } else if (key === 'birthDate') {
        if (typeof value !== 'string' || toIsoDate(value) === undefined || value > when.day) return false;
      } else if (key === 'qualification') {
        if (!QUALIFICATIONS.has(value as string)) return false;
      } else if (typeof value !== 'boolean') return false;
    }
  }
  return true;
}

function inBand(age: number, band: AgeBand): boolean {
  return (band.min === undefined || age >= band.min) && (band.below === undefined || age < band.below) && (band.max === undefined || age <= band.max);
}

/** true deprived, false not deprived, undefined unknown. */
function derive(derivation: Derivation, members: Record<string, unknown>[] | undefined, floorArea: unknown, people: number | undefined, when: DateContext): boolean | undefined {
  switch (derivation.kind) {
    case 'floor-area-per-person': {
      if (floorArea === undefined || people === undefined) return undefined;
      const limit = derivation.lessThanM2;
      if (typeof floorArea === 'number' && limit === '8') return floorArea < 8 * people;
      return new Decimal(floorArea as string | number).lt(new Decimal(limit).mul(people));
    }
    case 'member-share': {
      if (members === undefined) return undefined;
      let yes = 0;
      let unknown = 0;
      for (const m of members) {
        const v = m[derivation.fact];
        if (v === true) yes++;
        else if (v === undefined) unknown++;
      }
      const { numerator, denominator } = derivation.moreThan;
      const bound = numerator * members.length;
      if (yes * denominator > bound) return true;
      return (yes + unknown) * denominator > bound ? undefined : false;
    }
    case 'member-any': {
      if (members === undefined) return undefined;
      let unknown = false;
      for (const m of members) {
        if (derivation.ages) {
          const age = ageOf(m, when);
          if (age === undefined) {
            // Might be in the band: matters only if the member would be deprived.
            if (derivation.deprivedWhen.some((t) => m[t.fact] !== undefined ? m[t.fact] === t.equals : true)) unknown = true;
            continue;
          }
          if (!inBand(age, derivation.ages)) continue;
        }
        for (const test of derivation.deprivedWhen) {
          const v = m[test.fact];
          if (v === undefined) unknown = true;
          else if (v === test.equals) return true;
        }
      }
      return unknown ? undefined : false;
    }
    case 'member-qualification': {
      if (members === undefined) return undefined;
      let unknown = false;
      for (const m of members) {
        const age = ageOf(m, when);
        const bands = age === undefined ? derivation.bands : derivation.bands.filter((b) => inBand(age, b.ages));
        if (bands.length === 0) continue;
        let meets = false;
        let open = false;
        for (const test of derivation.meetsNormWhen) {
          const v = m[test.fact];
          if (v === test.equals) meets = true;
          else if (v === undefined) open = true;
        }
        if (meets) continue;
        const q = m['qualification'] as string | undefined;
        if (q === undefined) open = true;
        else if (bands.every((b) => (b.accepted as readonly string[]).includes(q))) continue;
        if (open || age === undefined) unknown = true;
        else return true;
      }
      return unknown ? undefined : false;
    }
  }
}

/**
 * Classifies one household into `out`. Returns false when the input is not well-formed (the
 * caller then collects the issues with `householdIssues`).
 */
export function classifyInto(compiled: CompiledStandard, household: unknown, defaultArea: PovertyArea | undefined, when: DateContext, out: Scratch): boolean {
  if (!isPlainObject(household)) return false;
  let income: unknown;
  let deprivations: unknown;
  let members: unknown;
  let floorArea: unknown;
  let area: unknown = defaultArea;
  for (const key in household) {
    const value = household[key];
    switch (key) {
      case 'income': income = value; break;
      case 'deprivations': deprivations = value; break;
      case 'members': members = value; break;
      case 'floorAreaM2': floorArea = value; break;
      case 'area': if (value !== undefined) area = value; break;
      case 'id': if (value !== undefined && typeof value !== 'string' && typeof value !== 'number') return false; break;
      default: return false;
    }
  }
  if (area !== 'rural' && area !== 'urban') return false;
  if (!incomeOk(income)) return false;

  let deprived = 0;
  let known = 0;
  if (deprivations !== undefined) {
    if (!isPlainObject(deprivations)) return false;
    // One pass over the given keys, each key's indicator remembered by its position (see
    // KeyOrderMemo). An unknown key, or a key whose value is undefined, goes to the slow path.
    const indicators = compiled.indicatorsByKeyOrder;
    let position = 0;
    for (const key in deprivations) {
      const i = indicators.at(position++, key);
      if (i < 0) return false;
      const v = deprivations[key];
      if (v === true) deprived |= 1 << i;
      else if (v !== false) return false;
      known |= 1 << i;
    }
  }
  return classifyParts(compiled, area, income, deprived, known, members, floorArea, when, out);
}

/**
 * The second half of {@link classifyInto}, also used by the CSV reader: `income` already checked
 * by `incomeOk`, flags already read into masks; members and floor area still unchecked.
 */
export function classifyParts(compiled: CompiledStandard, area: PovertyArea, income: Record<string, unknown>, deprived: number, known: number, members: unknown, floorArea: unknown, when: DateContext, out: Scratch): boolean {
  const lines = area === 'rural' ? compiled.rural : compiled.urban;
  out.area = area;
  out.givenMask = known;
  let derivedMask = 0;
  if (members !== undefined || floorArea !== undefined) {
    if (members !== undefined && !membersOk(members, when)) return false;
    if (floorArea !== undefined && !(typeof floorArea === 'number' ? Number.isFinite(floorArea) && floorArea >= 0 : typeof floorArea === 'string' && /^\d+(\.\d+)?$/.test(floorArea))) return false;
    const list = members as Record<string, unknown>[] | undefined;
    const incomePeople = income['members'] as number | undefined;
    if (list !== undefined && incomePeople !== undefined && incomePeople !== list.length) return false;
    const people = list?.length ?? incomePeople;
    for (const { bit, derivation } of compiled.derived) {
      if ((known & bit) !== 0) continue;
      const result = derive(derivation, list, floorArea, people, when);
      if (result === undefined) continue;
      known |= bit;
      derivedMask |= bit;
      if (result) deprived |= bit;
    }
  }
  out.derivedMask = derivedMask;
  out.deprivedMask = deprived;
  const all = compiled.codes.length === 31 ? 0x7fffffff : (1 << compiled.codes.length) - 1;
  out.unknownMask = all & ~known;

  const band = incomeBand(income, lines);
  out.band = band;
  if (band === BAND_AVERAGE) out.category = AVERAGE;
  else if (band === BAND_ABOVE) out.category = NOT_CLASSIFIED;
  else if (band === BAND_UNKNOWN) out.category = INDETERMINATE;
  else if (band === BAND_POVERTY && compiled.twoTier) out.category = POOR;
  else {
    const count = popcount(deprived);
    if (count >= compiled.threshold) out.category = POOR;
    else if (count + popcount(out.unknownMask) < compiled.threshold) out.category = NEAR_POOR;
    else out.category = INDETERMINATE;
  }
  return true;
}
