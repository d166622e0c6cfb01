import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderProvenanceTable } from '../../scripts/provenance-table.js';

describe('docs/provenance.md', () => {
  it('is up to date with the built-in rulebooks (run `npm run docs:provenance`)', () => {
    const onDisk = readFileSync(new URL('../../docs/provenance.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderProvenanceTable());
  });

  it('states the status counts of the 2021–2025 commune rulebook', () => {
    expect(renderProvenanceTable()).toContain('Threshold entries: 74 — official 0, secondary 29, unverified 21, unknown 24.');
  });
});
