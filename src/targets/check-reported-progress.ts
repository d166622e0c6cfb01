import { z } from 'zod';
import { Decimal, decimalToString } from '../core/decimal.js';
import { InputError } from '../core/errors.js';
import type { LocalizedText } from '../core/localized-text.js';
import { fromZodIssues } from '../core/zod-issues.js';
import { formatNumber } from '../format/format-number.js';
import { evaluateParsed } from './evaluate-target.js';
import { targetDecimalSchema, type Target } from './target-schema.js';

const claimComparatorSchema = z.enum(['>=', '>', '<=', '<', '=', 'about']);

/** What a report states about one line: actual, plan, percentage, verdict. */
export const reportedClaimSchema = z.strictObject({
  /** The line's wording (for messages). */
  label: z.string().optional(),
  /** The achieved amount, in `unit`. */
  actual: targetDecimalSchema,
  unit: z.string().min(1).nullable().optional(),
  /**
   * The plan: a plain value (`4450`), a value with a comparator (`{ comparator: '>', value: '99.5' }`
   * for "KH trên 99,5%"), a range (`{ comparator: 'between', min: '43', max: '45' }`), or absent.
   */
  plan: z
    .union([
      targetDecimalSchema,
      z.strictObject({ comparator: claimComparatorSchema.nullable(), value: targetDecimalSchema }),
      z.strictObject({ comparator: z.literal('between'), min: targetDecimalSchema, max: targetDecimalSchema }),
    ])
    .nullable()
    .optional(),
  planUnit: z.string().min(1).nullable().optional(),
  /** The percentage of plan the report states ("đạt 59,3%"). */
  statedPercent: targetDecimalSchema.nullable().optional(),
  /** Fraction digits the report used for it; default: those of `statedPercent` as a string. */
  statedPercentDecimals: z.number().int().min(0).max(10).optional(),
  /** The verdict the report states ("đạt" / "chưa đạt"). */
  statedVerdict: z.enum(['met', 'unmet']).nullable().optional(),
  /** Which way is better; default `higher`. */
  direction: z.enum(['higher', 'lower']).optional(),
  /** The same plan as stated elsewhere (another section, the plan document). */
  planElsewhere: z
    .array(z.strictObject({ value: targetDecimalSchema, unit: z.string().min(1).nullable().optional(), where: z.string().min(1).optional() }))
    .optional(),
});
export type ReportedClaimInput = z.input<typeof reportedClaimSchema>;
export type ReportedClaim = z.output<typeof reportedClaimSchema>;

/** One problem (or remark) found in a reported figure. */
export interface ReportFinding {
  /**
   * `percent-mismatch`, `verdict-contradiction`, `plan-mismatch`, `plan-differs-in-text` (errors); `unit-mismatch`
   * (warning); `percent-truncated`, `strict-wording-boundary`, `implied-plan` (info).
   */
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: LocalizedText;
}

/** The result of {@link checkReportedProgress}. */
export interface ProgressCheck {
  readonly label: string | null;
  /** No finding of severity `error`. */
  readonly consistent: boolean;
  /** actual ÷ plan × 100 rounded half-up to the report's decimals (2 when none stated); `null` without a plan value. */
  readonly computedPercent: string | null;
  readonly statedPercent: string | null;
  /** The plan values that, with the actual, give the stated percentage after rounding (4 decimals). */
  readonly impliedPlan: { readonly min: string; readonly max: string } | null;
  /** The verdict recomputed from actual, plan comparator and direction; `null` without a plan. */
  readonly verdict: 'met' | 'unmet' | null;
  readonly statedVerdict: 'met' | 'unmet' | null;
  readonly direction: 'higher' | 'lower';
  readonly findings: readonly ReportFinding[];
}

function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

function fmt(value: string | Decimal, locale: 'vi' | 'en', max = 4): string {
  return formatNumber(typeof value === 'string' ? value : decimalToString(value), locale, max);
}

/**
 * Recomputes what a report states about one line and flags inconsistencies: a percentage that
 * does not match actual ÷ plan at the report's own rounding (half-up; a truncated figure is only
 * noted), a verdict ("đạt"/"chưa đạt") that contradicts the plan's comparator and direction, a
 * plan that differs from the same plan stated elsewhere, and differing units. When the
 * percentage is wrong it gives the plan values that would make it right (`impliedPlan`).
 *
 * @example
 * ```ts
 * // 003_58059cd68c956849.txt, III.1: "sản lượng gỗ khai thác ước đạt 51.600/1.500 tấn …, đạt 34,4% KH"
 * const check = checkReportedProgress({
 *   actual: '51600', plan: '1500', unit: 'tấn', statedPercent: '34.4',
 *   planElsewhere: [{ value: '150000', unit: 'tấn', where: 'B.III.1 "150 ngàn tấn"' }],
 * });
 * check.consistent;                        // false
 * check.findings.map((f) => f.code);       // ['percent-mismatch', 'plan-mismatch']
 * check.impliedPlan;                       // { min: '149782.2932', max: '150218.3406' }
 * ```
 * @throws InputError when the claim is invalid.
 */
export function checkReportedProgress(claim: ReportedClaimInput): ProgressCheck {
  const parsed = reportedClaimSchema.safeParse(claim);
  if (!parsed.success) throw new InputError(fromZodIssues(parsed.error.issues, ['claim']));
  const c = parsed.data;
  const findings: ReportFinding[] = [];
  const direction = c.direction ?? 'higher';
  const actual = new Decimal(c.actual);
  const unit = c.unit ?? null;
  const planUnit = c.planUnit ?? unit;
  const label = c.label ?? null;

  const plan = c.plan ?? null;
  const planValue: Decimal | null = plan === null ? null : typeof plan === 'string' ? new Decimal(plan) : 'value' in plan ? new Decimal(plan.value) : null;

  // 1. The stated percentage against actual ÷ plan.
  let computedPercent: string | null = null;
  let impliedPlan: ProgressCheck['impliedPlan'] = null;
  const stated = c.statedPercent ?? null;
  const places = c.statedPercentDecimals ?? (stated !== null ? decimalsOf(stated) : 2);
  if (stated !== null) {
    const s = new Decimal(stated);
    const half = new Decimal(5).times(new Decimal(10).pow(-(places + 1)));
    const low = s.minus(half);
    const high = s.plus(half);
    if (low.gt(0) && !actual.isZero()) {
      impliedPlan = {
        min: decimalToString(actual.times(100).div(high).toDecimalPlaces(4, Decimal.ROUND_HALF_UP)),
        max: decimalToString(actual.times(100).div(low).toDecimalPlaces(4, Decimal.ROUND_HALF_UP)),
      };
    }
    const percentWith = (p: Decimal): { rounded: Decimal; truncated: Decimal } => {
      const exact = actual.times(100).div(p);
      return { rounded: exact.toDecimalPlaces(places, Decimal.ROUND_HALF_UP), truncated: exact.toDecimalPlaces(places, Decimal.ROUND_DOWN) };
    };
    const elsewhere = (c.planElsewhere ?? [])[0];
    const against = planValue !== null && !planValue.isZero() ? { value: planValue, where: null as string | null } : elsewhere && !new Decimal(elsewhere.value).isZero() ? { value: new Decimal(elsewhere.value), where: elsewhere.where ?? '' } : null;
    if (against !== null) {
      const { rounded, truncated } = percentWith(against.value);
      computedPercent = decimalToString(rounded);
      const whereVi = against.where !== null ? ` (kế hoạch nêu ở nơi khác${against.where ? `: ${against.where}` : ''})` : '';
      const whereEn = against.where !== null ? ` (plan stated elsewhere${against.where ? `: ${against.where}` : ''})` : '';
      if (!rounded.eq(s)) {
        if (truncated.eq(s)) {
          findings.push({
            code: 'percent-truncated',
            severity: 'info',
            message: {
              vi: `${fmt(stated, 'vi')}% là số cắt bớt; làm tròn đúng là ${fmt(rounded, 'vi')}% (${fmt(actual, 'vi')}/${fmt(against.value, 'vi')}${whereVi})`,
              en: `${fmt(stated, 'en')}% is truncated; rounded it is ${fmt(rounded, 'en')}% (${fmt(actual, 'en')}/${fmt(against.value, 'en')}${whereEn})`,
            },
          });
        } else {
          const matching = against.where === null ? (c.planElsewhere ?? []).find((e) => impliedPlan && new Decimal(e.value).gte(impliedPlan.min) && new Decimal(e.value).lte(impliedPlan.max)) : undefined;
          const hintVi = matching ? `; tỷ lệ nêu khớp với kế hoạch ${fmt(matching.value, 'vi')}${matching.where ? ` (${matching.where})` : ''} — số kế hoạch trong dòng này có thể bị ghi nhầm` : impliedPlan ? `; tỷ lệ nêu ứng với kế hoạch khoảng ${fmt(impliedPlan.min, 'vi', 4)}–${fmt(impliedPlan.max, 'vi', 4)}` : '';
          const hintEn = matching ? `; the stated rate matches the plan ${fmt(matching.value, 'en')}${matching.where ? ` (${matching.where})` : ''} — the plan in this line is likely mistyped` : impliedPlan ? `; the stated rate implies a plan of about ${fmt(impliedPlan.min, 'en', 4)}–${fmt(impliedPlan.max, 'en', 4)}` : '';
          findings.push({
            code: 'percent-mismatch',
            severity: 'error',
            message: {
              vi: `Tỷ lệ nêu ${fmt(stated, 'vi')}% không khớp ${fmt(actual, 'vi')}/${fmt(against.value, 'vi')}${whereVi} = ${fmt(rounded, 'vi')}%${hintVi}`,
              en: `Stated ${fmt(stated, 'en')}% does not match ${fmt(actual, 'en')}/${fmt(against.value, 'en')}${whereEn} = ${fmt(rounded, 'en')}%${hintEn}`,
            },
          });
        }
      }
    } else if (impliedPlan) {
      findings.push({
        code: 'implied-plan',
        severity: 'info',
        message: {
          vi: `Không nêu kế hoạch/tổng số; ${fmt(actual, 'vi')} ứng với ${fmt(stated, 'vi')}% khi kế hoạch/tổng số trong khoảng ${fmt(impliedPlan.min, 'vi', 2)}–${fmt(impliedPlan.max, 'vi', 2)}`,
          en: `No plan/total stated; ${fmt(actual, 'en')} is ${fmt(stated, 'en')}% of a plan/total between ${fmt(impliedPlan.min, 'en', 2)} and ${fmt(impliedPlan.max, 'en', 2)}`,
        },
      });
    }
  }

  // 2. The same plan stated elsewhere.
  for (const e of c.planElsewhere ?? []) {
    const eu = e.unit ?? planUnit;
    if (eu !== null && planUnit !== null && eu !== planUnit) {
      findings.push({
        code: 'unit-mismatch',
        severity: 'warning',
        message: {
          vi: `Đơn vị kế hoạch ở đây là "${planUnit}" nhưng nơi khác ghi "${eu}"${e.where ? ` (${e.where})` : ''}`,
          en: `The plan's unit here is "${planUnit}" but "${eu}" elsewhere${e.where ? ` (${e.where})` : ''}`,
        },
      });
    }
    if (planValue !== null && !planValue.eq(e.value)) {
      findings.push({
        code: 'plan-mismatch',
        severity: 'error',
        message: {
          vi: `Kế hoạch ở đây là ${fmt(planValue, 'vi')} nhưng nơi khác ghi ${fmt(e.value, 'vi')}${e.where ? ` (${e.where})` : ''}`,
          en: `The plan here is ${fmt(planValue, 'en')} but ${fmt(e.value, 'en')} elsewhere${e.where ? ` (${e.where})` : ''}`,
        },
      });
    }
  }
  if (unit !== null && c.planUnit && unit !== c.planUnit) {
    findings.push({
      code: 'unit-mismatch',
      severity: 'warning',
      message: { vi: `Thực hiện tính bằng "${unit}" nhưng kế hoạch bằng "${c.planUnit}"`, en: `The actual is in "${unit}" but the plan in "${c.planUnit}"` },
    });
  }

  // 3. The verdict against the comparator.
  let verdict: ProgressCheck['verdict'] = null;
  if (plan !== null) {
    const target: Target = {
      id: 'claim',
      title: { vi: label ?? 'chỉ tiêu', en: label ?? 'target' },
      metric: label ?? 'reported line',
      measure: 'level',
      unit: planUnit ?? '',
      direction,
      deadline: null,
      scope: 'district',
      provenance: { instrument: 'report', locator: 'claim', status: 'secondary' },
      ...(typeof plan === 'string'
        ? { comparator: direction === 'higher' ? '>=' : '<=', value: plan }
        : 'min' in plan
          ? { comparator: 'between', min: plan.min, max: plan.max }
          : { comparator: plan.comparator ?? (direction === 'higher' ? '>=' : '<='), value: plan.value }),
    } as Target;
    const evaluation = evaluateParsed(target, c.actual, '2000-01-01');
    verdict = evaluation.status === 'met' ? 'met' : 'unmet';
    for (const note of evaluation.notes) {
      if (note.en.startsWith('The value equals')) findings.push({ code: 'strict-wording-boundary', severity: 'info', message: note });
    }
    const statedVerdict = c.statedVerdict ?? null;
    if (statedVerdict !== null && statedVerdict !== verdict) {
      const req = typeof plan === 'string' ? `${direction === 'higher' ? '≥' : '≤'} ${plan}` : 'min' in plan ? `${plan.min}–${plan.max}` : `${plan.comparator ?? (direction === 'higher' ? '≥' : '≤')} ${plan.value}`;
      const sv = statedVerdict === 'met' ? 'đạt' : 'chưa đạt';
      const rv = verdict === 'met' ? 'đạt' : 'chưa đạt';
      findings.push({
        code: 'verdict-contradiction',
        severity: 'error',
        message: {
          vi: `Báo cáo ghi "${sv}" nhưng ${fmt(actual, 'vi')} so với kế hoạch ${req.replace(/\./g, ',')} là "${rv}"${direction === 'lower' ? ' (càng thấp càng tốt)' : ''}`,
          en: `The report says "${statedVerdict}" but ${fmt(actual, 'en')} against a plan of ${req} is "${verdict}"${direction === 'lower' ? ' (lower is better)' : ''}`,
        },
      });
    }
  }

  return {
    label,
    consistent: !findings.some((f) => f.severity === 'error'),
    computedPercent,
    statedPercent: stated,
    impliedPlan,
    verdict,
    statedVerdict: c.statedVerdict ?? null,
    direction,
    findings,
  };
}
