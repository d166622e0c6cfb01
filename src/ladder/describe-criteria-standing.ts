import type { LocalizedText } from '../core/localized-text.js';
import type { EvaluationResult, Progress, Status } from '../core/result.js';

/** A criterion not met, with its indicators not met ("Giao thông chưa đạt 1/4 chỉ tiêu"). */
export interface CriterionShortfall {
  readonly code: string;
  readonly name: LocalizedText;
  readonly status: Status;
  /** Indicators unmet. */
  readonly unmet: number;
  /** Indicators missing or indeterminate (not decided). */
  readonly undecided: number;
  /** All indicators of the criterion. */
  readonly total: number;
}

/** The result of {@link describeCriteriaStanding}. */
export interface CriteriaStanding {
  readonly progress: Progress;
  readonly met: readonly { readonly code: string; readonly name: LocalizedText }[];
  readonly notMet: readonly CriterionShortfall[];
  /** The standing as a report paragraph, in Vietnamese and English. */
  readonly text: LocalizedText;
}

/**
 * States an evaluation the way reports do: "đạt chuẩn 4/9 tiêu chí gồm: …; 5/9 tiêu chí chưa đạt
 * gồm: Tiêu chí Giao thông chưa đạt 1/4 chỉ tiêu; …" — criteria met by name, and for each
 * criterion not met how many of its indicators are not met (and how many are undecided).
 *
 * @example
 * ```ts
 * describeCriteriaStanding(rollUpDistrict(…).criteria).text.vi;
 * ```
 */
export function describeCriteriaStanding(result: EvaluationResult): CriteriaStanding {
  const met = result.criteria.filter((c) => c.status === 'met').map((c) => ({ code: c.code, name: c.name }));
  const notMet = result.criteria
    .filter((c) => c.status !== 'met' && c.status !== 'not-applicable')
    .map((c) => ({ code: c.code, name: c.name, status: c.status, unmet: c.tally.unmet, undecided: c.tally.missing + c.tally.indeterminate, total: c.tally.total }));
  const { met: m, total } = result.criteriaProgress;
  const line = (c: CriterionShortfall, vi: boolean) => {
    const undecided = c.undecided > 0 ? (vi ? ` (${c.undecided} chỉ tiêu chưa xác định)` : ` (${c.undecided} undecided)`) : '';
    return vi
      ? `Tiêu chí ${c.name.vi} chưa đạt ${c.unmet}/${c.total} chỉ tiêu${undecided}`
      : `${c.name.en}: ${c.unmet} of ${c.total} indicators not met${undecided}`;
  };
  const vi = [
    `Đạt chuẩn ${m}/${total} tiêu chí${met.length ? ` gồm: ${met.map((c) => c.name.vi).join('; ')}` : ''}.`,
    notMet.length ? ` ${notMet.length}/${total} tiêu chí chưa đạt gồm: ${notMet.map((c) => line(c, true)).join('; ')}.` : '',
  ].join('');
  const en = [
    `${m} of ${total} criteria met${met.length ? `: ${met.map((c) => c.name.en).join('; ')}` : ''}.`,
    notMet.length ? ` ${notMet.length} of ${total} not met: ${notMet.map((c) => line(c, false)).join('; ')}.` : '',
  ].join('');
  return { progress: result.criteriaProgress, met, notMet, text: { vi, en } };
}
