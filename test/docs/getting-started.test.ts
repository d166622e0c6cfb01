/*
 * Runs every ```ts block of docs/getting-started.md (imports of 'nong-thon-moi' mapped to the
 * sources) and checks that it prints exactly the ```text block that follows it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const guide = readFileSync(join(root, 'docs/getting-started.md'), 'utf8');
const tsBlocks = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
const pairs = [...guide.matchAll(/```ts\n([\s\S]*?)```\n\n```text\n([\s\S]*?)```/g)].map((m) => ({ code: m[1] ?? '', output: m[2] ?? '' }));
const dir = mkdtempSync(join(tmpdir(), 'getting-started-guide-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(code: string, n: number): string {
  const source = code.replace(/from 'nong-thon-moi(\/[a-z-]+)?'/g, (_, sub: string | undefined) => `from '${join(root, 'src', sub ?? '', 'index.ts')}'`);
  const file = join(dir, `example-${n}.ts`);
  writeFileSync(file, source);
  return execFileSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8', cwd: root });
}

describe('docs/getting-started.md', () => {
  it('pairs every TypeScript example with the output it prints', () => {
    expect(pairs.length).toBe(4);
    expect(tsBlocks.length).toBe(pairs.length);
  });
  it.each(pairs.map((p, i) => [i + 1, p] as const))('example %i prints what the guide shows', (n, { code, output }) => {
    expect(run(code, n)).toBe(output);
  }, 60_000);
});
