import { NoRulebookInForceError, RulebookError, issue } from './errors.js';
import { toIsoDate } from './context.js';
import type { Rulebook } from './rulebook.js';

/** A set of rulebooks that answers "which one is in force for this kind on this date?". */
export interface RulebookRegistry {
  /**
   * The rulebook of `kind` in force on `date` (ISO `yyyy-MM-dd` or a `Date`).
   * @throws {@link NoRulebookInForceError} before the first, in a gap between two, or after the last.
   */
  rulebookFor(kind: string, date: string | Date): Rulebook;
  /**
   * Like {@link RulebookRegistry.rulebookFor}, but `undefined` when no rulebook of `kind` is in
   * force on `date` (or the kind is unknown), for callers to whom that is an ordinary answer.
   * @throws {@link NoRulebookInForceError} only for an invalid date.
   */
  findRulebook(kind: string, date: string | Date): Rulebook | undefined;
  /** All rulebooks, or those of one kind, oldest first. */
  listRulebooks(kind?: string): readonly Rulebook[];
  /** The rulebook with this id, or `undefined`. */
  getRulebook(id: string): Rulebook | undefined;
}

/**
 * Builds a registry. Rulebooks of one kind must not overlap in time; ids must be unique.
 *
 * @example
 * ```ts
 * const registry = createRegistry([...builtInRulebooks, myProvinceRulebook]);
 * registry.rulebookFor('commune-ntm-quang-ngai', '2024-05-01');
 * ```
 * @throws {@link RulebookError} on duplicate ids or overlapping validity.
 */
export function createRegistry(rulebooks: readonly Rulebook[]): RulebookRegistry {
  const sorted = [...rulebooks].sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
  const ids = new Set<string>();
  const lastOfKind = new Map<string, Rulebook>();
  for (const rulebook of sorted) {
    if (ids.has(rulebook.id)) {
      throw new RulebookError([issue(['id'], 'duplicate', `Two rulebooks have the id "${rulebook.id}"`, `Hai bộ tiêu chí trùng mã "${rulebook.id}"`)]);
    }
    ids.add(rulebook.id);
    const previous = lastOfKind.get(rulebook.kind);
    if (previous && (previous.validTo === undefined || previous.validTo >= rulebook.validFrom)) {
      throw new RulebookError([
        issue(['validFrom'], 'overlapping-validity', `"${rulebook.id}" starts while "${previous.id}" (same kind "${rulebook.kind}") is still in force`, `"${rulebook.id}" bắt đầu khi "${previous.id}" (cùng loại "${rulebook.kind}") vẫn còn hiệu lực`),
      ]);
    }
    lastOfKind.set(rulebook.kind, rulebook);
  }

  const dayOf = (date: string | Date): string => {
    const day = toIsoDate(date);
    if (day === undefined) {
      throw new NoRulebookInForceError(issue(['date'], 'invalid-date', 'date must be a real calendar date (yyyy-MM-dd or a valid Date)', 'Ngày phải là ngày hợp lệ (yyyy-MM-dd hoặc Date hợp lệ)'));
    }
    return day;
  };
  const inForce = (kind: string, day: string): Rulebook | undefined =>
    sorted.find((r) => r.kind === kind && r.validFrom <= day && (r.validTo === undefined || day <= r.validTo));

  return {
    findRulebook(kind, date) {
      return inForce(kind, dayOf(date));
    },
    rulebookFor(kind, date) {
      const day = dayOf(date);
      const ofKind = sorted.filter((r) => r.kind === kind);
      if (ofKind.length === 0) {
        const kinds = [...new Set(sorted.map((r) => r.kind))].join(', ');
        throw new NoRulebookInForceError(issue(['kind'], 'unknown-kind', `No rulebook of kind "${kind}" (known: ${kinds})`, `Không có bộ tiêu chí loại "${kind}" (hiện có: ${kinds})`));
      }
      const found = inForce(kind, day);
      if (found) return found;
      const before = ofKind.filter((r) => r.validTo !== undefined && r.validTo < day).at(-1);
      const after = ofKind.find((r) => r.validFrom > day);
      const en = before && after
        ? `No "${kind}" rulebook is in force on ${day}: "${before.id}" ended ${before.validTo} and "${after.id}" starts ${after.validFrom}`
        : after
          ? `No "${kind}" rulebook is in force on ${day}: the first, "${after.id}", starts ${after.validFrom}`
          : `No "${kind}" rulebook is in force on ${day}: the last, "${before?.id}", ended ${before?.validTo}`;
      const vi = before && after
        ? `Ngày ${day} không có bộ tiêu chí "${kind}" nào có hiệu lực: "${before.id}" hết hiệu lực ngày ${before.validTo}, "${after.id}" có hiệu lực từ ${after.validFrom}`
        : after
          ? `Ngày ${day} chưa có bộ tiêu chí "${kind}" nào có hiệu lực: bộ đầu tiên "${after.id}" có hiệu lực từ ${after.validFrom}`
          : `Ngày ${day} không có bộ tiêu chí "${kind}" nào có hiệu lực: bộ cuối cùng "${before?.id}" hết hiệu lực ngày ${before?.validTo}`;
      throw new NoRulebookInForceError(issue(['date'], 'no-rulebook-in-force', en, vi));
    },
    listRulebooks(kind) {
      // A copy: a caller sorting or pushing into the list must not reorder the registry.
      return kind === undefined ? [...sorted] : sorted.filter((r) => r.kind === kind);
    },
    getRulebook(id) {
      return sorted.find((r) => r.id === id);
    },
  };
}
