import { InputError, NtmError, type Issue } from '../core/errors.js';

/**
 * Codes of the issues an OCOP rating input can raise (each {@link Issue} carries one):
 * `unknown-product-set`, `option-not-on-sheet`, `points-above-maximum`, `points-not-an-option`,
 * `unknown-criterion`, `criterion-missing`, `several-cases-chosen`, `criterion-not-applicable`,
 * `mixed-products`, plus the generic zod codes (`invalid-type`, `too-small`, ...).
 */
export type OcopIssueCode =
  | 'unknown-product-set'
  | 'option-not-on-sheet'
  | 'points-above-maximum'
  | 'points-not-an-option'
  | 'unknown-criterion'
  | 'criterion-missing'
  | 'several-cases-chosen'
  | 'criterion-not-applicable'
  | 'mixed-products';

/**
 * The rating input is invalid. The subclass tells the first problem's kind; `issues` lists them
 * all, each with its path (`members.1.choices.2a`), a stable code and a vi/en message.
 */
export class OcopInputError extends InputError {}

/** The product set is not one of the version's sets (or has no sheet and none was supplied). */
export class UnknownProductSetError extends OcopInputError {}

/** A chosen option id is not on the sheet's criterion, or the criterion is not on the sheet. */
export class OptionNotOnSheetError extends OcopInputError {}

/** A score is above the criterion's maximum (or is not the points of any option). */
export class ScoreAboveMaximumError extends OcopInputError {}

/** Council members' sheets name different products or product sets. */
export class MixedProductsError extends OcopInputError {}

/** The score sheet of a product set is not known for the version in force (never guessed): supply one. */
export class ScoreSheetUnavailableError extends NtmError {
  constructor(issues: readonly Issue[]) {
    super('Score sheet unavailable', issues);
  }
}

const CLASS_BY_CODE: Record<string, new (issues: readonly Issue[]) => OcopInputError> = {
  'unknown-product-set': UnknownProductSetError,
  'option-not-on-sheet': OptionNotOnSheetError,
  'unknown-criterion': OptionNotOnSheetError,
  'points-above-maximum': ScoreAboveMaximumError,
  'points-not-an-option': ScoreAboveMaximumError,
  'mixed-products': MixedProductsError,
};

/** Builds the typed error for a list of issues (the class follows the first issue with a typed code). @internal */
export function ocopInputError(issues: readonly Issue[]): OcopInputError {
  const typed = issues.find((i) => CLASS_BY_CODE[i.code] !== undefined);
  const Ctor = typed ? CLASS_BY_CODE[typed.code]! : OcopInputError;
  return new Ctor(issues);
}
