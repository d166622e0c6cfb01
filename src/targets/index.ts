/**
 * Targets and progress: typed targets with provenance, their evaluation on a date, local plans,
 * built-in programme catalogs (76/NQ-CP, 282/QĐ-TTg, 924/QĐ-TTg, 263/QĐ-TTg, 90/QĐ-TTg,
 * 1719/QĐ-TTg, 257/2025/QH15), and checking the figures reports state.
 * @module targets
 */
export {
  targetSchema,
  targetCatalogSchema,
  targetInstrumentSchema,
  targetActualSchema,
  targetComparatorSchema,
  targetDirectionSchema,
  targetMeasureSchema,
  targetScopeSchema,
  targetDecimalSchema,
  evaluateTargetOptionsSchema,
  type Target,
  type TargetInput,
  type TargetCatalog,
  type TargetCatalogInput,
  type TargetInstrument,
  type TargetActual,
  type TargetActualInput,
  type TargetComparator,
  type TargetDirection,
  type TargetMeasure,
  type TargetScope,
} from './target-schema.js';
export { defineTarget } from './define-target.js';
export { defineTargetCatalog } from './define-target-catalog.js';
export { evaluateTarget, type TargetEvaluation, type TargetStatus, type TargetRequirement, type TargetChange, type EvaluateTargetOptions } from './evaluate-target.js';
export { planProgress, planSchema, type PlanInput, type PlanProgress, type PlanLineProgress, type PlanSummary, type PlanProgressOptions } from './plan-progress.js';
export { checkReportedProgress, reportedClaimSchema, type ReportedClaim, type ReportedClaimInput, type ProgressCheck, type ReportFinding } from './check-reported-progress.js';
export { extractProgressClaims, type ExtractedClaim, type ClaimKind, type ExtractProgressClaimsOptions } from './extract-progress-claims.js';
export { checkReportText, type CheckReportTextOptions, type CheckedClaim, type ReportTextCheck, type PlanStatedElsewhere } from './check-report-text.js';
export { LOWER_IS_BETTER_KEYWORDS, lowerIsBetterKeyword } from './lower-is-better.js';
export { findTarget } from './find-target.js';
export { catalogsInForce } from './catalogs-in-force.js';
export { targetFromText, type TargetFromTextInput } from './target-from-text.js';
export { builtInTargetCatalogs, nq76Targets, qd282Targets, qd924Targets, qd263Targets, qd90Targets, qd1719Targets, nq257Targets } from './catalogs.js';
