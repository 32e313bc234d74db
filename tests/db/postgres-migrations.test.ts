// The PostgreSQL migration runner (prisma migrate deploy cannot run against PostgreSQL offline):
// applies each migration once, in order, each in its own transaction; instances starting at the
// same moment take turns on the advisory lock; an edited or failing migration stops the run and
// leaves the database as it was.
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { migratePostgres, MIGRATIONS_TABLE, readMigrations, type Migration } from "@/lib/db/postgres-migrations";
import { createDatabase, dropDatabase, testPostgresUrl, usesPostgres } from "../support/postgres-databases";

const migration = (name: string, sql: string): Migration => ({ name, sql, checksum: `sum-of-${sql}` });
const FIRST = migration("20260101000000_first", `CREATE TABLE "Thing" ("id" INTEGER PRIMARY KEY); INSERT INTO "Thing" VALUES (1);`);
const SECOND = migration("20260102000000_second", `ALTER TABLE "Thing" ADD COLUMN "name" TEXT; UPDATE "Thing" SET "name" = 'one';`);

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe.runIf(usesPostgres())("migratePostgres", () => {
  const created: string[] = [];
  const freshDatabase = async () => {
    const database = await createDatabase(testPostgresUrl(), { prefix: "recall_migrations" });
    created.push(database.name);
    return database.url;
  };
  afterEach(async () => {
    for (const name of created.splice(0)) await dropDatabase(testPostgresUrl(), name);
  });

  it("applies the committed migrations to an empty database, then has nothing left to do", async () => {
    const url = await freshDatabase();
    const committed = readMigrations();
    expect(committed.length).toBeGreaterThan(0);
    expect(await migratePostgres(url)).toEqual({ applied: committed.map((m) => m.name), alreadyApplied: 0, unknown: [] });
    expect(await migratePostgres(url)).toEqual({ applied: [], alreadyApplied: committed.length, unknown: [] });
    const tables = await query<{ tablename: string }>(url, `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    expect(tables.map((t) => t.tablename)).toEqual(expect.arrayContaining(["User", "ReviewLog", MIGRATIONS_TABLE]));
  });

  it("applies only what is new, in order", async () => {
    const url = await freshDatabase();
    await migratePostgres(url, { migrations: [FIRST] });
    expect(await migratePostgres(url, { migrations: [FIRST, SECOND] })).toEqual({ applied: [SECOND.name], alreadyApplied: 1, unknown: [] });
    expect(await query(url, `SELECT "id", "name" FROM "Thing"`)).toEqual([{ id: 1, name: "one" }]);
  });

  it("lets instances that start together take turns: each migration runs once", async () => {
    const url = await freshDatabase();
    const reports = await Promise.all([1, 2, 3, 4].map(() => migratePostgres(url, { migrations: [FIRST, SECOND] })));
    expect(reports.map((report) => report.applied.length).sort()).toEqual([0, 0, 0, 2]);
    expect(await query(url, `SELECT count(*)::int AS "n" FROM "Thing"`)).toEqual([{ n: 1 }]);
    expect(await query(url, `SELECT "name" FROM "${MIGRATIONS_TABLE}" ORDER BY "name"`)).toEqual([{ name: FIRST.name }, { name: SECOND.name }]);
  });

  it("rolls a failing migration back whole and stops, so the next start retries it", async () => {
    const url = await freshDatabase();
    const broken = migration("20260102000000_broken", `ALTER TABLE "Thing" ADD COLUMN "name" TEXT; SELECT no_such_function();`);
    await expect(migratePostgres(url, { migrations: [FIRST, broken, SECOND] })).rejects.toThrow(/Migration 20260102000000_broken failed and was rolled back: .*no_such_function/);
    const columns = await query<{ column_name: string }>(url, `SELECT column_name FROM information_schema.columns WHERE table_name = 'Thing'`);
    expect(columns.map((c) => c.column_name)).toEqual(["id"]);
    expect(await migratePostgres(url, { migrations: [FIRST, SECOND] })).toMatchObject({ applied: [SECOND.name] });
  });

  it("refuses to go on when an applied migration's file was edited", async () => {
    const url = await freshDatabase();
    await migratePostgres(url, { migrations: [FIRST] });
    const edited = { ...FIRST, sql: FIRST.sql + " -- edited", checksum: "another" };
    await expect(migratePostgres(url, { migrations: [edited, SECOND] })).rejects.toThrow(/20260101000000_first was changed after it was applied/);
    expect(await query(url, `SELECT count(*)::int AS "n" FROM "${MIGRATIONS_TABLE}"`)).toEqual([{ n: 1 }]);
  });

  it("reports migrations the database has but this code does not (a newer version ran here)", async () => {
    const url = await freshDatabase();
    await migratePostgres(url, { migrations: [FIRST, SECOND] });
    expect(await migratePostgres(url, { migrations: [FIRST] })).toEqual({ applied: [], alreadyApplied: 1, unknown: [SECOND.name] });
  });
});
