import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // "server-only" throws outside React Server Components; the modules it guards are
      // exercised directly by the integration tests.
      { find: /^server-only$/, replacement: `${root}/tests/support/empty-module.ts` },
    ],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    // A database per test file, SQLite by default or PostgreSQL (tests/support/database.ts).
    globalSetup: ["tests/support/global-database.ts"],
    setupFiles: ["tests/support/database.ts"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
