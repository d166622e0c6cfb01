/**
 * The units Vietnamese progress reports write after a number, with their English labels, and the
 * scale words (`nghìn`/`ngàn`, `triệu`, `tỷ`/`tỉ`) that multiply a unit (`274,816 tỷ đồng`,
 * `150 ngàn tấn`). Plain data: extend by passing your own list to the parsers.
 */

/** What a unit measures. */
export type UnitKind =
  | 'percent'
  | 'percentage-point'
  | 'currency'
  | 'mass'
  | 'area'
  | 'volume'
  | 'length'
  | 'count'
  | 'ratio';

/** One unit as reports write it. */
export interface UnitDefinition {
  /** Canonical Vietnamese spelling, e.g. `tấn`, `hộ`, `%`. */
  readonly key: string;
  /** Other spellings found in reports (matched case-insensitively). */
  readonly aliases: readonly string[];
  readonly kind: UnitKind;
  /** English label used when formatting in English. */
  readonly en: string;
}

/** A scale word that multiplies the following unit. */
export interface ScaleWord {
  readonly key: string;
  readonly aliases: readonly string[];
  /** The factor as a canonical decimal string (`"1000000"`). */
  readonly factor: string;
  readonly en: string;
}

/** Units found in the project's seed reports (000–004) and in programme targets. */
export const VIETNAMESE_UNITS: readonly UnitDefinition[] = [
  { key: '%', aliases: [], kind: 'percent', en: '%' },
  { key: 'điểm %', aliases: ['điểm phần trăm', 'điểm%'], kind: 'percentage-point', en: 'percentage points' },
  { key: 'đồng', aliases: ['đ', 'vnđ', 'vnd'], kind: 'currency', en: 'VND' },
  { key: 'tấn', aliases: [], kind: 'mass', en: 't' },
  { key: 'tạ', aliases: [], kind: 'mass', en: 'quintals (100 kg)' },
  { key: 'kg', aliases: [], kind: 'mass', en: 'kg' },
  { key: 'ha', aliases: ['hécta', 'héc-ta'], kind: 'area', en: 'ha' },
  { key: 'm²', aliases: ['m2'], kind: 'area', en: 'm²' },
  { key: 'm³', aliases: ['m3'], kind: 'volume', en: 'm³' },
  { key: 'km', aliases: [], kind: 'length', en: 'km' },
  { key: 'lần', aliases: [], kind: 'ratio', en: 'times' },
  { key: 'con', aliases: [], kind: 'count', en: 'head' },
  { key: 'hộ', aliases: [], kind: 'count', en: 'households' },
  { key: 'người', aliases: [], kind: 'count', en: 'people' },
  { key: 'lao động', aliases: [], kind: 'count', en: 'workers' },
  { key: 'lượt', aliases: ['lượt đối tượng', 'lượt người'], kind: 'count', en: 'times served' },
  { key: 'liều', aliases: [], kind: 'count', en: 'doses' },
  { key: 'hồ sơ', aliases: [], kind: 'count', en: 'dossiers' },
  { key: 'giao dịch', aliases: [], kind: 'count', en: 'transactions' },
  { key: 'thẻ', aliases: [], kind: 'count', en: 'cards' },
  { key: 'xã', aliases: [], kind: 'count', en: 'communes' },
  { key: 'thôn', aliases: [], kind: 'count', en: 'villages' },
  { key: 'huyện', aliases: [], kind: 'count', en: 'districts' },
  { key: 'tỉnh', aliases: [], kind: 'count', en: 'provinces' },
  { key: 'tiêu chí', aliases: [], kind: 'count', en: 'criteria' },
  { key: 'chỉ tiêu', aliases: [], kind: 'count', en: 'indicators' },
  { key: 'nội dung', aliases: [], kind: 'count', en: 'items' },
  { key: 'sản phẩm', aliases: [], kind: 'count', en: 'products' },
  { key: 'dự án', aliases: [], kind: 'count', en: 'projects' },
  { key: 'công trình', aliases: [], kind: 'count', en: 'works' },
  { key: 'nhà', aliases: [], kind: 'count', en: 'houses' },
  { key: 'lớp', aliases: [], kind: 'count', en: 'classes' },
  { key: 'mô hình', aliases: [], kind: 'count', en: 'models' },
  { key: 'doanh nghiệp', aliases: [], kind: 'count', en: 'enterprises' },
];

/** Scale words: `nghìn`/`ngàn` (10³), `triệu` (10⁶), `tỷ`/`tỉ` (10⁹). */
export const VIETNAMESE_SCALE_WORDS: readonly ScaleWord[] = [
  { key: 'nghìn', aliases: ['ngàn'], factor: '1000', en: 'thousand' },
  { key: 'triệu', aliases: [], factor: '1000000', en: 'million' },
  { key: 'tỷ', aliases: ['tỉ'], factor: '1000000000', en: 'billion' },
];
