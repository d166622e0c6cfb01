/* Knock-out conditions ("hồ sơ bị loại", "không đánh giá"): labels and sources. */
const SHEETS_148 = 'https://github.com/augustine-tran/ocop (db/ocop/, transcription of 148/QĐ-TTg Phụ lục III)';
const TRANSCRIPT_26 = 'https://github.com/hakienpdu95/minhan (docs/bnn_txng.html), transcript of 26/2026/QĐ-TTg';

/** Labels and provenance of each knock-out code. */
export const OCOP_KNOCK_OUTS = {
  'forged-dossier': {
    label: { vi: 'Giả mạo hồ sơ', en: 'Forged dossier' },
    provenance: { instrument: '26/2026/QĐ-TTg', locator: 'Phụ lục II, ghi chú (hồ sơ bị loại)', status: 'official', source: TRANSCRIPT_26 },
  },
  'invalid-food-safety-certificate': {
    label: { vi: 'Giấy chứng nhận cơ sở đủ điều kiện ATTP (hoặc tương đương) không phù hợp quy định', en: 'Food-safety eligibility certificate (or equivalent) missing or not valid' },
    provenance: { instrument: '148/QĐ-TTg', locator: 'Phụ lục III, bộ sản phẩm thực phẩm, tiêu chí 10 (ghi chú); 26/2026/QĐ-TTg Phụ lục II (hồ sơ bị loại)', status: 'secondary', source: SHEETS_148 + '; ' + TRANSCRIPT_26 },
  },
  'registration-dossier-not-met': {
    label: { vi: 'Không đáp ứng về hồ sơ đăng ký', en: 'Registration dossier does not meet the requirements' },
    provenance: { instrument: '26/2026/QĐ-TTg', locator: 'Phụ lục II, ghi chú (hồ sơ bị loại)', status: 'official', source: TRANSCRIPT_26 },
  },
  'ip-infringement': {
    label: { vi: 'Thiết kế vi phạm quyền sở hữu trí tuệ', en: 'The design infringes intellectual property' },
    provenance: { instrument: '148/QĐ-TTg', locator: 'Phụ lục III, bộ sản phẩm 21, tiêu chí 6b (ghi chú)', status: 'secondary', source: SHEETS_148 },
  },
  'common-product-without-distinction': {
    label: { vi: 'Sản phẩm phổ biến của nhóm sản phẩm chủ lực quốc gia, cấp tỉnh mà không có sự nổi trội, đặc sắc (không đánh giá)', en: 'Common national or provincial key product with nothing outstanding (not evaluated)' },
    provenance: { instrument: '148/QĐ-TTg', locator: 'Phụ lục III, bộ sản phẩm 1, tiêu chí 2a (ghi chú)', status: 'secondary', source: SHEETS_148 },
  },
  'raw-material-imported-or-unknown': {
    label: { vi: 'Sử dụng toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc', en: 'All raw material imported or of unknown origin' },
    provenance: { instrument: '148/QĐ-TTg', locator: 'Phụ lục III, bộ sản phẩm 6, tiêu chí 1a (ghi chú)', status: 'secondary', source: SHEETS_148 },
  },
  'copy-of-another-product': {
    label: { vi: 'Giống hệt sản phẩm của nhà sản xuất khác, chỉ thay đổi tên sản phẩm, nhà sản xuất', en: 'Identical to another producer\'s product, only the names changed' },
    provenance: { instrument: '148/QĐ-TTg', locator: 'Phụ lục III, bộ sản phẩm 6, tiêu chí 2a (ghi chú)', status: 'secondary', source: SHEETS_148 },
  },
} as const;

/** Labels of the authorities that recognise OCOP products. */
export const OCOP_AUTHORITY_LABELS = {
  province: { vi: 'Ủy ban nhân dân cấp tỉnh', en: 'Provincial People\'s Committee' },
  district: { vi: 'Ủy ban nhân dân cấp huyện', en: 'District People\'s Committee' },
  'central-council': { vi: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp trung ương', en: 'Central OCOP rating council' },
} as const;
