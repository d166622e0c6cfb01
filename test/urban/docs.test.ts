import { describe, expect, it } from 'vitest';
import { docBlocks, toCheckedModule, writeModule } from './doc-examples.js';

// Runs every example of docs/civilized-urban.md and docs/urban-classification.md and checks each
// "value; // 'expected'" comment against the real result.
for (const file of ['civilized-urban.md', 'urban-classification.md']) {
  describe(`docs/${file}`, () => {
    // Blocks with at least one "// expected" comment (an import-only block shows no result).
    const blocks = docBlocks(file).filter((b) => b.code.includes('nong-thon-moi/') && toCheckedModule(b.code).checks > 0);
    it('has runnable examples', () => {
      expect(blocks.length).toBeGreaterThanOrEqual(3);
    });
    for (const block of blocks) {
      const { source, checks } = toCheckedModule(block.code);
      it(`example ${block.index + 1} runs and shows the real results (${checks} checks)`, async () => {
        const seen: { line: number; actual: unknown; expected: unknown }[] = [];
        (globalThis as Record<string, unknown>)['__check'] = (actual: unknown, expected: unknown, line: number) => seen.push({ line, actual, expected });
        await import(/* @vite-ignore */ writeModule(source, `${file.replace('.md', '')}-${block.index}`));
        for (const { line, actual, expected } of seen) expect({ line, value: actual }).toEqual({ line, value: expected });
        expect(seen.length).toBe(checks);
        expect(checks).toBeGreaterThan(0);
      });
    }
  });
}
