/**
 * Runs every ```ts example of docs/html-report.md as written (package imports pointed at src/),
 * each in a fresh temporary directory, and checks what it prints against the `// …` comment at
 * the end of its last line.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const doc = readFileSync(join(root, 'docs/html-report.md'), 'utf8');
const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

/** `nong-thon-moi` → src/index.ts, `nong-thon-moi/<entry>` → src/<entry>/index.ts. */
function pointAtSources(code: string): string {
  return code.replace(/from 'nong-thon-moi(?:\/([a-z-]+))?'/g, (_, entry: string | undefined) => `from '${join(root, 'src', entry ?? '', 'index.ts')}'`);
}

/** The expected output: the comment after the last `console.log(…)` of the block. */
function expectedOutput(code: string): string {
  const line = code.trim().split('\n').filter((l) => l.includes('console.log(')).pop() ?? '';
  return line.slice(line.lastIndexOf('// ') + 3).trim();
}

describe('docs/html-report.md examples', () => {
  it('has the four examples', () => {
    expect(blocks).toHaveLength(4);
  });

  it.each(blocks.map((code, i) => [i + 1, code] as const))('example %i runs and prints what the page says', (_, code) => {
    const dir = mkdtempSync(join(tmpdir(), 'ntm-report-doc-'));
    try {
      const file = join(dir, 'example.ts');
      writeFileSync(file, pointAtSources(code), 'utf8');
      const out = execFileSync(join(root, 'node_modules/.bin/tsx'), [file], { cwd: dir, encoding: 'utf8' }).trim();
      expect(out).toBe(expectedOutput(code));
      if (code.includes("writeFileSync('report.html'")) {
        expect(existsSync(join(dir, 'report.html'))).toBe(true);
        expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
