import { InputError } from '../core/errors.js';
import type { LocalizedText } from '../core/localized-text.js';
import type { Provenance, ProvenanceStatus } from '../core/rulebook-schema.js';
import { formatDate, formatNumber } from '../format/format-number.js';
import {
  BAND_ABOVE,
  BAND_AVERAGE,
  BAND_NEAR,
  BAND_POVERTY,
  BAND_UNKNOWN,
  CATEGORY_NAMES,
  INDETERMINATE,
  classifyInto,
  newScratch,
  popcount,
  type CompiledStandard,
} from './engine.js';
import { toExactRatio, type ExactRatio } from './exact-ratio.js';
import { div, rational, rationalFromDecimal } from '../core/rational.js';
import { householdIssues } from './household-issues.js';
import type { HouseholdInput } from './household-schema.js';
import type { IncomeLine, PovertyArea } from './poverty-standard-schema.js';
import { resolveOptions, type ClassifyOptions } from './resolve-options.js';

/** The class of a household. `indeterminate`: the facts given do not decide it (see the reason). */
export type PovertyCategory = 'poor' | 'near-poor' | 'average-living-standard' | 'not-classified' | 'indeterminate';

/** Where the household's income per person falls. */
export type IncomeBand =
  | 'at-or-below-poverty-line'
  | 'between-poverty-and-near-poverty-line'
  | 'average-band'
  | 'above-average-band'
  | 'above-line-band-unknown';

const BAND_NAMES: readonly IncomeBand[] = ['at-or-below-poverty-line', 'between-poverty-and-near-poverty-line', 'average-band', 'above-average-band', 'above-line-band-unknown'];

/** One income line of the standard, with its provenance. */
export interface LineUsed {
  readonly name: 'poverty' | 'nearPoverty' | 'averageUpper';
  /** Đồng per person per month; `null` when not known. */
  readonly value: number | null;
  readonly provenance: Provenance;
}

/** The outcome of one indicator for the household. */
export interface IndicatorOutcome {
  readonly code: string;
  readonly name: LocalizedText;
  readonly status: 'deprived' | 'not-deprived' | 'unknown';
  /** `given` as a flag, `derived` from member/housing facts, `missing` (unknown). */
  readonly source: 'given' | 'derived' | 'missing';
  /** How sure the threshold wording is. */
  readonly definitionStatus: ProvenanceStatus;
}

/** A value used by the classification whose status is not `official`. */
export interface NotOfficialValue {
  readonly what: string;
  readonly provenance: Provenance;
}

/** The full, explained classification of one household. JSON-serialisable. */
export interface HouseholdClassification {
  readonly id?: string | number;
  readonly standard: { readonly id: string; readonly name: LocalizedText; readonly instruments: readonly string[] };
  readonly date: string;
  readonly area: PovertyArea;
  readonly category: PovertyCategory;
  /** Why the category is `indeterminate`, else `null`. */
  readonly indeterminateReason: 'deprivations-unknown' | 'average-band-unknown' | null;
  readonly income: {
    /** Monthly income per person, exact (household total ÷ (members × months) when given so). */
    readonly perCapitaMonthly: ExactRatio;
    readonly band: IncomeBand;
    /** The line that decided the band. */
    readonly lineUsed: LineUsed;
    readonly lines: readonly LineUsed[];
  };
  readonly deprivations: {
    /** Indicators known to be deprived. */
    readonly count: number;
    readonly unknownCount: number;
    /** Deprivations needed for a poor household (from the standard). */
    readonly threshold: number;
    readonly deprived: readonly string[];
    readonly unknown: readonly string[];
    readonly indicators: readonly IndicatorOutcome[];
  };
  /** Every value this result relied on whose status is not `official`. */
  readonly notOfficial: readonly NotOfficialValue[];
  readonly explanation: { readonly vi: readonly string[]; readonly en: readonly string[] };
}

function lineUsed(name: LineUsed['name'], line: IncomeLine): LineUsed {
  return { name, value: line.value, provenance: line.provenance };
}

const CATEGORY_TEXT: Record<PovertyCategory, LocalizedText> = {
  poor: { vi: 'hộ nghèo', en: 'poor household' },
  'near-poor': { vi: 'hộ cận nghèo', en: 'near-poor household' },
  'average-living-standard': { vi: 'hộ có mức sống trung bình', en: 'household with an average living standard' },
  'not-classified': { vi: 'không thuộc diện hộ nghèo, cận nghèo, mức sống trung bình', en: 'not poor, near-poor or average-living-standard' },
  indeterminate: { vi: 'chưa xác định được', en: 'cannot be determined' },
};

/**
 * Classifies one household under the poverty standard applied on `options.date`: the category,
 * the deprivations (which indicators, given or derived), the income line used and an
 * explanation in Vietnamese and English. Income exactly on a line counts as at or below it
 * ("từ … trở xuống"). A missing deprivation flag is unknown, never "not deprived": when the
 * unknown flags could change the outcome the category is `indeterminate`.
 *
 * @example
 * ```ts
 * const result = classifyHousehold(
 *   { income: { perCapitaMonthly: 1_500_000 }, deprivations: { healthInsurance: true, housingArea: true, latrine: true } },
 *   { date: '2024-06-30', area: 'rural' },
 * );
 * result.category; // 'poor' (income on the 1,500,000 line and 3 deprivations)
 * ```
 * @throws {@link InputError} naming each invalid field; {@link ContextError} / {@link NoRulebookInForceError} for bad options.
 */
export function classifyHousehold(household: HouseholdInput, options: ClassifyOptions): HouseholdClassification {
  const { compiled, when, area: defaultArea } = resolveOptions(options);
  const out = newScratch();
  if (!classifyInto(compiled, household, defaultArea, when, out)) {
    throw new InputError(householdIssues(compiled, household, defaultArea, when));
  }
  return buildResult(compiled, household, when.day, out);
}

function buildResult(compiled: CompiledStandard, household: HouseholdInput, day: string, out: ReturnType<typeof newScratch>): HouseholdClassification {
  const standard = compiled.standard;
  const areaLines = standard.incomeLines[out.area];
  const lines: LineUsed[] = [lineUsed('poverty', areaLines.poverty)];
  if (areaLines.nearPoverty) lines.push(lineUsed('nearPoverty', areaLines.nearPoverty));
  lines.push(lineUsed('averageUpper', areaLines.averageUpper));
  const top = lines[lines.length - 2] as LineUsed;
  const used =
    out.band === BAND_POVERTY ? (lines[0] as LineUsed)
      : out.band === BAND_NEAR ? (lines[1] as LineUsed)
        : out.band === BAND_AVERAGE || out.band === BAND_ABOVE ? (lines[lines.length - 1] as LineUsed)
          : top;

  const income = household.income;
  const perCapita = 'perCapitaMonthly' in income
    ? rationalFromDecimal(income.perCapitaMonthly)
    : div(rationalFromDecimal(income.householdTotal), rational(BigInt(income.members) * BigInt(income.months)));

  const indicators: IndicatorOutcome[] = standard.indicators.map((indicator, i) => {
    const bit = 1 << i;
    return {
      code: indicator.code,
      name: indicator.name,
      status: (out.unknownMask & bit) !== 0 ? 'unknown' : (out.deprivedMask & bit) !== 0 ? 'deprived' : 'not-deprived',
      source: (out.givenMask & bit) !== 0 ? 'given' : (out.derivedMask & bit) !== 0 ? 'derived' : 'missing',
      definitionStatus: indicator.definitionProvenance.status,
    };
  });
  const deprived = indicators.filter((i) => i.status === 'deprived');
  const unknown = indicators.filter((i) => i.status === 'unknown');
  const category = CATEGORY_NAMES[out.category] as PovertyCategory;
  const band = BAND_NAMES[out.band] as IncomeBand;
  const needsDeprivations = out.band === BAND_POVERTY ? !compiled.twoTier : out.band === BAND_NEAR;
  const indeterminateReason = out.category !== INDETERMINATE ? null : needsDeprivations ? 'deprivations-unknown' : 'average-band-unknown';

  const notOfficial: NotOfficialValue[] = [];
  const note = (what: string, provenance: Provenance) => {
    if (provenance.status !== 'official') notOfficial.push({ what, provenance });
  };
  note(`incomeLines.${out.area}.${used.name}`, used.provenance);
  if (used !== lines[0]) note(`incomeLines.${out.area}.poverty`, (lines[0] as LineUsed).provenance);
  note('rule', standard.ruleProvenance);
  if (needsDeprivations) {
    note('deprivationThreshold', standard.deprivationThreshold.provenance);
    standard.indicators.forEach((indicator, i) => {
      if ((out.unknownMask & (1 << i)) === 0) note(`indicators.${indicator.code}.definition`, indicator.definitionProvenance);
    });
  }

  const vi: string[] = [];
  const en: string[] = [];
  const instruments = standard.instruments.map((i) => i.id);
  vi.push(`Chuẩn áp dụng ngày ${formatDate(day, 'vi')}: ${standard.name.vi} (${instruments.join(', ')}).`);
  en.push(`Standard applied on ${day}: ${standard.name.en} (${instruments.join(', ')}).`);
  const areaVi = out.area === 'rural' ? 'nông thôn' : 'thành thị';
  const amount = (locale: 'vi' | 'en') => formatNumber(toExactRatio(perCapita).decimal, locale, 2);
  const lineName: Record<LineUsed['name'], LocalizedText> = {
    poverty: { vi: 'chuẩn nghèo', en: 'poverty line' },
    nearPoverty: { vi: 'chuẩn cận nghèo', en: 'near-poverty line' },
    averageUpper: { vi: 'mức trần hộ có mức sống trung bình', en: 'upper bound of the average-living-standard band' },
  };
  if (out.band === BAND_UNKNOWN) {
    vi.push(`Thu nhập bình quân đầu người/tháng ${amount('vi')} đồng, cao hơn ${lineName[top.name].vi} ${formatNumber(top.value ?? 0, 'vi')} đồng (${areaVi}); ${lineName.averageUpper.vi} chưa xác định được trong dữ liệu.`);
    en.push(`Monthly income per person ${amount('en')} đồng, above the ${lineName[top.name].en} of ${formatNumber(top.value ?? 0, 'en')} đồng (${out.area}); the ${lineName.averageUpper.en} is not known in the data.`);
  } else {
    const atOrBelow = out.band === BAND_POVERTY || out.band === BAND_NEAR || out.band === BAND_AVERAGE;
    vi.push(`Thu nhập bình quân đầu người/tháng ${amount('vi')} đồng ${atOrBelow ? '≤' : '>'} ${lineName[used.name].vi} ${formatNumber(used.value as number, 'vi')} đồng (${areaVi}).`);
    en.push(`Monthly income per person ${amount('en')} đồng ${atOrBelow ? '≤' : '>'} the ${lineName[used.name].en} of ${formatNumber(used.value as number, 'en')} đồng (${out.area}).`);
  }
  const names = (list: IndicatorOutcome[], locale: 'vi' | 'en') => (list.length === 0 ? (locale === 'vi' ? 'không có' : 'none') : list.map((i) => i.name[locale]).join('; '));
  const total = standard.indicators.length;
  vi.push(`Thiếu hụt ${deprived.length}/${total} chỉ số: ${names(deprived, 'vi')}${unknown.length > 0 ? `; chưa rõ ${unknown.length} chỉ số: ${names(unknown, 'vi')}` : ''}.`);
  en.push(`Deprived in ${deprived.length} of ${total} indicators: ${names(deprived, 'en')}${unknown.length > 0 ? `; ${unknown.length} unknown: ${names(unknown, 'en')}` : ''}.`);
  const k = compiled.threshold;
  const c = CATEGORY_TEXT[category];
  if (indeterminateReason === 'deprivations-unknown') {
    vi.push(`Kết luận: ${c.vi} — cần từ ${k} chỉ số thiếu hụt trở lên để là hộ nghèo; đã biết ${deprived.length}, còn ${unknown.length} chỉ số chưa rõ có thể làm thay đổi kết quả.`);
    en.push(`Conclusion: ${c.en} — a poor household needs ${k} or more deprivations; ${deprived.length} known, and ${unknown.length} unknown indicators could change the outcome.`);
  } else if (indeterminateReason === 'average-band-unknown') {
    vi.push(`Kết luận: không phải hộ nghèo, hộ cận nghèo; có thuộc hộ có mức sống trung bình hay không thì ${c.vi} vì chưa có mức trần.`);
    en.push(`Conclusion: not poor or near-poor; whether it has an average living standard ${c.en} because the band's upper bound is not known.`);
  } else if (out.band === BAND_POVERTY && compiled.twoTier) {
    vi.push(`Kết luận: ${c.vi} — thu nhập từ chuẩn nghèo trở xuống là hộ nghèo, không xét số chỉ số thiếu hụt.`);
    en.push(`Conclusion: ${c.en} — income at or below the poverty line makes a household poor whatever its deprivations.`);
  } else if (out.band === BAND_POVERTY || out.band === BAND_NEAR) {
    const poor = out.category === 0;
    vi.push(`Kết luận: ${c.vi} — ${deprived.length} chỉ số thiếu hụt ${poor ? '≥' : '<'} ${k}.`);
    en.push(`Conclusion: ${c.en} — ${deprived.length} deprivations ${poor ? '≥' : '<'} ${k}.`);
  } else {
    vi.push(`Kết luận: ${c.vi} (không xét số chỉ số thiếu hụt).`);
    en.push(`Conclusion: ${c.en} (deprivations are not considered).`);
  }
  if (notOfficial.length > 0) {
    const statuses = [...new Set(notOfficial.map((n) => n.provenance.status))].join(', ');
    vi.push(`Lưu ý: ${notOfficial.length} giá trị đã dùng chưa đối chiếu với văn bản chính thức (${statuses}).`);
    en.push(`Note: ${notOfficial.length} values used are not checked against the official text (${statuses}).`);
  }

  return {
    ...(household.id !== undefined ? { id: household.id } : {}),
    standard: { id: standard.id, name: standard.name, instruments },
    date: day,
    area: out.area,
    category,
    indeterminateReason,
    income: { perCapitaMonthly: toExactRatio(perCapita), band, lineUsed: used, lines },
    deprivations: {
      count: popcount(out.deprivedMask),
      unknownCount: popcount(out.unknownMask),
      threshold: k,
      deprived: deprived.map((i) => i.code),
      unknown: unknown.map((i) => i.code),
      indicators,
    },
    notOfficial,
    explanation: { vi, en },
  };
}
