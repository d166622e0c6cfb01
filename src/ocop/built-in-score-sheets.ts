import sheet01 from './data/sheets/qd148-2023-sheet-01.json';
import sheet03 from './data/sheets/qd148-2023-sheet-03.json';
import sheet06 from './data/sheets/qd148-2023-sheet-06.json';
import sheet09 from './data/sheets/qd148-2023-sheet-09.json';
import sheet10 from './data/sheets/qd148-2023-sheet-10.json';
import sheet21 from './data/sheets/qd148-2023-sheet-21.json';
import sheet26 from './data/sheets/qd148-2023-sheet-26.json';
import sheet02 from './data/sheets/qd148-2023-sheet-02.json';
import sheet04 from './data/sheets/qd148-2023-sheet-04.json';
import sheet05 from './data/sheets/qd148-2023-sheet-05.json';
import sheet08 from './data/sheets/qd148-2023-sheet-08.json';
import sheet14 from './data/sheets/qd148-2023-sheet-14.json';
import sheet15 from './data/sheets/qd148-2023-sheet-15.json';
import sheet16 from './data/sheets/qd148-2023-sheet-16.json';
import sheet17 from './data/sheets/qd148-2023-sheet-17.json';
import sheet18 from './data/sheets/qd148-2023-sheet-18.json';
import sheet19 from './data/sheets/qd148-2023-sheet-19.json';
import sheet20 from './data/sheets/qd148-2023-sheet-20.json';
import sheet22 from './data/sheets/qd148-2023-sheet-22.json';
import sheet23 from './data/sheets/qd148-2023-sheet-23.json';
import sheet24 from './data/sheets/qd148-2023-sheet-24.json';
import sheet25 from './data/sheets/qd148-2023-sheet-25.json';
import sheet2026a from './data/sheets/qd26-2026-sheet-01.json';
import sheet2026i from './data/sheets/qd26-2026-sheet-09.json';
import sheet2026j from './data/sheets/qd26-2026-sheet-10.json';
import sheet2026s02 from './data/sheets/qd26-2026-sheet-02.json';
import sheet2026s03 from './data/sheets/qd26-2026-sheet-03.json';
import sheet2026s05 from './data/sheets/qd26-2026-sheet-05.json';
import sheet2026s06 from './data/sheets/qd26-2026-sheet-06.json';
import sheet2026s07 from './data/sheets/qd26-2026-sheet-07.json';
import sheet2026s08 from './data/sheets/qd26-2026-sheet-08.json';
import sheet2026s12 from './data/sheets/qd26-2026-sheet-12.json';
import sheet2026s13 from './data/sheets/qd26-2026-sheet-13.json';
import sheet2026s14 from './data/sheets/qd26-2026-sheet-14.json';
import sheet2026s15 from './data/sheets/qd26-2026-sheet-15.json';
import sheet2026s16 from './data/sheets/qd26-2026-sheet-16.json';
import sheet2026s17 from './data/sheets/qd26-2026-sheet-17.json';
import sheet2026s18 from './data/sheets/qd26-2026-sheet-18.json';
import sheet2026s19 from './data/sheets/qd26-2026-sheet-19.json';
import sheet2026s20 from './data/sheets/qd26-2026-sheet-20.json';
import sheet2026s21 from './data/sheets/qd26-2026-sheet-21.json';
import sheet2026s22 from './data/sheets/qd26-2026-sheet-22.json';
import sheet2026s23 from './data/sheets/qd26-2026-sheet-23.json';
import sheet2026s24 from './data/sheets/qd26-2026-sheet-24.json';
import sheet2026s25 from './data/sheets/qd26-2026-sheet-25.json';
import sheet2026s26 from './data/sheets/qd26-2026-sheet-26.json';
import { defineOcopScoreSheet } from './define-ocop-score-sheet.js';
import type { ScoreSheet } from './score-sheet-schema.js';

/**
 * The score sheets bundled with the library, by version id and product set. Only sheets whose
 * content could be read and adds up are here: 148/QĐ-TTg sets 1–6, 8–10 and 14–26 (status `secondary`:
 * one full third-party transcription of Phụ lục III; 7 and 11–13 are defective there, see
 * `OCOP_SHEETS_148_NOT_ENCODED`) and 26/2026/QĐ-TTg sets 1–3, 5–10 and 12–26 (status `official`: a
 * full transcript of Phụ lục II; 4 and 11 do not add up there, see `OCOP_SHEETS_2026_NOT_ENCODED`). Every other product set is
 * unknown: rate it with a sheet you supply.
 *
 * @example
 * ```ts
 * builtInOcopScoreSheets['148-2023']['1']?.title.en; // 'Fresh vegetables, tubers, fruit and nuts'
 * ```
 */
export const builtInOcopScoreSheets: Readonly<Record<string, Readonly<Record<string, ScoreSheet>>>> = (() => {
  const sheets148 = Object.freeze({ '1': defineOcopScoreSheet(sheet01), '2': defineOcopScoreSheet(sheet02), '3': defineOcopScoreSheet(sheet03), '4': defineOcopScoreSheet(sheet04), '5': defineOcopScoreSheet(sheet05), '6': defineOcopScoreSheet(sheet06), '8': defineOcopScoreSheet(sheet08), '9': defineOcopScoreSheet(sheet09), '10': defineOcopScoreSheet(sheet10), '14': defineOcopScoreSheet(sheet14), '15': defineOcopScoreSheet(sheet15), '16': defineOcopScoreSheet(sheet16), '17': defineOcopScoreSheet(sheet17), '18': defineOcopScoreSheet(sheet18), '19': defineOcopScoreSheet(sheet19), '20': defineOcopScoreSheet(sheet20), '21': defineOcopScoreSheet(sheet21), '22': defineOcopScoreSheet(sheet22), '23': defineOcopScoreSheet(sheet23), '24': defineOcopScoreSheet(sheet24), '25': defineOcopScoreSheet(sheet25), '26': defineOcopScoreSheet(sheet26) });
  return Object.freeze({
    '1048-2019': Object.freeze({}),
    '148-2023': sheets148,
    // 1489/QĐ-TTg replaced only the procedure (Phụ lục II): same sheets.
    '148-2023+1489-2025': sheets148,
    '26-2026': Object.freeze({ '1': defineOcopScoreSheet(sheet2026a), '2': defineOcopScoreSheet(sheet2026s02), '3': defineOcopScoreSheet(sheet2026s03), '5': defineOcopScoreSheet(sheet2026s05), '6': defineOcopScoreSheet(sheet2026s06), '7': defineOcopScoreSheet(sheet2026s07), '8': defineOcopScoreSheet(sheet2026s08), '9': defineOcopScoreSheet(sheet2026i), '10': defineOcopScoreSheet(sheet2026j), '12': defineOcopScoreSheet(sheet2026s12), '13': defineOcopScoreSheet(sheet2026s13), '14': defineOcopScoreSheet(sheet2026s14), '15': defineOcopScoreSheet(sheet2026s15), '16': defineOcopScoreSheet(sheet2026s16), '17': defineOcopScoreSheet(sheet2026s17), '18': defineOcopScoreSheet(sheet2026s18), '19': defineOcopScoreSheet(sheet2026s19), '20': defineOcopScoreSheet(sheet2026s20), '21': defineOcopScoreSheet(sheet2026s21), '22': defineOcopScoreSheet(sheet2026s22), '23': defineOcopScoreSheet(sheet2026s23), '24': defineOcopScoreSheet(sheet2026s24), '25': defineOcopScoreSheet(sheet2026s25), '26': defineOcopScoreSheet(sheet2026s26) }),
  });
})();
