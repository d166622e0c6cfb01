import { formatDate, formatNumber } from '../format/format-number.js';
import { pickText, type Locale } from './localized-text.js';
import type { CheckResult, EvaluationResult, IndicatorResult, Status, StatusReason } from './result.js';
import type { ProvenanceStatus } from './rulebook-schema.js';

export interface ExplainOptions {
  readonly locale?: Locale;
  /** `all` lists every indicator; `problems` (default) only those not met. */
  readonly detail?: 'all' | 'problems';
}

const SYMBOL: Record<Status, string> = { met: '✓', unmet: '✗', missing: '?', 'not-applicable': '–', indeterminate: '~' };

const STATUS_TEXT: Record<Status, { vi: string; en: string }> = {
  met: { vi: 'đạt', en: 'met' },
  unmet: { vi: 'chưa đạt', en: 'not met' },
  missing: { vi: 'thiếu số liệu', en: 'missing input' },
  'not-applicable': { vi: 'không áp dụng', en: 'not applicable' },
  indeterminate: { vi: 'chưa xác định được', en: 'indeterminate' },
};

/**
 * A status in words, as explanations write it (the command line's tables use it too). @internal
 *
 * @example
 * ```ts
 * statusText('unmet', 'vi'); // 'chưa đạt'
 * ```
 */
export function statusText(status: Status, locale: Locale): string {
  return STATUS_TEXT[status][locale];
}

const REASON_TEXT: Record<StatusReason, { vi: string; en: string }> = {
  'input-missing': { vi: 'thiếu số liệu', en: 'missing input' },
  'threshold-unknown': { vi: 'ngưỡng chưa biết', en: 'threshold unknown' },
  'content-unknown': { vi: 'nội dung chỉ tiêu chưa biết', en: 'indicator content unknown' },
  'no-threshold-for-context': { vi: 'không có ngưỡng cho vùng/nhóm/năm này', en: 'no threshold for this column or year' },
  'needs-counts': { vi: 'ngưỡng phụ thuộc mẫu số: cần nhập tử số và mẫu số', en: 'threshold depends on the denominator: give counts' },
};

const PROVENANCE_TEXT: Record<ProvenanceStatus, { vi: string; en: string }> = {
  official: { vi: 'chính thức', en: 'official' },
  secondary: { vi: 'nguồn thứ cấp', en: 'secondary source' },
  unverified: { vi: 'chưa xác minh', en: 'unverified' },
  unknown: { vi: 'chưa biết', en: 'unknown' },
};

const UNIT_TEXT: Record<string, { vi: string; en: string }> = {
  percent: { vi: '%', en: '%' },
  'million-vnd-per-person-per-year': { vi: 'triệu đồng/người/năm', en: 'million VND/person/year' },
  'm2-per-person': { vi: 'm²/người', en: 'm²/person' },
  'percent-per-year': { vi: '%/năm', en: '%/year' },
  count: { vi: '', en: '' },
};

const OP_TEXT: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

function unitText(unit: string, locale: Locale): string {
  const known = UNIT_TEXT[unit];
  const text = known ? pickText(known, locale) : unit === 'boolean' || unit === 'level' ? '' : unit;
  return text === '' ? '' : text === '%' ? ' %' : ` ${text}`;
}

/**
 * The parts of a check a reader sees: the same structural subset of {@link CheckResult} that
 * plain JSON results keep (so a result read back from storage can be described too).
 */
export interface DescribableCheck {
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

/** A check in words: each part is `''` when there is nothing to say (no gap, no count). */
export interface CheckDescription {
  /** `"412/480 = 85,8333 %"`, `"có"`, `"chưa có số liệu"`. */
  readonly actual: string;
  /** `"≥ 80 %"`, `"Đạt"`, `"≥ ?"` when the threshold is unknown. */
  readonly required: string;
  /** `"còn thiếu 4,2 điểm %"` / `"over by 1.5 pp"`, for an unmet check with a gap. */
  readonly gap: string;
  /** `"cần thêm 3"` / `"reduce by 2"`: the count still to change, for shares given as counts. */
  readonly gapCount: string;
  /** Whether the requirement is a ceiling (≤, <, "none"), missed by being above it. */
  readonly ceiling: boolean;
}

/**
 * Describes a check's actual value, requirement and gap in Vietnamese or English, with Vietnamese
 * or English number format — the wording {@link explain} uses, for apps that lay results out
 * themselves.
 *
 * @example
 * ```ts
 * describeCheck(result.criteria[2].indicators[0].checks[0], 'vi');
 * // { actual: '412/480 = 85,8333 %', required: '≥ 80 %', gap: '', gapCount: '', ceiling: false }
 * ```
 */
export function describeCheck(check: DescribableCheck, locale: Locale): CheckDescription {
  const vi = locale === 'vi';
  const ceiling = check.required.type === 'absent' || check.required.op === '<=' || check.required.op === '<';
  let gap = '';
  if (check.gap !== null && check.gap !== '0' && check.unit !== 'boolean') {
    const unit = check.unit === 'percent' ? (vi ? ' điểm %' : ' pp') : check.unit === 'level' ? (vi ? ' mức' : ' level(s)') : unitText(check.unit, locale);
    gap = `${ceiling ? (vi ? 'vượt' : 'over by') : vi ? 'còn thiếu' : 'short by'} ${formatNumber(check.gap, locale)}${unit}`;
  }
  const gapCount =
    check.gapCount !== null && check.gapCount > 0 && check.actual?.given === 'counts'
      ? `${ceiling ? (vi ? 'cần giảm' : 'reduce by') : vi ? 'cần thêm' : 'need'} ${formatNumber(check.gapCount, locale, 0)}`
      : '';
  return { actual: actualText(check, locale), required: requiredText(check, locale), gap, gapCount, ceiling };
}

function actualText(check: DescribableCheck, locale: Locale): string {
  const actual = check.actual;
  if (actual === null) return locale === 'vi' ? 'chưa có số liệu' : 'no data';
  if (typeof actual.value === 'boolean') return actual.value ? (locale === 'vi' ? 'có' : 'yes') : locale === 'vi' ? 'không' : 'no';
  if (check.unit === 'level' || check.required.type === 'level') return actual.name ? pickText(actual.name, locale) : String(actual.value);
  const value = `${formatNumber(actual.value, locale)}${unitText(check.unit, locale)}`;
  return actual.given === 'counts' && actual.numerator !== undefined && actual.denominator !== undefined
    ? `${formatNumber(actual.numerator, locale, 0)}/${formatNumber(actual.denominator, locale, 0)} = ${value}`
    : value;
}

function requiredText(check: DescribableCheck, locale: Locale): string {
  const r = check.required;
  const unit = unitText(check.unit, locale);
  const op = OP_TEXT[r.op ?? '>='] ?? '';
  switch (r.type) {
    case 'achieved':
      return locale === 'vi' ? 'Đạt' : 'achieved';
    case 'absent':
      return locale === 'vi' ? 'Không có' : 'none';
    case 'between':
      return r.min === undefined ? '?' : `${formatNumber(r.min, locale)}–${formatNumber(r.max ?? r.min, locale)}${unit}`;
    case 'level':
      return r.value ? `≥ ${r.name ? pickText(r.name, locale) : r.value}` : '?';
    case 'compare':
      return r.value === null || r.value === undefined ? `${op} ?` : `${op} ${formatNumber(r.value, locale)}${unit}`;
  }
}

function checkLine(check: CheckResult, label: string, locale: Locale): string {
  const vi = locale === 'vi';
  const described = describeCheck(check, locale);
  const parts = [`${SYMBOL[check.status]} ${label}: ${vi ? 'thực tế' : 'actual'} ${described.actual}; ${vi ? 'yêu cầu' : 'required'} ${described.required}`];
  if (check.status === 'unmet' && described.gap !== '') parts.push(described.gap);
  if (described.gapCount !== '') parts.push(described.gapCount);
  const p = check.threshold.provenance;
  const status = pickText(PROVENANCE_TEXT[check.threshold.status], locale);
  parts.push(`[${status}: ${p.instrument}, ${p.locator}]`);
  if (check.reason && check.status !== 'unmet') parts.push(`(${pickText(REASON_TEXT[check.reason], locale)})`);
  return parts.join('; ');
}

function indicatorLines(indicator: IndicatorResult, locale: Locale): string[] {
  const name = `${indicator.code} ${pickText(indicator.name, locale)}`;
  if (indicator.status === 'not-applicable') return [`   – ${name}: ${pickText(STATUS_TEXT['not-applicable'], locale)}`];
  const only = indicator.checks.length === 1 ? indicator.checks[0] : undefined;
  if (only) return [`   ${checkLine(only, name, locale)}`];
  return [
    `   ${SYMBOL[indicator.status]} ${name}: ${pickText(STATUS_TEXT[indicator.status], locale)}`,
    ...indicator.checks.map((check) => `      ${checkLine(check, check.name ? pickText(check.name, locale) : check.key, locale)}`),
  ];
}

/**
 * Turns an evaluation result into readable lines, in Vietnamese (`vi`, numbers written `59,3`)
 * or English. Each indicator line gives the actual value, the requirement, the gap and the
 * threshold's citation with its verification status; the end lists non-official thresholds.
 *
 * @example
 * ```ts
 * console.log(explain(result, { locale: 'vi' }).join('\n'));
 * ```
 */
export function explain(result: EvaluationResult, options: ExplainOptions = {}): string[] {
  const locale = options.locale ?? 'vi';
  const vi = locale === 'vi';
  const lines: string[] = [];
  const column = result.context.column;
  const columnText = column
    ? `; ${pickText(column.name, locale)}${column.requested ? ` (${vi ? 'áp dụng thay cho' : 'applied instead of'} ${column.requested}: ${pickText(column.override?.description ?? column.name, locale)})` : ''}`
    : '';
  lines.push(`${pickText(result.rulebook.title, locale)} [${result.rulebook.id}]`);
  lines.push(`${vi ? 'Ngày đánh giá' : 'Assessment date'} ${formatDate(result.context.date, locale)}; ${vi ? 'năm áp dụng ngưỡng' : 'threshold year'} ${result.context.year}${columnText}`);
  const verdict = result.recognised ? (vi ? 'ĐẠT CHUẨN' : 'RECOGNISED') : `${vi ? 'CHƯA ĐẠT CHUẨN' : 'NOT RECOGNISED'} (${pickText(STATUS_TEXT[result.status], locale)})`;
  const cp = result.criteriaProgress;
  const ip = result.indicatorProgress;
  lines.push(
    `${vi ? 'Kết quả' : 'Result'}: ${verdict} — ${cp.met}/${cp.total} ${vi ? 'tiêu chí' : 'criteria'} (${formatNumber(cp.percent, locale)} %), ${ip.met}/${ip.total} ${vi ? 'chỉ tiêu' : 'indicators'}`,
  );
  for (const criterion of result.criteria) {
    lines.push(`${SYMBOL[criterion.status]} ${vi ? 'Tiêu chí' : 'Criterion'} ${criterion.code}. ${pickText(criterion.name, locale)}: ${pickText(STATUS_TEXT[criterion.status], locale)} (${criterion.tally.met}/${criterion.tally.total - criterion.tally['not-applicable']})`);
    for (const indicator of criterion.indicators) {
      if (options.detail === 'all' || indicator.status !== 'met') lines.push(...indicatorLines(indicator, locale));
    }
  }
  const pending = result.unverifiedThresholds;
  if (pending.length > 0) {
    const count = (s: ProvenanceStatus) => pending.filter((t) => t.status === s).length;
    lines.push(
      vi
        ? `Lưu ý nguồn: kết quả dựa vào ${pending.length} ngưỡng chưa chính thức (${count('secondary')} thứ cấp, ${count('unverified')} chưa xác minh, ${count('unknown')} chưa biết${count('unknown') > 0 ? ' — cần bổ sung từ văn bản của tỉnh' : ''}).`
        : `Sources: this result relies on ${pending.length} non-official thresholds (${count('secondary')} secondary, ${count('unverified')} unverified, ${count('unknown')} unknown${count('unknown') > 0 ? " — supply them from your province's rulebook" : ''}).`,
    );
  }
  return lines;
}
