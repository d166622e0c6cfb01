import { describe, expect, it } from 'vitest';
import { packProblems } from '../../scripts/check-pack.js';

const file = (path: string) => ({ path, size: 1 });

describe('packProblems (what npm pack may publish)', () => {
  it('accepts the build, the executable, README, licence, changelog and package.json', () => {
    expect(packProblems(['dist/index.js', 'dist/cli.js', 'bin/nong-thon-moi.js', 'dist/ocop/index.cjs', 'README.md', 'LICENSE', 'CHANGELOG.md', 'package.json'].map(file))).toEqual([]);
  });

  it('names sources, tests, source maps, examples and secrets that slipped in, and a missing build and executable', () => {
    const problems = packProblems(['src/index.ts', 'test/core/evaluate.test.ts', 'dist/x.test.js', 'dist/index.js.map', 'examples/a.csv', '.env', 'dist/key.pem'].map(file));
    expect(problems).toEqual([
      'src/index.ts: not part of the published package',
      'test/core/evaluate.test.ts: not part of the published package',
      'test/core/evaluate.test.ts: looks like a test, a secret or a source map',
      'dist/x.test.js: looks like a test, a secret or a source map',
      'dist/index.js.map: looks like a test, a secret or a source map',
      'examples/a.csv: not part of the published package',
      '.env: not part of the published package',
      '.env: looks like a test, a secret or a source map',
      'dist/key.pem: looks like a test, a secret or a source map',
      'dist/index.js is missing: build first',
      'dist/cli.js is missing: build first',
      'bin/nong-thon-moi.js is missing: build first',
    ]);
  });
});
