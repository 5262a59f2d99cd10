import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Next.js enforces this at build time; under vitest every module is server code anyway.
      "server-only": path.resolve(import.meta.dirname, "tests/helpers/empty-module.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    // A console.error fails the test unless the test expects it.
    setupFiles: ["tests/setup/console.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // In-process PGlite is CPU-bound; two workers match the two cores of our machines.
    maxWorkers: 2,
    // next-auth imports "next/server" without an extension, which only a bundler resolves: let Vite do it.
    server: { deps: { inline: ["next-auth"] } },
  },
});
