/* Texts of values, requirements and gaps (the same wording as `explain`). */
import { formatNumber } from '../../format/format-number.js';
import type { Locale } from '../../core/localized-text.js';
import type { ReportText } from '../report-input-schema.js';
import { UNIT_TEXT, lookup, word } from './labels.js';

/** A check as the report reads it. */
export interface CheckView {
  readonly unit: string;
  readonly actual: {
    readonly value: string | boolean;
    readonly numerator?: number | undefined;
    readonly denominator?: number | undefined;
    readonly given: 'counts' | 'percent' | 'value';
    readonly name?: { readonly vi: string; readonly en: string } | undefined;
  } | null;
  readonly required: {
    readonly type: 'compare' | 'between' | 'achieved' | 'absent' | 'level';
    readonly op?: string | undefined;
    readonly value?: string | null | undefined;
    readonly min?: string | undefined;
    readonly max?: string | undefined;
    readonly name?: { readonly vi: string; readonly en: string } | undefined;
  };
  readonly gap: string | null;
  readonly gapCount: number | null;
}

const OP_TEXT: Readonly<Record<string, string>> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

export function pick(text: ReportText, locale: Locale): string {
  return typeof text === 'string' ? text : text[locale];
}

export function num(value: string | number, locale: Locale, decimals = 2): string {
  return formatNumber(value, locale, decimals);
}

export function unitText(unit: string, locale: Locale): string {
  const text = UNIT_TEXT[unit] ? lookup(UNIT_TEXT, unit, locale) : unit === 'boolean' || unit === 'level' ? '' : unit;
  return text === '' ? '' : text === '%' ? ' %' : ` ${text}`;
}

export function actualText(check: CheckView, locale: Locale): string {
  const a = check.actual;
  if (a === null) return word('noData', locale);
  if (typeof a.value === 'boolean') return word(a.value ? 'yes' : 'no', locale);
  if (check.unit === 'level' || check.required.type === 'level') return a.name ? a.name[locale] : a.value;
  const value = `${num(a.value, locale)}${unitText(check.unit, locale)}`;
  return a.given === 'counts' && a.numerator !== undefined && a.denominator !== undefined
    ? `${num(a.numerator, locale, 0)}/${num(a.denominator, locale, 0)} = ${value}`
    : value;
}

export function requiredText(check: CheckView, locale: Locale): string {
  const r = check.required;
  const unit = unitText(check.unit, locale);
  switch (r.type) {
    case 'achieved':
      return locale === 'vi' ? 'Đạt' : 'achieved';
    case 'absent':
      return locale === 'vi' ? 'Không có' : 'none';
    case 'between':
      return r.min === undefined ? '?' : `${num(r.min, locale)}–${num(r.max ?? r.min, locale)}${unit}`;
    case 'level':
      return r.value ? `≥ ${r.name ? r.name[locale] : r.value}` : '?';
    case 'compare':
      return r.value === null || r.value === undefined ? `${OP_TEXT[r.op ?? '>='] ?? ''} ?` : `${OP_TEXT[r.op ?? '>='] ?? ''} ${num(r.value, locale)}${unit}`;
  }
}

/** A ceiling (≤, <, "none") is missed by being above it; a floor by being below it. */
export function isCeiling(check: CheckView): boolean {
  return check.required.type === 'absent' || check.required.op === '<=' || check.required.op === '<';
}

export function gapText(check: CheckView, locale: Locale): string {
  if (check.gap === null || check.gap === '0' || check.unit === 'boolean') return '';
  const unit = check.unit === 'percent' ? (locale === 'vi' ? ' điểm %' : ' pp') : check.unit === 'level' ? (locale === 'vi' ? ' mức' : ' level(s)') : unitText(check.unit, locale);
  return `${word(isCeiling(check) ? 'overBy' : 'shortBy', locale)} ${num(check.gap, locale)}${unit}`;
}

export function gapCountText(check: CheckView, locale: Locale): string {
  if (check.gapCount === null || check.gapCount <= 0 || check.actual?.given !== 'counts') return '';
  return `${word(isCeiling(check) ? 'reduceBy' : 'needMore', locale)} ${num(check.gapCount, locale, 0)}`;
}
