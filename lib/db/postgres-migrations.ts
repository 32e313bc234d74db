// Owns applying prisma/postgres/migrations to a PostgreSQL database. `prisma migrate deploy`
// cannot do it in this offline toolchain (its JS schema engine fails on PostgreSQL catalog
// types, "Column type 'name' could not be deserialized", prisma/orm#27403), so this runner does
// what it does, in plain SQL:
// - each applied migration is a row of "_recall_migrations" (name, sha256 of its file, when);
// - a session advisory lock makes instances that start together take turns: the first applies,
//   the others wait, then find nothing left to do;
// - each migration runs in its own transaction with its row (PostgreSQL DDL is transactional), so
//   a failing one leaves the database as it was before it and is retried on the next start;
// - a migration file edited after it was applied stops the run: the database and the code would
//   disagree about the schema.
// Used by scripts/db-migrate.ts (npm start) and by the tests' template database.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { POSTGRES_MIGRATIONS } from "./provider-schema";

export const MIGRATIONS_TABLE = "_recall_migrations";
/** Any constant shared by every instance: "recall-migrate" as a 63-bit number. */
export const MIGRATION_LOCK_KEY = 0x7265_6361_6c6c_6dn;

export type Migration = { name: string; sql: string; checksum: string };
export type MigrationReport = { applied: string[]; alreadyApplied: number; unknown: string[] };

/** The committed migrations, in the order they apply (folder names start with a UTC timestamp). */
export function readMigrations(dir = path.resolve(POSTGRES_MIGRATIONS)): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export async function migratePostgres(
  url: string,
  options: { migrations?: Migration[]; log?: (line: string) => void } = {},
): Promise<MigrationReport> {
  const migrations = options.migrations ?? readMigrations();
  const log = options.log ?? (() => {});
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY.toString()]);
    await client.query(`CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (
      "name" TEXT COLLATE "C" PRIMARY KEY,
      "checksum" TEXT NOT NULL,
      "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ name: string; checksum: string }>(`SELECT "name", "checksum" FROM "${MIGRATIONS_TABLE}"`);
    const done = new Map(rows.map((row) => [row.name, row.checksum]));
    const report: MigrationReport = { applied: [], alreadyApplied: 0, unknown: [] };
    for (const migration of migrations) {
      const checksum = done.get(migration.name);
      if (checksum === migration.checksum) {
        report.alreadyApplied++;
        continue;
      }
      if (checksum !== undefined) {
        throw new Error(
          `Migration ${migration.name} was changed after it was applied to this database. ` +
            "Committed migrations must not be edited: restore the file and add a new migration instead.",
        );
      }
      log(`postgres: applying ${migration.name}`);
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(`INSERT INTO "${MIGRATIONS_TABLE}" ("name", "checksum") VALUES ($1, $2)`, [migration.name, migration.checksum]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`, { cause: error });
      }
      report.applied.push(migration.name);
    }
    const known = new Set(migrations.map((migration) => migration.name));
    report.unknown = [...done.keys()].filter((name) => !known.has(name)).sort();
    return report;
  } finally {
    // Closing the session releases the advisory lock too, even after an error.
    await client.end();
  }
}
