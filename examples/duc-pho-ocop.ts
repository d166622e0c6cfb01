import type { OcopPortfolioProduct } from '../src/ocop/index.js';

/**
 * Đức Phổ town (Quảng Ngãi) OCOP products, from the report ../shared/seeds/000_a7bd56a1d1ec181e.txt
 * (Nov 2023), section "I. Chương trình mỗi xã một sản phẩm (OCOP)", item 1:
 * - 2021: 1 provincial OCOP product (star class not stated): Nếp ngự Sa Huỳnh;
 * - 2022: 8 products, two 4★ (Muối hầm, Muối tre) and six 3★;
 * - 2023 (round 1): 1 product 3★ recognised by the district (melon). Hoa muối SaHu was only
 *   proposed to the province for 4★ and four more were still preparing dossiers: not counted.
 * Names as printed ("Chối đốt" is probably "chổi đót", a broom: group 4 handicrafts).
 * The product groups are assigned here from the product names (the report does not state them).
 */
export const DUC_PHO_OCOP: OcopPortfolioProduct[] = [
  { name: 'Nếp ngự Sa Huỳnh', producer: 'HTX Nông nghiệp Phổ Châu', star: null, group: 1, year: 2021 },
  { name: 'Muối hầm', producer: 'Công ty TNHH MTV Muối Sahu', star: 4, group: 1, year: 2022 },
  { name: 'Muối tre', producer: 'Công ty TNHH MTV Muối Sahu', star: 4, group: 1, year: 2022 },
  { name: 'Nước mắm Bốn Huệ', producer: 'Hộ kinh doanh Trần Thị Huệ', star: 3, group: 1, year: 2022 },
  { name: 'Dầu phụng Phổ Nhơn', producer: 'HTX Dịch vụ Nông nghiệp Phổ Nhơn', star: 3, group: 1, year: 2022 },
  { name: 'Dầu lạc Phổ An', producer: 'HTX Nông nghiệp xã Phổ An', star: 3, group: 1, year: 2022 },
  { name: 'Chối đốt', producer: 'HTX Nông nghiệp xã Phổ Phong', star: 3, group: 4, year: 2022 },
  { name: 'Tinh bột nghệ', producer: 'HTX Sản xuất và Kinh doanh hàng Nông sản Bốn Vân', star: 3, year: 2022 },
  { name: 'Bánh thuẫn', producer: 'Hộ kinh doanh Trần Thị Lợi', star: 3, group: 1, year: 2022 },
  { name: 'Dưa lưới', producer: 'HTX Nông nghiệp Công nghệ cao nông thôn mới', star: 3, group: 1, year: 2023 },
];
