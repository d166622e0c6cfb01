import type { TargetCatalogInput } from '../target-schema.js';

/*
 * Decision 282/QĐ-TTg (12/02/2026): key state administrative reform plan 2026–2030 (cites
 * 76/NQ-CP). Values from Báo Thanh Hóa, Thời báo Tài chính, Dân trí, Lao Động (13/02/2026) and
 * the nhansu.vn text page; see reform-and-program-targets.md §1.7.
 */
const TEXT = 'https://nhansu.vn/van-ban-phap-luat/quyet-dinh-282-qd-ttg-2026-cai-cach-hanh-chinh-nha-nuoc-trong-tam-2026-2030-694928.html';
const NOTE = 'confirmed in two or more secondary sources (Dân trí, Lao Động 13/02/2026)';

export const qd282Data: TargetCatalogInput = {
  id: 'QD282',
  title: { vi: 'Kế hoạch cải cách hành chính nhà nước trọng tâm giai đoạn 2026–2030', en: 'Key state administrative reform plan 2026–2030' },
  validFrom: '2026-02-12',
  validTo: '2030-12-31',
  instruments: [
    { id: '282/QĐ-TTg', number: '282/QĐ-TTg', issuedOn: '2026-02-12', issuer: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' }, title: { vi: 'Quyết định ban hành Kế hoạch cải cách hành chính nhà nước trọng tâm giai đoạn 2026–2030', en: 'Decision on the key state administrative reform plan 2026–2030' }, url: TEXT },
  ],
  targets: [
    { id: 'QD282.2027.platforms', title: { vi: 'Nền tảng số quốc gia, nền tảng số dùng chung phục vụ Chính phủ số hoàn thành, đưa vào sử dụng', en: 'National and shared digital platforms in use' }, metric: 'planned platforms in use / planned platforms', unit: '%', comparator: '=', value: '100', direction: 'higher', deadline: '2027-12-31', scope: 'national', programme: '282/QĐ-TTg', provenance: { instrument: '282/QĐ-TTg', locator: 'Mục tiêu đến năm 2027', status: 'secondary', source: TEXT, note: NOTE } },
    { id: 'QD282.2027.data_governance', title: { vi: 'Bộ, ngành, địa phương đạt cấp độ 3 mức độ trưởng thành về quản trị dữ liệu', en: 'Ministries and provinces at data-governance maturity level 3' }, metric: 'ministries and provinces at maturity level ≥ 3 / all', unit: '%', comparator: '=', value: '100', direction: 'higher', deadline: '2027-12-31', scope: 'province', programme: '282/QĐ-TTg', provenance: { instrument: '282/QĐ-TTg', locator: 'Mục tiêu đến năm 2027', status: 'secondary', source: TEXT, note: NOTE } },
    { id: 'QD282.2027.full_online', title: { vi: 'TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình trên Cổng DVC quốc gia', en: 'Eligible procedures fully online on the national portal' }, metric: 'eligible procedures offered fully online / eligible procedures', unit: '%', comparator: '=', value: '100', direction: 'higher', deadline: '2027-12-31', scope: 'national', programme: '282/QĐ-TTg', provenance: { instrument: '282/QĐ-TTg', locator: 'Mục tiêu đến năm 2027', status: 'secondary', source: TEXT, note: NOTE } },
    { id: 'QD282.2027.sap_xep', title: { vi: 'Hoàn thành sắp xếp đơn vị sự nghiệp, trường học, cơ sở y tế, doanh nghiệp nhà nước', en: 'Reorganisation of public service units, schools, health facilities, SOEs completed' }, metric: 'qualitative milestone', measure: 'achieved', unit: 'milestone', comparator: '=', direction: 'higher', deadline: '2027-12-31', scope: 'national', programme: '282/QĐ-TTg', provenance: { instrument: '282/QĐ-TTg', locator: 'Mục tiêu đến năm 2027', status: 'secondary', source: TEXT, note: NOTE } },
    { id: 'QD282.2030.satisfaction', title: { vi: 'Mức độ hài lòng trong tiếp nhận, giải quyết TTHC', en: 'Satisfaction with receiving and handling procedures' }, metric: 'satisfaction rate', unit: '%', comparator: '>=', value: '95', wording: 'tối thiểu', direction: 'higher', deadline: '2030-12-31', scope: 'national', programme: '282/QĐ-TTg', provenance: { instrument: '282/QĐ-TTg', locator: 'Mục tiêu giai đoạn 2028–2030', status: 'secondary', source: TEXT, note: NOTE } },
    { id: 'QD282.2030.satisfaction_land', title: { vi: 'Mức độ hài lòng về TTHC lĩnh vực đất đai, xây dựng, đầu tư', en: 'Satisfaction with land, construction, investment procedures' }, metric: 'satisfaction rate (land, construction, investment)', unit: '%', comparator: '>=', value: '90', wording: 'tối thiểu', direction: 'higher', deadline: '2030-12-31', scope: 'national', programme: '282/QĐ-TTg', provenance: { instrument: '282/QĐ-TTg', locator: 'Mục tiêu giai đoạn 2028–2030', status: 'secondary', source: TEXT, note: NOTE } },
  ],
};
