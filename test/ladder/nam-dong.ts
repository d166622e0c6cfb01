/*
 * The Nam Đông district (Thừa Thiên Huế, region BTB) as its six-month 2023 report states it —
 * /work/shared/seeds/003_58059cd68c956849.txt, section I.1.b. The same example is in
 * docs/ntm-ladder.md.
 *
 * The report gives, per district criterion not met, how many indicators are not met; it does
 * not say which. The district input below marks the first k indicators of each such criterion
 * as not met (2.2 with 40 of 48 km, a made-up split). Everything else is as reported.
 */
import type { CommuneStanding, DistrictRollUpInput } from '../../src/ladder/index.js';

/** k of n indicators `code.1 … code.n` not met (the first k), the rest met. */
function firstUnmet(code: string, n: number, k: number): Record<string, boolean> {
  return Object.fromEntries(Array.from({ length: n }, (_, i) => [`${code}.${i + 1}`, i >= k]));
}

/** District criteria: met — Quy hoạch, Thủy lợi, Điện, An ninh trật tự - Hành chính công (4/9). */
export const NAM_DONG_DISTRICT: DistrictRollUpInput['district'] = {
  '1.1': true,
  // Giao thông: "chưa đạt 1/4 chỉ tiêu"
  '2.1': true,
  '2.2': { numerator: 40, denominator: 48 }, // km of district road to standard (split made up)
  '2.3': true,
  '2.4': true,
  '3.1': true,
  '3.2': true,
  '4.1': true,
  ...firstUnmet('5', 4, 2), // Y tế - Văn hóa - Giáo dục: "chưa đạt 2/4"
  ...firstUnmet('6', 4, 3), // Kinh tế: "chưa đạt 3/4"
  ...firstUnmet('7', 8, 4), // Môi trường: "chưa đạt 4/8"
  ...firstUnmet('8', 5, 1), // Chất lượng môi trường sống: "chưa đạt 1/5"
  '9': true,
};

/** The nine communes: NTM criteria met as reported, and the three advanced standings it gives. */
export const NAM_DONG_COMMUNES: readonly CommuneStanding[] = [
  { name: 'Hương Xuân', ntm: { met: 19, total: 19 }, advanced: { met: 17, total: 19 } },
  { name: 'Hương Lộc', ntm: { met: 17, total: 19 }, advanced: { met: 16, total: 19 } },
  { name: 'Hương Phú', ntm: { met: 17, total: 19 }, advanced: { met: 16, total: 19 } },
  { name: 'Thượng Nhật', ntm: { met: 17, total: 19 } },
  { name: 'Thượng Long', ntm: { met: 16, total: 19 } },
  { name: 'Hương Sơn', ntm: { met: 14, total: 19 } },
  { name: 'Hương Hữu', ntm: { met: 13, total: 19 } },
  { name: 'Thượng Lộ', ntm: { met: 12, total: 19 } },
  { name: 'Thượng Quảng', ntm: { met: 12, total: 19 } },
];

/** Khe Tre township: 5/9 civilized-urban criteria, so not recognised. */
export const NAM_DONG_TOWNSHIPS = [{ name: 'Khe Tre', civilizedUrban: false }] as const;
