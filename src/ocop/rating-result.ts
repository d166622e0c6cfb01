import type { LocalizedText } from '../core/localized-text.js';
import type { Provenance } from '../core/rulebook-schema.js';
import type { OcopAuthority } from './data/versions.js';
import type { MarkedStar, OcopKnockOut } from './score-sheet-schema.js';
import type { MinimaBasis } from './rating-input-schema.js';

/** A star class 1–5. */
export type OcopStar = 1 | 2 | 3 | 4 | 5;

/** Points of one criterion. Points are canonical decimal strings (averages exact when they terminate). */
export interface CriterionPoints {
  readonly id: string;
  readonly label: LocalizedText;
  readonly max: string;
  /** Points (the members' average when several scored). */
  readonly points: string;
  /** The chosen option's id (one sheet only; `null` when points were given, for a council, or when nothing applied). */
  readonly option: string | null;
  /** `false` for a case not chosen ("choose one of two cases") or a criterion that does not apply. */
  readonly scored: boolean;
}

/** Points of one section. */
export interface SectionPoints {
  readonly id: string;
  readonly label: LocalizedText;
  readonly max: string;
  readonly points: string;
  readonly criteria: readonly CriterionPoints[];
}

/** Points of one part (A, B, C). */
export interface PartPoints {
  readonly id: 'A' | 'B' | 'C';
  readonly label: LocalizedText;
  readonly max: string;
  readonly points: string;
  readonly sections: readonly SectionPoints[];
}

/** One mandatory minimum (a star mark) and whether the product reached it. */
export interface MinimumCheck {
  /** The star level the mark is for. */
  readonly level: MarkedStar;
  readonly criterion: string;
  readonly label: LocalizedText;
  /** `at-least`: points ≥ `required`; `above-zero`: the whole criterion is marked, any option. */
  readonly rule: 'at-least' | 'above-zero';
  readonly required: string;
  /** The points compared (the average when several scored). */
  readonly actual: string;
  readonly met: boolean;
}

/** A knock-out found, with its source. */
export interface KnockOutFinding {
  readonly code: OcopKnockOut;
  readonly label: LocalizedText;
  readonly provenance: Provenance;
}

/** Why the final star is below the band's star. */
export interface Downgrade {
  readonly from: OcopStar;
  readonly to: OcopStar;
  /** The minima missed at levels above `to` and up to `from`. */
  readonly missed: readonly MinimumCheck[];
  readonly reason: LocalizedText;
}

/** The authority that recognises the product on the rating date. */
export interface RecognisingAuthority {
  readonly level: OcopAuthority;
  readonly label: LocalizedText;
  readonly provenance: Provenance;
}

/**
 * Result of `rateOcopProduct`: plain JSON, read-only. The criterion points objects and minimum
 * checks (and `version`, `sheet`, `provenance`) are frozen objects shared by every rating on the
 * same sheet that needs the same one: `structuredClone` a result before changing it.
 */
export interface OcopRating {
  readonly date: string;
  readonly version: { readonly id: string; readonly instruments: readonly string[] };
  readonly productSet: string;
  readonly product?: string;
  readonly sheet: { readonly id: string; readonly title: LocalizedText; readonly provenance: Provenance };
  /** Number of sheets averaged (1 for a single sheet). */
  readonly memberCount: number;
  /** Each member's total, in input order (council mode only). */
  readonly memberTotals?: readonly string[];
  readonly parts: readonly PartPoints[];
  /** The total (the average of the members' totals), exact when the division terminates. */
  readonly total: string;
  /** `false` when the average does not terminate (e.g. 200/3): `total` is then rounded to 40 significant digits; bands are still decided exactly. */
  readonly totalIsExact: boolean;
  /** The star of the total's band: [0,30)→1, [30,50)→2, [50,70)→3, [70,90)→4, [90,100]→5, no rounding. */
  readonly bandStar: OcopStar;
  readonly minimaBasis: MinimaBasis;
  /** `summary` when asked for (criteria lists empty, only missed minima listed). */
  readonly detail: 'full' | 'summary';
  /** Every mandatory minimum on the sheet, checked (only the missed ones in `summary` detail). */
  readonly minima: readonly MinimumCheck[];
  /** The final star after the minima; `null` when a knock-out applies. */
  readonly star: OcopStar | null;
  readonly downgrade: Downgrade | null;
  readonly knockOuts: readonly KnockOutFinding[];
  /** 3★ and above, with no knock-out. */
  readonly recognisable: boolean;
  /** Who recognises the product on that date (`null` when not recognisable). */
  readonly authority: RecognisingAuthority | null;
  /** Provenance of the rules used: sheet, bands, authority. */
  readonly provenance: { readonly sheet: Provenance; readonly bands: Provenance; readonly authority: Provenance };
  /** Every provenance used whose status is not `official`. */
  readonly notOfficial: readonly { readonly what: string; readonly provenance: Provenance }[];
}
