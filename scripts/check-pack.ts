/**
 * `npm run check:pack` (part of `npm test`, after the build): what `npm pack` would publish.
 * Fails when the tarball holds anything but the build, the README, the licence, the changelog and
 * package.json (no tests, sources, examples or secrets), and reports the size of each entry point
 * as an application would bundle it (minified, with zod, date-fns and decimal.js, gzipped).
 */
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import packageJson from '../package.json' with { type: 'json' };

const ALLOWED = [/^dist\//, /^README\.md$/, /^LICENSE$/, /^CHANGELOG\.md$/, /^package\.json$/];
const FORBIDDEN = [/(^|\/)test\//, /\.test\.[cm]?[jt]s$/, /(^|\/)\.env/, /\.(pem|key|p12)$/i, /secret/i, /\.tsbuildinfo$/];

interface PackedFile {
  readonly path: string;
  readonly size: number;
}

/** Problems with a list of packed files: paths outside the allowed set, or that look like tests or secrets. */
export function packProblems(files: readonly PackedFile[]): string[] {
  const problems: string[] = [];
  for (const { path } of files) {
    if (!ALLOWED.some((pattern) => pattern.test(path))) problems.push(`${path}: not part of the published package`);
    if (FORBIDDEN.some((pattern) => pattern.test(path))) problems.push(`${path}: looks like a test or a secret`);
  }
  if (!files.some((f) => f.path === 'dist/index.js')) problems.push('dist/index.js is missing: build first');
  return problems;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function bundleSize(entry: string): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    stdin: { contents: `export * from ${JSON.stringify(entry)};`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.byteLength, gzipped: gzipSync(code).byteLength };
}

async function main(): Promise<void> {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' })) as [
    { files: PackedFile[]; size: number; unpackedSize: number },
  ];
  const problems = packProblems(pack.files);
  console.log(`npm pack: ${pack.files.length} files, ${kib(pack.size)} packed, ${kib(pack.unpackedSize)} unpacked`);
  if (problems.length > 0) {
    console.error(problems.map((p) => `  ✗ ${p}`).join('\n'));
    process.exit(1);
  }
  console.log('\nentry point                       minified      gzipped   (ESM, bundled with its dependencies)');
  for (const [subpath, target] of Object.entries(packageJson.exports)) {
    if (typeof target === 'string') continue; // ./package.json
    const entry = `./${target.import.default.replace(/^\.\//, '')}`;
    const { minified, gzipped } = await bundleSize(entry);
    console.log(`${subpath.padEnd(32)} ${kib(minified).padStart(11)} ${kib(gzipped).padStart(12)}`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  await main();
}
