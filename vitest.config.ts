import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Benchmarks import the built package ("nong-thon-moi", i.e. dist/) as users do: loaded by Node
    // itself, not through Vitest's module transform, whose import indirection would be timed too.
    server: { deps: { external: [/\/dist\//] } },
    benchmark: {
      include: ["bench/**/*.bench.ts"],
    },
  },
});
