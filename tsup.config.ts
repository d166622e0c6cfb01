import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: {
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
    },
    // With "type": "module": ESM -> .js/.d.ts, CJS -> .cjs/.d.cts
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    // Clean dist/ but keep the CLI, which the second build below writes in parallel.
    clean: ["!cli.js"],
    target: "es2022",
    treeshake: true,
    // Left unset on purpose: tsup then splits the ESM build (shared chunks)
    // and not the CJS one. `splitting: true` would also turn on tsup's
    // experimental CJS splitting.
    // splitting: true (ESM only, default)
    outDir: "dist",
  },
  // The command-line interface (package.json "bin"): Node-only, ESM, no types.
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    platform: "node",
    target: "node18",
    dts: false,
    sourcemap: false,
    clean: false,
    treeshake: true,
    splitting: false,
    banner: { js: "#!/usr/bin/env node" },
    outDir: "dist",
  },
]);
