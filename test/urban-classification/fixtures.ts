import type { ScoredStandard, UrbanClassificationInput } from '../../src/urban-classification/index.js';

/**
 * Bình Sơn (Quảng Ngãi) against urban type IV under NQ 26/2022/UBTVQH15, from
 * ../shared/seeds/004_cff891ee20d8fea1.txt, lines 37–39 and 59: "đã đạt 55/63 tiêu chuẩn đáp ứng
 * tiêu chí đô thị loại IV", "tổng số điểm là 78,75 điểm (>75 điểm)", and the 8 standards "dưới
 * mức tối thiểu" named below.
 *
 * The report gives only the totals: the allocation of the 63 standards to criteria (8, 2, 2, 2, 49
 * — criteria 1–4 as NQ 26/2022 describes them, 49 derived) and every per-standard point value
 * below are ILLUSTRATIVE, chosen to add up to the reported 78.75; they are not the dossier's.
 */
export const BINH_SON_BELOW_MINIMUM = [
  'Mật độ dân số toàn đô thị',
  'Tỷ lệ đường phố chính được chiếu sáng',
  'Tỷ lệ khu ở, ngõ xóm được chiếu sáng',
  'Tỷ lệ nước thải đô thị được xử lý đạt quy chuẩn kỹ thuật',
  'Nhà tang lễ',
  'Tỷ lệ sử dụng hình thức hỏa táng',
  'Quy chế quản lý quy hoạch kiến trúc',
  'Tỷ lệ tuyến phố văn minh đô thị',
] as const;

/** Named in the report as reaching their minimum, average or maximum level (line 59). */
const NAMED_MET = [
  'Đất xây dựng các công trình dịch vụ công cộng đô thị bình quân đầu người',
  'Tỷ lệ đất giao thông so với đất xây dựng đô thị',
  'Mật độ đường giao thông đô thị',
  'Tỷ lệ thuê bao băng thông rộng di động/100 dân',
  'Mật độ đường cống thoát nước chính',
] as const;

function scored(code: string, criterion: number, points: string, name?: string): ScoredStandard {
  return { code, criterion, ...(name ? { name } : {}), scored: { points, belowMinimum: false } };
}
function below(code: string, criterion: number, name: string): ScoredStandard {
  return { code, criterion, name, scored: { points: '0', belowMinimum: true } };
}

const standards: ScoredStandard[] = [];
// Criterion 1 (8 standards): 7 × 1.75 + 2.25 = 14.5
for (let i = 1; i <= 8; i++) standards.push(scored(`1.${i}`, 1, i === 8 ? '2.25' : '1.75'));
// Criterion 2 (2): 3 + 3 = 6
standards.push(scored('2.1', 2, '3'), scored('2.2', 2, '3'));
// Criterion 3 (2): whole-area density below its minimum; the other 2
standards.push(below('3.1', 3, BINH_SON_BELOW_MINIMUM[0]), scored('3.2', 3, '2'));
// Criterion 4 (2): 3 + 3 = 6
standards.push(scored('4.1', 4, '3'), scored('4.2', 4, '3'));
// Criterion 5 (49): 7 below the minimum; 42 met: 41 × 1.2 + 1.05 = 50.25
BINH_SON_BELOW_MINIMUM.slice(1).forEach((name, i) => standards.push(below(`5.${i + 1}`, 5, name)));
for (let i = 8; i <= 49; i++) standards.push(scored(`5.${i}`, 5, i === 49 ? '1.05' : '1.2', NAMED_MET[i - 8]));

/** 63 standards, 55 met, 78.75 points (illustrative split, see above). */
export const binhSon2023: UrbanClassificationInput = { standards };
