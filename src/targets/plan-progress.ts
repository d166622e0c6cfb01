import { z } from 'zod';
import { InputError } from '../core/errors.js';
import type { LocalizedText } from '../core/localized-text.js';
import { roundedPercent } from '../core/compare.js';
import { fromZodIssues } from '../core/zod-issues.js';
import { formatNumber } from '../format/format-number.js';
import { evaluateParsed, type TargetEvaluation, type TargetStatus } from './evaluate-target.js';
import { targetActualSchema, targetSchema, type TargetActualInput } from './target-schema.js';

/** A plan: a list of targets (its lines), e.g. a district's annual socio-economic plan. */
export const planSchema = z
  .strictObject({
    id: z.string().min(1),
    title: z.strictObject({ vi: z.string().min(1), en: z.string().min(1) }),
    lines: z.array(targetSchema).min(1),
  })
  .superRefine((plan, ctx) => {
    const seen = new Set<string>();
    plan.lines.forEach((line, i) => {
      if (seen.has(line.id)) ctx.addIssue({ code: 'custom', path: ['lines', i, 'id'], message: `duplicate line id "${line.id}"`, params: { code: 'duplicate-id', vi: `trùng mã dòng "${line.id}"` } });
      seen.add(line.id);
    });
  });
export type PlanInput = z.input<typeof planSchema>;

/** One line of {@link planProgress}: the target's evaluation and its percent of plan. */
export interface PlanLineProgress extends TargetEvaluation {
  /** actual ÷ plan × 100, half-up to 2 decimals — the "đạt X% KH" of reports; `null` when not computable. */
  readonly percentOfPlan: string | null;
}

/** Counts of a plan's lines by status. */
export interface PlanSummary {
  readonly total: number;
  readonly met: number;
  readonly unmet: number;
  readonly notYetDue: number;
  readonly missing: number;
  readonly indeterminate: number;
  /** met ÷ total × 100, half-up to 2 decimals. */
  readonly percentMet: string;
}

/** The result of {@link planProgress}. */
export interface PlanProgress {
  readonly planId: string;
  readonly title: LocalizedText;
  readonly asOf: string;
  readonly lines: readonly PlanLineProgress[];
  readonly summary: PlanSummary;
  /** Lines ready for a report: a headline, then one per line not met. */
  readonly explanation: { readonly vi: readonly string[]; readonly en: readonly string[] };
}

/** Options of {@link planProgress}. */
export interface PlanProgressOptions {
  readonly asOf: string;
}

/**
 * Evaluates every line of a plan against the actuals (keyed by line id; a line without an
 * actual is `missing`, never zero) and sums up what a report needs: each line's percent of plan
 * and status, counts by status, and a headline ("Đạt 10/16 chỉ tiêu").
 *
 * @example
 * ```ts
 * const progress = planProgress(plan, { luong_thuc: '2640.4', ga_cam: null }, { asOf: '2023-06-30' });
 * progress.lines[0]?.percentOfPlan; // '59.34'
 * progress.summary.missing;         // 1
 * ```
 * @throws InputError when the plan, an actual or the date is invalid, or an actual names no line.
 */
export function planProgress(plan: PlanInput, actuals: Readonly<Record<string, TargetActualInput>>, options: PlanProgressOptions): PlanProgress {
  const p = planSchema.safeParse(plan);
  if (!p.success) throw new InputError(fromZodIssues(p.error.issues, ['plan']));
  const asOf = z.iso.date().safeParse(options.asOf);
  if (!asOf.success) throw new InputError(fromZodIssues(asOf.error.issues, ['options', 'asOf']));
  const ids = new Set(p.data.lines.map((l) => l.id));
  const unknownKeys = Object.keys(actuals).filter((k) => !ids.has(k));
  if (unknownKeys.length > 0) {
    throw new InputError(unknownKeys.map((k) => ({ path: ['actuals', k], code: 'unknown-line', message: { en: `no plan line has id "${k}"`, vi: `không có dòng kế hoạch mã "${k}"` } })));
  }
  const lines: PlanLineProgress[] = p.data.lines.map((line) => {
    const raw = Object.prototype.hasOwnProperty.call(actuals, line.id) ? actuals[line.id] : null;
    const parsed = targetActualSchema.safeParse(raw === undefined ? null : raw);
    if (!parsed.success) throw new InputError(fromZodIssues(parsed.error.issues, ['actuals', line.id]));
    const evaluation = evaluateParsed(line, parsed.data, asOf.data);
    return { ...evaluation, percentOfPlan: evaluation.percentOfTarget };
  });
  const count = (s: TargetStatus): number => lines.filter((l) => l.status === s).length;
  const summary: PlanSummary = {
    total: lines.length,
    met: count('met'),
    unmet: count('unmet'),
    notYetDue: count('not-yet-due'),
    missing: count('missing'),
    indeterminate: count('indeterminate'),
    percentMet: roundedPercent(count('met'), lines.length, 2),
  };
  const headline = {
    vi: `${p.data.title.vi} (đến ${asOf.data.split('-').reverse().join('/')}): đạt ${summary.met}/${summary.total} chỉ tiêu (${formatNumber(summary.percentMet, 'vi')}%); chưa đạt ${summary.unmet}; chưa đến hạn ${summary.notYetDue}; thiếu số liệu ${summary.missing}; chưa xác định ${summary.indeterminate}.`,
    en: `${p.data.title.en} (as of ${asOf.data}): ${summary.met} of ${summary.total} targets met (${formatNumber(summary.percentMet, 'en')}%); unmet ${summary.unmet}; not yet due ${summary.notYetDue}; missing ${summary.missing}; indeterminate ${summary.indeterminate}.`,
  };
  const rest = lines.filter((l) => l.status !== 'met');
  return {
    planId: p.data.id,
    title: p.data.title,
    asOf: asOf.data,
    lines,
    summary,
    explanation: { vi: [headline.vi, ...rest.map((l) => `- ${l.explanation.vi}`)], en: [headline.en, ...rest.map((l) => `- ${l.explanation.en}`)] },
  };
}
