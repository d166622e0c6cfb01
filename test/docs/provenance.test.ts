import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { provenanceCensus, renderProvenanceTable } from '../../scripts/provenance-table.js';

describe('docs/provenance.md', () => {
  it('is up to date with the built-in rulebooks (run `npm run docs:provenance`)', () => {
    const onDisk = readFileSync(new URL('../../docs/provenance.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderProvenanceTable());
  });

  it('states the status counts of the 2021–2025 commune rulebook', () => {
    expect(renderProvenanceTable()).toContain('Threshold entries: 74 — official 0, secondary 33, unverified 17, unknown 24.');
  });

  it('counts every cited value of every domain in the census, by status', () => {
    const census = provenanceCensus({
      a: { provenance: { status: 'unknown', note: 'threshold without instrument still counts' } },
      b: [{ instrument: 'X', locator: 'Điều 1', status: 'official' }, { status: 'secondary', source: 'news' }],
      c: { status: 'met' },
    });
    expect(Object.fromEntries(census)).toEqual({ official: 1, secondary: 1, unverified: 0, unknown: 1 });
    const table = renderProvenanceTable();
    for (const id of ['commune-ntm-2021-2025', 'vn-poverty-2022-2026', 'ocop-versions', 'ocop 26-2026 sheet 1', 'NQ76', 'nq-111-2025']) {
      expect(table).toMatch(new RegExp(`^\\| ${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\|`, 'm'));
    }
  });
});
