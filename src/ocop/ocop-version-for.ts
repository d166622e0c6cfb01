import { ContextError, NoRulebookInForceError, issue } from '../core/errors.js';
import { toIsoDate } from '../core/context.js';
import { OCOP_TRANSITION_2026, OCOP_VERSIONS } from './data/versions.js';

/** One OCOP rule-set version (see `OCOP_VERSIONS`). */
export type OcopVersion = (typeof OCOP_VERSIONS)[number];
/** Id of an OCOP rule-set version. */
export type OcopVersionId = OcopVersion['id'];

/** Options of {@link ocopVersionFor}. */
export interface OcopVersionOptions {
  /**
   * When the dossier was filed. Between 22/05/2026 and 20/07/2026 both 26/2026 and the old rules
   * are in force: a dossier filed before 22/05/2026 is still rated under 148 + 1489
   * (26/2026/QĐ-TTg Art. 12.2). Without it, the newest version is chosen.
   */
  readonly dossierFiledOn?: string | Date;
}

/**
 * The OCOP rule set in force on `date` (ISO `yyyy-MM-dd` or a Date):
 * 1048/QĐ-TTg from 21/08/2019, 148/QĐ-TTg from 24/02/2023, 148 as amended by 1489/QĐ-TTg from
 * 06/07/2025, 26/2026/QĐ-TTg from 22/05/2026 (148 and 1489 lapse 60 days later).
 *
 * @throws `ContextError` for an invalid date; `NoRulebookInForceError` before 21/08/2019.
 * @example
 * ```ts
 * ocopVersionFor('2024-06-30').id; // '148-2023'
 * ocopVersionFor('2026-06-15').id; // '26-2026'
 * ocopVersionFor('2026-06-15', { dossierFiledOn: '2026-04-20' }).id; // '148-2023+1489-2025'
 * ```
 */
export function ocopVersionFor(date: string | Date, options: OcopVersionOptions = {}): OcopVersion {
  if (typeof date === 'string' && options.dossierFiledOn === undefined) {
    const hit = byDate.get(date);
    if (hit) return hit;
  }
  const version = lookUp(date, options);
  if (typeof date === 'string' && options.dossierFiledOn === undefined && byDate.size < 10_000) byDate.set(date, version);
  return version;
}

/** Batch ratings repeat a handful of dates. */
const byDate = new Map<string, OcopVersion>();

function lookUp(date: string | Date, options: OcopVersionOptions): OcopVersion {
  const iso = toIsoDate(date);
  if (iso === undefined) {
    throw new ContextError([issue(['date'], 'invalid-date', 'The date must be a real date written yyyy-MM-dd', 'Ngày phải là ngày có thật, viết theo dạng yyyy-MM-dd')]);
  }
  let filed: string | undefined;
  if (options.dossierFiledOn !== undefined) {
    filed = toIsoDate(options.dossierFiledOn);
    if (filed === undefined) {
      throw new ContextError([issue(['dossierFiledOn'], 'invalid-date', 'The filing date must be a real date written yyyy-MM-dd', 'Ngày nộp hồ sơ phải là ngày có thật, viết theo dạng yyyy-MM-dd')]);
    }
  }
  const inForce = OCOP_VERSIONS.filter((v) => v.validFrom <= iso && (v.validTo === null || iso <= v.validTo));
  if (inForce.length === 0) {
    throw new NoRulebookInForceError(
      issue(['date'], 'no-version-in-force', `No OCOP rating rules were in force on ${iso} (the first, 1048/QĐ-TTg, dates from 2019-08-21)`, `Không có bộ tiêu chí OCOP nào có hiệu lực vào ngày ${iso} (bộ đầu tiên, 1048/QĐ-TTg, từ ngày 21/08/2019)`),
    );
  }
  if (inForce.length > 1 && filed !== undefined && filed < OCOP_TRANSITION_2026.newVersionFrom) {
    return inForce[0]!;
  }
  return inForce[inForce.length - 1]!;
}
