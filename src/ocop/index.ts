/**
 * OCOP ("Mỗi xã một sản phẩm", One Commune One Product) product rating: score sheets as dated
 * data with provenance, {@link rateOcopProduct} (points, band star, mandatory minima, final star,
 * authority, knock-outs, council averages), certificates ({@link ocopCertificateStatus}) and
 * programme targets ({@link summarizeOcopPortfolio}, 919/QĐ-TTg).
 * @module ocop
 */
export { rateOcopProduct, type OcopRatingOptions } from './rate-ocop-product.js';
export { explainOcopRating } from './explain-ocop-rating.js';
export { ocopStarForScore } from './ocop-star-for-score.js';
export { ocopVersionFor, type OcopVersion, type OcopVersionId, type OcopVersionOptions } from './ocop-version-for.js';
export { ocopAuthorityFor } from './ocop-authority-for.js';
export { ocopCertificateStatus, type OcopCertificateOptions, type OcopCertificateStatus, type ReRatingWindow } from './ocop-certificate-status.js';
export {
  summarizeOcopPortfolio,
  type OcopPortfolioOptions,
  type OcopPortfolioSummary,
  type StarCounts,
  type OcopTargetProgress,
  type OcopTargetNotComputable,
  type PortfolioCertificate,
} from './summarize-ocop-portfolio.js';
export { defineOcopScoreSheet } from './define-ocop-score-sheet.js';
export { builtInOcopScoreSheets } from './built-in-score-sheets.js';
export {
  scoreSheetSchema,
  sheetPartSchema,
  sheetSectionSchema,
  sheetCriterionSchema,
  sheetOptionSchema,
  sheetConditionSchema,
  sheetPointsSchema,
  sheetCodeSchema,
  markedStarSchema,
  ocopKnockOutSchema,
  type ScoreSheet,
  type ScoreSheetInput,
  type SheetPart,
  type SheetSection,
  type SheetCriterion,
  type SheetOption,
  type MarkedStar,
  type OcopKnockOut,
} from './score-sheet-schema.js';
export {
  ocopRatingInputSchema,
  memberSheetSchema,
  sheetChoicesSchema,
  criterionChoiceSchema,
  minimaBasisSchema,
  type OcopRatingInput,
  type MemberSheet,
  type SheetChoices,
  type CriterionChoice,
  type MinimaBasis,
} from './rating-input-schema.js';
export type {
  OcopStar,
  OcopRating,
  CriterionPoints,
  SectionPoints,
  PartPoints,
  MinimumCheck,
  KnockOutFinding,
  Downgrade,
  RecognisingAuthority,
} from './rating-result.js';
export {
  ocopPortfolioProductSchema,
  ocopPortfolioTargetSchema,
  ocopPortfolioSchema,
  type OcopPortfolioProduct,
  type OcopPortfolioTarget,
} from './portfolio-schema.js';
export {
  OcopInputError,
  UnknownProductSetError,
  OptionNotOnSheetError,
  ScoreAboveMaximumError,
  MixedProductsError,
  ScoreSheetUnavailableError,
  type OcopIssueCode,
} from './errors.js';
export { OCOP_VERSIONS, OCOP_STAR_BANDS, OCOP_MIN_RECOGNISED_STAR, OCOP_TRANSITION_2026, type OcopAuthority } from './data/versions.js';
export { OCOP_PRODUCT_GROUPS, OCOP_PRODUCT_GROUPS_PROVENANCE, OCOP_PRODUCT_SETS_148, OCOP_PRODUCT_SETS_148_PROVENANCE, OCOP_SHEETS_148_NOT_ENCODED, OCOP_SHEETS_2026_NOT_ENCODED } from './data/product-sets.js';
export { OCOP_KNOCK_OUTS, OCOP_AUTHORITY_LABELS } from './data/knock-outs.js';
export { OCOP_PROGRAMME_919, OCOP_TARGETS_919 } from './data/programme-targets-919.js';
