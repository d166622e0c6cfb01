import { addYears, format, isBefore, parseISO } from 'date-fns';
import { toIsoDate } from '../core/context.js';
import { Decimal, decimalToString, toDecimal } from '../core/decimal.js';
import { ContextError, InputError, issue, type Issue, type NtmError } from '../core/errors.js';
import { combineStatuses, evaluate } from '../core/evaluate.js';
import type { EvaluationInput } from '../core/input-schema.js';
import type { LocalizedText } from '../core/localized-text.js';
import type { EvaluationResult, Status } from '../core/result.js';
import type { Provenance } from '../core/rulebook-schema.js';
import { fromZodIssues } from '../core/zod-issues.js';
import { civilizedUrbanInputSchema, type CivilizedUrbanInput, type CivilizedUrbanOptions, type CivilizedUrbanUnit, type CivilizedUrbanShare } from './civilized-urban-input.js';
import { appendixOf } from './appendix-of.js';
import { civilizedUrbanRulebookFor } from './civilized-urban-rulebook-for.js';
import { civilizedUrbanConditions2022 } from './recognition-conditions.js';

/** The recognition conditions besides the criteria (Art. 5 cl. 2 of the Regulation, and the district-level article). */
export type CivilizedUrbanConditionKey = 'registered' | 'criteria' | 'building-period' | 'satisfaction' | 'wards-and-townships' | 'communes';

/** One recognition condition, judged. */
export interface CivilizedUrbanCondition {
  readonly key: CivilizedUrbanConditionKey;
  readonly name: LocalizedText;
  readonly status: Status;
  /** What was given: a canonical decimal (percent), a date, a yes/no, or `"5/9"`; `null` when missing. */
  readonly actual: string | boolean | null;
  /** What is required, e.g. `">= 90"` (percent), `">= 2 years"`, `"9/9"`; `null` when unknown. */
  readonly required: string | null;
  /** Building period: the first day the period is served (registration date + 2 or 5 years). */
  readonly servedFrom?: string;
  readonly provenance: Provenance;
  readonly explanation: LocalizedText;
}

/** A count view as the reports write it: `5/9`, `50/52`. */
export interface CivilizedUrbanCount {
  readonly met: number;
  readonly total: number;
  /** `"met/total"`. */
  readonly text: string;
}

/** The contents view: contents met of the contents assessed, and whether every criterion was assessed. */
export interface CivilizedUrbanContents extends CivilizedUrbanCount {
  /** `false` when some criterion's contents were not given (they are left out of both counts). */
  readonly complete: boolean;
  /** The number of contents of the appendix, where known (52 for Appendix I), with its citation. */
  readonly expectedTotal: number | null;
  readonly expectedTotalProvenance: Provenance;
}

/** The outcome of {@link evaluateCivilizedUrban}. */
export interface CivilizedUrbanResult {
  readonly unit: CivilizedUrbanUnit;
  readonly appendix: 'I' | 'II';
  readonly recognition: 'first' | 're-recognition';
  readonly date: string;
  /** `met` exactly when every condition is met: the unit can be recognised. */
  readonly status: Status;
  readonly recognised: boolean;
  /** Criteria met of the 9 (the reports' "5/9"). */
  readonly criteriaMet: CivilizedUrbanCount;
  /** Contents met (the reports' "50/52"). */
  readonly contentsMet: CivilizedUrbanContents;
  /** The conditions, in the order of the law; `criteria` is the 9-criteria condition. */
  readonly conditions: readonly CivilizedUrbanCondition[];
  /** The engine's evaluation of the 9 criteria (indicators, thresholds, unverified thresholds, receipt). */
  readonly criteria: EvaluationResult;
  /** Inconsistencies found in the input (e.g. contents that do not add up to 52). */
  readonly warnings: readonly Issue[];
  readonly summary: LocalizedText;
}

const UNIT_NAME: Record<CivilizedUrbanUnit, LocalizedText> = {
  ward: { vi: 'Phường', en: 'Ward' },
  township: { vi: 'Thị trấn', en: 'Township' },
  'urban-district': { vi: 'Quận', en: 'Urban district' },
  town: { vi: 'Thị xã', en: 'Town' },
  'provincial-city': { vi: 'Thành phố thuộc cấp tỉnh', en: 'Provincial city' },
};

const CONDITION_NAME: Record<CivilizedUrbanConditionKey, LocalizedText> = {
  registered: { vi: 'Đăng ký xây dựng đạt chuẩn đô thị văn minh', en: 'Registered to build a civilized urban area' },
  criteria: { vi: 'Đạt 9 tiêu chí', en: 'All 9 criteria met' },
  'building-period': { vi: 'Thời gian đăng ký', en: 'Registration (building) period' },
  satisfaction: { vi: 'Người dân hài lòng, đồng ý', en: 'Residents satisfied and agreeing' },
  'wards-and-townships': { vi: 'Phường, thị trấn trực thuộc đạt chuẩn', en: 'Subordinate wards and townships recognised' },
  communes: { vi: 'Điều kiện đối với các xã', en: 'Condition on the communes' },
};

const STATUS_VI: Record<Status, string> = { met: 'đạt', unmet: 'chưa đạt', missing: 'thiếu số liệu', 'not-applicable': 'không áp dụng', indeterminate: 'chưa xác định được' };
const STATUS_EN: Record<Status, string> = { met: 'met', unmet: 'not met', missing: 'missing input', 'not-applicable': 'not applicable', indeterminate: 'indeterminate' };

function condition(
  key: CivilizedUrbanConditionKey,
  status: Status,
  actual: string | boolean | null,
  required: string | null,
  provenance: Provenance,
  detail: LocalizedText,
  servedFrom?: string,
): CivilizedUrbanCondition {
  const name = CONDITION_NAME[key];
  return {
    key,
    name,
    status,
    actual,
    required,
    ...(servedFrom ? { servedFrom } : {}),
    provenance,
    explanation: { vi: `${name.vi}: ${STATUS_VI[status]} — ${detail.vi}`, en: `${name.en}: ${STATUS_EN[status]} — ${detail.en}` },
  };
}

/** The share as a percentage for display (4 decimals, half-up, from counts). */
function shareText(share: CivilizedUrbanShare): string {
  if ('percent' in share) return decimalToString(toDecimal(share.percent));
  return decimalToString(new Decimal(share.numerator).times(100).dividedBy(share.denominator).toDecimalPlaces(4, Decimal.ROUND_HALF_UP));
}

/** Whether a share reaches `percent`; counts compare exactly by cross-multiplication. */
function shareMeets(share: CivilizedUrbanShare, percent: Decimal): boolean {
  if ('percent' in share) return toDecimal(share.percent).gte(percent);
  // numerator / denominator ≥ percent / 100  ⇔  numerator × 100 ≥ percent × denominator (exact).
  return new Decimal(share.numerator).times(100).gte(percent.times(share.denominator));
}

function prefixIssues(error: NtmError, prefix: string): Issue[] {
  return error.issues.map((i) => ({ ...i, path: [prefix, ...i.path] }));
}

/**
 * Judges a ward, township, urban district, town or provincial city against Decision
 * 04/2022/QĐ-TTg (civilized urban area, "đạt chuẩn đô thị văn minh"): the 9 criteria (Appendix I
 * or II, evaluated by the rulebook engine), registration, the building period (2 years for the
 * first recognition, 5 for re-recognition), residents' satisfaction (≥ 90 %, exact: 9 of 10 is
 * met), and for the district level 100 % of its wards and townships recognised plus the condition
 * on its communes. Reports both views the local reports use: criteria met ("5/9") and contents
 * met ("50/52").
 *
 * @throws `InputError` on invalid input (paths and bilingual messages); `ContextError` on an invalid date.
 * @example
 * ```ts
 * const result = evaluateCivilizedUrban(
 *   {
 *     unit: 'township',
 *     recognition: 'first',
 *     registered: true,
 *     registeredOn: '2021-01-15',
 *     contents: { '1': { met: 6, total: 6 }, '2': { met: 4, total: 5 } }, // … up to '9'
 *     satisfaction: { numerator: 1800, denominator: 2000 }, // 90 %: met
 *   },
 *   { date: '2023-06-30' },
 * );
 * result.criteriaMet.text; // '1/9' here; Khe Tre (Nam Đông, 2023): '5/9'
 * result.contentsMet.text; // '10/11' here (incomplete); a full Appendix I assessment has 52
 * ```
 */
export function evaluateCivilizedUrban(input: CivilizedUrbanInput, options: CivilizedUrbanOptions): CivilizedUrbanResult {
  const date = toIsoDate(options.date);
  if (date === undefined) {
    throw new ContextError([issue(['date'], 'invalid-date', 'date must be a real calendar date (yyyy-MM-dd or a valid Date)', 'Ngày phải là ngày hợp lệ (yyyy-MM-dd hoặc Date hợp lệ)')]);
  }
  const parsed = civilizedUrbanInputSchema.safeParse(input);
  if (!parsed.success) throw new InputError(fromZodIssues(parsed.error.issues));
  const facts = parsed.data;
  const issues: Issue[] = [];
  if (facts.contents !== undefined && facts.indicators !== undefined) {
    issues.push(issue(['indicators'], 'contents-and-indicators', 'give either contents or indicators, not both', 'chỉ nhập "contents" hoặc "indicators", không nhập cả hai'));
  }
  if (facts.registeredOn && facts.registeredOn > date) {
    issues.push(issue(['registeredOn'], 'registered-after-assessment', `registeredOn (${facts.registeredOn}) is after the assessment date (${date})`, `ngày đăng ký (${facts.registeredOn}) sau ngày đánh giá (${date})`));
  }
  if (issues.length > 0) throw new InputError(issues);

  const appendix = appendixOf(facts.unit);
  const district = appendix === 'II';
  const rules = district ? civilizedUrbanConditions2022.district : civilizedUrbanConditions2022.wardTownship;
  const rulebook = options.rulebook ?? civilizedUrbanRulebookFor(facts.unit, date);

  let engineInput: EvaluationInput;
  if (facts.indicators !== undefined) {
    engineInput = facts.indicators as EvaluationInput;
  } else {
    const entries = Object.entries(facts.contents ?? {}).map(([code, count]) => [code, count ? { numerator: count.met, denominator: count.total } : null]);
    engineInput = Object.fromEntries(entries) as EvaluationInput;
  }
  let criteria: EvaluationResult;
  try {
    criteria = evaluate(rulebook, engineInput, { date });
  } catch (error) {
    if (error instanceof InputError) throw new InputError(prefixIssues(error, facts.indicators !== undefined ? 'indicators' : 'contents'));
    throw error;
  }

  // Contents view: a ratio given as counts counts its contents; any other indicator is one content.
  let met = 0;
  let total = 0;
  let complete = true;
  for (const c of criteria.criteria) {
    for (const indicator of c.indicators) {
      if (indicator.status === 'not-applicable') continue;
      const check = indicator.checks.length === 1 ? indicator.checks[0] : undefined;
      const actual = check?.actual;
      if (actual && actual.given === 'counts' && actual.numerator !== undefined && actual.denominator !== undefined) {
        met += actual.numerator;
        total += actual.denominator;
      } else if (indicator.status === 'missing' || indicator.checks.some((k) => k.actual === null)) {
        complete = false;
      } else {
        total += 1;
        if (indicator.status === 'met') met += 1;
      }
    }
  }
  const expectedTotal = options.rulebook ? null : rules.contentsTotal.value;
  const contentsMet: CivilizedUrbanContents = { met, total, text: `${met}/${total}`, complete, expectedTotal, expectedTotalProvenance: rules.contentsTotal.provenance };
  const warnings: Issue[] = [];
  if (complete && expectedTotal !== null && total !== expectedTotal) {
    warnings.push(
      issue(['contents'], 'contents-total-mismatch', `The contents given add up to ${total}, but Appendix ${appendix} has ${expectedTotal}`, `Tổng số nội dung đã nhập là ${total}, trong khi Phụ lục ${appendix} có ${expectedTotal} nội dung`),
    );
  }

  if (!district && (facts.wardsAndTownships != null || facts.communes != null)) {
    warnings.push(
      issue(['wardsAndTownships'], 'district-fact-ignored', 'wardsAndTownships and communes are district-level conditions (Appendix II); they were ignored for a ward or township', 'wardsAndTownships và communes là điều kiện cấp huyện (Phụ lục II); không xét đối với phường, thị trấn'),
    );
  }
  const criteriaMet: CivilizedUrbanCount = { met: criteria.criteriaProgress.met, total: criteria.criteriaProgress.total, text: `${criteria.criteriaProgress.met}/${criteria.criteriaProgress.total}` };
  const conditions: CivilizedUrbanCondition[] = [];

  // a) registration
  const registered = facts.registered ?? null;
  conditions.push(
    condition('registered', registered === null ? 'missing' : registered ? 'met' : 'unmet', registered, 'true', rules.registration.provenance, registered === null ? { vi: 'chưa có thông tin đăng ký', en: 'registration not given' } : registered ? { vi: 'đã đăng ký', en: 'registered' } : { vi: 'chưa đăng ký', en: 'not registered' }),
  );

  // b) the 9 criteria
  conditions.push(
    condition('criteria', criteria.status, criteriaMet.text, `${criteriaMet.total}/${criteriaMet.total}`, rulebook.recognition.provenance, {
      vi: `đạt ${criteriaMet.text} tiêu chí, ${contentsMet.text} nội dung${contentsMet.complete ? '' : ' (chưa đủ số liệu)'}`,
      en: `${criteriaMet.text} criteria and ${contentsMet.text} contents met${contentsMet.complete ? '' : ' (incomplete)'}`,
    }),
  );

  // c) building period
  const period = facts.recognition === 'first' ? rules.buildingYears.first : rules.buildingYears.reRecognition;
  const registeredOn = facts.registeredOn ?? null;
  if (registeredOn === null) {
    conditions.push(condition('building-period', 'missing', null, `>= ${period.value} years`, period.provenance, { vi: `chưa có ngày đăng ký (cần từ ${period.value} năm)`, en: `registration date not given (${period.value} years needed)` }));
  } else {
    const servedFrom = format(addYears(parseISO(registeredOn), period.value), 'yyyy-MM-dd');
    const served = !isBefore(parseISO(date), parseISO(servedFrom));
    conditions.push(
      condition(
        'building-period',
        served ? 'met' : 'unmet',
        registeredOn,
        `>= ${period.value} years`,
        period.provenance,
        served
          ? { vi: `đăng ký ngày ${registeredOn}, đủ ${period.value} năm từ ${servedFrom}`, en: `registered ${registeredOn}, ${period.value} years served from ${servedFrom}` }
          : { vi: `đăng ký ngày ${registeredOn}, chỉ đủ ${period.value} năm từ ${servedFrom}`, en: `registered ${registeredOn}, ${period.value} years served only from ${servedFrom}` },
        servedFrom,
      ),
    );
  }

  // d) satisfaction
  const rule = rules.satisfaction;
  const share = facts.satisfaction ?? null;
  if (rule.percent === null) {
    const actual = share === null ? null : shareText(share);
    conditions.push(condition('satisfaction', 'indeterminate', actual, null, rule.provenance, { vi: 'ngưỡng cấp huyện chưa biết', en: 'the district-level threshold is unknown' }));
  } else if (share === null) {
    conditions.push(condition('satisfaction', 'missing', null, `>= ${rule.percent}`, rule.provenance, { vi: `chưa có kết quả lấy ý kiến (cần từ ${rule.percent}%)`, en: `survey result not given (${rule.percent} % needed)` }));
  } else {
    const met = shareMeets(share, toDecimal(rule.percent));
    const text = shareText(share);
    conditions.push(
      condition('satisfaction', met ? 'met' : 'unmet', text, `>= ${rule.percent}`, rule.provenance, {
        vi: `${text}% so với yêu cầu từ ${rule.percent}% trở lên`,
        en: `${text} % against at least ${rule.percent} %`,
      }),
    );
  }

  if (district) {
    const wardsRule = civilizedUrbanConditions2022.district.wardsAndTownships;
    const wards = facts.wardsAndTownships ?? null;
    if (wardsRule.percent === null) {
      conditions.push(condition('wards-and-townships', 'indeterminate', wards ? `${wards.recognised}/${wards.total}` : null, null, wardsRule.provenance, { vi: 'tỷ lệ yêu cầu chưa biết', en: 'the required share is unknown' }));
    } else if (wards === null) {
      conditions.push(condition('wards-and-townships', 'missing', null, `>= ${wardsRule.percent}`, wardsRule.provenance, { vi: 'chưa có số phường, thị trấn đạt chuẩn', en: 'wards and townships recognised not given' }));
    } else {
      const met = shareMeets({ numerator: wards.recognised, denominator: wards.total }, toDecimal(wardsRule.percent));
      conditions.push(
        condition('wards-and-townships', met ? 'met' : 'unmet', `${wards.recognised}/${wards.total}`, `>= ${wardsRule.percent}`, wardsRule.provenance, {
          vi: `${wards.recognised}/${wards.total} phường, thị trấn đạt chuẩn (cần ${wardsRule.percent}%)`,
          en: `${wards.recognised}/${wards.total} wards and townships recognised (${wardsRule.percent} % needed)`,
        }),
      );
    }
    const communesRule = civilizedUrbanConditions2022.district.communes;
    const communes = facts.communes ?? null;
    if (communes !== null && typeof communes === 'object') {
      conditions.push(condition('communes', 'not-applicable', null, null, communesRule.provenance, { vi: 'đơn vị không có xã', en: 'the unit has no communes' }));
    } else {
      conditions.push(
        condition('communes', 'indeterminate', communes, null, communesRule.provenance, {
          vi: 'nội dung điều kiện đối với các xã chưa xác minh được',
          en: 'the wording of the condition on communes is not verified',
        }),
      );
    }
  }

  const status = combineStatuses(conditions.map((c) => c.status));
  const name = UNIT_NAME[facts.unit];
  const notMet = conditions.filter((c) => c.status !== 'met' && c.status !== 'not-applicable');
  const summary: LocalizedText = {
    vi: `${name.vi} đạt ${criteriaMet.text} tiêu chí, ${contentsMet.text} nội dung (Phụ lục ${appendix}, Quyết định 04/2022/QĐ-TTg); ${
      status === 'met' ? 'đủ điều kiện công nhận đạt chuẩn đô thị văn minh' : `chưa đủ điều kiện công nhận: ${notMet.map((c) => `${c.name.vi.toLowerCase()} (${STATUS_VI[c.status]})`).join('; ')}`
    }.`,
    en: `${name.en}: ${criteriaMet.text} criteria, ${contentsMet.text} contents met (Appendix ${appendix}, Decision 04/2022/QĐ-TTg); ${
      status === 'met' ? 'eligible for recognition as a civilized urban area' : `not eligible yet: ${notMet.map((c) => `${c.name.en.toLowerCase()} (${STATUS_EN[c.status]})`).join('; ')}`
    }.`,
  };

  return {
    unit: facts.unit,
    appendix,
    recognition: facts.recognition,
    date,
    status,
    recognised: status === 'met',
    criteriaMet,
    contentsMet,
    conditions,
    criteria,
    warnings,
    summary,
  };
}
