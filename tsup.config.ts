import { defineConfig, type Options } from "tsup";

/** The library's entry points, one per domain (package.json "exports"). */
const library = {
  index: "src/index.ts",
  "core/index": "src/core/index.ts",
  "rulebooks/index": "src/rulebooks/index.ts",
  "format/index": "src/format/index.ts",
  "ladder/index": "src/ladder/index.ts",
  "urban/index": "src/urban/index.ts",
  "urban-classification/index": "src/urban-classification/index.ts",
  "targets/index": "src/targets/index.ts",
  "ocop/index": "src/ocop/index.ts",
  "poverty/index": "src/poverty/index.ts",
  "test-vectors/index": "src/test-vectors/index.ts",
  "report/index": "src/report/index.ts",
};

const shared: Options = {
  outDir: "dist",
  target: "es2022",
  treeshake: true,
  // Entries share chunks, so the rulebook, score-sheet and test-vector data are in the package once
  // per format, not once per entry (for CJS this is tsup's experimental splitting; attw and the
  // pack check in `npm test` verify the result).
  splitting: true,
  // No source maps in the package: the built code is not minified and reads as the source does.
  sourcemap: false,
  // `npm run build` empties dist/ first (the two builds below run at the same time).
  clean: false,
};

export default defineConfig([
  // ESM, with .d.ts. The command-line interface (package.json "bin" → bin/nong-thon-moi.js) is
  // built here too, so it shares the library's chunks instead of bundling a second copy.
  {
    ...shared,
    entry: { ...library, cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: { entry: library },
  },
  // CommonJS, with .d.cts (the CLI uses top-level await: ESM only).
  {
    ...shared,
    entry: library,
    format: ["cjs"],
    dts: { entry: library },
  },
]);
