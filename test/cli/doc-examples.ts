/** Splits a shell command line into words: spaces separate, double or single quotes group. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: string | null = null;
  let started = false;
  for (const ch of line.replace(/\s+#.*$/, '')) {
    if (quote) {
      if (ch === quote) quote = null;
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      started = true;
    } else if (/\s/.test(ch)) {
      if (started) words.push(word);
      word = '';
      started = false;
    } else {
      word += ch;
      started = true;
    }
  }
  if (started) words.push(word);
  return words;
}

/** The runnable examples of a guide: each `npx nong-thon-moi …` command followed by its expected output. */
export function docExamples(markdown: string): { argv: string[]; stream: 'stdout' | 'stderr'; exitCode: number; expected: string }[] {
  const re = /```sh\n(npx nong-thon-moi [^\n]*)\n```\n\n```text([^\n]*)\n([\s\S]*?)```/g;
  const out: { argv: string[]; stream: 'stdout' | 'stderr'; exitCode: number; expected: string }[] = [];
  for (const m of markdown.matchAll(re)) {
    const info = m[2] ?? '';
    out.push({ argv: shellWords(m[1] as string).slice(2), stream: info.includes('stderr') ? 'stderr' : 'stdout', exitCode: Number(/exit=(\d+)/.exec(info)?.[1] ?? 0), expected: m[3] as string });
  }
  return out;
}
