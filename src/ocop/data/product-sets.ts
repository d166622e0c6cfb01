/*
 * The 26 product sets ("bộ sản phẩm", one score sheet each) of 148/QĐ-TTg Phụ lục I, kept by
 * 26/2026/QĐ-TTg Phụ lục I (6 groups → 17 nhóm → 26 bộ). Titles are short; `group` is the
 * product group 1–6 (1 food, 2 beverages, 3 medicinal herbs, 4 handicrafts, 5 ornamental
 * plants and animals, 6 tourism services).
 */

const SRC = 'https://github.com/augustine-tran/ocop (db/ocop/, 26 sheet titles of 148/QĐ-TTg); food rows also in a legal Q&A quoting 148 Phụ lục I; other rows match 26/2026/QĐ-TTg Phụ lục I';

/** The six product groups (148/QĐ-TTg Art. 1.1.a; same in 26/2026 Art. 2). */
export const OCOP_PRODUCT_GROUPS = [
  { id: 1, label: { vi: 'Thực phẩm', en: 'Food' } },
  { id: 2, label: { vi: 'Đồ uống', en: 'Beverages' } },
  { id: 3, label: { vi: 'Dược liệu và sản phẩm từ dược liệu', en: 'Medicinal herbs and herbal products' } },
  { id: 4, label: { vi: 'Hàng thủ công mỹ nghệ', en: 'Handicrafts' } },
  { id: 5, label: { vi: 'Sinh vật cảnh', en: 'Ornamental plants and animals' } },
  { id: 6, label: { vi: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch', en: 'Community tourism, eco-tourism and tourist-site services' } },
] as const;

/** Provenance of the six groups. */
export const OCOP_PRODUCT_GROUPS_PROVENANCE = { instrument: '148/QĐ-TTg', locator: 'Điều 1, khoản 1, điểm a', status: 'secondary', source: 'hangthat.thuonghieucongluan.com.vn (a93435, 25/02/2023); tintuc.thuvienphapluat.com (46523)' } as const;

/** The 26 product sets of 148/QĐ-TTg, numbered as in Phụ lục I / Phụ lục III. */
export const OCOP_PRODUCT_SETS_148 = [
  { id: '1', group: 1, title: { vi: 'Rau, củ, quả, hạt tươi', en: 'Fresh vegetables, tubers, fruit and nuts' } },
  { id: '2', group: 1, title: { vi: 'Thịt, thủy sản, trứng, sữa tươi', en: 'Fresh meat, aquatic products, eggs and milk' } },
  { id: '3', group: 1, title: { vi: 'Gạo, ngũ cốc, hạt sơ chế khác', en: 'Rice, cereals and other pre-processed grains' } },
  { id: '4', group: 1, title: { vi: 'Mật ong, mật khác và nông sản thực phẩm khác', en: 'Honey, other syrups and other farm food' } },
  { id: '5', group: 1, title: { vi: 'Đồ ăn nhanh', en: 'Convenience food' } },
  { id: '6', group: 1, title: { vi: 'Chế biến từ gạo, ngũ cốc', en: 'Processed rice and cereal products' } },
  { id: '7', group: 1, title: { vi: 'Chế biến từ rau, củ, quả, hạt', en: 'Processed vegetable, fruit and nut products' } },
  { id: '8', group: 1, title: { vi: 'Chế biến từ thịt, thủy sản, trứng, sữa, mật ong, mật khác và nông sản thực phẩm khác', en: 'Processed meat, aquatic, egg, milk, honey and other farm food products' } },
  { id: '9', group: 1, title: { vi: 'Tương, nước mắm, gia vị dạng lỏng khác', en: 'Sauces, fish sauce and other liquid condiments' } },
  { id: '10', group: 1, title: { vi: 'Gia vị khác (muối, hành, tỏi, tiêu...)', en: 'Other spices (salt, shallot, garlic, pepper...)' } },
  { id: '11', group: 1, title: { vi: 'Chè tươi, chè chế biến', en: 'Fresh and processed tea' } },
  { id: '12', group: 1, title: { vi: 'Sản phẩm trà từ thực vật khác', en: 'Herbal "trà" from other plants' } },
  { id: '13', group: 1, title: { vi: 'Cà phê, ca cao', en: 'Coffee and cocoa' } },
  { id: '14', group: 2, title: { vi: 'Rượu trắng', en: 'White spirits' } },
  { id: '15', group: 2, title: { vi: 'Đồ uống có cồn khác', en: 'Other alcoholic beverages' } },
  { id: '16', group: 2, title: { vi: 'Nước khoáng thiên nhiên, nước uống tinh khiết đóng chai', en: 'Natural mineral water and bottled drinking water' } },
  { id: '17', group: 2, title: { vi: 'Đồ uống không cồn khác', en: 'Other non-alcoholic beverages' } },
  { id: '18', group: 3, title: { vi: 'Thực phẩm chức năng, thuốc dược liệu, thuốc y học cổ truyền', en: 'Functional foods, herbal and traditional medicines' } },
  { id: '19', group: 3, title: { vi: 'Mỹ phẩm có thành phần từ thảo dược', en: 'Cosmetics with herbal ingredients' } },
  { id: '20', group: 3, title: { vi: 'Tinh dầu và thảo dược khác', en: 'Essential oils and other herbal products' } },
  { id: '21', group: 4, title: { vi: 'Thủ công mỹ nghệ gia dụng, trang trí', en: 'Household and decorative handicrafts' } },
  { id: '22', group: 4, title: { vi: 'Vải, may mặc', en: 'Textiles and garments' } },
  { id: '23', group: 5, title: { vi: 'Hoa', en: 'Flowers' } },
  { id: '24', group: 5, title: { vi: 'Cây cảnh', en: 'Ornamental plants' } },
  { id: '25', group: 5, title: { vi: 'Động vật cảnh', en: 'Ornamental animals' } },
  { id: '26', group: 6, title: { vi: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch', en: 'Community tourism, eco-tourism and tourist-site services' } },
] as const;

/** Provenance of the 26-set list. */
export const OCOP_PRODUCT_SETS_148_PROVENANCE = { instrument: '148/QĐ-TTg', locator: 'Phụ lục I', status: 'secondary', source: SRC } as const;

/**
 * Score sheets of 148/QĐ-TTg that are NOT bundled, and why: sets 7 and 11–13 (the other 22 sets are
 * in `builtInOcopScoreSheets`). Their values are unknown to this library (never guessed): rate such
 * products with a sheet you supply.
 */
export const OCOP_SHEETS_148_NOT_ENCODED = {
  /** Fallback wording for a set without a bundled sheet that is neither `defective` nor `inconsistent` (none at present). */
  reason: {
    vi: 'Chưa mã hóa: phiếu của bộ sản phẩm này không có trong thư viện.',
    en: 'Not encoded: the sheet of this product set is not in the library.',
  },
  defective: {
    sets: ['11', '12', '13'],
    vi: 'Bản chép lại duy nhất bị lỗi: Phần C cộng lại được 32/32/33 điểm thay vì 35; không mã hóa.',
    en: 'The only transcription found is defective: Part C adds up to 32/32/33 instead of 35; not encoded.',
  },
  inconsistent: {
    sets: ['7'],
    vi: 'Bản chép lại không nhất quán: tiêu chí 6d (Mùi) ghi tối đa 4 điểm nhưng lựa chọn cao nhất chỉ 3 điểm; không mã hóa.',
    en: 'The transcription is inconsistent: criterion 6d (smell) states a maximum of 4 but its best option gives 3; not encoded.',
  },
} as const;

/**
 * Score sheets of 26/2026/QĐ-TTg that are NOT bundled, and why: 4 and 11 do not add up in the
 * transcript (every other set, 1–3, 5–10 and 12–26, is bundled). Rate such products with a sheet you
 * supply, or (for a dossier filed before 22/05/2026, rated up to 20/07/2026) with `dossierFiledOn`.
 */
export const OCOP_SHEETS_2026_NOT_ENCODED = {
  /** Fallback wording for a set without a bundled sheet that is not `defective` (none at present). */
  reason: {
    vi: 'Chưa mã hóa: phiếu của bộ sản phẩm này không có trong thư viện.',
    en: 'Not encoded: the sheet of this product set is not in the library.',
  },
  defective: {
    sets: ['4', '11'],
    vi: 'Số điểm trong bản chép lại không khớp (bộ 4: tiêu chí 7 tối đa 3 nhưng lựa chọn cao nhất ghi 13; bộ 11: tiêu chí 6.1.1 tối đa 2 nhưng một lựa chọn ghi 11); không mã hóa.',
    en: 'The points in the transcript do not add up (set 4: criterion 7 has a maximum of 3 but its best box prints 13; set 11: criterion 6.1.1 has a maximum of 2 but a box prints 11); not encoded.',
  },
} as const;
