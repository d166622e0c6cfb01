/*
 * Targets of the OCOP programme 2021–2025 (Decision 919/QĐ-TTg, 01/08/2022), to 2025.
 * Status `secondary`: three or more consistent news restatements; the decision text was not read.
 */
const SRC = 'english.luatvietnam.vn (decision-no-919-qd-ttg ... 227125-doc1: summary of the objectives); hanoitimes.vn/vietnam-targets-reaching-10000-ocop-products-by-2025-321438.html; baothaibinh.com.vn/tin-tuc/223/184834 (citing nhandan.vn); dulieuphapluat.vn (English translation of 919/QD-TTg, 1168188; news 526); doanhnghiepvn.vn (20220909104942851)';
const prov = (note?: string) => ({ instrument: '919/QĐ-TTg', locator: 'Điều 1, mục II (mục tiêu đến năm 2025)', status: 'secondary', source: SRC, ...(note ? { note } : {}) }) as const;

/** The instrument of the 2021–2025 OCOP programme. */
export const OCOP_PROGRAMME_919 = { id: '919/QĐ-TTg', number: '919/QĐ-TTg', issuedOn: '2022-08-01', target: '2025-12-31', title: { vi: 'Chương trình mỗi xã một sản phẩm giai đoạn 2021 - 2025', en: 'One Commune One Product programme 2021–2025' } } as const;

/**
 * The 919/QĐ-TTg targets. `metric` says what is measured; only the product counts can be
 * computed from a portfolio of rated products, the others need data on the producing entities.
 */
export const OCOP_TARGETS_919 = [
  { id: 'products-3-star-plus', metric: { kind: 'product-count', minStar: 3 }, min: 10000, max: null, unit: 'products', label: { vi: 'Ít nhất 10.000 sản phẩm OCOP được công nhận từ 3 sao trở lên', en: 'At least 10,000 OCOP products recognised at 3 stars or more' }, provenance: prov() },
  { id: 'products-5-star', metric: { kind: 'product-count', minStar: 5 }, min: 400, max: 500, unit: 'products', label: { vi: 'Khoảng 400 - 500 sản phẩm đạt 5 sao', en: 'About 400–500 products at 5 stars' }, provenance: prov('"Khoảng 400-500" (about) in Vietnamese news; a range target.') },
  { id: 'rated-products-upgraded', metric: { kind: 'entity-share' }, min: 50, max: null, unit: 'percent', label: { vi: 'Ít nhất 50% sản phẩm OCOP đã đánh giá được củng cố, nâng cấp', en: 'At least 50% of rated products consolidated or upgraded' }, provenance: prov() },
  { id: 'entities-cooperatives', metric: { kind: 'entity-share' }, min: 40, max: null, unit: 'percent', label: { vi: 'Ít nhất 40% chủ thể OCOP là hợp tác xã', en: 'At least 40% of OCOP entities are cooperatives' }, provenance: prov() },
  { id: 'entities-smes', metric: { kind: 'entity-share' }, min: 30, max: null, unit: 'percent', label: { vi: 'Ít nhất 30% chủ thể OCOP là doanh nghiệp nhỏ và vừa', en: 'At least 30% of OCOP entities are SMEs' }, provenance: prov() },
  { id: 'entities-green-value-chains', metric: { kind: 'entity-share' }, min: 30, max: null, unit: 'percent', label: { vi: 'Ít nhất 30% chủ thể có chuỗi giá trị theo kinh tế tuần hoàn, vùng nguyên liệu ổn định', en: 'At least 30% of entities with circular-economy value chains and stable raw-material areas' }, provenance: prov() },
  { id: 'craft-villages-with-ocop', metric: { kind: 'entity-share' }, min: 50, max: null, unit: 'percent', label: { vi: 'Ít nhất 50% làng nghề truyền thống có sản phẩm OCOP', en: 'At least 50% of traditional craft villages with OCOP products' }, provenance: prov() },
  { id: 'entities-modern-retail', metric: { kind: 'entity-share' }, min: 50, max: null, unit: 'percent', label: { vi: 'Ít nhất 50% chủ thể tham gia kênh phân phối hiện đại', en: 'At least 50% of entities in modern retail channels' }, provenance: prov() },
  { id: 'trained-workers', metric: { kind: 'entity-share' }, min: 20, max: null, unit: 'percent', label: { vi: 'Ít nhất 20% lao động tại chủ thể OCOP có bằng cấp/chứng chỉ', en: 'At least 20% of workers at OCOP entities with degrees or certificates' }, provenance: prov('Exact official wording unverified (news paraphrase).') },
  { id: 'entities-women-led', metric: { kind: 'entity-share' }, min: 40, max: null, unit: 'percent', label: { vi: 'Ít nhất 40% chủ thể do phụ nữ điều hành', en: 'At least 40% of entities run by women' }, provenance: prov('Exact official wording unverified (news paraphrase).') },
  { id: 'showroom-per-province', metric: { kind: 'other' }, min: 1, max: null, unit: 'per province', label: { vi: 'Mỗi tỉnh có ít nhất 01 điểm trưng bày, bán sản phẩm OCOP', en: 'At least one OCOP showroom or sales point per province' }, provenance: prov('Exact official wording unverified (news paraphrase).') },
  { id: 'international-forum', metric: { kind: 'other' }, min: 1, max: null, unit: 'per year', label: { vi: 'Tổ chức diễn đàn hợp tác quốc tế OCOP ít nhất 01 lần/năm', en: 'An international OCOP cooperation forum at least once a year' }, provenance: prov() },
] as const;
