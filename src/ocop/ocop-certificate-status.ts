import { addDays, addMonths, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { toIsoDate } from '../core/context.js';
import { ContextError, issue } from '../core/errors.js';
import type { Provenance } from '../core/rulebook-schema.js';
import { OCOP_TRANSITION_2026, OCOP_VERSIONS } from './data/versions.js';
import { ocopVersionFor } from './ocop-version-for.js';

/** Options of {@link ocopCertificateStatus}. */
export interface OcopCertificateOptions {
  /** The date to report on (ISO `yyyy-MM-dd` or a Date). */
  readonly asOf: string | Date;
}

/** The re-rating filing window of 26/2026/QĐ-TTg Art. 7.6. */
export interface ReRatingWindow {
  /** First day to file (180 days before expiry). */
  readonly opensOn: string;
  /** Last day to file (120 days before expiry). */
  readonly closesOn: string;
  /** Where `asOf` falls: before the window, inside it, or after it. */
  readonly status: 'not-yet-open' | 'open' | 'closed';
  /**
   * Art. 12.3 (transition): when the window had already closed before 26/2026 took effect
   * (22/05/2026) but the certificate was still valid, a certificate under re-rating stays valid
   * until the result, at most to this day (expiry + 180 days); otherwise `null`.
   */
  readonly transitionalLimit: string | null;
  readonly provenance: Provenance;
}

/** Result of {@link ocopCertificateStatus}. */
export interface OcopCertificateStatus {
  readonly recognisedOn: string;
  readonly asOf: string;
  /** The version under which the certificate was issued (it keeps its term, 26/2026 Art. 12.1). */
  readonly issuedUnder: string;
  readonly validityMonths: number;
  /** Last day of validity: the recognition date + 36 months (end-of-month clamped). */
  readonly expiresOn: string;
  readonly status: 'not-yet-issued' | 'valid' | 'expired';
  /** Calendar days from `asOf` to `expiresOn` (0 on the last day, negative once expired). */
  readonly daysLeft: number;
  /** The re-rating window of 26/2026/QĐ-TTg when the certificate is still valid on 22/05/2026 or later, else `null` (no earlier rule found). */
  readonly reRating: ReRatingWindow | null;
  readonly provenance: Provenance;
}

/**
 * Status of an OCOP certificate recognised on `recognisedOn`: valid for 36 months from the
 * recognition decision (1048, 148 and 26/2026 alike); expiry date, days left on `asOf`, and —
 * when the certificate is still valid under 26/2026/QĐ-TTg — the re-rating filing window (no earlier
 * than 180 and no later than 120 days before expiry). The day-boundary convention is not stated
 * in the texts: the expiry day itself is counted as valid (one observed certificate issued on
 * 25/12/2024 prints 25/12/2027 as its expiry).
 *
 * @throws `ContextError` for invalid dates or a date before 1048/QĐ-TTg.
 * @example
 * ```ts
 * const s = ocopCertificateStatus('2024-12-25', { asOf: '2027-07-01' });
 * s.expiresOn;         // '2027-12-25'
 * s.daysLeft;          // 177
 * s.reRating?.opensOn; // '2027-06-28'
 * s.reRating?.status;  // 'open'
 * ```
 */
export function ocopCertificateStatus(recognisedOn: string | Date, options: OcopCertificateOptions): OcopCertificateStatus {
  const issued = toIsoDate(recognisedOn);
  const asOf = options === null || typeof options !== 'object' ? undefined : toIsoDate(options.asOf);
  const problems = [];
  if (issued === undefined) problems.push(issue(['recognisedOn'], 'invalid-date', 'The recognition date must be a real date written yyyy-MM-dd', 'Ngày công nhận phải là ngày có thật, viết theo dạng yyyy-MM-dd'));
  if (asOf === undefined) problems.push(issue(['asOf'], 'invalid-date', 'asOf must be a real date written yyyy-MM-dd', 'Ngày xem xét (asOf) phải là ngày có thật, viết theo dạng yyyy-MM-dd'));
  if (problems.length > 0) throw new ContextError(problems);
  const version = ocopVersionFor(issued!);
  const months = version.certificateMonths;
  const expires = addMonths(parseISO(issued!), months);
  const expiresOn = format(expires, 'yyyy-MM-dd');
  const daysLeft = differenceInCalendarDays(expires, parseISO(asOf!));
  const status = asOf! < issued! ? 'not-yet-issued' : asOf! <= expiresOn ? 'valid' : 'expired';

  let reRating: ReRatingWindow | null = null;
  const v26 = OCOP_VERSIONS[OCOP_VERSIONS.length - 1]!;
  const closesOn = format(addDays(expires, -v26.reRatingWindow!.latestDaysBeforeExpiry), 'yyyy-MM-dd');
  if (expiresOn >= v26.validFrom) {
    const opensOn = format(addDays(expires, -v26.reRatingWindow!.earliestDaysBeforeExpiry), 'yyyy-MM-dd');
    const windowStatus = asOf! < opensOn ? 'not-yet-open' : asOf! <= closesOn ? 'open' : 'closed';
    const transitionalLimit = closesOn < OCOP_TRANSITION_2026.newVersionFrom ? format(addDays(expires, v26.reRatingWindow!.graceDaysAfterExpiry), 'yyyy-MM-dd') : null;
    reRating = { opensOn, closesOn, status: windowStatus, transitionalLimit, provenance: v26.reRatingProvenance };
  }
  return { recognisedOn: issued!, asOf: asOf!, issuedUnder: version.id, validityMonths: months, expiresOn, status, daysLeft, reRating, provenance: version.certificateProvenance };
}
