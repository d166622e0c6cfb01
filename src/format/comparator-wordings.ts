import type { LocalizedText } from '../core/localized-text.js';

/** A comparator a target or a plan states: the five comparisons, a range, or "about". */
export type BoundComparator = '>=' | '>' | '<=' | '<' | '=' | 'between' | 'about';

/** How a Vietnamese wording maps onto a comparator. */
export interface ComparatorWording {
  /** The wording as reports and instruments write it (lower case). */
  readonly wording: string;
  readonly comparator: BoundComparator;
  /** Whether the wording comes before the number (`tối thiểu 90%`) or after it (`550 lao động trở lên`). */
  readonly position: 'prefix' | 'suffix';
  /** Meaning in English. */
  readonly en: string;
  /** Set when sources use the wording loosely (`trên` is read as `>` but often meant `≥`). */
  readonly note?: LocalizedText;
}

const LOOSE_ABOVE: LocalizedText = {
  vi: '"trên" được đọc là lớn hơn hẳn (>); nhiều báo cáo dùng theo nghĩa "từ … trở lên" (≥) — kiểm tra giá trị đúng bằng ngưỡng',
  en: '"trên" is read as strictly greater (>); many reports use it to mean "at least" (≥) — check a value exactly on the threshold',
};
const LOOSE_BELOW: LocalizedText = {
  vi: '"dưới" được đọc là nhỏ hơn hẳn (<); nhiều báo cáo dùng theo nghĩa "không quá" (≤) — kiểm tra giá trị đúng bằng ngưỡng',
  en: '"dưới" is read as strictly less (<); many reports use it to mean "at most" (≤) — check a value exactly on the threshold',
};
const ABOUT: LocalizedText = {
  vi: '"khoảng" là mục tiêu gần đúng; khi xét đạt/chưa đạt, giá trị vượt về phía tốt được coi là đạt',
  en: '"khoảng" (about) is an approximate target; for met/unmet, a value beyond it in the good direction counts as met',
};

/**
 * Vietnamese comparator wordings used by instruments and reports (reform-and-program-targets.md
 * §0 and the seed reports), longest first so that `không quá` wins over `quá`.
 */
export const COMPARATOR_WORDINGS: readonly ComparatorWording[] = (
  [
    { wording: 'tối thiểu', comparator: '>=', position: 'prefix', en: 'at least' },
    { wording: 'ít nhất', comparator: '>=', position: 'prefix', en: 'at least' },
    { wording: 'không dưới', comparator: '>=', position: 'prefix', en: 'not below' },
    { wording: 'không thấp hơn', comparator: '>=', position: 'prefix', en: 'not lower than' },
    { wording: 'không ít hơn', comparator: '>=', position: 'prefix', en: 'not fewer than' },
    { wording: 'trở lên', comparator: '>=', position: 'suffix', en: 'or more' },
    { wording: 'trên', comparator: '>', position: 'prefix', en: 'more than', note: LOOSE_ABOVE },
    { wording: 'hơn', comparator: '>', position: 'prefix', en: 'more than', note: LOOSE_ABOVE },
    { wording: 'cao hơn', comparator: '>', position: 'prefix', en: 'higher than' },
    { wording: 'xuống dưới', comparator: '<', position: 'prefix', en: 'down to below', note: LOOSE_BELOW },
    { wording: 'còn dưới', comparator: '<', position: 'prefix', en: 'down to below', note: LOOSE_BELOW },
    { wording: 'dưới', comparator: '<', position: 'prefix', en: 'below', note: LOOSE_BELOW },
    { wording: 'thấp hơn', comparator: '<', position: 'prefix', en: 'lower than' },
    { wording: 'ít hơn', comparator: '<', position: 'prefix', en: 'fewer than' },
    { wording: 'không vượt quá', comparator: '<=', position: 'prefix', en: 'not exceeding' },
    { wording: 'không quá', comparator: '<=', position: 'prefix', en: 'not more than' },
    { wording: 'tối đa', comparator: '<=', position: 'prefix', en: 'at most' },
    { wording: 'không cao hơn', comparator: '<=', position: 'prefix', en: 'not higher than' },
    { wording: 'trở xuống', comparator: '<=', position: 'suffix', en: 'or less' },
    { wording: 'bằng', comparator: '=', position: 'prefix', en: 'equal to' },
    { wording: 'khoảng', comparator: 'about', position: 'prefix', en: 'about', note: ABOUT },
    { wording: 'xấp xỉ', comparator: 'about', position: 'prefix', en: 'approximately', note: ABOUT },
  ] satisfies ComparatorWording[]
).sort((a, b) => b.wording.length - a.wording.length);

/**
 * The comparator a Vietnamese wording states: `tối thiểu`/`ít nhất`/`trở lên` → `>=`,
 * `trên` → `>`, `dưới` → `<`, `không quá`/`tối đa` → `<=`, `bằng` → `=`, `khoảng` → `about`,
 * `từ … đến …` → `between`. `null` when the wording is not known.
 *
 * @example
 * ```ts
 * comparatorFromWording('tối thiểu')?.comparator; // '>='
 * comparatorFromWording('Trên')?.comparator;      // '>' (with a note: often meant ≥)
 * comparatorFromWording('từ … đến …')?.comparator; // 'between'
 * ```
 */
export function comparatorFromWording(wording: string): ComparatorWording | null {
  const w = wording.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^từ\s*(…|\.\.\.)?\s*(đến|tới)\s*(…|\.\.\.)?$/.test(w) || w === 'từ … đến …') {
    return { wording: 'từ … đến …', comparator: 'between', position: 'prefix', en: 'from … to …' };
  }
  if (/^từ\s*(…|\.\.\.)?\s*trở lên$/.test(w)) {
    return { wording: 'từ … trở lên', comparator: '>=', position: 'suffix', en: 'from … upwards' };
  }
  return COMPARATOR_WORDINGS.find((entry) => entry.wording === w) ?? null;
}
