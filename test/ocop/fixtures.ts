import { builtInOcopScoreSheets, type ScoreSheet, type SheetChoices } from '../../src/ocop/index.js';

export const sheet1 = builtInOcopScoreSheets['148-2023']!['1']!;
export const sheet10 = builtInOcopScoreSheets['148-2023']!['10']!;
export const sheet2026 = builtInOcopScoreSheets['26-2026']!['1']!;
export const sheet26 = builtInOcopScoreSheets['148-2023']!['26']!;

/** Every criterion at its best option (for `pickOne` sections, the first case only): 100 points. */
export function bestChoices(sheet: ScoreSheet): Record<string, string | number> {
  const choices: Record<string, string | number> = {};
  for (const part of sheet.parts) {
    for (const section of part.sections) {
      const criteria = section.pickOne ? section.criteria.slice(0, 1) : section.criteria;
      for (const c of criteria) {
        const best = [...c.options].sort((a, b) => b.points - a.points)[0]!;
        choices[c.id] = best.id;
      }
    }
  }
  return choices;
}

/** The option id of `criterion` that gives `points`. */
export function optionWith(sheet: ScoreSheet, criterion: string, points: number): string {
  for (const part of sheet.parts) for (const s of part.sections) for (const c of s.criteria) {
    if (c.id === criterion) {
      const o = c.options.find((x) => x.points === points);
      if (!o) throw new Error(`no option worth ${points} on ${criterion}`);
      return o.id;
    }
  }
  throw new Error(`no criterion ${criterion}`);
}

/** Best choices with some criteria overridden. */
export function bestWith(sheet: ScoreSheet, overrides: SheetChoices): SheetChoices {
  return { ...bestChoices(sheet), ...overrides };
}

/** A small test sheet whose totals can hit every band edge exactly (29.99, 30, ..., 100). */
export const edgeSheetInput = {
  id: 'test/edges',
  productSet: 'edges',
  title: { vi: 'Phiếu thử biên', en: 'Band-edge test sheet' },
  provenance: { instrument: 'test', locator: 'test fixture', status: 'unverified', note: 'Synthetic sheet for band-edge tests; not law.' },
  parts: [
    { id: 'A', label: { vi: 'A', en: 'A' }, max: 40, sections: [{ id: '1', label: { vi: 'a', en: 'a' }, max: 40, criteria: [{ id: 'a', label: { vi: 'a', en: 'a' }, max: 40, options: [{ id: '1', points: 20, label: { vi: '20', en: '20' } }, { id: '2', points: 40, label: { vi: '40', en: '40' } }] }] }] },
    { id: 'B', label: { vi: 'B', en: 'B' }, max: 25, sections: [{ id: '2', label: { vi: 'b', en: 'b' }, max: 25, criteria: [{ id: 'b', label: { vi: 'b', en: 'b' }, max: 25, options: [{ id: '1', points: 25, label: { vi: '25', en: '25' } }] }] }] },
    {
      id: 'C', label: { vi: 'C', en: 'C' }, max: 35, sections: [
        { id: '3', label: { vi: 'c', en: 'c' }, max: 1, criteria: [{ id: 'fine', label: { vi: 'f', en: 'f' }, max: 1, options: [{ id: '1', points: 0.99, label: { vi: '0,99', en: '0.99' } }, { id: '2', points: 1, label: { vi: '1', en: '1' } }] }] },
        { id: '4', label: { vi: 'd', en: 'd' }, max: 34, criteria: [{ id: 'c2', label: { vi: 'c2', en: 'c2' }, max: 34, options: [4, 9, 24, 34].map((p, i) => ({ id: String(i + 1), points: p, label: { vi: String(p), en: String(p) } })) }] },
      ],
    },
  ],
};
