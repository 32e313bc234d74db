import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";
import { pureTestGlobs } from "./tests/support/pure-tests";

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
    // The PostgreSQL pass runs what touches the database (tests/support/pure-tests.ts).
    exclude: [...configDefaults.exclude, ...(process.env.RECALL_TEST_ENGINE === "postgresql" ? pureTestGlobs() : [])],
    // A database per test file, SQLite by default or PostgreSQL (tests/support/database.ts).
    globalSetup: ["tests/support/global-database.ts"],
    setupFiles: ["tests/support/database.ts"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
