import { Decimal } from '../core/decimal.js';
import { ContextError, issue } from '../core/errors.js';
import { toIsoDate } from '../core/context.js';
import type { LocalizedText } from '../core/localized-text.js';
import type { Provenance } from '../core/rulebook-schema.js';
import { fromZodIssues } from '../core/zod-issues.js';
import { OCOP_TARGETS_919 } from './data/programme-targets-919.js';
import { OcopInputError } from './errors.js';
import { ocopCertificateStatus } from './ocop-certificate-status.js';
import { ocopPortfolioSchema, ocopPortfolioTargetSchema, type OcopPortfolioProduct, type OcopPortfolioTarget } from './portfolio-schema.js';

/** Options of {@link summarizeOcopPortfolio}. */
export interface OcopPortfolioOptions {
  /** Report date (certificates, expiry). */
  readonly asOf: string | Date;
  /** Count targets to check; default: the product-count targets of 919/QĐ-TTg. */
  readonly targets?: readonly OcopPortfolioTarget[];
  /** "Expiring soon" horizon in days (default 180, the opening of the 26/2026 re-rating window). */
  readonly expiringWithinDays?: number;
}

/** Counts by star class; `unknown` = recognised but the star is not stated (at least 3★). */
export interface StarCounts {
  readonly total: number;
  readonly 3: number;
  readonly 4: number;
  readonly 5: number;
  readonly unknown: number;
}

/** Progress against one count target. */
export interface OcopTargetProgress {
  readonly id: string;
  readonly label: LocalizedText;
  readonly min: number | null;
  readonly max: number | null;
  /** Products that surely count. */
  readonly counted: number;
  /** Products whose star is unknown and might count. */
  readonly possible: number;
  /** `indeterminate` when unknown stars could change the outcome. */
  readonly status: 'met' | 'not-met' | 'indeterminate';
  /** `counted / min` in percent, exact (`null` without a floor). */
  readonly percentOfMin: string | null;
  readonly provenance?: Provenance;
}

/** A target that cannot be computed from a product list (it needs data on the producing entities). */
export interface OcopTargetNotComputable {
  readonly id: string;
  readonly label: LocalizedText;
  readonly status: 'not-computable';
  readonly provenance: Provenance;
}

/** Certificate state of one product on `asOf`. */
export interface PortfolioCertificate {
  readonly name: string;
  readonly expiresOn: string;
  readonly daysLeft: number;
  readonly status: 'valid' | 'expiring' | 'expired' | 'not-yet-issued';
}

/** Result of {@link summarizeOcopPortfolio}. */
export interface OcopPortfolioSummary {
  readonly asOf: string;
  readonly byStar: StarCounts;
  readonly byGroup: Readonly<Record<string, StarCounts>>;
  readonly byYear: Readonly<Record<string, StarCounts>>;
  readonly certificates: readonly PortfolioCertificate[];
  /** Products without a recognition date: their expiry is unknown. */
  readonly certificatesUnknown: readonly string[];
  readonly targets: readonly OcopTargetProgress[];
  readonly otherTargets: readonly OcopTargetNotComputable[];
}

function emptyCounts(): { total: number; 3: number; 4: number; 5: number; unknown: number } {
  return { total: 0, 3: 0, 4: 0, 5: 0, unknown: 0 };
}

/** The product-count targets of 919/QĐ-TTg in the form {@link summarizeOcopPortfolio} takes. */
function targets919(): (OcopPortfolioTarget & { provenance: Provenance })[] {
  return OCOP_TARGETS_919.filter((t) => t.metric.kind === 'product-count').map((t) => ({
    id: t.id,
    label: t.label,
    minStar: (t.metric as { minStar: 3 | 5 }).minStar,
    ...(t.id === 'products-5-star' ? { exactStar: true } : {}),
    min: t.min,
    max: t.max,
    provenance: t.provenance,
  }));
}

/**
 * Summarises a portfolio of recognised OCOP products (a town's, a district's, a province's list):
 * counts by star, by product group and by year; certificates expired or expiring on `asOf`; and
 * progress against count targets (by default the national 919/QĐ-TTg targets: ≥ 10,000 products
 * of 3★+, about 400–500 of 5★; the other 919 targets are listed as not computable from a product
 * list). A product whose star is not stated counts as 3★+ (it was recognised) but leaves 4★/5★
 * targets indeterminate when it could decide them.
 *
 * @throws {@link OcopInputError} for an invalid product list or target; `ContextError` for a bad date.
 * @example
 * ```ts
 * const summary = summarizeOcopPortfolio(
 *   [{ name: 'Muối hầm', star: 4, year: 2022 }, { name: 'Bánh thuẫn', star: 3, year: 2022 }],
 *   { asOf: '2023-11-30' },
 * );
 * summary.byYear['2022']; // { total: 2, 3: 1, 4: 1, 5: 0, unknown: 0 }
 * ```
 */
export function summarizeOcopPortfolio(products: readonly OcopPortfolioProduct[], options: OcopPortfolioOptions): OcopPortfolioSummary {
  const asOf = options === null || typeof options !== 'object' ? undefined : toIsoDate(options.asOf);
  if (asOf === undefined) throw new ContextError([issue(['asOf'], 'invalid-date', 'asOf must be a real date written yyyy-MM-dd', 'Ngày báo cáo (asOf) phải là ngày có thật, viết theo dạng yyyy-MM-dd')]);
  const parsed = ocopPortfolioSchema.safeParse(products);
  if (!parsed.success) throw new OcopInputError(fromZodIssues(parsed.error.issues));
  const targetsParsed = options.targets === undefined ? null : ocopPortfolioTargetSchema.array().safeParse(options.targets);
  if (targetsParsed && !targetsParsed.success) throw new OcopInputError(fromZodIssues(targetsParsed.error.issues, ['targets']));
  const horizon = options.expiringWithinDays ?? 180;
  if (!Number.isInteger(horizon) || horizon < 0) throw new ContextError([issue(['expiringWithinDays'], 'invalid-value', 'expiringWithinDays must be a non-negative integer', 'expiringWithinDays phải là số nguyên không âm')]);

  const list = parsed.data;
  const byStar = emptyCounts();
  const byGroup: Record<string, ReturnType<typeof emptyCounts>> = {};
  const byYear: Record<string, ReturnType<typeof emptyCounts>> = {};
  const add = (counts: ReturnType<typeof emptyCounts>, star: 3 | 4 | 5 | null) => {
    counts.total++;
    if (star === null) counts.unknown++;
    else counts[star]++;
  };
  const certificates: PortfolioCertificate[] = [];
  const certificatesUnknown: string[] = [];
  const yearOf = (p: OcopPortfolioProduct) => p.year ?? (p.recognisedOn ? Number(p.recognisedOn.slice(0, 4)) : undefined);
  for (const p of list) {
    add(byStar, p.star);
    add((byGroup[p.group === undefined ? 'unknown' : String(p.group)] ??= emptyCounts()), p.star);
    const year = yearOf(p);
    add((byYear[year === undefined ? 'unknown' : String(year)] ??= emptyCounts()), p.star);
    if (p.recognisedOn) {
      const c = ocopCertificateStatus(p.recognisedOn, { asOf });
      const status = c.status === 'valid' && c.daysLeft <= horizon ? 'expiring' : c.status;
      certificates.push({ name: p.name, expiresOn: c.expiresOn, daysLeft: c.daysLeft, status });
    } else {
      certificatesUnknown.push(p.name);
    }
  }

  const targets = targetsParsed ? targetsParsed.data : targets919();
  const progress: OcopTargetProgress[] = targets.map((t) => {
    let counted = 0;
    let possible = 0;
    for (const p of list) {
      const year = yearOf(p);
      if (t.years && (year === undefined || year < t.years[0] || year > t.years[1])) {
        if (year === undefined) possible++;
        continue;
      }
      if (p.star === null) {
        if (t.minStar === 3 && !t.exactStar) counted++;
        else possible++;
      } else if (t.exactStar ? p.star === t.minStar : p.star >= t.minStar) counted++;
    }
    const upper = counted + possible;
    let status: OcopTargetProgress['status'];
    if ((t.min !== null && upper < t.min) || (t.max !== null && counted > t.max)) status = 'not-met';
    else if ((t.min === null || counted >= t.min) && (t.max === null || upper <= t.max)) status = 'met';
    else status = 'indeterminate';
    const percentOfMin = t.min === null || t.min === 0 ? null : new Decimal(counted).times(100).div(t.min).toFixed();
    const provenance = (t as { provenance?: Provenance }).provenance;
    return { id: t.id, label: t.label, min: t.min, max: t.max, counted, possible, status, percentOfMin, ...(provenance ? { provenance } : {}) };
  });
  const otherTargets: OcopTargetNotComputable[] = targetsParsed
    ? []
    : OCOP_TARGETS_919.filter((t) => t.metric.kind !== 'product-count').map((t) => ({ id: t.id, label: t.label, status: 'not-computable', provenance: t.provenance }));
  return { asOf, byStar, byGroup, byYear, certificates, certificatesUnknown, targets: progress, otherTargets };
}
