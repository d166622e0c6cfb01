import { ContextError, RulebookError, issue, type Issue } from '../core/errors.js';
import type { Provenance } from '../core/rulebook-schema.js';
import { deepFreeze } from '../core/deep-freeze.js';
import type { LocalizedText } from '../core/localized-text.js';
import { fromZodIssues } from '../core/zod-issues.js';
import { toIsoDate } from '../core/context.js';
import { builtInOcopScoreSheets } from './built-in-score-sheets.js';
import { NOT_GIVEN, POINTS_GIVEN, compileSheet, type CompiledSheet } from './compile-sheet.js';
import { criterionPointsOf, minimumCheckOf, type SharedCheck } from './shared-result-parts.js';
import { OCOP_KNOCK_OUTS } from './data/knock-outs.js';
import type { RecognisingAuthority } from './rating-result.js';
import { OCOP_PRODUCT_SETS_148, OCOP_SHEETS_148_NOT_ENCODED, OCOP_SHEETS_2026_NOT_ENCODED } from './data/product-sets.js';
import { OCOP_MIN_RECOGNISED_STAR } from './data/versions.js';
import { ScoreSheetUnavailableError, ocopInputError } from './errors.js';
import { OCOP_AUTHORITY_LABELS } from './data/knock-outs.js';
import { ocopVersionFor, type OcopVersion } from './ocop-version-for.js';
import { averageToString, hundredthsToString, isHundredths, toHundredths } from './points.js';
import { minimaBasisSchema, ocopRatingInputSchema, type MinimaBasis, type OcopRatingInput } from './rating-input-schema.js';
import type { CriterionPoints, Downgrade, KnockOutFinding, MinimumCheck, OcopRating, OcopStar, PartPoints, SectionPoints } from './rating-result.js';
import type { OcopKnockOut, ScoreSheet } from './score-sheet-schema.js';

/** Options of {@link rateOcopProduct}. */
export interface OcopRatingOptions {
  /** The evaluation date (ISO `yyyy-MM-dd` or a Date): picks the version, bands and authority. */
  readonly date: string | Date;
  /** A sheet to use instead of the bundled one (validated with `scoreSheetSchema`). */
  readonly sheet?: ScoreSheet | unknown;
  /** Filing date of the dossier (decides the version during the 2026 transition). */
  readonly dossierFiledOn?: string | Date;
  /** How minima are checked when several members scored (default `average`). */
  readonly minimaBasis?: MinimaBasis;
  /**
   * `full` (default): every criterion's points and every minimum checked. `summary`, for batch
   * work: sections and parts keep their points, but `criteria` lists are empty and `minima` lists
   * only the missed minima. Totals, stars, downgrades and authority are identical.
   */
  readonly detail?: 'full' | 'summary';
}

const KNOCK_OUT_CODES = new Set(Object.keys(OCOP_KNOCK_OUTS));
const PRODUCT_SETS_148 = new Set<string>(OCOP_PRODUCT_SETS_148.map((s) => s.id));

interface NormalisedInput {
  productSet: string;
  product?: string;
  sheets: { path: readonly (string | number)[]; choices: Record<string, unknown>; productSet?: string; product?: string; member?: string }[];
  readonly knockOuts: readonly OcopKnockOut[];
}

function isChoice(value: unknown): boolean {
  if (typeof value === 'string') return value.length > 0;
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 1) return false;
  const v = (value as Record<string, unknown>)[keys[0]!];
  return keys[0] === 'option' ? typeof v === 'string' && v.length > 0 : keys[0] === 'points' ? typeof v === 'number' && Number.isFinite(v) && v >= 0 : false;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Thrown inside scoring when a choice value is malformed: the zod schema then describes the input. */
class MalformedChoice extends Error {}

const isProductSet = (v: unknown) => (typeof v === 'string' && v.length > 0) || (typeof v === 'number' && Number.isInteger(v) && v > 0);
const isName = (v: unknown) => v === undefined || (typeof v === 'string' && v.length > 0);
const INPUT_KEYS = new Set(['productSet', 'product', 'choices', 'members', 'knockOuts']);
const MEMBER_KEYS = new Set(['member', 'productSet', 'product', 'choices']);

/** A fast structural check; the zod schema runs only to describe a failure. */
function fastShapeOk(input: unknown): boolean {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return false;
  const o = input as Record<string, unknown>;
  for (const key in o) if (!INPUT_KEYS.has(key)) return false;
  if (!isProductSet(o.productSet) || !isName(o.product)) return false;
  if ((o.choices === undefined) === (o.members === undefined)) return false;
  if (o.choices !== undefined && !isPlainObject(o.choices)) return false;
  if (o.members !== undefined) {
    if (!Array.isArray(o.members) || o.members.length === 0) return false;
    for (const m of o.members) {
      if (m === null || typeof m !== 'object' || Array.isArray(m)) return false;
      const r = m as Record<string, unknown>;
      for (const key in r) if (!MEMBER_KEYS.has(key)) return false;
      if (!isName(r.member) || !isName(r.product) || (r.productSet !== undefined && !isProductSet(r.productSet)) || !isPlainObject(r.choices)) return false;
    }
  }
  if (o.knockOuts !== undefined) {
    if (!Array.isArray(o.knockOuts)) return false;
    for (const k of o.knockOuts) if (typeof k !== 'string' || !KNOCK_OUT_CODES.has(k)) return false;
  }
  return true;
}

/** The minima basis, `average` unless given; zod runs only to describe a wrong value. */
function minimaBasisOf(given: unknown): MinimaBasis {
  if (given === undefined || given === 'average') return 'average';
  if (given === 'every-member') return 'every-member';
  const parsed = minimaBasisSchema.safeParse(given);
  if (!parsed.success) throw new ContextError(fromZodIssues(parsed.error.issues, ['minimaBasis']));
  return parsed.data;
}

const CHOICES_PATH: readonly string[] = Object.freeze(['choices']);

function normalise(input: unknown): NormalisedInput {
  let data: OcopRatingInput;
  if (fastShapeOk(input)) {
    data = input as OcopRatingInput;
  } else {
    const parsed = ocopRatingInputSchema.safeParse(input);
    if (!parsed.success) throw ocopInputError(fromZodIssues(parsed.error.issues));
    data = parsed.data;
  }
  const productSet = String(data.productSet);
  const sheets: NormalisedInput['sheets'] = data.choices
    ? [{ path: CHOICES_PATH, choices: data.choices as Record<string, unknown> }]
    : data.members!.map((m, i) => ({
        path: ['members', i, 'choices'],
        choices: m.choices as Record<string, unknown>,
        ...(m.productSet !== undefined ? { productSet: String(m.productSet) } : {}),
        ...(m.product !== undefined ? { product: m.product } : {}),
        ...(m.member !== undefined ? { member: m.member } : {}),
      }));
  return { productSet, ...(data.product !== undefined ? { product: data.product } : {}), sheets, knockOuts: data.knockOuts ?? NO_KNOCK_OUTS };
}

function resolveSheet(productSet: string, version: OcopVersion, supplied: unknown): CompiledSheet {
  if (supplied !== undefined) {
    const compiled = compileSheet(supplied);
    if (compiled.sheet.productSet !== productSet) {
      throw ocopInputError([
        issue(['productSet'], 'unknown-product-set', `The supplied sheet is for product set "${compiled.sheet.productSet}", not "${productSet}"`, `Phiếu được cung cấp dành cho bộ sản phẩm "${compiled.sheet.productSet}", không phải "${productSet}"`),
      ]);
    }
    return compiled;
  }
  const sheet = builtInOcopScoreSheets[version.id]?.[productSet];
  if (sheet) return compileSheet(sheet);
  if (version.id !== '1048-2019' && !PRODUCT_SETS_148.has(productSet)) {
    throw ocopInputError([
      issue(['productSet'], 'unknown-product-set', `Unknown product set "${productSet}": the sets are numbered 1 to 26`, `Không có bộ sản phẩm "${productSet}": các bộ sản phẩm được đánh số từ 1 đến 26`),
    ]);
  }
  const defective = (OCOP_SHEETS_148_NOT_ENCODED.defective.sets as readonly string[]).includes(productSet);
  const inconsistent = (OCOP_SHEETS_148_NOT_ENCODED.inconsistent.sets as readonly string[]).includes(productSet);
  const why = version.id.startsWith('148')
    ? defective ? OCOP_SHEETS_148_NOT_ENCODED.defective : inconsistent ? OCOP_SHEETS_148_NOT_ENCODED.inconsistent : OCOP_SHEETS_148_NOT_ENCODED.reason
    : version.id === '26-2026'
      ? (() => {
          const base = (OCOP_SHEETS_2026_NOT_ENCODED.defective.sets as readonly string[]).includes(productSet) ? OCOP_SHEETS_2026_NOT_ENCODED.defective : OCOP_SHEETS_2026_NOT_ENCODED.reason;
          return {
            vi: `${base.vi} Nếu hồ sơ nộp trước 22/05/2026 và đánh giá đến hết 20/07/2026, hãy truyền dossierFiledOn để dùng phiếu của 148/QĐ-TTg.`,
            en: `${base.en} For a dossier filed before 22/05/2026 and rated up to 20/07/2026, pass dossierFiledOn to use the 148/QĐ-TTg sheets.`,
          };
        })()
      : { vi: 'Không tìm được bản đầy đủ các phiếu đánh giá của 1048/QĐ-TTg.', en: 'No complete copy of the 1048/QĐ-TTg score sheets was found.' };
  throw new ScoreSheetUnavailableError([
    issue(['productSet'], 'sheet-unknown', `The score sheet of product set "${productSet}" under ${version.instruments.map((i) => i.number).join(' + ')} is not known to this library: supply it with the \`sheet\` option. ${why.en}`, `Phiếu đánh giá của bộ sản phẩm "${productSet}" theo ${version.instruments.map((i) => i.number).join(' + ')} chưa có trong thư viện: hãy cung cấp qua tùy chọn \`sheet\`. ${why.vi}`),
  ]);
}

/** Scores one sheet of choices: points per criterion (hundredths), scored flags and chosen options. */
function scoreSheet(compiled: CompiledSheet, choices: Record<string, unknown>, path: readonly (string | number)[], issues: Issue[]) {
  const n = compiled.criteria.length;
  const points = compiled.zeroes.slice();
  // Per criterion: NOT_GIVEN, POINTS_GIVEN or the chosen option's position.
  const chosen = compiled.noneGiven.slice();
  // One pass over the keys, each key's criterion remembered by its position (see KeyOrderMemo):
  // no look-up per criterion and no separate count of the keys to find unknown ones. Object.keys,
  // not for…in: criterion ids like "7" are array indices, and for…in over such objects is slower.
  // Problems are reported in sheet order, then unknown keys by name.
  const criteria = compiled.criteriaByKeyOrder;
  const keys = Object.keys(choices);
  let problems: { readonly index: number; readonly key: string; readonly issue: Issue }[] | undefined;
  for (let position = 0; position < keys.length; position++) {
    const key = keys[position]!;
    const c = criteria.at(position, key);
    const raw = choices[key];
    if (raw === undefined) continue;
    if (c === undefined) {
      (problems ??= []).push({ index: n, key, issue: issue([...path, key], 'unknown-criterion', `Criterion "${key}" is not on sheet ${compiled.sheet.id}`, `Tiêu chí "${key}" không có trong phiếu ${compiled.sheet.id}`) });
      continue;
    }
    const index = c.index;
    chosen[index] = POINTS_GIVEN;
    let option: string | undefined;
    let pts: number | undefined;
    if (typeof raw === 'string' && raw.length > 0) option = raw;
    else if (typeof raw === 'number' && raw >= 0 && raw <= Number.MAX_VALUE) pts = raw;
    else if (isChoice(raw)) {
      const r = raw as { option?: string; points?: number };
      if (r.option !== undefined) option = r.option;
      else pts = r.points;
    } else throw new MalformedChoice();
    if (option !== undefined) {
      const at = c.optionIds.indexOf(option);
      if (at < 0) {
        (problems ??= []).push({ index, key, issue: issue([...path, key], 'option-not-on-sheet', `Option "${option}" is not on criterion ${key} (options: ${c.optionIds.join(', ')})`, `Tiêu chí ${key} không có lựa chọn "${option}" (các lựa chọn: ${c.optionIds.join(', ')})`) });
        continue;
      }
      points[index] = c.optionHs[at]!;
      chosen[index] = at;
    } else if (pts !== undefined) {
      const h = toHundredths(pts);
      if (h > c.maxH) {
        (problems ??= []).push({ index, key, issue: issue([...path, key], 'points-above-maximum', `${pts} points is above the maximum of criterion ${key} (${hundredthsToString(c.maxH)})`, `${pts} điểm vượt điểm tối đa của tiêu chí ${key} (${hundredthsToString(c.maxH)})`) });
        continue;
      }
      if (!isHundredths(pts) || !c.allowedH.has(h)) {
        (problems ??= []).push({ index, key, issue: issue([...path, key], 'points-not-an-option', `${pts} points is not 0 or the points of an option of criterion ${key} (${[...c.allowedH].sort((a, b) => a - b).map(hundredthsToString).join(', ')})`, `${pts} điểm không phải 0 hoặc điểm của một lựa chọn của tiêu chí ${key} (${[...c.allowedH].sort((a, b) => a - b).map(hundredthsToString).join(', ')})`) });
        continue;
      }
      points[index] = h;
    }
  }
  if (problems) for (const problem of problems.sort((a, b) => a.index - b.index || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) issues.push(problem.issue);
  const scored = compiled.allTrue.slice();
  for (const s of compiled.sections) {
    if (s.section.pickOne) {
      const cases = s.members.filter((i) => chosen[i] !== NOT_GIVEN);
      if (cases.length > 1) {
        issues.push(issue([...path, compiled.criteria[cases[1]!]!.criterion.id], 'several-cases-chosen', `Section ${s.section.id}: choose one case only (${cases.map((i) => compiled.criteria[i]!.criterion.id).join(', ')} given)`, `Mục ${s.section.id}: chỉ chọn một trường hợp (đã chấm ${cases.map((i) => compiled.criteria[i]!.criterion.id).join(', ')})`));
      } else if (cases.length === 0) {
        issues.push(issue([...path, compiled.criteria[s.members[0]!]!.criterion.id], 'criterion-missing', `Section ${s.section.id}: score one of the cases ${s.members.map((i) => compiled.criteria[i]!.criterion.id).join(', ')}`, `Mục ${s.section.id}: phải chấm một trong các trường hợp ${s.members.map((i) => compiled.criteria[i]!.criterion.id).join(', ')}`));
      }
      for (const i of s.members) scored[i] = chosen[i] !== NOT_GIVEN;
      continue;
    }
    for (const i of s.members) {
      const c = compiled.criteria[i]!;
      if (c.onlyIf && points[c.onlyIf.index]! < c.onlyIf.minH) {
        if (chosen[i] !== NOT_GIVEN && points[i]! > 0) {
          const cond = compiled.criteria[c.onlyIf.index]!.criterion.id;
          issues.push(issue([...path, c.criterion.id], 'criterion-not-applicable', `Criterion ${c.criterion.id} applies only when ${cond} scores at least ${hundredthsToString(c.onlyIf.minH)}: it must be 0`, `Tiêu chí ${c.criterion.id} chỉ áp dụng khi ${cond} đạt từ ${hundredthsToString(c.onlyIf.minH)} điểm: phải là 0`));
        }
        points[i] = 0;
        scored[i] = false;
        continue;
      }
      if (chosen[i] === NOT_GIVEN) {
        issues.push(issue([...path, c.criterion.id], 'criterion-missing', `Criterion ${c.criterion.id} is not scored (a missing score is not 0: give 0 explicitly)`, `Tiêu chí ${c.criterion.id} chưa được chấm (thiếu không phải là 0: hãy ghi rõ 0 điểm)`));
      }
    }
  }
  let total = 0;
  for (let i = 0; i < n; i++) total += points[i]!;
  return { points, chosen, scored, total };
}

const NO_KNOCK_OUTS: readonly OcopKnockOut[] = Object.freeze([]);

const STAR_FLOORS: readonly [OcopStar, number][] = [[5, 9000], [4, 7000], [3, 5000], [2, 3000]];

function authorityOf(version: OcopVersion, star: OcopStar): RecognisingAuthority {
  const level = version.authorities[star as 3 | 4 | 5];
  return { level, label: level === 'ministry' ? version.ministry! : OCOP_AUTHORITY_LABELS[level], provenance: version.authorityProvenance };
}

const instrumentNumbers = new Map<string, readonly string[]>();
function instrumentsOf(version: OcopVersion): readonly string[] {
  let list = instrumentNumbers.get(version.id);
  if (!list) instrumentNumbers.set(version.id, (list = Object.freeze(version.instruments.map((i) => i.number))));
  return list;
}

function notOfficial(list: { what: string; provenance: Provenance }[], what: string, provenance: Provenance) {
  if (provenance.status !== 'official') list.push({ what, provenance });
}

/** The parts of a rating that depend only on the sheet and the version: frozen, shared by every rating that uses them. */
interface SharedParts {
  readonly version: { readonly id: string; readonly instruments: readonly string[] };
  readonly sheet: { readonly id: string; readonly title: LocalizedText; readonly provenance: Provenance };
  readonly provenance: { readonly sheet: Provenance; readonly bands: Provenance; readonly authority: Provenance };
  readonly notOfficial: readonly { readonly what: string; readonly provenance: Provenance }[];
  readonly notOfficialIfRecognisable: readonly { readonly what: string; readonly provenance: Provenance }[];
}

const sharedParts = new WeakMap<CompiledSheet, Map<string, SharedParts>>();
/** The last sheet and version asked for: a batch asks for the same pair again and again. */
let recent: { readonly compiled: CompiledSheet; readonly version: OcopVersion; readonly shared: SharedParts } | undefined;

/**
 * The shared parts of ratings on `compiled` under `version`. The first time a sheet is used under
 * a version, its part maxima are checked against the version's.
 *
 * @throws `RulebookError` when a part's maximum differs from the version's.
 */
function sharedPartsOf(compiled: CompiledSheet, version: OcopVersion): SharedParts {
  if (recent !== undefined && recent.compiled === compiled && recent.version === version) return recent.shared;
  let byVersion = sharedParts.get(compiled);
  if (!byVersion) sharedParts.set(compiled, (byVersion = new Map()));
  let shared = byVersion.get(version.id);
  if (!shared) {
    checkPartMaxima(compiled.sheet, version);
    const sheet = compiled.sheet;
    const list: { what: string; provenance: Provenance }[] = [];
    notOfficial(list, 'sheet', sheet.provenance);
    notOfficial(list, 'bands', version.bandsProvenance);
    const recognisable = [...list];
    notOfficial(recognisable, 'authority', version.authorityProvenance);
    shared = deepFreeze({
      version: { id: version.id, instruments: instrumentsOf(version) },
      sheet: { id: sheet.id, title: sheet.title, provenance: sheet.provenance },
      provenance: { sheet: sheet.provenance, bands: version.bandsProvenance, authority: version.authorityProvenance },
      notOfficial: list,
      notOfficialIfRecognisable: recognisable,
    });
    byVersion.set(version.id, shared);
  }
  recent = { compiled, version, shared };
  return shared;
}

function checkPartMaxima(sheet: ScoreSheet, version: OcopVersion): void {
  const maxima = version.partMaxima;
  const partIssues = sheet.parts
    .filter((p) => toHundredths(p.max) !== maxima[p.id] * 100)
    .map((p) => issue(['sheet', 'parts', p.id], 'part-maxima-mismatch', `Part ${p.id} of sheet ${sheet.id} has ${p.max} points; ${version.instruments[0].number} gives ${maxima[p.id]}`, `Phần ${p.id} của phiếu ${sheet.id} có ${p.max} điểm; ${version.instruments[0].number} quy định ${maxima[p.id]} điểm`));
  if (partIssues.length > 0) throw new RulebookError(partIssues);
}

/**
 * Rates an OCOP product: points per criterion, section and part; the total (the average of the
 * council members' totals when several sheets are given, exact); the band star; every mandatory
 * minimum (star marks `***`/`****`/`*****`) checked cumulatively; the final star and why it is
 * lower than the band's; whether it is recognisable (3★+); the recognising authority on that
 * date; knock-outs. The version (1048, 148, 148 + 1489, 26/2026) follows `options.date`.
 *
 * @throws {@link UnknownProductSetError}, {@link OptionNotOnSheetError}, {@link ScoreAboveMaximumError},
 *   {@link MixedProductsError} (all {@link OcopInputError}) naming each item;
 *   {@link ScoreSheetUnavailableError} when the sheet is not known for that version (supply one);
 *   `ContextError` for a bad date.
 * @example
 * ```ts
 * const rating = rateOcopProduct(
 *   { productSet: 26, choices: { '1a': '2', '1b': '3', ... } },
 *   { date: '2024-05-10' },
 * );
 * rating.total;     // "74"
 * rating.star;      // 4
 * rating.authority; // { level: 'province', ... }
 * ```
 */
export function rateOcopProduct(input: OcopRatingInput, options: OcopRatingOptions): OcopRating {
  if (options === null || typeof options !== 'object') {
    throw new ContextError([issue([], 'invalid-type', 'The options must be an object with a date', 'Tùy chọn phải là một đối tượng có ngày đánh giá')]);
  }
  const version = ocopVersionFor(options.date, options.dossierFiledOn !== undefined ? { dossierFiledOn: options.dossierFiledOn } : {});
  const minimaBasis = minimaBasisOf(options.minimaBasis);
  const full = options.detail !== 'summary';
  const data = normalise(input);
  const issues: Issue[] = [];
  if (data.sheets.length > 1 || data.sheets[0]!.productSet !== undefined || data.sheets[0]!.product !== undefined) data.sheets.forEach((s, i) => {
    if (s.productSet !== undefined && s.productSet !== data.productSet) {
      issues.push(issue(['members', i, 'productSet'], 'mixed-products', `Member sheet ${i + 1} is for product set "${s.productSet}", not "${data.productSet}"`, `Phiếu của thành viên ${i + 1} dành cho bộ sản phẩm "${s.productSet}", không phải "${data.productSet}"`));
    }
    const name = data.product ?? data.sheets[0]!.product;
    if (s.product !== undefined && name !== undefined && s.product !== name) {
      issues.push(issue(['members', i, 'product'], 'mixed-products', `Member sheet ${i + 1} scores "${s.product}", not "${name}"`, `Phiếu của thành viên ${i + 1} chấm sản phẩm "${s.product}", không phải "${name}"`));
    }
  });
  if (issues.length > 0) throw ocopInputError(issues);
  const compiled = resolveSheet(data.productSet, version, options.sheet);
  const sheet = compiled.sheet;
  const shared = sharedPartsOf(compiled, version);

  let scored: ReturnType<typeof scoreSheet>[];
  try {
    scored = [];
    for (const s of data.sheets) scored.push(scoreSheet(compiled, s.choices, s.path, issues));
  } catch (error) {
    if (!(error instanceof MalformedChoice)) throw error;
    const parsed = ocopRatingInputSchema.safeParse(input);
    throw ocopInputError(parsed.success ? [issue([], 'invalid-value', 'Invalid choice', 'Lựa chọn không hợp lệ')] : fromZodIssues(parsed.error.issues));
  }
  if (issues.length > 0) throw ocopInputError(issues);

  const m = scored.length;
  const n = compiled.criteria.length;
  const single = m === 1 ? scored[0]! : null;
  // One sheet: its points are the sums (the usual case; no second array).
  let sums: number[];
  let totalSum: number;
  if (single) {
    sums = single.points;
    totalSum = single.total;
  } else {
    sums = new Array<number>(n).fill(0);
    totalSum = 0;
    for (const s of scored) {
      for (let i = 0; i < n; i++) sums[i] = sums[i]! + s.points[i]!;
      totalSum += s.total;
    }
  }

  const text = (sum: number) => (m === 1 ? hundredthsToString(sum) : averageToString(sum, m).text);
  const parts: PartPoints[] = [];
  let sectionIndex = 0;
  for (let p = 0; p < sheet.parts.length; p++) {
    const part = sheet.parts[p]!;
    const sections: SectionPoints[] = [];
    let partSum = 0;
    for (let q = 0; q < part.sections.length; q++) {
      const section = part.sections[q]!;
      const s = compiled.sections[sectionIndex++]!;
      let sectionSum = 0;
      const criteria: CriterionPoints[] = [];
      for (let k = 0; k < s.members.length; k++) {
        const i = s.members[k]!;
        const c = compiled.criteria[i]!;
        sectionSum += sums[i]!;
        if (full) criteria.push(single ? criterionPointsOf(c, sums[i]!, 1, single.chosen[i]!, single.scored[i]!) : criterionPointsOf(c, sums[i]!, m, -1, scored.some((x) => x.scored[i])));
      }
      partSum += sectionSum;
      sections.push({ id: section.id, label: section.label, max: s.maxText, points: text(sectionSum), criteria });
    }
    parts.push({ id: part.id, label: part.label, max: compiled.partMaxTexts[p]!, points: text(partSum), sections });
  }

  let bandStar: OcopStar = 1;
  for (let f = 0; f < STAR_FLOORS.length; f++) {
    const [star, floor] = STAR_FLOORS[f]!;
    if (totalSum >= floor * m) {
      bandStar = star;
      break;
    }
  }

  const unchosenCase = (index: number) =>
    compiled.sections[compiled.criteria[index]!.section]!.section.pickOne === true && !scored.some((s) => s.scored[index]);
  const minima: MinimumCheck[] = [];
  let unmet: SharedCheck[] | undefined;
  let highestMet: OcopStar = 5;
  for (let q = 0; q < compiled.requirements.length; q++) {
    const r = compiled.requirements[q]!;
    if (compiled.hasCases && unchosenCase(r.index)) continue;
    const at = single !== null && single.scored[r.index]! ? single.chosen[r.index]! : -1;
    let check: SharedCheck;
    if (at >= 0) {
      // One sheet, an option chosen: its check was built with the sheet.
      check = r.checkByOption[at]!;
    } else {
      const applies = single ? single.scored[r.index]! : scored.some((s) => s.scored[r.index]);
      let met: boolean;
      if (!applies) met = r.rule === 'at-least' ? r.requiredH === 0 : false;
      else if (minimaBasis === 'every-member') met = scored.every((s) => (r.rule === 'above-zero' ? s.points[r.index]! > 0 : s.points[r.index]! >= r.requiredH));
      else met = r.rule === 'above-zero' ? sums[r.index]! > 0 : sums[r.index]! >= r.requiredH * m;
      check = minimumCheckOf(r, sums[r.index]!, m, met);
    }
    const met = check.check.met;
    if (!met) {
      if (r.level - 1 < highestMet) highestMet = (r.level - 1) as OcopStar;
      (unmet ??= []).push(check);
    }
    if (full || !met) minima.push(check.check);
  }
  const minimaStar: OcopStar = bandStar < OCOP_MIN_RECOGNISED_STAR ? bandStar : (Math.min(bandStar, Math.max(highestMet, 2)) as OcopStar);
  const total = m === 1 ? { text: hundredthsToString(totalSum), exact: true } : averageToString(totalSum, m);

  const knockOuts: KnockOutFinding[] = data.knockOuts.length === 0 ? [] : [...new Set(data.knockOuts)].map((code) => ({ code, label: OCOP_KNOCK_OUTS[code].label, provenance: OCOP_KNOCK_OUTS[code].provenance }));
  const star: OcopStar | null = knockOuts.length > 0 ? null : minimaStar;
  let downgrade: Downgrade | null = null;
  if (minimaStar < bandStar) {
    const missed: MinimumCheck[] = [];
    let vi = '';
    let en = '';
    for (const x of unmet!) {
      if (x.check.level <= minimaStar || x.check.level > bandStar) continue;
      if (missed.length > 0) {
        vi += '; ';
        en += '; ';
      }
      missed.push(x.check);
      vi += x.vi;
      en += x.en;
    }
    downgrade = {
      from: bandStar,
      to: minimaStar,
      missed,
      reason: {
        vi: `Tổng điểm ${total.text} thuộc khoảng ${bandStar} sao nhưng chưa đạt yêu cầu tối thiểu (dấu sao) của hạng ${minimaStar + 1} sao trở lên: ${vi}; xếp hạng ${minimaStar} sao.`,
        en: `The total ${total.text} is in the ${bandStar}-star band but misses the mandatory minima (star marks) of ${minimaStar + 1} stars and above: ${en}; rated ${minimaStar} stars.`,
      },
    };
  }
  const recognisable = star !== null && star >= OCOP_MIN_RECOGNISED_STAR;
  const authority = recognisable ? authorityOf(version, star) : null;

  let notOfficialList = recognisable ? shared.notOfficialIfRecognisable : shared.notOfficial;
  if (knockOuts.length > 0) {
    const list = [...notOfficialList];
    for (const k of knockOuts) notOfficial(list, `knockOut:${k.code}`, k.provenance);
    notOfficialList = list;
  }

  return {
    date: toIsoDate(options.date)!,
    version: shared.version,
    productSet: data.productSet,
    ...(data.product !== undefined ? { product: data.product } : {}),
    sheet: shared.sheet,
    memberCount: m,
    ...(m > 1 ? { memberTotals: scored.map((s) => hundredthsToString(s.total)) } : {}),
    parts,
    total: total.text,
    totalIsExact: total.exact,
    bandStar,
    minimaBasis,
    detail: full ? 'full' : 'summary',
    minima,
    star,
    downgrade,
    knockOuts,
    recognisable,
    authority,
    provenance: shared.provenance,
    notOfficial: notOfficialList,
  };
}
