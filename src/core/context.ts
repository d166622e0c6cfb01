import { format, isValid, parseISO } from 'date-fns';
import { ContextError, issue, type Issue } from './errors.js';
import type { LocalizedText } from './localized-text.js';
import type { Rulebook } from './rulebook.js';
import type { Condition, Provenance } from './rulebook-schema.js';

/** Where and when a unit is evaluated. */
export interface EvaluationContext {
  /** The assessment date: an ISO date `yyyy-MM-dd` or a `Date` (its local calendar day is used). */
  readonly date: string | Date;
  /** The year whose thresholds apply (income ladders rise each year). Defaults to the year of `date`. */
  readonly year?: number;
  /** The socio-economic region column (2021–2025 sets), e.g. `"BTB"`. */
  readonly region?: string;
  /** The commune group (2026–2030 set): 1, 2 or 3. */
  readonly communeGroup?: number | string;
  /** Yes/no facts the rulebook declares, e.g. `{ extremelyDisadvantaged: true }`. */
  readonly facts?: Readonly<Record<string, boolean>>;
}

/** The column a unit was evaluated in, and why. */
export interface ColumnChoice {
  /** The column whose thresholds were used. */
  readonly key: string;
  readonly name: LocalizedText;
  /** The column asked for in the context, when an override replaced it. */
  readonly requested?: string;
  /** The override rule that applied, if any. */
  readonly override?: { readonly description: LocalizedText; readonly provenance: Provenance };
}

/** An evaluation context checked against a rulebook. */
export interface ResolvedContext {
  readonly date: string;
  readonly year: number;
  readonly column?: ColumnChoice;
  readonly facts: ReadonlyMap<string, boolean>;
  /**
   * Everything a threshold condition can read except the input's denominator, as one string:
   * two contexts with the same key select the same threshold cases.
   */
  readonly key: string;
}

/** Facts a condition can test, besides the input's denominator. */
export interface ConditionSubject {
  readonly date: string;
  readonly year: number;
  readonly column: string | undefined;
  readonly facts: ReadonlyMap<string, boolean>;
}

const COMPARE = {
  '>=': (a: number, b: number) => a >= b,
  '>': (a: number, b: number) => a > b,
  '<=': (a: number, b: number) => a <= b,
  '<': (a: number, b: number) => a < b,
  '=': (a: number, b: number) => a === b,
} as const;

/**
 * Whether a condition holds. `denominator` is `undefined` when the input gave no counts;
 * a condition on the denominator then returns `undefined` (cannot tell).
 */
export function matchesCondition(when: Condition | undefined, subject: ConditionSubject, denominator?: number): boolean | undefined {
  if (!when) return true;
  if (when.columns && (subject.column === undefined || !when.columns.includes(subject.column))) return false;
  if (when.years?.from !== undefined && subject.year < when.years.from) return false;
  if (when.years?.to !== undefined && subject.year > when.years.to) return false;
  if (when.dates?.from !== undefined && subject.date < when.dates.from) return false;
  if (when.dates?.to !== undefined && subject.date > when.dates.to) return false;
  if (when.facts?.allOf?.some((fact) => subject.facts.get(fact) !== true)) return false;
  if (when.facts?.noneOf?.some((fact) => subject.facts.get(fact) === true)) return false;
  if (when.denominator) {
    if (denominator === undefined) return undefined;
    return COMPARE[when.denominator.op](denominator, when.denominator.value);
  }
  return true;
}

/** Turns a `Date` or ISO date string into `yyyy-MM-dd`, or `undefined` when it is not a real date. */
export function toIsoDate(date: string | Date): string | undefined {
  if (date instanceof Date) return isValid(date) ? format(date, 'yyyy-MM-dd') : undefined;
  if (typeof date !== 'string') return undefined;
  // Remembered strings all passed the pattern, so a known one skips it.
  const known = checkedDates.get(date);
  if (known !== undefined) return known ? date : undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const parsed = parseISO(date);
  // parseISO rolls 2023-02-30 over to March; a real date formats back to itself.
  const real = isValid(parsed) && format(parsed, 'yyyy-MM-dd') === date;
  if (checkedDates.size < 10_000) checkedDates.set(date, real);
  return real ? date : undefined;
}

/** Batch evaluations repeat a handful of dates: remember which strings are real dates. */
const checkedDates = new Map<string, boolean>();

/**
 * Checks a context against a rulebook: a real date inside the rulebook's validity, a known
 * region or group, declared facts; then applies the column overrides.
 *
 * @throws {@link ContextError} naming each problem.
 */
export function resolveContext(rulebook: Rulebook, context: EvaluationContext): ResolvedContext {
  const recent = recentlyResolved.get(rulebook);
  if (recent && isSameContext(recent.snapshot, context)) return recent.resolved;
  const resolved = resolveAnew(rulebook, context);
  recentlyResolved.set(rulebook, { snapshot: snapshotOf(context), resolved });
  return resolved;
}

/** What a resolved context was built from, copied: a caller may change its context object later. */
interface ContextSnapshot {
  readonly context: EvaluationContext;
  readonly date: string | number;
  readonly year: number | undefined;
  readonly region: string | undefined;
  readonly communeGroup: number | string | undefined;
  readonly facts: readonly (readonly [string, boolean])[] | undefined;
}

// A batch evaluates many units in one context: the last resolution per rulebook is kept.
const recentlyResolved = new WeakMap<Rulebook, { readonly snapshot: ContextSnapshot; readonly resolved: ResolvedContext }>();

function snapshotOf(context: EvaluationContext): ContextSnapshot {
  return {
    context,
    date: context.date instanceof Date ? context.date.getTime() : context.date,
    year: context.year,
    region: context.region,
    communeGroup: context.communeGroup,
    facts: context.facts === undefined ? undefined : Object.entries(context.facts),
  };
}

function isSameContext(snapshot: ContextSnapshot, context: EvaluationContext): boolean {
  if (snapshot.context !== context || !(context.date instanceof Date ? context.date.getTime() === snapshot.date : context.date === snapshot.date)) return false;
  if (context.year !== snapshot.year || context.region !== snapshot.region || context.communeGroup !== snapshot.communeGroup) return false;
  const facts = context.facts;
  if (facts === undefined || snapshot.facts === undefined) return facts === undefined && snapshot.facts === undefined;
  let count = 0;
  for (const key in facts) {
    const known = snapshot.facts[count++];
    if (!known || known[0] !== key || known[1] !== facts[key]) return false;
  }
  return count === snapshot.facts.length;
}

function resolveAnew(rulebook: Rulebook, context: EvaluationContext): ResolvedContext {
  const issues: Issue[] = [];
  if (context === null || typeof context !== 'object') {
    throw new ContextError([issue([], 'invalid-type', 'The context must be an object with at least a date', 'Ngữ cảnh đánh giá phải là một đối tượng, tối thiểu có ngày đánh giá')]);
  }
  const date = toIsoDate(context.date);
  if (date === undefined) {
    issues.push(issue(['date'], 'invalid-date', 'date must be a real calendar date (yyyy-MM-dd or a valid Date)', 'Ngày đánh giá phải là ngày hợp lệ (yyyy-MM-dd hoặc Date hợp lệ)'));
  } else if (date < rulebook.validFrom || (rulebook.validTo !== undefined && date > rulebook.validTo)) {
    const range = `${rulebook.validFrom} … ${rulebook.validTo ?? ''}`;
    issues.push(
      issue(['date'], 'date-outside-validity', `${date} is outside the validity of rulebook "${rulebook.id}" (${range}); use rulebookFor(kind, date)`, `Ngày ${date} nằm ngoài thời gian hiệu lực của bộ tiêu chí "${rulebook.id}" (${range}); dùng rulebookFor(kind, date)`),
    );
  }
  const year = context.year ?? (date !== undefined ? Number(date.slice(0, 4)) : 0);
  // Without a valid date and an explicit year there is no year to check (the date issue says it).
  if ((context.year !== undefined || date !== undefined) && (!Number.isInteger(year) || year < 1900 || year > 2200)) {
    issues.push(issue(['year'], 'invalid-year', 'year must be a whole year such as 2024', 'Năm phải là số nguyên, ví dụ 2024'));
  }

  const facts = new Map<string, boolean>();
  const declared = new Set(rulebook.facts?.map((f) => f.key) ?? []);
  if (context.facts !== undefined) {
    if (context.facts === null || typeof context.facts !== 'object') {
      issues.push(issue(['facts'], 'invalid-type', 'facts must be an object of yes/no values', 'facts phải là đối tượng gồm các giá trị đúng/sai'));
    } else {
      for (const [key, value] of Object.entries(context.facts)) {
        if (!declared.has(key)) {
          issues.push(issue(['facts', key], 'unknown-fact', `Rulebook "${rulebook.id}" declares no fact "${key}"`, `Bộ tiêu chí "${rulebook.id}" không có dữ kiện "${key}"`));
        } else if (typeof value !== 'boolean') {
          issues.push(issue(['facts', key], 'invalid-type', 'A fact must be true or false', 'Dữ kiện phải là true hoặc false'));
        } else {
          facts.set(key, value);
        }
      }
    }
  }

  let column: ColumnChoice | undefined;
  const columns = rulebook.columns;
  if (columns) {
    const raw = context[columns.contextKey];
    const key = raw === undefined ? undefined : String(raw);
    const found = columns.values.find((c) => c.key === key);
    if (found === undefined) {
      const allowed = columns.values.map((c) => c.key).join(', ');
      issues.push(
        key === undefined
          ? issue([columns.contextKey], 'required', `${columns.contextKey} is required by rulebook "${rulebook.id}" (one of ${allowed})`, `Bộ tiêu chí "${rulebook.id}" cần ${columns.label.vi} (${columns.contextKey}: ${allowed})`)
          : issue([columns.contextKey], 'unknown-column', `Unknown ${columns.contextKey} "${key}" (one of ${allowed})`, `${columns.label.vi} không hợp lệ: "${key}" (chấp nhận: ${allowed})`),
      );
    } else if (date !== undefined) {
      const subject: ConditionSubject = { date, year, column: found.key, facts };
      const override = columns.overrides?.find((o) => matchesCondition(o.when, subject) === true);
      const target = override && columns.values.find((c) => c.key === override.column);
      column =
        override && target && target.key !== found.key
          ? { key: target.key, name: target.name, requested: found.key, override: { description: override.description, provenance: override.provenance } }
          : { key: found.key, name: found.name };
    }
  }

  if (issues.length > 0) throw new ContextError(issues);
  // Conditions test facts only for being true (allOf) or true (noneOf): the true ones identify them.
  const trueFacts = [...facts].filter(([, value]) => value).map(([fact]) => fact).sort().join(',');
  const key = `${date as string}|${year}|${column?.key ?? ''}|${trueFacts}`;
  return { date: date as string, year, ...(column ? { column } : {}), facts, key };
}
