import type { CivilizedUrbanInput } from '../../src/urban/index.js';

/**
 * Khe Tre township (thị trấn Khe Tre, Nam Đông district, Thừa Thiên Huế), from
 * ../shared/seeds/003_58059cd68c956849.txt:
 * - line 27 (six-month report, 2023): "Thị trấn Khe Tre đạt chuẩn 5/9 tiêu chí đô thị văn minh;
 *   còn 04 tiêu chí chưa đạt";
 * - line 197 (2023 target): "xây dựng thị trấn Khe Tre đạt 50/52 nội dung theo Phụ lục I -
 *   Quyết định 04/2022/QĐ-TTg".
 *
 * The report gives no per-criterion breakdown, and the number of contents of each criterion of
 * Appendix I is not verified: the split below (6+5+6+6+5+5+7+6+6 = 52) is ILLUSTRATIVE. Only the
 * totals (52 contents, 9 criteria) and the reported counts come from the sources.
 */
export const ILLUSTRATIVE_CONTENTS_PER_CRITERION = [6, 5, 6, 6, 5, 5, 7, 6, 6] as const;

type Contents = NonNullable<CivilizedUrbanInput['contents']>;

/** Contents with `short[i]` contents not met in criterion i+1 (illustrative split). */
export function contentsWith(short: readonly number[]): Contents {
  const out: Record<string, { met: number; total: number }> = {};
  ILLUSTRATIVE_CONTENTS_PER_CRITERION.forEach((total, i) => {
    out[String(i + 1)] = { met: total - (short[i] ?? 0), total };
  });
  return out as Contents;
}

/** Khe Tre, mid-2023: 5/9 criteria (criteria 2, 3, 6 and 9 short of one content each — illustrative choice). */
export const kheTreMid2023: CivilizedUrbanInput = {
  unit: 'township',
  recognition: 'first',
  registered: true,
  registeredOn: null, // not in the report
  contents: contentsWith([0, 1, 1, 0, 0, 1, 0, 0, 1]),
  satisfaction: null, // not in the report
};

/** Khe Tre, the 2023 target: 50/52 contents (two contents short, in criteria 3 and 9 — illustrative). */
export const kheTreTarget2023: CivilizedUrbanInput = {
  unit: 'township',
  recognition: 'first',
  registered: true,
  registeredOn: null,
  contents: contentsWith([0, 0, 1, 0, 0, 0, 0, 0, 1]),
  satisfaction: null,
};
