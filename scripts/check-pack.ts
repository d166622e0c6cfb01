/**
 * `npm run check:pack` (part of `npm test`, after the build): what `npm pack` would publish.
 * Fails when the tarball holds anything but the build, the executable, the README, the licence, the
 * changelog and package.json (no tests, sources, source maps, examples or secrets), and reports the
 * size of each entry point as an application would bundle it (minified, with zod, date-fns and
 * decimal.js, gzipped); then installs the tarball in an empty project and loads every entry point
 * with require and import, and runs the executable.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import packageJson from '../package.json' with { type: 'json' };

const ALLOWED = [/^dist\//, /^bin\/nong-thon-moi\.js$/, /^README\.md$/, /^LICENSE$/, /^CHANGELOG\.md$/, /^package\.json$/];
const FORBIDDEN = [/\.map$/, /(^|\/)test\//, /\.test\.[cm]?[jt]s$/, /(^|\/)\.env/, /\.(pem|key|p12)$/i, /secret/i, /\.tsbuildinfo$/];

interface PackedFile {
  readonly path: string;
  readonly size: number;
}

/** Problems with a list of packed files: paths outside the allowed set, that look like tests, secrets or source maps, or a missing build or executable. */
export function packProblems(files: readonly PackedFile[]): string[] {
  const problems: string[] = [];
  for (const { path } of files) {
    if (!ALLOWED.some((pattern) => pattern.test(path))) problems.push(`${path}: not part of the published package`);
    if (FORBIDDEN.some((pattern) => pattern.test(path))) problems.push(`${path}: looks like a test, a secret or a source map`);
  }
  for (const required of ['dist/index.js', 'dist/cli.js', ...Object.values(packageJson.bin).map((path) => path.replace(/^\.\//, ''))]) {
    if (!files.some((f) => f.path === required)) problems.push(`${required} is missing: build first`);
  }
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
  installAndLoad();
}

/**
 * Installs the real tarball in an empty project and loads every entry point there with `require`
 * and with `import`, then runs the executable: the CommonJS build is split into shared chunks,
 * which only a real install proves loadable.
 */
function installAndLoad(): void {
  const directory = mkdtempSync(join(tmpdir(), 'ntm-pack-'));
  try {
    const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', directory], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim().split('\n').pop() ?? '';
    writeFileSync(join(directory, 'package.json'), JSON.stringify({ name: 'pack-check', private: true }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `./${tarball}`], { cwd: directory, stdio: 'ignore' });
    const subpaths = Object.keys(packageJson.exports).filter((subpath) => subpath !== './package.json').map((subpath) => `${packageJson.name}${subpath.slice(1)}`);
    const script = `
      const names = ${JSON.stringify(subpaths)};
      for (const name of names) {
        const viaRequire = require(name);
        if (Object.keys(viaRequire).length === 0) throw new Error('require(' + name + ') exports nothing');
      }
      (async () => {
        for (const name of names) {
          const viaImport = await import(name);
          if (Object.keys(viaImport).length !== Object.keys(require(name)).length) throw new Error(name + ': import and require export different names');
        }
      })().catch((error) => { console.error(error); process.exit(1); });`;
    execFileSync(process.execPath, ['-e', script], { cwd: directory, stdio: 'inherit' });
    const help = execFileSync('npx', ['--no-install', packageJson.name, '--help'], { cwd: directory, encoding: 'utf8' });
    if (!help.includes(packageJson.name)) throw new Error('the installed executable printed no help');
    console.log(`\ninstalled ${tarball} in an empty project: ${subpaths.length} entry points load with require and import; \`npx ${packageJson.name} --help\` runs`);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  await main();
}
