import { Decimal } from '../core/decimal.js';
import { formatNumber } from '../format/format-number.js';
import { checkReportedProgress, type ProgressCheck, type ReportFinding } from './check-reported-progress.js';
import { extractProgressClaims, type ClaimKind, type ExtractedClaim, type ExtractProgressClaimsOptions } from './extract-progress-claims.js';

/** A plan stated elsewhere, attached to every claim whose label contains `labelIncludes`. */
export interface PlanStatedElsewhere {
  /** Case-insensitive text the claim's label must contain (e.g. `gỗ khai thác`). */
  readonly labelIncludes: string;
  /** The plan value in the claim's unit, canonical decimal (`"150000"`). */
  readonly value: string;
  readonly unit?: string | null;
  /** Where it is stated, for messages (`B.III.1`). */
  readonly where?: string;
}

/** Options of {@link checkReportText}. */
export interface CheckReportTextOptions extends ExtractProgressClaimsOptions {
  /** Plans stated elsewhere (another section, the plan resolution) to cross-check. */
  readonly plansElsewhere?: readonly PlanStatedElsewhere[];
  /**
   * Compare the plan of each claim with the plans of claims with the same label (case and spacing
   * aside) and unit in the text — stated, or implied by their percentage — and flag a difference
   * (`plan-differs-in-text`). Default `true`.
   */
  readonly crossCheckSameLabel?: boolean;
}

/** One extracted claim with its check. */
export interface CheckedClaim extends ExtractedClaim {
  readonly check: ProgressCheck;
}

/** The result of {@link checkReportText}. */
export interface ReportTextCheck {
  readonly claims: readonly CheckedClaim[];
  readonly summary: {
    /** Claims extracted. */
    readonly extracted: number;
    /** Claims with at least one error finding. */
    readonly flagged: number;
    /** Claims with only info/warning findings. */
    readonly noted: number;
    readonly byKind: Readonly<Record<ClaimKind, number>>;
  };
}

/**
 * Extracts every progress claim from report text ({@link extractProgressClaims}), checks each
 * ({@link checkReportedProgress}), optionally against plans stated elsewhere, and counts how many
 * were extracted and how many are flagged.
 *
 * @example
 * ```ts
 * const result = checkReportText('sản lượng gỗ khai thác ước đạt 51.600/1.500 tấn gỗ nguyên liệu, đạt 34,4% KH;', {
 *   plansElsewhere: [{ labelIncludes: 'gỗ khai thác', value: '150000', unit: 'tấn', where: 'B.III.1' }],
 * });
 * result.summary; // { extracted: 1, flagged: 1, noted: 0, byKind: { fraction: 1, percent: 0, verdict: 0, criteria: 0 } }
 * ```
 */
export function checkReportText(text: string, options: CheckReportTextOptions = {}): ReportTextCheck {
  const claims: CheckedClaim[] = extractProgressClaims(text, options).map((extracted): CheckedClaim => {
    const label = extracted.label.toLowerCase();
    const elsewhere = (options.plansElsewhere ?? [])
      .filter((p) => label.includes(p.labelIncludes.toLowerCase()))
      .map((p) => ({ value: p.value, unit: p.unit ?? null, ...(p.where ? { where: p.where } : {}) }));
    const claim = elsewhere.length > 0 ? { ...extracted.claim, planElsewhere: elsewhere } : extracted.claim;
    return { ...extracted, claim, check: checkReportedProgress(claim) };
  });
  if (options.crossCheckSameLabel !== false) crossCheck(claims);
  const byKind: Record<ClaimKind, number> = { fraction: 0, percent: 0, verdict: 0, criteria: 0 };
  for (const c of claims) byKind[c.kind]++;
  const flagged = claims.filter((c) => !c.check.consistent).length;
  const noted = claims.filter((c) => c.check.consistent && c.check.findings.length > 0).length;
  return { claims, summary: { extracted: claims.length, flagged, noted, byKind } };
}

/**
 * Flags a claim whose plan differs from the plan of another claim with the same label and unit —
 * stated outright, or implied by that claim's percentage (`impliedPlan`).
 */
function crossCheck(claims: CheckedClaim[]): void {
  const norm = (c: CheckedClaim): string => `${c.label.toLowerCase().replace(/\s+/g, ' ').trim()}|${c.claim.planUnit ?? c.claim.unit ?? ''}`;
  const planOf = (c: CheckedClaim): string | null => (typeof c.claim.plan === 'string' || typeof c.claim.plan === 'number' ? String(c.claim.plan) : null);
  for (let i = 0; i < claims.length; i++) {
    const a = claims[i] as CheckedClaim;
    const plan = planOf(a);
    if (plan === null || a.label.length === 0) continue;
    const extra: ReportFinding[] = [];
    for (const b of claims) {
      if (b === a || norm(b) !== norm(a)) continue;
      const other = planOf(b);
      const implied = other === null ? b.check.impliedPlan : null;
      const differs = other !== null ? !new Decimal(other).eq(plan) : implied !== null && (new Decimal(plan).lt(implied.min) || new Decimal(plan).gt(implied.max));
      if (!differs) continue;
      const vi = other !== null ? `ghi kế hoạch ${formatNumber(other, 'vi', 4)}` : `nêu tỷ lệ ứng với kế hoạch khoảng ${formatNumber(implied?.min ?? '0', 'vi', 0)}–${formatNumber(implied?.max ?? '0', 'vi', 0)}`;
      const en = other !== null ? `states a plan of ${formatNumber(other, 'en', 4)}` : `states a rate implying a plan of about ${formatNumber(implied?.min ?? '0', 'en', 0)}–${formatNumber(implied?.max ?? '0', 'en', 0)}`;
      extra.push({
        code: 'plan-differs-in-text',
        severity: 'error',
        message: {
          vi: `Cùng chỉ tiêu "${a.label}": kế hoạch ở đây là ${formatNumber(plan, 'vi', 4)}, còn dòng ở vị trí ${b.start} ("${b.excerpt}") ${vi}`,
          en: `Same line "${a.label}": the plan here is ${formatNumber(plan, 'en', 4)}, but the line at position ${b.start} ("${b.excerpt}") ${en}`,
        },
      });
    }
    if (extra.length > 0) claims[i] = { ...a, check: { ...a.check, findings: [...a.check.findings, ...extra], consistent: false } };
  }
}
