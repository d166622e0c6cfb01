import { resolve } from 'node:path';
import { run } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/io.js';

/** The repository root (examples/cli lives there). */
export const ROOT = resolve(import.meta.dirname, '../..');

/** A writable that collects what is written; `isTTY` as asked. */
export function sink(isTTY = false): { write(chunk: string): boolean; readonly isTTY: boolean; text(): string } {
  let out = '';
  return {
    isTTY,
    write(chunk: string) {
      out += chunk;
      return true;
    },
    text: () => out,
  };
}

async function* once(text: string): AsyncGenerator<string> {
  if (text !== '') yield text;
}

/** Runs the CLI in-process with `argv`, optional stdin text, from the repository root. */
export async function runCli(argv: readonly string[], options: { stdin?: string; ttyStderr?: boolean; today?: string } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = sink();
  const stderr = sink(options.ttyStderr ?? false);
  const io: CliIo = { stdin: once(options.stdin ?? ''), stdout, stderr, cwd: ROOT, ...(options.today ? { today: options.today } : {}) };
  const code = await run(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
