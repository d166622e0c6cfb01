/*
 * The guides as a whole: every relative link in docs/*.md and README.md points to a file that
 * exists, and every guide is part of the TypeDoc site (typedoc.json `projectDocuments`), getting
 * started first. Also runs the examples of the two commune guides that have no test of their own
 * (docs/evaluating-a-commune.md, docs/writing-a-provincial-rulebook.md).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const guides = readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`);
const files = ['README.md', ...guides];

/**
 * Written by the lead after this test: README links it already. Treated as pending while it does
 * not exist; once it exists it is checked like every other link.
 */
const pending = new Set(['docs/performance.md']);

/** Relative link targets of a Markdown file, outside fenced code blocks and inline code. */
function relativeLinks(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((m) => m[1] ?? '')
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#'));
}

describe('links in the guides', () => {
  it('finds the guides and their links', () => {
    expect(guides).toContain('docs/getting-started.md');
    expect(files.flatMap((file) => relativeLinks(readFileSync(join(root, file), 'utf8'))).length).toBeGreaterThan(20);
  });

  it('finds links but not code', () => {
    expect(relativeLinks('See [a](a.md#x) and [b](https://x.org), `[c](c.md)`.\n```ts\n[d](d.md)\n```\n')).toEqual(['a.md#x']);
  });

  it.each(files)('every relative link of %s points to an existing file', (file) => {
    const broken = relativeLinks(readFileSync(join(root, file), 'utf8'))
      .map((target) => relative(root, join(root, dirname(file), decodeURIComponent(target.split('#')[0] ?? ''))))
      .filter((path) => !(existsSync(join(root, path)) && statSync(join(root, path)).isFile()))
      .filter((path) => !(pending.has(path) && !existsSync(join(root, path))));
    expect(broken).toEqual([]);
  });
});

describe('the docs site', () => {
  const typedoc = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as { projectDocuments?: string[] };

  it('lists every guide as a project document, getting started first', () => {
    expect(typedoc.projectDocuments?.[0]).toBe('docs/getting-started.md');
    expect([...(typedoc.projectDocuments ?? [])].sort()).toEqual([...guides].sort());
  });
});

// ── Examples of the commune guides ────────────────────────────────────────────────────────────
const dir = mkdtempSync(join(tmpdir(), 'guides-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tsBlocks = (file: string) => [...readFileSync(join(root, file), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
function run(code: string, name: string): string {
  const file = join(dir, `${name}.ts`);
  writeFileSync(file, code.replaceAll("from 'nong-thon-moi'", `from '${join(root, 'src/index.ts')}'`));
  return execFileSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8', cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('docs/evaluating-a-commune.md', () => {
  it('section 1 returns what its comments say', () => {
    const [block = ''] = tsBlocks('docs/evaluating-a-commune.md');
    // Each `expression; // 'value' …` or `expression; // throws Name` line becomes a check.
    const checks = block.split('\n').flatMap((line) => {
      const m = /^(.+?);\s*\/\/\s*(?:'([^']*)'|throws (\w+))/.exec(line);
      return m ? [{ expression: m[1] ?? '', value: m[2], throws: m[3] }] : [];
    });
    expect(checks).toHaveLength(3);
    const imports = block.split('\n').filter((line) => line.startsWith('import ')).join('\n');
    const body = checks
      .map(({ expression }) => `try { console.log(JSON.stringify(${expression})); } catch (error) { console.log('throws', (error as Error).constructor.name); }`)
      .join('\n');
    const printed = run(`${imports}\n${body}\n`, 'evaluating-a-commune').trimEnd().split('\n');
    expect(printed).toEqual(checks.map(({ value, throws }) => (throws ? `throws ${throws}` : JSON.stringify(value))));
  }, 60_000);
});

describe('docs/writing-a-provincial-rulebook.md', () => {
  // Section A leaves the values of your decision as '…': the test writes example values there.
  const [derive = '', load = ''] = tsBlocks('docs/writing-a-provincial-rulebook.md');
  const derived = derive.replaceAll("value: '…'", "value: '50'");

  it('section A derives a provincial rulebook whose thresholds are the ones supplied', () => {
    const out = run(
      `${derived}\nconsole.log(province.id, JSON.stringify(province.criteria.find((c) => c.code === '11')?.indicators[0]?.checks[0]?.requirement))`,
      'provincial-a',
    );
    expect(out).toContain('commune-ntm-2021-2025-tinh-x');
    expect(out).toContain('"value":"50"');
    expect(out).toContain('"instrument":"123/QĐ-UBND"');
  }, 60_000);

  it('section B round-trips the rulebook through JSON', () => {
    const [json = '', loaded = ''] = load.split('\n').filter((line) => line.startsWith('const json') || line.startsWith('const loaded'));
    const imports = load.split('\n').filter((line) => line.startsWith('import ')).join('\n');
    const out = run(`${imports}\n${derived}\n${json}\n${loaded}\nconsole.log(JSON.stringify(rulebookToJson(loaded)) === JSON.stringify(rulebookToJson(province)), builtInRulebooks.length > 0, typeof createRegistry)`, 'provincial-b');
    expect(out.trim()).toBe('true true function');
  }, 60_000);

  // The whole of section B, registry included, runs as written.
  it('section B runs as written', () => {
    try {
      run(`${derived}\n${load}`, 'provincial-b-as-written');
    } catch (error) {
      // A plain error (the child's stderr carries source maps vitest cannot read).
      const code = /\[([a-z-]+)\]/.exec(String((error as { stderr?: unknown }).stderr))?.[1];
      throw new Error(`the example throws (${code ?? 'unknown error'})`);
    }
  }, 60_000);
});
