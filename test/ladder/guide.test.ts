/*
 * Runs every ```ts block of docs/ntm-ladder.md (imports mapped to the sources) and compares what
 * it prints with the ```text block that follows it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const guide = readFileSync(join(root, 'docs/ntm-ladder.md'), 'utf8');
const pairs = [...guide.matchAll(/```ts\n([\s\S]*?)```\n\n```text\n([\s\S]*?)```/g)].map((m) => ({ code: m[1] ?? '', output: m[2] ?? '' }));
const dir = mkdtempSync(join(tmpdir(), 'ntm-ladder-guide-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(code: string, n: number): string {
  const source = code
    .replaceAll("from 'nong-thon-moi/ladder'", `from '${join(root, 'src/ladder/index.ts')}'`)
    .replaceAll("from 'nong-thon-moi'", `from '${join(root, 'src/index.ts')}'`);
  const file = join(dir, `example-${n}.ts`);
  writeFileSync(file, source);
  return execFileSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8', cwd: root });
}

describe('docs/ntm-ladder.md', () => {
  it('has five runnable examples with their output', () => {
    expect(pairs).toHaveLength(5);
  });
  it.each(pairs.map((p, i) => [i + 1, p] as const))('example %i prints what the guide shows', (n, { code, output }) => {
    expect(run(code, n)).toBe(output);
  }, 60_000);
});
