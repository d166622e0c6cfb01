import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docExamples, shellWords } from './doc-examples.js';
import { ROOT, runCli } from './helpers.js';

const guide = readFileSync(resolve(ROOT, 'docs/cli.md'), 'utf8');
const examples = docExamples(guide);

describe('docs/cli.md: every example runs and prints what the guide shows', () => {
  it('has an example for each command and for bad input', () => {
    expect(examples.map((e) => e.argv[0])).toEqual(['evaluate', 'evaluate', 'evaluate', 'ocop', 'households', 'check-report', 'evaluate']);
    expect(examples.at(-1)?.exitCode).toBe(2);
  });

  it.each(examples.map((e) => [e.argv.join(' '), e] as const))('%s', async (_, example) => {
    const r = await runCli(example.argv);
    expect(r.code).toBe(example.exitCode);
    expect(r[example.stream].replace(/\r\n/g, '\n')).toBe(example.expected);
  });

  it('splits quoted arguments as a shell does', () => {
    expect(shellWords('npx nong-thon-moi check-report a.txt --plan "gỗ khai thác=150.000 tấn" --x \'y z\'  # note')).toEqual(['npx', 'nong-thon-moi', 'check-report', 'a.txt', '--plan', 'gỗ khai thác=150.000 tấn', '--x', 'y z']);
  });
});
