import { InputError, issue } from '../core/errors.js';
import type { LocalizedText } from '../core/localized-text.js';
import type { Provenance } from '../core/rulebook-schema.js';
import type { NumberParseOptions } from '../format/parse-number.js';
import { parseBound } from '../format/parse-bound.js';
import { defineTarget } from './define-target.js';
import { lowerIsBetterKeyword } from './lower-is-better.js';
import type { Target, TargetDirection, TargetScope } from './target-schema.js';

/** What {@link targetFromText} needs besides the wording of the value. */
export interface TargetFromTextInput {
  readonly id: string;
  readonly title: LocalizedText;
  /** The plan value as the document writes it: `trên 99,5%`, `43-45%`, `KH 54,1 triệu đồng`, `11%`. */
  readonly text: string;
  /** Default: `lower` when the Vietnamese title names a lower-is-better metric (e.g. "suy dinh dưỡng"), else `higher`. */
  readonly direction?: TargetDirection;
  readonly deadline: string | null;
  readonly scope: TargetScope;
  readonly provenance: Provenance;
  /** Default: the Vietnamese title. */
  readonly metric?: string;
  readonly programme?: string;
  /** Number notation of `text`; default `'vi'`. */
  readonly notation?: NumberParseOptions['notation'];
}

/**
 * Builds a target from a plan value written in words — the way plans and reports state them —
 * so a local plan can be typed in as its document reads. A plain value (`11%`) means "at least",
 * or "at most" for a lower-is-better metric; amounts with a scale word are stored in the base
 * unit (`54,1 triệu đồng` → 54 100 000 đồng).
 *
 * @example
 * ```ts
 * const t = targetFromText({
 *   id: 'tieu_hoc', title: { vi: 'Tỷ lệ huy động tiểu học', en: 'Primary enrolment' }, text: 'trên 99,5%',
 *   deadline: '2023-12-31', scope: 'district',
 *   provenance: { instrument: '18/NQ-HĐND', locator: 'B.I.3.1', status: 'secondary' },
 * });
 * [t.comparator, t.value, t.unit, t.wording]; // ['>', '99.5', '%', 'trên']
 * ```
 * @throws InputError when the text is not a value with an optional comparator wording, or the target is invalid.
 */
export function targetFromText(input: TargetFromTextInput): Target {
  let bound;
  try {
    bound = parseBound(input.text, { notation: input.notation ?? 'vi' });
  } catch {
    throw new InputError([issue(['text'], 'not-a-target-value', `"${input.text}" is not a target value such as "trên 99,5%" or "43-45%"`, `"${input.text}" không phải giá trị chỉ tiêu (ví dụ "trên 99,5%", "43-45%")`)]);
  }
  const direction = input.direction ?? (lowerIsBetterKeyword(input.title.vi) ? 'lower' : 'higher');
  const unitQuantity = bound.value ?? bound.max;
  const unit = unitQuantity?.unit ?? 'count';
  const base = {
    id: input.id,
    title: input.title,
    metric: input.metric ?? input.title.vi,
    unit,
    direction,
    deadline: input.deadline,
    scope: input.scope,
    provenance: input.provenance,
    ...(input.programme ? { programme: input.programme } : {}),
    ...(bound.wording ? { wording: bound.wording } : {}),
  };
  if (bound.comparator === 'between') {
    return defineTarget({ ...base, comparator: 'between', min: bound.min?.baseValue ?? '', max: bound.max?.baseValue ?? '' });
  }
  const comparator = bound.comparator ?? (direction === 'lower' ? '<=' : '>=');
  return defineTarget({ ...base, comparator, value: bound.value?.baseValue ?? '' });
}
