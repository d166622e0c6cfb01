import { KeyOrderMemo } from '../core/key-order-memo.js';
import type { LocalizedText } from '../core/localized-text.js';
import { defineOcopScoreSheet } from './define-ocop-score-sheet.js';
import { hundredthsToString, toHundredths } from './points.js';
import type { MarkedStar, ScoreSheet, SheetCriterion, SheetPart, SheetSection } from './score-sheet-schema.js';

/** @internal */
export interface CompiledCriterion {
  readonly criterion: SheetCriterion;
  readonly index: number;
  readonly section: number;
  readonly maxH: number;
  /** `maxH` as a decimal string. */
  readonly maxText: string;
  /** The option ids and their points in hundredths, side by side (a short scan beats a Map look-up). */
  readonly optionIds: readonly string[];
  readonly optionHs: readonly number[];
  /** Allowed points in hundredths: 0 and every option's points. */
  readonly allowedH: ReadonlySet<number>;
  readonly onlyIf: { readonly index: number; readonly minH: number } | null;
}

/** @internal */
export interface CompiledRequirement {
  readonly index: number;
  readonly level: MarkedStar;
  readonly rule: 'at-least' | 'above-zero';
  readonly requiredH: number;
  readonly requiredText: string;
  readonly criterion: string;
  readonly label: LocalizedText;
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
}

const cache = new WeakMap<object, CompiledSheet>();

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
  const pending: { index: number; criterion: SheetCriterion }[] = [];
  for (const part of sheet.parts) {
    for (const section of part.sections) {
      const members: number[] = [];
      for (const criterion of section.criteria) {
        const allowedH = new Set<number>([0]);
        for (const option of criterion.options) allowedH.add(toHundredths(option.points));
        const optionIds = criterion.options.map((option) => option.id);
        const optionHs = criterion.options.map((option) => toHundredths(option.points));
        const compiled: CompiledCriterion = { criterion, index: criteria.length, section: sections.length, maxH: toHundredths(criterion.max), maxText: hundredthsToString(toHundredths(criterion.max)), optionIds, optionHs, allowedH, onlyIf: null };
        if (criterion.onlyIf) pending.push({ index: compiled.index, criterion });
        members.push(compiled.index);
        criteria.push(compiled);
        byId.set(criterion.id, compiled);
      }
      sections.push({ section, part, members, maxText: hundredthsToString(toHundredths(section.max)) });
    }
  }
  for (const { index, criterion } of pending) {
    const target = byId.get(criterion.onlyIf!.criterion)!;
    criteria[index] = { ...criteria[index]!, onlyIf: { index: target.index, minH: toHundredths(criterion.onlyIf!.minPoints) } };
    byId.set(criterion.id, criteria[index]!);
  }
  const requirements: CompiledRequirement[] = [];
  for (const c of criteria) {
    const { criterion } = c;
    if (criterion.minStar !== undefined) {
      requirements.push({ index: c.index, level: criterion.minStar, rule: 'above-zero', requiredH: 0, requiredText: '0', criterion: criterion.id, label: criterion.label });
    }
    const byLevel = new Map<MarkedStar, number>();
    for (const option of criterion.options) {
      if (option.minStar === undefined) continue;
      const h = toHundredths(option.points);
      const known = byLevel.get(option.minStar);
      if (known === undefined || h < known) byLevel.set(option.minStar, h);
    }
    for (const [level, requiredH] of [...byLevel].sort((a, b) => a[0] - b[0])) {
      requirements.push({ index: c.index, level, rule: 'at-least', requiredH, requiredText: hundredthsToString(requiredH), criterion: criterion.id, label: criterion.label });
    }
  }
  requirements.sort((a, b) => a.level - b.level || a.index - b.index);
  const partMaxTexts = sheet.parts.map((part) => hundredthsToString(toHundredths(part.max)));
  const compiled: CompiledSheet = { sheet, criteria, byId, sections, partMaxTexts, requirements, hasCases: sections.some((x) => x.section.pickOne === true), criteriaByKeyOrder: new KeyOrderMemo((key) => byId.get(key)) };
  cache.set(sheet, compiled);
  if (input !== null && typeof input === 'object') cache.set(input, compiled);
  return compiled;
}
