// Gives every test file its own database built from the real migrations. Runs before each test
// file (vitest setupFiles), so before any module reads DATABASE_URL.
// - SQLite (default): a fresh file with prisma/migrations applied.
// - PostgreSQL (RECALL_TEST_ENGINE=postgresql, `npm run test:postgres`): a copy of the run's
//   migrated template database, dropped after the file.
import { afterAll, inject } from "vitest";
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
}
export {};
