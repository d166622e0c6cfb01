/* The report's own words, in Vietnamese and English. */
import type { Locale, LocalizedText } from '../../core/localized-text.js';

type Words = Readonly<Record<string, LocalizedText>>;

export const WORDS = {
  reportBy: { vi: 'Lập bằng thư viện', en: 'Made with the library' },
  reportDate: { vi: 'Ngày báo cáo', en: 'Report date' },
  contents: { vi: 'Mục lục', en: 'Contents' },
  overview: { vi: 'Tổng quan: số tiêu chí đạt theo đơn vị', en: 'Overview: criteria met by unit' },
  overviewDesc: {
    vi: 'Mỗi thanh là số tiêu chí đạt trên tổng số tiêu chí của bộ tiêu chí đánh giá đơn vị.',
    en: 'Each bar is the number of criteria met of all criteria of the rulebook the unit was judged by.',
  },
  units: { vi: 'Các đơn vị', en: 'Units' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  rulebook: { vi: 'Bộ tiêu chí', en: 'Rulebook' },
  criteriaMet: { vi: 'Tiêu chí đạt', en: 'Criteria met' },
  criteriaProgress: { vi: 'Tiến độ đạt tiêu chí', en: 'Criteria met' },
  met: { vi: 'Đạt', en: 'Met' },
  total: { vi: 'Tổng', en: 'Total' },
  percent: { vi: 'Tỷ lệ', en: 'Share' },
  status: { vi: 'Kết quả', en: 'Status' },
  indicators: { vi: 'chỉ tiêu', en: 'indicators' },
  criteria: { vi: 'tiêu chí', en: 'criteria' },
  indicatorsMet: { vi: 'Chỉ tiêu đạt', en: 'Indicators met' },
  recognised: { vi: 'đạt chuẩn', en: 'recognised' },
  notRecognised: { vi: 'chưa đạt chuẩn', en: 'not recognised' },
  ladder: { vi: 'Vị trí trên thang nông thôn mới', en: 'Position on the NTM ladder' },
  ladderDesc: {
    vi: 'Ba bậc: nông thôn mới, nâng cao, kiểu mẫu; bậc tô đậm là bậc đã đạt.',
    en: 'Three rungs: NTM, advanced, model; filled rungs are reached.',
  },
  level: { vi: 'Bậc', en: 'Level' },
  source: { vi: 'Căn cứ', en: 'Source' },
  prerequisite: { vi: 'Điều kiện bậc dưới', en: 'Level below' },
  reached: { vi: 'Đã đạt', en: 'Reached' },
  highest: { vi: 'Bậc cao nhất đã đạt', en: 'Highest rung reached' },
  next: { vi: 'Bậc tiếp theo', en: 'Next rung' },
  blockedBy: { vi: 'cần đạt trước bậc', en: 'first needs' },
  yes: { vi: 'có', en: 'yes' },
  no: { vi: 'không', en: 'no' },
  none: { vi: 'chưa đạt bậc nào', en: 'none' },
  unmetTitle: { vi: 'Chỉ tiêu chưa đạt và khoảng cách', en: 'Indicators not met and their gaps' },
  unmetDesc: {
    vi: 'Mỗi thanh là mức đạt so với ngưỡng yêu cầu (cả thanh = đạt ngưỡng); chỉ tiêu có/không và chỉ tiêu theo mức có thanh rỗng.',
    en: 'Each bar is how far the actual value gets towards the required threshold (a full bar = the threshold); yes/no and level indicators show an empty bar.',
  },
  noUnmet: { vi: 'Không có chỉ tiêu nào được đánh giá là chưa đạt.', en: 'No indicator is judged not met.' },
  chartLimited: { vi: 'Biểu đồ chỉ vẽ {n} chỉ tiêu đầu; bảng liệt kê đủ.', en: 'The chart draws the first {n} indicators; the table lists all.' },
  criterion: { vi: 'Tiêu chí', en: 'Criterion' },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  actual: { vi: 'Thực tế', en: 'Actual' },
  required: { vi: 'Yêu cầu', en: 'Required' },
  gap: { vi: 'Khoảng cách', en: 'Gap' },
  gapCount: { vi: 'Số đơn vị cần thay đổi', en: 'Units to change' },
  threshold: { vi: 'Ngưỡng (căn cứ, mức tin cậy)', en: 'Threshold (citation, status)' },
  undecided: { vi: 'Lưu ý: chỉ tiêu chưa kết luận được, ngưỡng chưa chính thức', en: 'Caveats: indicators not decided, thresholds not official' },
  missingCount: { vi: 'chỉ tiêu thiếu số liệu', en: 'indicators with missing input' },
  indeterminateCount: { vi: 'chỉ tiêu chưa xác định được (ngưỡng hoặc nội dung chưa biết)', en: 'indicators indeterminate (threshold or content unknown)' },
  notOfficial: { vi: 'Ngưỡng được dùng chưa phải bản chính thức', en: 'Thresholds used that are not official' },
  noData: { vi: 'chưa có số liệu', en: 'no data' },
  ocop: { vi: 'Sản phẩm OCOP', en: 'OCOP products' },
  ocopByYear: { vi: 'Số sản phẩm OCOP theo năm và hạng sao', en: 'OCOP products by year and star class' },
  ocopByGroup: { vi: 'Số sản phẩm OCOP theo nhóm sản phẩm và hạng sao', en: 'OCOP products by product group and star class' },
  ocopDesc: {
    vi: 'Thanh xếp chồng: 3 sao, 4 sao, 5 sao và chưa rõ hạng sao; độ dài tỷ lệ với số sản phẩm.',
    en: 'Stacked bars: 3, 4 and 5 stars and star not stated; length proportional to the number of products.',
  },
  year: { vi: 'Năm', en: 'Year' },
  group: { vi: 'Nhóm', en: 'Group' },
  starUnknown: { vi: 'Chưa rõ hạng', en: 'Star not stated' },
  products: { vi: 'sản phẩm', en: 'products' },
  asOf: { vi: 'tính đến', en: 'as of' },
  unknownKey: { vi: 'Chưa rõ', en: 'Not stated' },
  poverty: { vi: 'Tỷ lệ nghèo', en: 'Poverty rates' },
  povertyDesc: {
    vi: 'Tỷ lệ hộ nghèo, hộ cận nghèo và nghèo đa chiều (nghèo + cận nghèo) theo nhóm; độ dài tỷ lệ với phần trăm.',
    en: 'Poor, near-poor and multidimensionally poor (poor + near-poor) households by subgroup; length proportional to the percentage.',
  },
  subgroup: { vi: 'Nhóm', en: 'Subgroup' },
  households: { vi: 'Số hộ', en: 'Households' },
  poor: { vi: 'Hộ nghèo', en: 'Poor' },
  nearPoor: { vi: 'Hộ cận nghèo', en: 'Near-poor' },
  multidimensional: { vi: 'Nghèo đa chiều', en: 'Multidimensional' },
  notes: { vi: 'Ghi chú', en: 'Notes' },
  dataTable: { vi: 'Bảng số liệu', en: 'Data table' },
  scale: { vi: 'Thang đo', en: 'Scale' },
} as const satisfies Words;

export type WordKey = keyof typeof WORDS;

export const STATUS_TEXT: Words = {
  met: { vi: 'đạt', en: 'met' },
  unmet: { vi: 'chưa đạt', en: 'not met' },
  missing: { vi: 'thiếu số liệu', en: 'missing input' },
  'not-applicable': { vi: 'không áp dụng', en: 'not applicable' },
  indeterminate: { vi: 'chưa xác định được', en: 'indeterminate' },
};

export const LEVEL_TEXT: Words = {
  ntm: { vi: 'Xã nông thôn mới', en: 'NTM commune' },
  advanced: { vi: 'Nông thôn mới nâng cao', en: 'Advanced NTM' },
  model: { vi: 'Nông thôn mới kiểu mẫu', en: 'Model NTM' },
};

export const SOURCE_TEXT: Words = {
  evaluated: { vi: 'đánh giá từ số liệu', en: 'evaluated from facts' },
  reported: { vi: 'theo báo cáo', en: 'as reported' },
  'not-given': { vi: 'không có số liệu', en: 'not given' },
  'not-in-force': { vi: 'không có bộ tiêu chí hiệu lực', en: 'no rulebook in force' },
};

export const PROVENANCE_TEXT: Words = {
  official: { vi: 'chính thức', en: 'official' },
  secondary: { vi: 'nguồn thứ cấp', en: 'secondary source' },
  unverified: { vi: 'chưa xác minh', en: 'unverified' },
  unknown: { vi: 'chưa biết', en: 'unknown' },
};

/** The word for `key` in `locale`. */
export function word(key: WordKey, locale: Locale): string {
  return WORDS[key][locale];
}

/** The text of `table[key]` in `locale`, or the key itself. */
export function lookup(table: Words, key: string, locale: Locale): string {
  return table[key]?.[locale] ?? key;
}
