/**
 * Metric wordings for which a lower value is better (poverty, malnutrition, …). Used by the
 * report extractor to read a plain plan value ("KH 11%") as "at most" rather than "at least";
 * the claim records which keyword decided. Heuristic reporting vocabulary, not legal data.
 */
export const LOWER_IS_BETTER_KEYWORDS: readonly string[] = [
  'suy dinh dưỡng',
  'thấp còi',
  'tỷ lệ hộ nghèo',
  'tỷ lệ nghèo',
  'hộ cận nghèo',
  'tỷ lệ thất nghiệp',
  'tử vong',
  'tai nạn',
  'bỏ học',
  'tảo hôn',
  'nhà tạm',
  'dột nát',
  'ngộ độc',
  'ô nhiễm',
  'hồ sơ quá hạn',
  'hồ sơ trễ hạn',
];

/** The first lower-is-better keyword found in `label` (case-insensitive), or `null`. */
export function lowerIsBetterKeyword(label: string): string | null {
  const lower = label.toLowerCase();
  return LOWER_IS_BETTER_KEYWORDS.find((k) => lower.includes(k)) ?? null;
}
