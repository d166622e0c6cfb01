import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "core/index": "src/core/index.ts",
    "rulebooks/index": "src/rulebooks/index.ts",
    "format/index": "src/format/index.ts",
  },
  // With "type": "module": ESM -> .js/.d.ts, CJS -> .cjs/.d.cts
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  treeshake: true,
  // Left unset on purpose: tsup then splits the ESM build (shared chunks)
  // and not the CJS one. `splitting: true` would also turn on tsup's
  // experimental CJS splitting.
  // splitting: true (ESM only, default)
  outDir: "dist",
});
