// Gives every test file its own database built from the real migrations. Runs before each test
// file (vitest setupFiles), so before any module reads DATABASE_URL.
// - SQLite (default): a fresh file with prisma/migrations applied.
// - PostgreSQL (RECALL_TEST_ENGINE=postgresql, `npm run test:postgres`): a copy of the run's
//   migrated template database, dropped after the file.
import { afterAll, expect, inject } from "vitest";
import { isPureTest } from "./pure-tests";
import { createMigratedDatabase } from "./temp-database";
import { createDatabase, dropDatabase, testPostgresUrl, usesPostgres } from "./postgres-databases";

if (usesPostgres()) {
  const adminUrl = testPostgresUrl();
  const { name, url } = await createDatabase(adminUrl, { template: inject("postgresTemplate") });
  process.env.DATABASE_URL = url;
  // Several instances share a secret on PostgreSQL (lib/db/provider.ts); tests are one of them.
  process.env.NEXTAUTH_SECRET ||= "test-secret-for-the-postgresql-pass";
  afterAll(async () => {
    const shared = globalThis as { recallPrisma?: { $disconnect(): Promise<void> } };
    await shared.recallPrisma?.$disconnect();
    delete shared.recallPrisma;
    await dropDatabase(adminUrl, name);
  });
} else {
  process.env.DATABASE_URL = createMigratedDatabase();
  afterAll(() => {
    const file = expect.getState().testPath;
    if (file && isPureTest(file) && (globalThis as { recallPrisma?: unknown }).recallPrisma) {
      throw new Error(`${file} opened the database but is listed in tests/support/pure-tests.ts, which keeps it out of the PostgreSQL pass: take it off the list.`);
    }
  });
}
export {};
