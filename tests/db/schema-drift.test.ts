// The drift check: a schema edit without its migrations, or a stale generated PostgreSQL schema,
// fails here (and so in CI) with the command that fixes it.
// - Both passes: prisma/postgres/schema.prisma is exactly what prisma/schema.prisma generates.
// - SQLite pass: the committed SQLite migrations build prisma/schema.prisma (Prisma's own diff).
// - PostgreSQL pass: the committed PostgreSQL migrations (this file's database, copied from the
//   migrated template) build the same tables, columns, types, collations, defaults, indexes and
//   constraints as the generated schema does when created from scratch.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA, postgresSchemaFrom, SOURCE_SCHEMA } from "@/lib/db/provider-schema";
import { pendingSqliteMigration, postgresMigrationBetween } from "@/scripts/db-migration";
import { createDatabase, dropDatabase, testPostgresUrl, usesPostgres } from "../support/postgres-databases";

const FIX = "Run `npm run db:migration -- <name>` after editing prisma/schema.prisma (README, \"Database and migrations\").";
const read = (file: string) => readFileSync(path.resolve(__dirname, "../..", file), "utf8");

async function describeSchema(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const own = `table_schema = current_schema() AND table_name NOT LIKE '\\_%'`;
    const columns = await client.query(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, collation_name, datetime_precision
       FROM information_schema.columns WHERE ${own} ORDER BY table_name, column_name`,
    );
    const indexes = await client.query(
      `SELECT tablename, indexname, indexdef FROM pg_indexes
       WHERE schemaname = current_schema() AND tablename NOT LIKE '\\_%' ORDER BY tablename, indexname`,
    );
    const constraints = await client.query(
      `SELECT relname AS "table", conname, pg_get_constraintdef(pg_constraint.oid) AS definition FROM pg_constraint
       JOIN pg_class ON pg_class.oid = conrelid
       WHERE connamespace = current_schema()::regnamespace AND relname NOT LIKE '\\_%' ORDER BY 1, 2`,
    );
    return { columns: columns.rows, indexes: indexes.rows, constraints: constraints.rows };
  } finally {
    await client.end();
  }
}

describe("schema drift", () => {
  it("the generated PostgreSQL schema is up to date with prisma/schema.prisma", () => {
    expect(read(POSTGRES_SCHEMA) === postgresSchemaFrom(read(SOURCE_SCHEMA)), `${POSTGRES_SCHEMA} is stale. ${FIX}`).toBe(true);
  });

  it.skipIf(usesPostgres())("the SQLite migrations build prisma/schema.prisma", { timeout: 180_000 }, () => {
    const missing = pendingSqliteMigration();
    expect(missing, `prisma/migrations lacks:\n${missing}\n${FIX}`).toBe("");
  });

  it.runIf(usesPostgres())("the PostgreSQL migrations build the generated schema", { timeout: 180_000 }, async () => {
    const adminUrl = testPostgresUrl();
    const scratch = await createDatabase(adminUrl, { prefix: "recall_drift" });
    try {
      const client = new pg.Client({ connectionString: scratch.url });
      await client.connect();
      await client.query(postgresMigrationBetween(null, read(POSTGRES_SCHEMA))).finally(() => client.end());
      const [migrated, expected] = await Promise.all([describeSchema(process.env.DATABASE_URL!), describeSchema(scratch.url)]);
      expect(migrated.columns.length).toBeGreaterThan(50);
      expect(migrated, `prisma/postgres/migrations do not build ${POSTGRES_SCHEMA}. ${FIX}`).toEqual(expected);
    } finally {
      await dropDatabase(adminUrl, scratch.name);
    }
  });
});
