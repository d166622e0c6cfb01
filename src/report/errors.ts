import { NtmError, type Issue } from '../core/errors.js';

/**
 * The input or the options of `renderHtmlReport` are invalid; `issues` name the path (e.g.
 * `units.0.evaluation.criteriaProgress.met`), a stable code and the message in Vietnamese and
 * English.
 *
 * @example
 * ```ts
 * try {
 *   renderHtmlReport({ title: 'x', units: [{ name: 'Xã A' }] });
 * } catch (error) {
 *   if (error instanceof ReportInputError) console.log(error.issues[0]?.message.vi);
 * }
 * ```
 */
export class ReportInputError extends NtmError {
  constructor(issues: readonly Issue[]) {
    super('Invalid report input', issues);
  }
}
