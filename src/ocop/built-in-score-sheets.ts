import sheet01 from './data/sheets/qd148-2023-sheet-01.json';
import sheet03 from './data/sheets/qd148-2023-sheet-03.json';
import sheet06 from './data/sheets/qd148-2023-sheet-06.json';
import sheet09 from './data/sheets/qd148-2023-sheet-09.json';
import sheet10 from './data/sheets/qd148-2023-sheet-10.json';
import sheet21 from './data/sheets/qd148-2023-sheet-21.json';
import sheet26 from './data/sheets/qd148-2023-sheet-26.json';
import sheet2026a from './data/sheets/qd26-2026-sheet-01.json';
import sheet2026i from './data/sheets/qd26-2026-sheet-09.json';
import sheet2026j from './data/sheets/qd26-2026-sheet-10.json';
import { defineOcopScoreSheet } from './define-ocop-score-sheet.js';
import type { ScoreSheet } from './score-sheet-schema.js';

/**
 * The score sheets bundled with the library, by version id and product set. Only sheets whose
 * content could be read are here: 148/QĐ-TTg sets 1, 3, 6, 9, 10, 21, 26 (status `secondary`: one full
 * third-party transcription of Phụ lục III) and 26/2026/QĐ-TTg sets 1, 9 and 10 (status `official`: a full
 * transcript of Phụ lục II). Every other product set is unknown: rate it with a sheet you supply.
 *
 * @example
 * ```ts
 * builtInOcopScoreSheets['148-2023']['1']?.title.en; // 'Fresh vegetables, tubers, fruit and nuts'
 * ```
 */
export const builtInOcopScoreSheets: Readonly<Record<string, Readonly<Record<string, ScoreSheet>>>> = (() => {
  const sheets148 = Object.freeze({ '1': defineOcopScoreSheet(sheet01), '3': defineOcopScoreSheet(sheet03), '6': defineOcopScoreSheet(sheet06), '9': defineOcopScoreSheet(sheet09), '10': defineOcopScoreSheet(sheet10), '21': defineOcopScoreSheet(sheet21), '26': defineOcopScoreSheet(sheet26) });
  return Object.freeze({
    '1048-2019': Object.freeze({}),
    '148-2023': sheets148,
    // 1489/QĐ-TTg replaced only the procedure (Phụ lục II): same sheets.
    '148-2023+1489-2025': sheets148,
    '26-2026': Object.freeze({ '1': defineOcopScoreSheet(sheet2026a), '9': defineOcopScoreSheet(sheet2026i), '10': defineOcopScoreSheet(sheet2026j) }),
  });
})();
