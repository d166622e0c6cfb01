import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const LITERAL = /^('(?:[^'\\]|\\.)*'|-?\d+(?:\.\d+)?|true|false|null)$/;
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** One `ts` code block of a guide, with its position. */
export interface DocBlock {
  readonly index: number;
  readonly code: string;
}

/** The ```ts blocks of a guide in docs/. */
export function docBlocks(file: string): DocBlock[] {
  const text = readFileSync(new URL(`../../docs/${file}`, import.meta.url), 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m, index) => ({ index, code: m[1] ?? '' }));
}

/**
 * Turns a guide's code block into a module that checks its `value; // 'expected'` comments:
 * imports of `nong-thon-moi/<entry>` point at src/<entry>/index.ts, and each expression followed
 * by a literal comment (same line, or alone on the next line) becomes `__check(expr, literal)`.
 * Returns the number of checks.
 */
export function toCheckedModule(code: string): { source: string; checks: number } {
  const lines = code.split('\n');
  const out: string[] = [];
  let checks = 0;
  for (let i = 0; i < lines.length; i++) {
    let line = (lines[i] ?? '').replace(/from 'nong-thon-moi\/([a-z-]+)'/, (_, entry: string) => `from '${pathToFileURL(join(SRC, entry, 'index.ts')).href}'`);
    const same = /^(\s*)(.+);\s*\/\/\s*(.+)$/.exec(line);
    const next = (lines[i + 1] ?? '').trim();
    if (same && LITERAL.test((same[3] ?? '').trim()) && !(same[2] ?? '').startsWith('import ')) {
      line = `${same[1]}__check(${same[2]}, ${(same[3] ?? '').trim()}, ${i + 1});`;
      checks++;
    } else if (/^\s*[^/].*;$/.test(line) && !line.includes('//') && next.startsWith('// ') && LITERAL.test(next.slice(3).trim()) && !line.trim().startsWith('import ')) {
      const expr = line.trim().replace(/;$/, '');
      line = `__check(${expr}, ${next.slice(3).trim()}, ${i + 1});`;
      lines[i + 1] = '';
      checks++;
    }
    out.push(line);
  }
  return { source: out.join('\n'), checks };
}

/** Writes the checked module to a temporary file and returns its path. */
export function writeModule(source: string, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ntm-doc-'));
  const path = join(dir, `${name}.ts`);
  writeFileSync(path, source);
  return path;
}
