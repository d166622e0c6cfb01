import { KeyOrderMemo } from '../core/key-order-memo.js';
import { defineOcopScoreSheet } from './define-ocop-score-sheet.js';
import { hundredthsToString, toHundredths } from './points.js';
import type { MarkedStar, ScoreSheet, SheetPart, SheetSection } from './score-sheet-schema.js';
import { checkByOptionOf, chosenPointsOf, type CriterionPointsSource, type MinimumSource } from './shared-result-parts.js';

/** @internal */
export interface CompiledCriterion extends CriterionPointsSource {
  readonly index: number;
  readonly section: number;
  readonly maxH: number;
  /** Each option's points in hundredths, beside `optionIds` (a short scan beats a Map look-up). */
  readonly optionHs: readonly number[];
  /** Allowed points in hundredths: 0 and every option's points. */
  readonly allowedH: ReadonlySet<number>;
  readonly onlyIf: { readonly index: number; readonly minH: number } | null;
}

/** @internal */
export interface CompiledRequirement extends MinimumSource {
  readonly index: number;
  readonly requiredH: number;
}

/** @internal */
export interface CompiledSheet {
  readonly sheet: ScoreSheet;
  readonly criteria: readonly CompiledCriterion[];
  readonly byId: ReadonlyMap<string, CompiledCriterion>;
  readonly sections: readonly { readonly section: SheetSection; readonly part: SheetPart; readonly members: readonly number[]; readonly maxText: string }[];
  /** Each part's maximum as a decimal string, in sheet order. */
  readonly partMaxTexts: readonly string[];
  readonly requirements: readonly CompiledRequirement[];
  /** Whether some section is "choose one of two cases". */
  readonly hasCases: boolean;
  /** `byId` by the position of a key in a product's choices (a batch lists them in one order). */
  readonly criteriaByKeyOrder: KeyOrderMemo<CompiledCriterion | undefined>;
  /** One 0 per criterion, to copy: a packed array is quicker to copy than to build and fill. */
  readonly zeroes: readonly number[];
  /** One `true` per criterion, to copy. */
  readonly allTrue: readonly boolean[];
  /** One `NOT_GIVEN` per criterion, to copy. */
  readonly noneGiven: readonly number[];
}

/** A criterion's choice, before any is read. @internal */
export const NOT_GIVEN = -2;
/** A criterion given as points, not as an option. @internal */
export const POINTS_GIVEN = -1;

const cache = new WeakMap<object, CompiledSheet>();

function requirementOf(c: CompiledCriterion, rule: Pick<CompiledRequirement, 'level' | 'rule' | 'requiredH' | 'requiredText'>): CompiledRequirement {
  const criterion = c.criterion.id;
  const label = c.criterion.label;
  // One literal, not a spread: a spread object gets a slower shape, read on every rating.
  return {
    index: c.index,
    level: rule.level,
    rule: rule.rule,
    requiredH: rule.requiredH,
    requiredText: rule.requiredText,
    criterion,
    label,
    checks: new Map(),
    checkByOption: checkByOptionOf({ ...rule, criterion, label }, c.optionHs),
  };
}

/** Validates (once) and indexes a sheet for fast rating. @internal */
export function compileSheet(input: ScoreSheet | unknown): CompiledSheet {
  if (input !== null && typeof input === 'object') {
    const hit = cache.get(input);
    if (hit) return hit;
  }
  const sheet = defineOcopScoreSheet(input);
  const criteria: CompiledCriterion[] = [];
  const sections: { section: SheetSection; part: SheetPart; members: number[]; maxText: string }[] = [];
  const byId = new Map<string, CompiledCriterion>();
  // Positions first, so each criterion is built once with its condition: every compiled criterion
  // then has one shape (a spread copy would get another, and slow every rating's reads).
  const indexOf = new Map(sheet.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria)).map((c, i) => [c.id, i]));
  for (const part of sheet.parts) {
    for (const section of part.sections) {
      const members: number[] = [];
      for (const criterion of section.criteria) {
        const allowedH = new Set<number>([0]);
        for (const option of criterion.options) allowedH.add(toHundredths(option.points));
        const optionIds = criterion.options.map((option) => option.id);
        const optionHs = criterion.options.map((option) => toHundredths(option.points));
        const maxText = hundredthsToString(toHundredths(criterion.max));
        const compiled: CompiledCriterion = {
          criterion,
          index: criteria.length,
          section: sections.length,
          maxH: toHundredths(criterion.max),
          maxText,
          optionIds,
          optionHs,
          allowedH,
          onlyIf: criterion.onlyIf ? { index: indexOf.get(criterion.onlyIf.criterion)!, minH: toHundredths(criterion.onlyIf.minPoints) } : null,
          chosenPoints: chosenPointsOf(criterion, maxText, optionHs),
          otherPoints: new Map(),
        };
        members.push(compiled.index);
        criteria.push(compiled);
        byId.set(criterion.id, compiled);
      }
      sections.push({ section, part, members, maxText: hundredthsToString(toHundredths(section.max)) });
    }
  }
  const requirements: CompiledRequirement[] = [];
  for (const c of criteria) {
    const { criterion } = c;
    if (criterion.minStar !== undefined) {
      requirements.push(requirementOf(c, { level: criterion.minStar, rule: 'above-zero', requiredH: 0, requiredText: '0' }));
    }
    const byLevel = new Map<MarkedStar, number>();
    for (const option of criterion.options) {
      if (option.minStar === undefined) continue;
      const h = toHundredths(option.points);
      const known = byLevel.get(option.minStar);
      if (known === undefined || h < known) byLevel.set(option.minStar, h);
    }
    for (const [level, requiredH] of [...byLevel].sort((a, b) => a[0] - b[0])) {
      requirements.push(requirementOf(c, { level, rule: 'at-least', requiredH, requiredText: hundredthsToString(requiredH) }));
    }
  }
  requirements.sort((a, b) => a.level - b.level || a.index - b.index);
  const partMaxTexts = sheet.parts.map((part) => hundredthsToString(toHundredths(part.max)));
  const compiled: CompiledSheet = {
    sheet,
    criteria,
    byId,
    sections,
    partMaxTexts,
    requirements,
    hasCases: sections.some((x) => x.section.pickOne === true),
    criteriaByKeyOrder: new KeyOrderMemo((key) => byId.get(key)),
    zeroes: criteria.map(() => 0),
    allTrue: criteria.map(() => true),
    noneGiven: criteria.map(() => NOT_GIVEN),
  };
  cache.set(sheet, compiled);
  if (input !== null && typeof input === 'object') cache.set(input, compiled);
  return compiled;
}
