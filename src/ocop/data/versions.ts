/*
 * The OCOP rating rule sets, one per legal version, as plain data with provenance.
 * Dates are ISO `yyyy-MM-dd`; `validTo` is the last day in force (inclusive), `null` = open.
 * Research notes: ../shared/domain/ocop-rating.md (project domain file).
 */

/** Who recognises a product of a given star class. */
export type OcopAuthority = 'province' | 'district' | 'ministry' | 'central-council';

const THANHHOA_1048 = 'ocoptinhthanhhoa.com.vn and ciptek.vn/bo-tieu-chi-ocop/ (text of 1048/QĐ-TTg reproduced); proatc.vn/phan-hang-nhom-san-pham-ocop/';
const TVPL_148 = 'tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/46523/thay-doi-tieu-chi-danh-gia-san-pham-ocop; hangthat.thuonghieucongluan.com.vn (ban-hanh-bo-tieu-chi-va-quy-trinh... a93435); thvl.vn/san-pham-ocop-vinh-long/danh-gia-phan-hang-san-pham-ocop-nam-2023/';
const TRANSCRIPT_26 = 'https://github.com/hakienpdu95/minhan (docs/bnn_txng.html): full transcript of 26/2026/QĐ-TTg, said to be cross-checked with the signed PDF; official copy listed there: https://vanban.chinhphu.vn/?classid=1&docid=218267&orggroupid=3&pageid=27160';
const INFOGRAPHIC_1489 = 'baomoi.net.vn/infographic-trinh-tu-danh-gia-phan-hang-san-pham-ocop-c52720491.epi (Báo Điện Biên Phủ); official link: https://vanban.chinhphu.vn/?classid=2&docid=214441&pageid=27160';
const DISTRICT_148 = 'District 3★ decisions citing 148/QĐ-TTg: Đức Linh (Bình Thuận) 2023–2024, Vĩnh Linh (Quảng Trị) 2023, Phú Giáo (Bình Dương) 2023; congnghieptieudung.vn (dt40883); Đức Phổ report 000_a7bd56a1d1ec181e.txt (2023: a 3★ product recognised by the district)';

/** The OCOP rule-set versions in date order. */
export const OCOP_VERSIONS = [
  {
    id: '1048-2019',
    instruments: [
      { id: '1048/QĐ-TTg', number: '1048/QĐ-TTg', issuedOn: '2019-08-21', title: { vi: 'Bộ Tiêu chí đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm', en: 'OCOP product evaluation and rating criteria' } },
      { id: '781/QĐ-TTg', number: '781/QĐ-TTg', issuedOn: '2020-06-08', title: { vi: 'Sửa đổi, bổ sung một số phụ lục của Quyết định 1048/QĐ-TTg', en: 'Amends some appendices of Decision 1048/QĐ-TTg' } },
    ],
    validFrom: '2019-08-21',
    validTo: '2023-02-23',
    validity: { instrument: '1048/QĐ-TTg', locator: 'Điều 2 (hiệu lực); thay thế bởi 148/QĐ-TTg', status: 'secondary', source: 'thuvienphapluat.vn KH 115/KH-UBND Huế 2020 (date 21/8/2019); ' + TVPL_148, note: 'One secondary site dates 1048 to 20/08/2019; 21/08/2019 is used by provincial plans.' },
    partMaxima: { A: 35, B: 25, C: 40 },
    partMaximaProvenance: { instrument: '1048/QĐ-TTg', locator: 'Điều 1', status: 'secondary', source: 'baomoi (ban-hanh-bo-tieu-chi... c31938553); ' + TVPL_148 },
    bandsProvenance: { instrument: '1048/QĐ-TTg', locator: 'Điều 1 (phân hạng sản phẩm)', status: 'secondary', source: THANHHOA_1048, note: 'Written as whole-number ranges (90–100, 70–89, 50–69, 30–49, < 30); encoded as half-open intervals [70, 90) etc., as 26/2026 words them. Non-integer averages between 89 and 90 are not covered by the 1048 wording.' },
    authorities: { 3: 'province', 4: 'province', 5: 'central-council' },
    authorityProvenance: { instrument: '1048/QĐ-TTg', locator: 'Điều 1 (cấp đánh giá)', status: 'secondary', source: 'Provincial recognition decisions: Huế 2919/QĐ-UBND (2020), Nghệ An 279/QĐ-UBND (2021), Thái Nguyên (2022); Đức Phổ report 000_a7bd56a1d1ec181e.txt ("sản phẩm OCOP cấp tỉnh", 2021–2022)' },
    ministry: null,
    certificateMonths: 36,
    certificateProvenance: { instrument: '1048/QĐ-TTg', locator: 'not located', status: 'secondary', source: 'ocopvietnam.vn (Thái Nguyên 2022: "có giá trị trong 03 năm, kể từ ngày Quyết định được ký")' },
    reRatingWindow: null,
    reRatingProvenance: { instrument: '1048/QĐ-TTg', locator: 'not located', status: 'unknown', note: 'No re-rating filing window found for 1048.' },
    scoreSheets: { status: 'unknown', note: 'The 1048 score sheets (26 product sets per thuonghieusanpham.vn) were not found in any reachable copy; none is encoded. Supply your own sheet.' },
    knockOuts: ['invalid-food-safety-certificate'],
  },
  {
    id: '148-2023',
    instruments: [
      { id: '148/QĐ-TTg', number: '148/QĐ-TTg', issuedOn: '2023-02-24', title: { vi: 'Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm', en: 'OCOP product evaluation and rating criteria and procedure' } },
    ],
    validFrom: '2023-02-24',
    validTo: '2025-07-05',
    validity: { instrument: '148/QĐ-TTg', locator: 'Điều 2 (hiệu lực từ ngày ký; thay thế 1048/QĐ-TTg và 781/QĐ-TTg)', status: 'secondary', source: TVPL_148 },
    partMaxima: { A: 40, B: 25, C: 35 },
    partMaximaProvenance: { instrument: '148/QĐ-TTg', locator: 'Điều 1, khoản 1, điểm b', status: 'secondary', source: TVPL_148 },
    bandsProvenance: { instrument: '148/QĐ-TTg', locator: 'Điều 1 (phân hạng sản phẩm)', status: 'unverified', source: 'Same numbers in 1048/QĐ-TTg and 26/2026/QĐ-TTg; the 148 Phụ lục II summary forwards 70–100 points to the province; 1489/QĐ-TTg forwards ≥ 90 points to the ministry', note: 'The 148 wording itself was not read.' },
    authorities: { 3: 'district', 4: 'province', 5: 'ministry' },
    authorityProvenance: { instrument: '148/QĐ-TTg', locator: 'Phụ lục II, khoản 1, điểm b', status: 'secondary', source: DISTRICT_148 },
    ministry: { vi: 'Bộ Nông nghiệp và Phát triển nông thôn', en: 'Ministry of Agriculture and Rural Development' },
    certificateMonths: 36,
    certificateProvenance: { instrument: '148/QĐ-TTg', locator: 'article not located', status: 'secondary', source: 'District decisions under 148: "Kết quả xếp hạng sản phẩm OCOP có giá trị trong 36 tháng kể từ ngày quyết định" (Đức Linh 2023/2024)' },
    reRatingWindow: null,
    reRatingProvenance: { instrument: '148/QĐ-TTg', locator: 'not located', status: 'unknown', note: 'The 148 re-rating filing rules were not found.' },
    scoreSheets: { status: 'partial', note: 'Phụ lục III: 26 product sets; sets 1–6, 8–10 and 14–26 are encoded (builtInOcopScoreSheets); 7 and 11–13 are defective in the only transcription found and unknown here (OCOP_SHEETS_148_NOT_ENCODED).' },
    knockOuts: ['invalid-food-safety-certificate', 'ip-infringement', 'common-product-without-distinction', 'raw-material-imported-or-unknown', 'copy-of-another-product'],
  },
  {
    id: '148-2023+1489-2025',
    instruments: [
      { id: '148/QĐ-TTg', number: '148/QĐ-TTg', issuedOn: '2023-02-24', title: { vi: 'Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm', en: 'OCOP product evaluation and rating criteria and procedure' } },
      { id: '1489/QĐ-TTg', number: '1489/QĐ-TTg', issuedOn: '2025-07-06', title: { vi: 'Sửa đổi, bổ sung một số nội dung Quyết định 148/QĐ-TTg (quy trình theo chính quyền địa phương hai cấp)', en: 'Amends Decision 148/QĐ-TTg (procedure for two-tier local government)' } },
    ],
    validFrom: '2025-07-06',
    validTo: '2026-07-20',
    validity: { instrument: '1489/QĐ-TTg', locator: 'hiệu lực; 26/2026/QĐ-TTg Điều 11 khoản 2 (148 và 1489 hết hiệu lực sau 60 ngày kể từ 22/05/2026)', status: 'official', source: TRANSCRIPT_26, note: '60 days counted from 22/05/2026 gives 21/07/2026 as the first day without effect; the day-boundary convention is not stated (unverified by one day).' },
    partMaxima: { A: 40, B: 25, C: 35 },
    partMaximaProvenance: { instrument: '148/QĐ-TTg', locator: 'Điều 1, khoản 1, điểm b (not amended by 1489)', status: 'secondary', source: TVPL_148 },
    bandsProvenance: { instrument: '148/QĐ-TTg', locator: 'Điều 1 (phân hạng sản phẩm)', status: 'unverified', source: '1489/QĐ-TTg (≥ 90 points proposed to the ministry): ' + INFOGRAPHIC_1489, note: 'The 148 wording itself was not read.' },
    authorities: { 3: 'province', 4: 'province', 5: 'ministry' },
    authorityProvenance: { instrument: '1489/QĐ-TTg', locator: 'Phụ lục II (thay thế)', status: 'secondary', source: INFOGRAPHIC_1489, note: 'District level removed; the commune receives the dossier; the province recognises 3★ and 4★.' },
    ministry: { vi: 'Bộ Nông nghiệp và Môi trường', en: 'Ministry of Agriculture and Environment' },
    certificateMonths: 36,
    certificateProvenance: { instrument: '148/QĐ-TTg', locator: 'article not located', status: 'secondary', source: 'District and provincial decisions under 148 (36 months from the decision)' },
    reRatingWindow: null,
    reRatingProvenance: { instrument: '1489/QĐ-TTg', locator: 'not located', status: 'unknown', note: 'The 148/1489 re-rating filing rules were not found.' },
    scoreSheets: { status: 'partial', note: 'Same score sheets as 148/QĐ-TTg (1489 replaces only the procedure, Phụ lục II).' },
    knockOuts: ['invalid-food-safety-certificate', 'ip-infringement', 'common-product-without-distinction', 'raw-material-imported-or-unknown', 'copy-of-another-product'],
  },
  {
    id: '26-2026',
    instruments: [
      { id: '26/2026/QĐ-TTg', number: '26/2026/QĐ-TTg', issuedOn: '2026-05-22', title: { vi: 'Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm mỗi xã một sản phẩm', en: 'OCOP product evaluation and rating criteria and procedure' } },
    ],
    validFrom: '2026-05-22',
    validTo: null,
    validity: { instrument: '26/2026/QĐ-TTg', locator: 'Điều 11 khoản 1', status: 'official', source: TRANSCRIPT_26 },
    partMaxima: { A: 40, B: 25, C: 35 },
    partMaximaProvenance: { instrument: '26/2026/QĐ-TTg', locator: 'Điều 3', status: 'official', source: TRANSCRIPT_26 },
    bandsProvenance: { instrument: '26/2026/QĐ-TTg', locator: 'Điều 3 (từ 90 đến 100; từ 70 đến dưới 90; từ 50 đến dưới 70; từ 30 đến dưới 50; dưới 30)', status: 'official', source: TRANSCRIPT_26 },
    authorities: { 3: 'province', 4: 'province', 5: 'ministry' },
    authorityProvenance: { instrument: '26/2026/QĐ-TTg', locator: 'Điều 4; Điều 7', status: 'official', source: TRANSCRIPT_26 },
    ministry: { vi: 'Bộ Nông nghiệp và Môi trường', en: 'Ministry of Agriculture and Environment' },
    certificateMonths: 36,
    certificateProvenance: { instrument: '26/2026/QĐ-TTg', locator: 'Điều 4 khoản 3', status: 'official', source: TRANSCRIPT_26 },
    reRatingWindow: { earliestDaysBeforeExpiry: 180, latestDaysBeforeExpiry: 120, graceDaysAfterExpiry: 180 },
    reRatingProvenance: { instrument: '26/2026/QĐ-TTg', locator: 'Điều 7 khoản 6 (nộp hồ sơ không sớm hơn 180 ngày, không muộn hơn 120 ngày trước khi hết hạn); Điều 12 khoản 3 (chuyển tiếp: tối đa 180 ngày sau khi hết hạn)', status: 'official', source: TRANSCRIPT_26 },
    scoreSheets: { status: 'partial', note: 'Phụ lục II has 26 sheets; sets 1–3, 5–10 and 12–26 are encoded from the full transcript; 4 and 11 do not add up there (OCOP_SHEETS_2026_NOT_ENCODED). Supply your own sheet for those.' },
    knockOuts: ['forged-dossier', 'invalid-food-safety-certificate', 'registration-dossier-not-met'],
  },
] as const;

/** The star bands ("phân hạng"), identical in every version: [from, to) in points; 5★ includes 100. */
export const OCOP_STAR_BANDS = [
  { star: 1, from: 0, below: 30 },
  { star: 2, from: 30, below: 50 },
  { star: 3, from: 50, below: 70 },
  { star: 4, from: 70, below: 90 },
  { star: 5, from: 90, below: null },
] as const;

/** Only products of 3★ and above are recognised and certified (26/2026 Art. 4.1.a; practice under 1048 and 148). */
export const OCOP_MIN_RECOGNISED_STAR = 3;

/** Transitional rules of 26/2026/QĐ-TTg Art. 12 (dossiers pending on 22/05/2026 follow the old rules). */
export const OCOP_TRANSITION_2026 = {
  newVersionFrom: '2026-05-22',
  oldVersionLastDay: '2026-07-20',
  pendingFirstRatingDays: 60,
  pendingReRatingDays: 30,
  provenance: { instrument: '26/2026/QĐ-TTg', locator: 'Điều 11 khoản 2; Điều 12 khoản 2', status: 'official', source: TRANSCRIPT_26 },
} as const;
