/**
 * HTML reports: one self-contained, printable, bilingual HTML file with SVG charts and data
 * tables — per unit the criteria met, the NTM ladder position and the indicators not met with
 * their gaps; optional OCOP star counts by year and product group, and poverty rates by
 * subgroup. Pure: it returns a string.
 * @module report
 */
export { renderHtmlReport } from './render-html-report.js';
export { escapeHtml } from './escape-html.js';
export { ReportInputError } from './errors.js';
export {
  htmlReportInputSchema,
  htmlReportOptionsSchema,
  reportTextSchema,
  reportProgressSchema,
  reportEvaluationSchema,
  reportLadderSchema,
  reportUnitSchema,
  reportOcopSummarySchema,
  reportOcopSectionSchema,
  reportPovertyRatesSchema,
  reportPovertySectionSchema,
  type HtmlReportInput,
  type HtmlReportOptions,
  type ReportText,
  type ReportEvaluation,
  type ReportLadder,
  type ReportUnit,
  type ReportOcopSummary,
  type ReportOcopSection,
  type ReportPovertyRates,
  type ReportPovertySection,
} from './report-input-schema.js';
