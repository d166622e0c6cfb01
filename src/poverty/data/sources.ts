/**
 * Where the poverty-standard values were read. Every value in this folder cites one of these in
 * its provenance `source`. The research notes behind them list what was searched and not found.
 */
export const SOURCES = {
  luatvietnamNd07En:
    'https://english.luatvietnam.vn/decree-no-07-2021-nd-cp-dated-january-27-2021-of-the-government-on-multidimensional-poverty-standards-in-the-2021-2025-period-197848-doc1.html',
  laodongthudo: 'https://laodongthudo.vn/quy-dinh-chuan-ngheo-da-chieu-giai-doan-2021-2025-119787.html',
  vnexpress: 'https://vnexpress.net/chinh-phu-ban-hanh-chuan-ngheo-moi-4228672.html',
  chiakhoaphapluat: 'https://chiakhoaphapluat.vn/muc-thu-nhap-the-nao-duoc-xem-la-ho-ngheo-va-ho-can-ngheo/',
  nguonluc: 'https://nguonluc.com.vn/thu-nhap-duoi-2-trieu-dongnguoithang-o-thanh-pho-duoc-coi-la-ho-ngheo-a808.html',
  hoidapphapluat: 'https://hoidapphapluat.co/quyet-dinh-59-2015-qd-ttg-chuan-ngheo-tiep-can-da-chieu-2016-2010.html',
  vietnamplusFr:
    'https://fr.vietnamplus.vn/publication-des-criteres-de-pauvrete-multidimensionnelle-pour-la-periode-20222025/155136.vnp',
  vietnamHcmc: 'https://www.vietnam.vn/en/mot-quan-o-tp-hcm-khong-con-ho-ngheo-can-ngheo-theo-chuan-da-chieu',
  vietnamDraft2026:
    'https://www.vietnam.vn/en/de-xuat-cac-chi-so-thieu-hut-dich-vu-xa-hoi-co-ban-trong-chuan-ngheo-da-chieu-moi',
  huengaynay: 'https://huengaynay.vn/chinh-tri-xa-hoi/an-sinh-xa-hoi/chuan-ngheo-da-chieu-quoc-gia-giai-doan-2026-2030-161540.html',
  vietnamnetEn:
    'https://vietnamnet.vn/en/vn-s-poverty-reduction-strategy-embraces-sustainability-and-digital-inclusion-2484119.html',
  yenbaiDraft2020:
    'http://soldtbxh.yenbai.gov.vn/Articles/view/?Userkey=DU-THAO-TO-TRINH-QUYET-DINH-CUA-THU-TUONG-CHINH-PHU-BAN-HANH-CHUAN-NGHEO-GIAI-DOAN-2021-2',
  domainNotes: 'project domain research notes (multidimensional-poverty.md), recalled or third-party restatement',
} as const;

/** The instruments cited by the national standards. */
export const INSTRUMENTS = {
  qd59: {
    id: '59/2015/QĐ-TTg',
    number: '59/2015/QĐ-TTg',
    issuedOn: '2015-11-19',
    inForceFrom: '2016-01-05',
    issuer: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
    title: {
      vi: 'Quyết định ban hành chuẩn nghèo tiếp cận đa chiều áp dụng cho giai đoạn 2016–2020',
      en: 'Decision on the multidimensional poverty standard for 2016–2020',
    },
  },
  nd07: {
    id: '07/2021/NĐ-CP',
    number: '07/2021/NĐ-CP',
    issuedOn: '2021-01-27',
    inForceFrom: '2021-03-15',
    issuer: { vi: 'Chính phủ', en: 'Government' },
    title: {
      vi: 'Nghị định quy định chuẩn nghèo đa chiều giai đoạn 2021–2025',
      en: 'Decree on multidimensional poverty standards for 2021–2025',
    },
    appendix: 'Phụ lục (dịch vụ xã hội cơ bản, chỉ số và ngưỡng thiếu hụt)',
  },
  nd351: {
    id: '351/2025/NĐ-CP',
    number: '351/2025/NĐ-CP',
    issuedOn: '2025-12-30',
    issuer: { vi: 'Chính phủ', en: 'Government' },
    title: {
      vi: 'Nghị định quy định chuẩn nghèo đa chiều quốc gia giai đoạn 2026–2030',
      en: 'Decree on the national multidimensional poverty standard for 2026–2030',
    },
  },
} as const;
