/**
 * Urban classification scoring (phân loại đô thị): the point frames of NQ 1210/2016/UBTVQH13, as
 * amended by NQ 26/2022/UBTVQH15 from 01/01/2023, and NQ 111/2025/UBTVQH15 from 01/01/2026, as
 * dated data with provenance; exact interpolation of each standard between its minimum and
 * maximum levels; totals, the 75-point pass mark and the standards below their minimum.
 * @module urban-classification
 */
export {
  urbanClassificationFrames,
  type UrbanClassificationFrame,
  type UrbanType,
  type UrbanUnit,
  type CitedFrameValue,
  type FrameCriterion,
} from './frames.js';
export { urbanClassificationFrameFor } from './urban-classification-frame-for.js';
export {
  urbanClassificationInputSchema,
  measuredStandardSchema,
  scoredStandardSchema,
  urbanDecimalInputSchema,
  type UrbanClassificationInput,
  type UrbanClassificationOptions,
  type MeasuredStandard,
  type ScoredStandard,
} from './urban-classification-input.js';
export { scoreStandard, type StandardScore, type StandardLevel } from './score-standard.js';
export { scoreUrbanClassification, type UrbanClassificationScore, type CriterionScore } from './score-urban-classification.js';
export { explainUrbanClassification } from './explain-urban-classification.js';
