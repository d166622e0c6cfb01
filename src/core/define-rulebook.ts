import { deepFreeze } from './deep-freeze.js';
import { RulebookError, issue, type Issue } from './errors.js';
import type { Criterion, Indicator, Rulebook } from './rulebook.js';
import { rulebookInputSchema, type Check, type Condition, type RulebookInput } from './rulebook-schema.js';
import { toDecimal } from './decimal.js';
import { fromZodIssues } from './zod-issues.js';

type Path = (string | number)[];

/** Measures each requirement type can be applied to. */
const COMPATIBLE_MEASURES: Record<Check['requirement']['type'], readonly Check['measure']['kind'][]> = {
  compare: ['ratio', 'quantity', 'count'],
  between: ['ratio', 'quantity', 'count'],
  achieved: ['boolean'],
  absent: ['boolean', 'count'],
  level: ['level'],
};

/**
 * Validates a rulebook and returns a deeply frozen copy in normal form.
 *
 * Use it to load a provincial or user-supplied criteria set from JSON. Beyond the shape of the
 * data it checks the cross-references: unique codes, citations that name a listed instrument,
 * known columns, facts and levels, `null` thresholds marked `unknown` (and only those), ranges
 * with `min ≤ max`, and requirement types that fit their measure.
 *
 * @throws {@link RulebookError} listing every problem with its path.
 * @example
 * ```ts
 * import { defineRulebook } from 'nong-thon-moi';
 * const rulebook = defineRulebook(JSON.parse(await readFile('my-province.json', 'utf8')));
 * ```
 */
export function defineRulebook(data: RulebookInput | unknown): Rulebook {
  const parsed = rulebookInputSchema.safeParse(data);
  if (!parsed.success) throw new RulebookError(fromZodIssues(parsed.error.issues));
  const input = parsed.data;

  const criteria: Criterion[] = input.criteria.map((criterion) => ({
    ...criterion,
    indicators: criterion.indicators.map((indicator): Indicator => {
      const { code, name, provenance, conditional, guidance, note } = indicator;
      const checks: Check[] =
        'checks' in indicator
          ? indicator.checks.map((check, i) => ({ ...check, key: check.key ?? `check${i + 1}` }))
          : [{ key: 'value', unit: indicator.unit, measure: indicator.measure, requirement: indicator.requirement }];
      return {
        code,
        name,
        provenance,
        conditional: conditional ?? false,
        ...(guidance ? { guidance } : {}),
        ...(note ? { note } : {}),
        checks,
      };
    }),
  }));
  const rulebook = { ...input, criteria };

  const issues = crossCheck(rulebook as Rulebook);
  if (issues.length > 0) throw new RulebookError(issues);
  return deepFreeze(rulebook) as Rulebook;
}

function crossCheck(rulebook: Rulebook): Issue[] {
  const issues: Issue[] = [];
  const instruments = new Set(rulebook.instruments.map((i) => i.id));
  const columns = new Set(rulebook.columns?.values.map((c) => c.key) ?? []);
  const facts = new Set(rulebook.facts?.map((f) => f.key) ?? []);

  const duplicates = (keys: readonly string[], path: Path, what: string): void => {
    const seen = new Set<string>();
    keys.forEach((key, i) => {
      if (seen.has(key)) issues.push(issue([...path, i], 'duplicate', `Duplicate ${what} "${key}"`, `Trùng ${what} "${key}"`));
      seen.add(key);
    });
  };
  const instrumentRef = (id: string | undefined, path: Path): void => {
    if (id !== undefined && !instruments.has(id)) {
      issues.push(
        issue(path, 'unknown-instrument', `Cites instrument "${id}", which is not in "instruments"`, `Trích dẫn văn bản "${id}" không có trong danh sách "instruments"`),
      );
    }
  };
  const condition = (when: Condition | undefined, path: Path, measureKind?: string): void => {
    if (!when) return;
    when.columns?.forEach((column, i) => {
      if (!columns.has(column)) {
        issues.push(issue([...path, 'columns', i], 'unknown-column', `Unknown column "${column}"`, `Cột không tồn tại: "${column}"`));
      }
    });
    for (const list of ['allOf', 'noneOf'] as const) {
      when.facts?.[list]?.forEach((fact, i) => {
        if (!facts.has(fact)) {
          issues.push(issue([...path, 'facts', list, i], 'unknown-fact', `Unknown fact "${fact}"`, `Dữ kiện không được khai báo: "${fact}"`));
        }
      });
    }
    if (when.years?.from !== undefined && when.years.to !== undefined && when.years.from > when.years.to) {
      issues.push(issue([...path, 'years'], 'empty-range', 'Year range ends before it starts', 'Khoảng năm kết thúc trước khi bắt đầu'));
    }
    if (when.dates?.from !== undefined && when.dates.to !== undefined && when.dates.from > when.dates.to) {
      issues.push(issue([...path, 'dates'], 'empty-range', 'Date range ends before it starts', 'Khoảng ngày kết thúc trước khi bắt đầu'));
    }
    if (when.denominator && measureKind !== undefined && measureKind !== 'ratio') {
      issues.push(
        issue([...path, 'denominator'], 'denominator-without-ratio', 'A denominator condition needs a ratio measure', 'Điều kiện về mẫu số chỉ dùng cho chỉ tiêu tỷ lệ'),
      );
    }
  };

  if (rulebook.validTo !== undefined && rulebook.validTo < rulebook.validFrom) {
    issues.push(issue(['validTo'], 'empty-range', 'validTo is before validFrom', 'validTo trước validFrom'));
  }
  duplicates(rulebook.instruments.map((i) => i.id), ['instruments'], 'instrument id');
  duplicates(rulebook.columns?.values.map((c) => c.key) ?? [], ['columns', 'values'], 'column');
  duplicates(rulebook.facts?.map((f) => f.key) ?? [], ['facts'], 'fact');
  duplicates(rulebook.criteria.map((c) => c.code), ['criteria'], 'criterion code');
  instrumentRef(rulebook.recognition.provenance.instrument, ['recognition', 'provenance', 'instrument']);

  rulebook.columns?.overrides?.forEach((override, i) => {
    const path = ['columns', 'overrides', i];
    if (!columns.has(override.column)) {
      issues.push(issue([...path, 'column'], 'unknown-column', `Unknown column "${override.column}"`, `Cột không tồn tại: "${override.column}"`));
    }
    instrumentRef(override.provenance.instrument, [...path, 'provenance', 'instrument']);
    condition(override.when, [...path, 'when']);
  });

  const indicatorCodes: { code: string; path: Path }[] = [];
  rulebook.criteria.forEach((criterion, ci) => {
    criterion.indicators.forEach((indicator, ii) => {
      const ipath: Path = ['criteria', ci, 'indicators', ii];
      indicatorCodes.push({ code: indicator.code, path: [...ipath, 'code'] });
      instrumentRef(indicator.provenance.instrument, [...ipath, 'provenance', 'instrument']);
      duplicates(indicator.checks.map((c) => c.key), [...ipath, 'checks'], 'check key');
      indicator.checks.forEach((check, ki) => {
        const cpath: Path = indicator.checks.length === 1 ? ipath : [...ipath, 'checks', ki];
        const { requirement, measure } = check;
        if (!COMPATIBLE_MEASURES[requirement.type].includes(measure.kind)) {
          issues.push(
            issue([...cpath, 'requirement', 'type'], 'incompatible-requirement', `Requirement "${requirement.type}" cannot apply to a ${measure.kind} measure`, `Yêu cầu "${requirement.type}" không áp dụng được cho đại lượng kiểu ${measure.kind}`),
          );
        }
        if (!('thresholds' in requirement)) return;
        requirement.thresholds.forEach((threshold, ti) => {
          const tpath: Path = [...cpath, 'requirement', 'thresholds', ti];
          instrumentRef(threshold.provenance.instrument, [...tpath, 'provenance', 'instrument']);
          condition(threshold.when, [...tpath, 'when'], measure.kind);
          const unknown = threshold.provenance.status === 'unknown';
          if (threshold.notApplicable) {
            if (threshold.value !== null || unknown) {
              issues.push(
                issue([...tpath, 'notApplicable'], 'not-applicable-with-value', 'A not-applicable case has value null and a known provenance status', 'Trường hợp không áp dụng phải có value null và trạng thái nguồn đã biết'),
              );
            }
            return;
          }
          if ((threshold.value === null) !== unknown) {
            issues.push(
              issue([...tpath, 'value'], 'unknown-mismatch', 'A threshold is null exactly when its provenance status is "unknown"', 'Ngưỡng là null khi và chỉ khi trạng thái nguồn là "unknown"'),
            );
          }
          if (threshold.value === null) return;
          if (requirement.type === 'between') {
            const range = threshold.value as { min: string; max: string };
            if (toDecimal(range.min).gt(toDecimal(range.max))) {
              issues.push(issue([...tpath, 'value'], 'empty-range', 'Range min is above max', 'Cận dưới lớn hơn cận trên'));
            }
          }
          if (requirement.type === 'level' && measure.kind === 'level') {
            const level = threshold.value as string;
            if (!measure.levels.some((l) => l.key === level)) {
              issues.push(issue([...tpath, 'value'], 'unknown-level', `Unknown level "${level}"`, `Mức không tồn tại: "${level}"`));
            }
          }
        });
      });
    });
  });
  // Indicator codes are unique across criteria; report the duplicate at its own path.
  const seenCodes = new Set<string>();
  for (const { code, path } of indicatorCodes) {
    if (seenCodes.has(code)) issues.push(issue(path, 'duplicate', `Duplicate indicator code "${code}"`, `Trùng mã chỉ tiêu "${code}"`));
    seenCodes.add(code);
  }
  return issues;
}
