import type { TargetCatalogInput } from '../target-schema.js';

/*
 * Socio-economic development of ethnic-minority and mountainous areas 2021–2030, phase I
 * 2021–2025: Decision 1719/QĐ-TTg (14/10/2021), investment policy NQ 120/2020/QH14. Values from
 * the VietnamPlus infographic (re-read for this work), VNS (15/10/2021); see
 * reform-and-program-targets.md §6. The nine target groups the National Assembly assigned were
 * not obtained.
 */
const VNPLUS = 'https://www.vietnamplus.vn/infographics-phat-trien-kinh-texa-hoi-vung-dan-toc-thieu-so/611148.vnp';
const VNS = 'https://vietmaz.com/2021/10/national-target-programme-on-socio-economic-development-in-ethnic-minority-areas-approved/';
const LOC = 'Mục tiêu cụ thể đến năm 2025';

export const qd1719Data: TargetCatalogInput = {
  id: 'QD1719',
  title: { vi: 'Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS và miền núi giai đoạn 2021–2030, giai đoạn I 2021–2025', en: 'National target programme for ethnic-minority and mountainous areas, phase I 2021–2025' },
  validFrom: '2021-10-14',
  validTo: '2025-12-31',
  instruments: [
    { id: '1719/QĐ-TTg', number: '1719/QĐ-TTg', issuedOn: '2021-10-14', issuer: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' }, title: { vi: 'Quyết định phê duyệt Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS và miền núi giai đoạn 2021–2030, giai đoạn I 2021–2025', en: 'Decision approving the programme for ethnic-minority and mountainous areas, phase I' }, url: VNS },
  ],
  notes: [
    'Infrastructure, education, health, training and culture targets of phase I: not obtained.',
    'A Thanh Niên list ("thu nhập tăng ít nhất 2,5 lần", malnutrition < 8% …) belongs to an earlier draft, not to 1719/QĐ-TTg; not used.',
  ],
  targets: [
    { id: 'QD1719.thu_nhap', title: { vi: 'Thu nhập bình quân của người DTTS tăng so với năm 2020', en: 'Ethnic-minority income per head against 2020' }, metric: 'ethnic-minority income per head in 2025 / 2020', measure: 'ratio-to-baseline', unit: 'times', comparator: '>', value: '2', wording: 'trên', direction: 'higher', baselineYear: 2020, deadline: '2025-12-31', scope: 'national', programme: '1719/QĐ-TTg', provenance: { instrument: '1719/QĐ-TTg', locator: LOC, status: 'secondary', source: `${VNPLUS}; ${VNS}`, note: 'two secondary sources (VNS: "double")' } },
    { id: 'QD1719.ho_ngheo', title: { vi: 'Tỷ lệ hộ nghèo đồng bào DTTS mỗi năm giảm', en: 'Yearly fall of the ethnic-minority poor-household rate' }, metric: 'yearly fall of the poor-household rate among ethnic minorities', measure: 'change-per-year', change: 'decrease', unit: 'pp/year', comparator: '>', value: '3', wording: 'trên', direction: 'higher', deadline: null, scope: 'national', programme: '1719/QĐ-TTg', provenance: { instrument: '1719/QĐ-TTg', locator: LOC, status: 'secondary', source: `${VNPLUS}; ${VNS}`, note: 'each year; two secondary sources' } },
    { id: 'QD1719.xa_thon_dbkk', title: { vi: 'Số xã, thôn ra khỏi địa bàn đặc biệt khó khăn', en: 'Communes and villages leaving extremely-difficult status' }, metric: 'communes and villages that leave ĐBKK status / at the start', unit: '%', comparator: '>=', value: null, direction: 'higher', deadline: '2025-12-31', scope: 'national', programme: '1719/QĐ-TTg', provenance: { instrument: '1719/QĐ-TTg', locator: LOC, status: 'unknown', note: 'recalled as 50%, not seen in any source' } },
  ],
};
