import { defineRulebook } from './define-rulebook.js';
import { RulebookError, issue, type Issue } from './errors.js';
import type { LocalizedText } from './localized-text.js';
import type { Rulebook } from './rulebook.js';
import type { IndicatorInput, RulebookInput } from './rulebook-schema.js';
import { rulebookToJson } from './rulebook-to-json.js';

type RulebookJson = Extract<RulebookInput, object>;
type InstrumentInput = RulebookJson['instruments'][number];
type CriterionJson = RulebookJson['criteria'][number];
/** One threshold case as written in a threshold table (see the `thresholds` of a compare requirement). */
export type ThresholdCaseInput = { readonly when?: unknown; readonly value: unknown; readonly notApplicable?: true; readonly provenance: unknown };

/** One row of a threshold table: the new threshold cases of one check of one indicator. */
export interface ThresholdOverride {
  /** Indicator code, e.g. "10". */
  readonly indicator: string;
  /** Check key; leave out for single-check indicators. */
  readonly check?: string;
  /** The cases that replace the check's thresholds (first match wins), each with its provenance. */
  readonly thresholds: readonly ThresholdCaseInput[];
}

/** What a derived rulebook changes in its base. Everything else is inherited. */
export interface RulebookOverrides {
  readonly id: string;
  readonly title?: LocalizedText;
  readonly kind?: string;
  readonly jurisdiction?: RulebookJson['jurisdiction'];
  /** Instruments added to the base's list (e.g. the provincial decision). */
  readonly instruments?: readonly InstrumentInput[];
  readonly validFrom?: string;
  readonly validTo?: string;
  /** Threshold table: replaces the thresholds of the named checks. */
  readonly thresholds?: readonly ThresholdOverride[];
  /** Indicators that replace the base's indicator of the same code. */
  readonly replaceIndicators?: readonly IndicatorInput[];
  /** Indicators added at the end of a criterion. */
  readonly addIndicators?: readonly { readonly criterion: string; readonly indicator: IndicatorInput }[];
  /** Indicator codes removed. */
  readonly removeIndicators?: readonly string[];
  readonly notes?: readonly LocalizedText[];
}

/**
 * Derives a rulebook from another: a province that restates the national set with its own
 * (stricter or more detailed) thresholds, or a user who supplies thresholds the national text
 * leaves unknown. The result is validated like any rulebook and records `derivedFrom`.
 *
 * @example
 * ```ts
 * const province = deriveRulebook(communeNtm2021To2025, {
 *   id: 'commune-ntm-2021-2025-example-province',
 *   jurisdiction: { level: 'provincial', name: { vi: 'Tỉnh X', en: 'X province' } },
 *   instruments: [{ id: '99/QĐ-UBND', number: '99/QĐ-UBND', issuedOn: '2022-09-15', issuer: …, title: … }],
 *   thresholds: [{ indicator: '11', thresholds: [{ value: '4', provenance: { instrument: '99/QĐ-UBND', status: 'official' } }] }],
 * });
 * ```
 * @throws {@link RulebookError} when an override names an unknown indicator or check, or the result is invalid.
 */
export function deriveRulebook(base: Rulebook, overrides: RulebookOverrides): Rulebook {
  const json = rulebookToJson(base) as RulebookJson & { criteria: CriterionJson[] };
  const issues: Issue[] = [];
  const locate = (code: string): { criterion: CriterionJson; index: number } | undefined => {
    for (const criterion of json.criteria) {
      const index = criterion.indicators.findIndex((i) => i.code === code);
      if (index >= 0) return { criterion, index };
    }
    return undefined;
  };
  const unknownIndicator = (path: (string | number)[], code: string): void => {
    issues.push(issue(path, 'unknown-indicator', `Base rulebook "${base.id}" has no indicator "${code}"`, `Bộ tiêu chí gốc "${base.id}" không có chỉ tiêu "${code}"`));
  };

  overrides.removeIndicators?.forEach((code, i) => {
    const found = locate(code);
    if (!found) unknownIndicator(['removeIndicators', i], code);
    else found.criterion.indicators.splice(found.index, 1);
  });
  overrides.replaceIndicators?.forEach((indicator, i) => {
    const found = locate(indicator.code);
    if (!found) unknownIndicator(['replaceIndicators', i, 'code'], indicator.code);
    else found.criterion.indicators[found.index] = indicator;
  });
  overrides.addIndicators?.forEach(({ criterion, indicator }, i) => {
    const target = json.criteria.find((c) => c.code === criterion);
    if (!target) {
      issues.push(issue(['addIndicators', i, 'criterion'], 'unknown-criterion', `Base rulebook "${base.id}" has no criterion "${criterion}"`, `Bộ tiêu chí gốc "${base.id}" không có tiêu chí "${criterion}"`));
    } else {
      target.indicators.push(indicator);
    }
  });
  overrides.thresholds?.forEach((row, i) => {
    const found = locate(row.indicator);
    if (!found) return unknownIndicator(['thresholds', i, 'indicator'], row.indicator);
    const indicator = found.criterion.indicators[found.index] as Record<string, unknown>;
    const checks = (indicator['checks'] as Record<string, unknown>[] | undefined) ?? [indicator];
    const check = row.check === undefined && checks.length === 1 ? checks[0] : checks.find((c) => c['key'] === row.check);
    if (!check) {
      issues.push(issue(['thresholds', i, 'check'], 'unknown-check', `Indicator "${row.indicator}" has no check "${row.check ?? '(name one)'}"`, `Chỉ tiêu "${row.indicator}" không có phép kiểm "${row.check ?? '(cần ghi rõ)'}"`));
      return;
    }
    const requirement = check['requirement'] as Record<string, unknown>;
    if (!('thresholds' in requirement)) {
      issues.push(issue(['thresholds', i], 'no-thresholds', `Indicator "${row.indicator}" is a yes/no requirement without thresholds`, `Chỉ tiêu "${row.indicator}" là yêu cầu đạt/không đạt, không có ngưỡng`));
      return;
    }
    requirement['thresholds'] = row.thresholds;
  });
  if (issues.length > 0) throw new RulebookError(issues);

  return defineRulebook({
    ...json,
    id: overrides.id,
    kind: overrides.kind ?? json.kind,
    title: overrides.title ?? json.title,
    jurisdiction: overrides.jurisdiction ?? json.jurisdiction,
    instruments: [...json.instruments, ...(overrides.instruments ?? [])],
    validFrom: overrides.validFrom ?? json.validFrom,
    ...(overrides.validTo !== undefined || json.validTo !== undefined ? { validTo: overrides.validTo ?? json.validTo } : {}),
    derivedFrom: base.id,
    ...(overrides.notes || json.notes ? { notes: [...(json.notes ?? []), ...(overrides.notes ?? [])] } : {}),
  });
}
