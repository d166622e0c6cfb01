import { describe, expect, it } from 'vitest';
import { packProblems } from '../../scripts/check-pack.js';

const file = (path: string) => ({ path, size: 1 });

describe('packProblems (what npm pack may publish)', () => {
  it('accepts the build, README, licence, changelog and package.json', () => {
    expect(packProblems(['dist/index.js', 'dist/ocop/index.cjs', 'README.md', 'LICENSE', 'CHANGELOG.md', 'package.json'].map(file))).toEqual([]);
  });

  it('names sources, tests, examples and secrets that slipped in, and a missing build', () => {
    const problems = packProblems(['src/index.ts', 'test/core/evaluate.test.ts', 'dist/x.test.js', 'examples/a.csv', '.env', 'dist/key.pem'].map(file));
    expect(problems).toEqual([
      'src/index.ts: not part of the published package',
      'test/core/evaluate.test.ts: not part of the published package',
      'test/core/evaluate.test.ts: looks like a test or a secret',
      'dist/x.test.js: looks like a test or a secret',
      'examples/a.csv: not part of the published package',
      '.env: not part of the published package',
      '.env: looks like a test or a secret',
      'dist/key.pem: looks like a test or a secret',
      'dist/index.js is missing: build first',
    ]);
  });
});
