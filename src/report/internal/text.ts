/* Texts of values, requirements and gaps (the same wording as `explain`). */
import { formatNumber } from '../../format/format-number.js';
import type { Locale } from '../../core/localized-text.js';
import type { ReportText } from '../report-input-schema.js';
import { describeCheck, type DescribableCheck } from '../../core/explain.js';

/** A check as the report reads it: what core's `describeCheck` reads. */
export type CheckView = DescribableCheck;

export function pick(text: ReportText, locale: Locale): string {
  return typeof text === 'string' ? text : text[locale];
}

export function num(value: string | number, locale: Locale, decimals = 2): string {
  return formatNumber(value, locale, decimals);
}

// The wording of values, requirements and gaps is explain's: one source, in core.
export const actualText = (check: CheckView, locale: Locale): string => describeCheck(check, locale).actual;
export const requiredText = (check: CheckView, locale: Locale): string => describeCheck(check, locale).required;
export const gapText = (check: CheckView, locale: Locale): string => describeCheck(check, locale).gap;
export const gapCountText = (check: CheckView, locale: Locale): string => describeCheck(check, locale).gapCount;
