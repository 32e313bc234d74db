// "Did anything change?" for tests that prove a refused call changes nothing: a counter of rows
// inserted, updated or deleted that only goes up. SQLite has one built in (total_changes(), for the
// app's connection); on PostgreSQL every table of the test file's database gets a row trigger that
// advances a sequence (a sequence, so concurrent writers never conflict on the counter; like
// total_changes() it also counts changes that were later rolled back).
import { db } from "@/lib/db";
import { usesPostgres } from "./postgres-databases";

let installed: Promise<void> | undefined;

function installPostgresCounter(): Promise<void> {
  installed ??= db.$executeRawUnsafe(`
    DO $$
    DECLARE t record;
    BEGIN
      CREATE SEQUENCE IF NOT EXISTS "_test_changes";
      CREATE OR REPLACE FUNCTION "_test_count_change"() RETURNS trigger LANGUAGE plpgsql AS
        'BEGIN PERFORM nextval(''"_test_changes"''); RETURN NULL; END';
      FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE '\\_%' LOOP
        EXECUTE format('CREATE TRIGGER "_test_count_change" AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION "_test_count_change"()', t.tablename);
      END LOOP;
    END $$`).then(() => undefined);
  return installed;
}

/** Rows changed in the test file's database so far (compare two readings). */
export async function changesSoFar(): Promise<number> {
  if (usesPostgres()) {
    await installPostgresCounter();
    const [row] = await db.$queryRawUnsafe<{ changes: bigint | number }[]>(
      `SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS "changes" FROM "_test_changes"`,
    );
    return Number(row.changes);
  }
  const [row] = await db.$queryRaw<{ changes: bigint | number }[]>`SELECT total_changes() AS changes`;
  return Number(row.changes);
}
