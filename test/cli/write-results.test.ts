import { describe, expect, it } from 'vitest';
import type { CommonOptions } from '../../src/cli/command.js';
import { statusText, verdictText, writeResults, type ResultsView } from '../../src/cli/write-results.js';
import { sink } from './helpers.js';

interface Unit {
  readonly name: string;
  readonly met: number;
}
const view: ResultsView<Unit> = {
  json: (u) => ({ unit: u.name }),
  csv: { header: ['name', 'met'], row: (u) => [u.name, u.met] },
  table: { title: 'Title', columns: [{ header: 'Unit' }, { header: 'Met', align: 'right' }], row: (u) => [u.name, String(u.met)], footer: 'Footer' },
  explain: (u) => ({ name: u.name, lines: [`${u.name} meets ${u.met}`, 'second line'] }),
};
const units: Unit[] = [
  { name: 'Hương Xuân', met: 19 },
  { name: 'Xã A, B', met: 7 },
];

function written(items: readonly Unit[], format: CommonOptions['format'], explainAll = false): string {
  const stdout = sink();
  writeResults(items, view, { stdin: (async function* () {})(), stdout, stderr: sink() }, { format, lang: 'vi', notation: 'vi', progress: false } as CommonOptions, explainAll);
  return stdout.text();
}

describe('writeResults', () => {
  it('JSON: one entry per item, as the view maps it', () => {
    expect(JSON.parse(written(units, 'json'))).toEqual([{ unit: 'Hương Xuân' }, { unit: 'Xã A, B' }]);
  });
  it('CSV: the header, then one quoted-as-needed row per item', () => {
    expect(written(units, 'csv')).toBe('name,met\r\nHương Xuân,19\r\n"Xã A, B",7\r\n');
  });
  it('table: title, table and footer; explanations only for one item or when asked', () => {
    const table = 'Title\nUnit        Met\n----------  ---\nHương Xuân   19\nXã A, B       7\nFooter\n';
    expect(written(units, 'table')).toBe(table);
    expect(written(units, 'table', true)).toBe(`${table}\n== Hương Xuân\nHương Xuân meets 19\nsecond line\n\n== Xã A, B\nXã A, B meets 7\nsecond line\n`);
    expect(written(units.slice(0, 1), 'table')).toContain('\n== Hương Xuân\nHương Xuân meets 19\n');
  });
  it('words statuses and verdicts in both languages', () => {
    expect(statusText('unmet', 'vi')).toBe('chưa đạt');
    expect(statusText('missing', 'en')).toBe('missing input');
    expect(verdictText(true, 'met', 'vi')).toBe('ĐẠT CHUẨN');
    expect(verdictText(false, 'indeterminate', 'en')).toBe('indeterminate');
  });
});
