/*
 * Release hygiene: the changelog is written by Changesets (`npm run release:version`), its newest
 * entry is the version in package.json, and every pending changeset is one Changesets can read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; files: string[] };
const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');

describe('CHANGELOG.md', () => {
  it('is headed by the package name, and its newest entry is the version in package.json', () => {
    expect(changelog.split('\n')[0]).toBe(`# ${pkg.name}`);
    expect(changelog.match(/^## (\S+)$/m)?.[1]).toBe(pkg.version);
  });
  it('lists each version once, newest first', () => {
    const versions = [...changelog.matchAll(/^## (\d+)\.(\d+)\.(\d+)$/gm)].map((m) => [Number(m[1]), Number(m[2]), Number(m[3])] as const);
    expect(versions.length).toBeGreaterThan(0);
    for (let i = 1; i < versions.length; i++) {
      const [a, b] = [versions[i - 1]!, versions[i]!];
      expect(a[0] * 1e6 + a[1] * 1e3 + a[2]).toBeGreaterThan(b[0] * 1e6 + b[1] * 1e3 + b[2]);
    }
  });
  it('every entry says what changed, under Changesets’ headings', () => {
    for (const entry of changelog.split(/^## /m).slice(1)) {
      expect(entry).toMatch(/^### (Major|Minor|Patch) Changes$/m);
      expect(entry).toMatch(/^- /m);
    }
  });
  it('is published with the package', () => {
    expect(pkg.files).toContain('CHANGELOG.md');
  });
});

describe('pending changesets (.changeset/*.md)', () => {
  const pending = readdirSync(join(root, '.changeset')).filter((name) => name.endsWith('.md') && name !== 'README.md');
  const readable = (name: string) => /^---\n"([^"]+)": (patch|minor|major)\n---\n\n(\S[\s\S]{20,})$/.exec(readFileSync(join(root, '.changeset', name), 'utf8'));
  it('each bumps this package (patch, minor or major) and says why, as Changesets reads it', () => {
    const unreadable = pending.filter((name) => readable(name)?.[1] !== pkg.name);
    expect(unreadable).toEqual([]);
  });
});
