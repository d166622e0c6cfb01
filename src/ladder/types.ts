import type { Finding, Progress, Status, EvaluationResult } from '../core/result.js';
import type { EvaluationInput, RatioValue } from '../core/input-schema.js';
import type { Rulebook } from '../core/rulebook.js';
import type { RulebookRegistry } from '../core/registry.js';
import type { LocalizedText } from '../core/localized-text.js';

/** The rungs of the commune ladder, lowest first. */
export type LadderLevel = 'ntm' | 'advanced' | 'model';

/** The highest rung reached, or `none`. */
export type HighestLevel = 'none' | LadderLevel;

/**
 * A level's standing as a report states it ("đạt 17/19 tiêu chí"), when the raw facts are not at
 * hand: the unit reaches the level's own criteria exactly when `criteriaMet === criteriaTotal`.
 */
export interface ReportedStanding {
  readonly reported: {
    readonly criteriaMet: number;
    readonly criteriaTotal: number;
    /** Date of the recognition decision, when recognised. */
    readonly recognisedOn?: string;
    /** Number of the recognition decision, e.g. "1234/QĐ-UBND". */
    readonly decision?: string;
  };
}

/** The facts of the model-commune conditions 2–4 of Decision 319/QĐ-TTg (condition 1 comes from the advanced level). */
export interface ModelCommuneInput {
  /** Income per person, million VND/person/year; defaults to the advanced level's input "10". */
  readonly income?: number | string | null;
  /** Smart-village models (mô hình thôn thông minh) meeting the province's criteria. */
  readonly smartVillageModels?: number | null;
  /** Outstanding fields (lĩnh vực nổi trội) meeting the province's model-commune criteria. */
  readonly outstandingFields?: number | null;
}

/** What {@link assessCommuneLadder} needs: each level's raw facts (or reported standing). */
export interface CommuneLadderInput {
  readonly ntm?: EvaluationInput | ReportedStanding;
  readonly advanced?: EvaluationInput | ReportedStanding;
  readonly model?: ModelCommuneInput | ReportedStanding;
}

/** Rulebooks to use instead of the built-in ones in force (e.g. a province's derived sets). */
export interface LadderRulebooks {
  readonly ntm?: Rulebook;
  readonly advanced?: Rulebook;
  readonly model?: Rulebook;
}

export interface LadderOptions {
  readonly rulebooks?: LadderRulebooks;
  /** Where to look up the rulebooks in force; defaults to the built-in registry. */
  readonly registry?: RulebookRegistry;
}

/** The prerequisite of a level: the level below must be reached. */
export interface Prerequisite {
  readonly level: LadderLevel;
  /** `met` when the level below is reached; `unmet` when it is not; otherwise undecided. */
  readonly status: Status;
}

/** One rung of a commune's ladder. */
export interface LevelResult {
  readonly level: LadderLevel;
  /** Id of the rulebook used; `null` when none is in force on the date. */
  readonly rulebook: string | null;
  readonly inForce: boolean;
  /** How the level was judged: evaluated from facts, taken from a report, not given, or no rulebook in force. */
  readonly source: 'evaluated' | 'reported' | 'not-given' | 'not-in-force';
  /** The level's own criteria: met / unmet / missing / indeterminate (`not-applicable` when not in force). */
  readonly status: Status;
  /** Criteria met of all (the reports' "17/19"; "2/4" for the model commune). */
  readonly criteriaProgress: Progress | null;
  readonly prerequisite: Prerequisite | null;
  /** The level is reached: own criteria met and prerequisite met. */
  readonly reached: boolean;
  /** Own criteria and prerequisite combined. */
  readonly reachedStatus: Status;
  readonly evaluation: EvaluationResult | null;
  /** The recognition decision, when a reported standing gives it. */
  readonly recognition?: { readonly on?: string; readonly decision?: string };
}

/** What the next level still needs. */
export interface NextLevel {
  readonly level: LadderLevel;
  /** The level below that must be reached first, when it is not. */
  readonly blockedBy: LadderLevel | null;
  /** Criteria still to meet (total − met), when known. */
  readonly criteriaToGo: number | null;
  readonly unmet: readonly Finding[];
  readonly missing: readonly Finding[];
  readonly indeterminate: readonly Finding[];
}

/** The result of {@link assessCommuneLadder}. */
export interface CommuneLadderResult {
  readonly date: string;
  readonly highest: HighestLevel;
  readonly levels: { readonly ntm: LevelResult; readonly advanced: LevelResult; readonly model: LevelResult };
  /** The first level not reached among those in force; `null` at the top. */
  readonly next: NextLevel | null;
  /** The income threshold used for model-commune condition 2 (110 % of the advanced one), when known. */
  readonly modelIncomeThreshold: ModelIncomeThreshold | null;
}

/** Model-commune condition 2's threshold, computed exactly from the advanced income threshold. */
export interface ModelIncomeThreshold {
  /** 110 % of `advancedValue`, a canonical decimal string (million VND/person/year). */
  readonly value: string;
  readonly advancedValue: string;
  /** The advanced threshold's status; the computed value is never surer than `secondary`. */
  readonly status: 'official' | 'secondary' | 'unverified';
  readonly advancedRulebook: string;
  readonly note: LocalizedText;
}

/** Whether a unit is recognised at a level: yes, no, or a reported "met of total". */
export type LevelStanding = boolean | { readonly met: number; readonly total: number } | 'unknown';

/** One commune as a district roll-up sees it. */
export interface CommuneStanding {
  readonly name: string;
  /** Its ladder result; the level standings below are derived from it when given. */
  readonly ladder?: CommuneLadderResult;
  readonly ntm?: LevelStanding;
  readonly advanced?: LevelStanding;
  readonly model?: LevelStanding;
  /**
   * Residents' satisfaction in the commune: the lowest rate over the NTM contents (counts or
   * percent). Needed for the district's "≥ 80 % in each commune" condition.
   */
  readonly satisfaction?: RatioValue;
}

/** One township (thị trấn): recognised as a civilized urban area or not. */
export interface TownshipStanding {
  readonly name: string;
  readonly civilizedUrban: boolean | 'unknown';
}

/** Counts of communes per level, with the communes whose standing is undecided. */
export interface LevelCounts {
  readonly total: number;
  readonly ntm: number;
  readonly advanced: number;
  readonly model: number;
  /** Communes whose standing at some level could not be decided. */
  readonly undecided: readonly string[];
}
