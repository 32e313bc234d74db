// "Did anything change?" for tests that prove a refused call changes nothing: a counter of rows
// inserted, updated or deleted that only goes up. Every table of the test file's database gets row
// triggers that advance it — except RateLimit, whose counters a refusal is meant to spend. On
// PostgreSQL the counter is a sequence (concurrent writers never conflict on it, and it also counts
// changes later rolled back); on SQLite, whose writers take turns anyway, a one-row table.
import { db } from "@/lib/db";
import { usesPostgres } from "./postgres-databases";

/** Tables whose changes do not count: what a refused request is allowed to write. */
const UNCOUNTED = ["RateLimit"];

let installed: Promise<void> | undefined;

async function installSqliteCounter(): Promise<void> {
  await db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS "_test_changes" ("n" INTEGER NOT NULL)`);
  await db.$executeRawUnsafe(`INSERT INTO "_test_changes" ("n") SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM "_test_changes")`);
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT name FROM sqlite_master WHERE type = 'table'`,
  );
  const counted = tables.map((table) => table.name).filter((name) => !name.startsWith("_") && !name.startsWith("sqlite_") && !UNCOUNTED.includes(name));
  for (const name of counted) {
    for (const event of ["INSERT", "UPDATE", "DELETE"]) {
      await db.$executeRawUnsafe(
        `CREATE TRIGGER IF NOT EXISTS "_test_count_${name}_${event}" AFTER ${event} ON "${name}" BEGIN UPDATE "_test_changes" SET "n" = "n" + 1; END`,
      );
    }
  }
}

function installPostgresCounter(): Promise<void> {
  installed ??= db.$executeRawUnsafe(`
    DO $$
    DECLARE t record;
    BEGIN
      CREATE SEQUENCE IF NOT EXISTS "_test_changes";
      CREATE OR REPLACE FUNCTION "_test_count_change"() RETURNS trigger LANGUAGE plpgsql AS
        'BEGIN PERFORM nextval(''"_test_changes"''); RETURN NULL; END';
      FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE '\\_%' AND tablename NOT IN (${UNCOUNTED.map((name) => `'${name}'`).join(", ")}) LOOP
        EXECUTE format('CREATE TRIGGER "_test_count_change" AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION "_test_count_change"()', t.tablename);
      END LOOP;
    END $$`).then(() => undefined);
  return installed;
}

/**
 * Waits for generation jobs started by earlier calls: their workers write progress and decks in
 * the background, which must not be taken for changes made by the call being checked.
 */
async function backgroundJobsSettled(): Promise<void> {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; ) {
    if ((await db.job.count({ where: { status: { in: ["QUEUED", "RUNNING"] } } })) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("a generation job was still running after two minutes");
}

/** Rows changed in the test file's database so far (compare two readings), background jobs settled. */
export async function changesSoFar(): Promise<number> {
  await backgroundJobsSettled();
  if (usesPostgres()) {
    await installPostgresCounter();
    const [row] = await db.$queryRawUnsafe<{ changes: bigint | number }[]>(
      `SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS "changes" FROM "_test_changes"`,
    );
    return Number(row.changes);
  }
  installed ??= installSqliteCounter();
  await installed;
  const [row] = await db.$queryRawUnsafe<{ changes: bigint | number }[]>(`SELECT "n" AS "changes" FROM "_test_changes"`);
  return Number(row.changes);
}
