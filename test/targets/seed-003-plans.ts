import { parseQuantity } from '../../src/format/parse-quantity.js';
import type { PlanStatedElsewhere } from '../../src/targets/check-report-text.js';
import { SEED_003_B_III_1 } from './seed-excerpts.js';

/**
 * The 2023 plan of the agricultural programme as 003 states it in B.III.1 ("1. Chỉ tiêu: …"),
 * each value parsed from its own words in that line, keyed by words of the matching line of
 * A.III.1. (The plan for "Khai thác và trồng lại rừng" is a range, 1.500 - 1.600 ha, and is left out.)
 */
const PLAN_WORDS: readonly [labelIncludes: string, written: string][] = [
  ['Tổng giá trị sản xuất ngành', '683,69 tỷ đồng'],
  ['Giá trị sản xuất nông nghiệp', '395,022 tỷ đồng'],
  ['Giá trị sản xuất lâm nghiệp', '274,559 tỷ đồng'],
  ['Giá trị sản xuất thủy sản', '14,109 tỷ đồng'],
  ['lương thực có hạt', '4.450 tấn'],
  ['VietGap', '18 ha'],
  ['cao su', '1.485 ha'],
  ['mủ đông', '7.100 tấn'],
  ['đàn gia súc', '5.450 con'],
  ['Đàn bò', '3.400 con'],
  ['đàn trâu', '2.050 con'],
  ['Phát triển đàn lợn', '26.600 con'],
  ['đàn lợn nái', '1.360 con'],
  ['gia cầm', '360.000 con'],
  ['Nuôi cá nước ngọt', '65 ha'],
  ['lồng, bè', '300 m³'],
  ['đánh bắt', '275 tấn'],
  ['gỗ khai thác', '150 ngàn tấn'],
  ['gỗ lớn', '200 ha'],
];

export const SEED_003_AGRICULTURE_PLAN: readonly PlanStatedElsewhere[] = PLAN_WORDS.map(([labelIncludes, written]) => {
  if (!SEED_003_B_III_1.includes(written)) throw new Error(`"${written}" is not in 003 B.III.1`);
  const q = parseQuantity(written);
  return { labelIncludes, value: q.baseValue, unit: q.unit, where: `003 B.III.1 "${written}"` };
});
