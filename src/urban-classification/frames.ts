import { deepFreeze, type DeepReadonly } from '../core/deep-freeze.js';
import type { LocalizedText } from '../core/localized-text.js';
import type { Provenance } from '../core/rulebook-schema.js';

/** An urban type (loại đô thị). `special` is "loại đặc biệt". */
export type UrbanType = 'special' | 'I' | 'II' | 'III' | 'IV' | 'V';

/**
 * The unit classified (Art. 1 of NQ 1210/2016): a centrally-run city, a provincial city (or a
 * city of a centrally-run city), a town (thị xã), a township (thị trấn), or an area expected to
 * become urban.
 */
export type UrbanUnit = 'centrally-run-city' | 'provincial-city' | 'town' | 'township' | 'future-urban-area';

/** A number the law sets, with its citation; `null` (status `unknown`) when not found. */
export interface CitedFrameValue<T> {
  readonly value: T | null;
  readonly provenance: Provenance;
}

/** One of the five classification criteria of a point frame. */
export interface FrameCriterion {
  /** "1".."5". */
  readonly code: string;
  readonly name: LocalizedText;
  /** Maximum points of the criterion. */
  readonly maxPoints: CitedFrameValue<string>;
  /** Number of standards (tiêu chuẩn) of the criterion. */
  readonly standards: CitedFrameValue<number>;
}

/** A version of the urban-classification point frame, valid for a period. */
export interface UrbanClassificationFrame {
  readonly id: string;
  readonly title: LocalizedText;
  readonly instruments: readonly { readonly id: string; readonly issuedOn: string; readonly inForceFrom: string; readonly url?: string }[];
  readonly validFrom: string;
  /** Last day in force (inclusive); absent when still in force. */
  readonly validTo?: string;
  /** The urban types of this frame. */
  readonly types: CitedFrameValue<readonly UrbanType[]>;
  /** The types each unit may be classified as; `null` when not known for this frame. */
  readonly unitTypes: CitedFrameValue<Readonly<Record<UrbanUnit, readonly UrbanType[]>>>;
  /** The five criteria; `null` when the frame's criteria were not found. */
  readonly criteria: readonly FrameCriterion[] | null;
  /** Total points needed for recognition (inclusive, "từ 75 điểm trở lên"). */
  readonly passPoints: CitedFrameValue<string>;
  /** Whether the frame also requires the criteria to reach their minimum levels, and how sure we are. */
  readonly minimumLevelRule: CitedFrameValue<boolean>;
  /** How points between the minimum and maximum levels are awarded. */
  readonly interpolation: CitedFrameValue<'linear'>;
}

const LAWNET_ART10 = 'https://lawnet.vn/en/laws/tieu-chi-phan-loai-do-thi-tu-ngay-01012023-duoc-quy-dinh-nhu-the-nao-ai-co-tham-quyen-quyet-dinh-ph-41849.html';
const TVPL_26 = 'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/42908/tu-ngay-01-01-2023-dieu-chinh-khung-diem-cac-tieu-chi-phan-loai-do-thi';
const NQ_1210_TEXT = 'https://luatminhkhue.vn/nghi-quyet-1210-2016-ubtvqh13-phan-loai-do-thi.aspx';
const NQ_111_NEWS = 'https://xaydungchinhsach.chinhphu.vn/nghi-quyet-so-111-2025-ubtvqh15-ve-phan-loai-do-thi-119260101170432239.htm';

const VBHN_18 = 'https://thuvienphapluat.vn/van-ban/xay-dung-do-thi/van-ban-hop-nhat-18-vbhn-vpqh-2022-nghi-quyet-phan-loai-do-thi-559967.aspx';
const UNIT_TYPES_1210: Readonly<Record<UrbanUnit, readonly UrbanType[]>> = {
  'centrally-run-city': ['special', 'I'],
  'provincial-city': ['I', 'II', 'III'],
  town: ['III', 'IV'],
  township: ['IV', 'V'],
  'future-urban-area': ['special', 'I', 'II', 'III', 'IV', 'V'],
};

const NAMES: readonly LocalizedText[] = [
  { vi: 'Vị trí, chức năng, vai trò, cơ cấu và trình độ phát triển kinh tế - xã hội', en: 'Position, function, role, structure and level of socio-economic development' },
  { vi: 'Quy mô dân số', en: 'Population size' },
  { vi: 'Mật độ dân số', en: 'Population density' },
  { vi: 'Tỷ lệ lao động phi nông nghiệp', en: 'Share of non-agricultural labour' },
  { vi: 'Trình độ phát triển cơ sở hạ tầng và kiến trúc, cảnh quan đô thị', en: 'Level of infrastructure development, urban architecture and landscape' },
];

const INTERPOLATION_NOTE =
  'A value at the minimum level scores the minimum points, at or beyond the maximum level the maximum points, below the minimum level 0 (standard not met), and in between linearly between the two point values. This is how NQ 1210 Appendix 1 is commonly applied (e.g. "đạt trung bình" in the Bình Sơn 2023 report); the appendix text itself was not read.';

function criterion(i: number, maxPoints: string | null, maxStatus: Provenance, standards: number | null, standardsStatus: Provenance): FrameCriterion {
  return {
    code: String(i + 1),
    name: NAMES[i] as LocalizedText,
    maxPoints: { value: maxPoints, provenance: maxStatus },
    standards: { value: standards, provenance: standardsStatus },
  };
}

const p1210 = (locator: string, status: Provenance['status'], source = LAWNET_ART10, note?: string): Provenance => ({
  instrument: '1210/2016/UBTVQH13',
  locator,
  status,
  source,
  ...(note ? { note } : {}),
});
const p26 = (locator: string, status: Provenance['status'], source = TVPL_26, note?: string): Provenance => ({
  instrument: '26/2022/UBTVQH15',
  locator,
  status,
  ...(source ? { source } : {}),
  ...(note ? { note } : {}),
});
const unknownStandards = (instrument: string, i: number): Provenance => ({
  instrument,
  locator: `Phụ lục 1, tiêu chí ${i}`,
  status: 'unknown',
  note: 'The number of standards of this criterion was not found.',
});

/**
 * The urban-classification point frames in time order: NQ 1210/2016/UBTVQH13 (25/05/2016 –
 * 31/12/2022), as amended by NQ 26/2022/UBTVQH15 (01/01/2023 – 31/12/2025), and NQ
 * 111/2025/UBTVQH15 (from 01/01/2026, types special–III; its criteria and points were not found).
 * The standard-by-standard levels and points of the appendices were not recovered: callers supply
 * them (see `scoreUrbanClassification`).
 *
 * @example
 * ```ts
 * urbanClassificationFrames[1].criteria?.map((c) => c.maxPoints.value); // ['18', '8', '8', '6', '60']
 * ```
 */
export const urbanClassificationFrames: DeepReadonly<UrbanClassificationFrame[]> = deepFreeze([
  {
    id: 'nq-1210-2016',
    title: { vi: 'Nghị quyết 1210/2016/UBTVQH13 về phân loại đô thị', en: 'Resolution 1210/2016/UBTVQH13 on urban classification' },
    instruments: [{ id: '1210/2016/UBTVQH13', issuedOn: '2016-05-25', inForceFrom: '2016-05-25', url: NQ_1210_TEXT }],
    validFrom: '2016-05-25',
    validTo: '2022-12-31',
    types: { value: ['special', 'I', 'II', 'III', 'IV', 'V'], provenance: p1210('Điều 1', 'official', NQ_1210_TEXT) },
    unitTypes: { value: UNIT_TYPES_1210, provenance: p1210('Điều 1 khoản 1–5', 'official', NQ_1210_TEXT) },
    criteria: [
      criterion(0, '20', p1210('Điều 10 khoản 2 điểm a', 'secondary'), null, unknownStandards('1210/2016/UBTVQH13', 1)),
      criterion(1, '8', p1210('Điều 10 khoản 2 điểm b', 'secondary'), null, unknownStandards('1210/2016/UBTVQH13', 2)),
      criterion(2, '6', p1210('Điều 10 khoản 2 điểm b', 'secondary'), null, unknownStandards('1210/2016/UBTVQH13', 3)),
      criterion(3, '6', p1210('Điều 10 khoản 2 điểm b', 'secondary'), null, unknownStandards('1210/2016/UBTVQH13', 4)),
      criterion(4, '60', p1210('Điều 10 khoản 2 điểm c', 'secondary'), null, unknownStandards('1210/2016/UBTVQH13', 5)),
    ],
    passPoints: { value: '75', provenance: p1210('Điều 10 khoản 3', 'secondary', LAWNET_ART10, '"Total score of the criteria reaches 75 points or more" (từ 75 điểm trở lên): inclusive.') },
    minimumLevelRule: { value: true, provenance: p1210('Điều 10 khoản 3', 'secondary', LAWNET_ART10, 'Recognised "when the criteria meet the minimum level and the total score reaches 75 points or more"; whether "criteria" means every standard is not spelled out.') },
    interpolation: { value: 'linear', provenance: p1210('Phụ lục 1', 'unverified', NQ_1210_TEXT, INTERPOLATION_NOTE) },
  },
  {
    id: 'nq-1210-2016-as-amended-by-nq-26-2022',
    title: {
      vi: 'Nghị quyết 1210/2016/UBTVQH13 được sửa đổi, bổ sung bởi Nghị quyết 26/2022/UBTVQH15',
      en: 'Resolution 1210/2016/UBTVQH13 as amended by Resolution 26/2022/UBTVQH15',
    },
    instruments: [
      { id: '1210/2016/UBTVQH13', issuedOn: '2016-05-25', inForceFrom: '2016-05-25', url: NQ_1210_TEXT },
      { id: '26/2022/UBTVQH15', issuedOn: '2022-09-21', inForceFrom: '2023-01-01', url: 'https://thuvienphapluat.vn/van-ban/Xay-dung-Do-thi/Nghi-quyet-26-2022-UBTVQH15-sua-doi-Nghi-quyet-1210-2016-UBTVQH13-531057.aspx' },
    ],
    validFrom: '2023-01-01',
    validTo: '2025-12-31',
    types: { value: ['special', 'I', 'II', 'III', 'IV', 'V'], provenance: p1210('Điều 1 (not amended by 26/2022)', 'official', VBHN_18, 'Consolidated text 18/VBHN-VPQH (13/12/2022).') },
    unitTypes: { value: UNIT_TYPES_1210, provenance: p1210('Điều 1 khoản 1–5 (not amended by 26/2022)', 'official', VBHN_18, 'Consolidated text 18/VBHN-VPQH (13/12/2022).') },
    criteria: [
      criterion(0, '18', p26('Phụ lục 1 (khung điểm), tiêu chí 1', 'secondary'), 8, p26('Phụ lục 1, tiêu chí 1', 'secondary')),
      criterion(1, '8', p26('Phụ lục 1 (khung điểm), tiêu chí 2', 'secondary'), 2, p26('Phụ lục 1, tiêu chí 2', 'secondary', TVPL_26, 'Whole urban area; inner city / inner town.')),
      criterion(2, '8', p26('Phụ lục 1 (khung điểm), tiêu chí 3', 'secondary'), 2, p26('Phụ lục 1, tiêu chí 3', 'secondary', TVPL_26, 'Whole urban area; on urban built-up land of the inner city / inner town / township.')),
      criterion(3, '6', p26('Phụ lục 1 (khung điểm), tiêu chí 4', 'secondary'), 2, p26('Phụ lục 1, tiêu chí 4', 'secondary', TVPL_26, 'Whole urban area; inner city / inner town.')),
      criterion(
        4,
        '60',
        p26('Phụ lục 1 (khung điểm), tiêu chí 5', 'secondary'),
        null,
        p26('Phụ lục 1, tiêu chí 5', 'unknown', '', 'Not found. The Bình Sơn 2023 report\'s "55/63 tiêu chuẩn" would imply 49 (63 − 14): derived, not confirmed.'),
      ),
    ],
    passPoints: {
      value: '75',
      provenance: p26('Điều 10 khoản 3 (as amended)', 'unverified', TVPL_26, 'The amended wording of Art. 10 cl. 3 was not read; 75 points is the 2016 rule, and local reports apply it to 2023 assessments ("78,75 điểm (>75 điểm)", Bình Sơn 2023).'),
    },
    minimumLevelRule: { value: true, provenance: p26('Điều 10 khoản 3 (as amended)', 'unverified', TVPL_26, 'Whether the amended Art. 10 keeps the "criteria at minimum level" condition is not verified.') },
    interpolation: { value: 'linear', provenance: p26('Phụ lục 1', 'unverified', '', INTERPOLATION_NOTE) },
  },
  {
    id: 'nq-111-2025',
    title: { vi: 'Nghị quyết 111/2025/UBTVQH15 về phân loại đô thị', en: 'Resolution 111/2025/UBTVQH15 on urban classification' },
    instruments: [{ id: '111/2025/UBTVQH15', issuedOn: '2025-12-24', inForceFrom: '2026-01-01', url: NQ_111_NEWS }],
    validFrom: '2026-01-01',
    types: {
      value: ['special', 'I', 'II', 'III'],
      provenance: { instrument: '111/2025/UBTVQH15', locator: 'Điều về loại đô thị', status: 'secondary', source: 'https://dantri.com.vn/noi-vu/ca-nuoc-con-4-loai-do-thi-thay-doi-lon-trong-cach-xep-hang-20260101100002010.htm', note: 'Types IV and V abolished; former type IV/V units, towns and townships are treated as type III.' },
    },
    unitTypes: {
      value: null,
      provenance: { instrument: '111/2025/UBTVQH15', locator: 'Điều về đối tượng phân loại', status: 'unknown', note: 'Which unit may be classified as which type under NQ 111/2025 was not found (only transitional rules: former type IV/V, towns and townships are treated as type III).' },
    },
    criteria: null,
    passPoints: { value: null, provenance: { instrument: '111/2025/UBTVQH15', locator: 'Điều về tính điểm', status: 'unknown', source: NQ_111_NEWS, note: 'The points and pass mark of NQ 111/2025 were not found.' } },
    minimumLevelRule: { value: null, provenance: { instrument: '111/2025/UBTVQH15', locator: 'Điều về tính điểm', status: 'unknown' } },
    interpolation: { value: null, provenance: { instrument: '111/2025/UBTVQH15', locator: 'Phụ lục', status: 'unknown' } },
  },
] satisfies UrbanClassificationFrame[]);
