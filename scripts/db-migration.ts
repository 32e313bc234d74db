// `npm run db:migration -- <name>`: after an edit to prisma/schema.prisma, the one step that
// brings everything else along —
//   1. regenerates prisma/postgres/schema.prisma from it;
//   2. writes prisma/migrations/<UTC timestamp>_<name>/migration.sql: what the committed SQLite
//      migrations lack (`prisma migrate diff --from-migrations`, a shadow database in memory);
//   3. writes prisma/postgres/migrations/<same folder>/migration.sql: the difference between the
//      PostgreSQL schema as last generated (which is what its migrations build) and the new one,
//      text columns pinned to the "C" collation (lib/db/provider-schema.ts);
//   4. regenerates both Prisma clients.
// Either migration is skipped when there is nothing to do on that database, e.g. after a merge
// brought a SQLite migration someone else wrote. Without a name it only reports what it would
// write (exit 2 when something is missing).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pinTextCollation, POSTGRES_MIGRATIONS, POSTGRES_SCHEMA, postgresSchemaFrom, SOURCE_SCHEMA, SQLITE_MIGRATIONS } from "@/lib/db/provider-schema";
import { offlineUrl, prismaSync } from "./db-prisma";

const root = path.resolve(__dirname, "..");
const at = (file: string) => path.join(root, file);

/** The SQL of a `migrate diff --script --exit-code` run, "" when there is no difference. */
function diffScript(args: string[], databaseUrl: string): string {
  const result = prismaSync(["migrate", "diff", ...args, "--script", "--exit-code"], databaseUrl);
  if (result.status === 0) return "";
  if (result.status === 2) return result.stdout.trim() + "\n";
  throw new Error(`prisma migrate diff ${args.join(" ")} failed:\n${result.stdout}${result.stderr}`);
}

/** What prisma/migrations lacks to build prisma/schema.prisma. */
export function pendingSqliteMigration(): string {
  return diffScript(["--from-migrations", at(SQLITE_MIGRATIONS), "--to-schema-datamodel", at(SOURCE_SCHEMA)], offlineUrl("sqlite"));
}

/** PostgreSQL SQL from one schema text to another (`from` null: an empty database). */
export function postgresMigrationBetween(from: string | null, to: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "recall-pg-schema-"));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const fromArgs = from === null ? ["--from-empty"] : ["--from-schema-datamodel", write("from.prisma", from)];
  // A datamodel diff reads only the files given; the SQLite placeholder keeps the CLI on a schema
  // that exists (prisma/postgres/schema.prisma may not yet).
  const sql = diffScript([...fromArgs, "--to-schema-datamodel", write("to.prisma", to)], offlineUrl("sqlite"));
  return sql && pinTextCollation(sql);
}

export type SchemaPlan = {
  /** The generated PostgreSQL schema as it should be, and whether the committed one differs. */
  postgresSchema: string;
  postgresSchemaStale: boolean;
  sqliteMigration: string;
  postgresMigration: string;
};

export function planMigration(): SchemaPlan {
  const postgresSchema = postgresSchemaFrom(readFileSync(at(SOURCE_SCHEMA), "utf8"));
  const committed = existsSync(at(POSTGRES_SCHEMA)) ? readFileSync(at(POSTGRES_SCHEMA), "utf8") : null;
  return {
    postgresSchema,
    postgresSchemaStale: committed !== postgresSchema,
    sqliteMigration: pendingSqliteMigration(),
    postgresMigration: committed === postgresSchema ? "" : postgresMigrationBetween(committed, postgresSchema),
  };
}

/** 20261130161500 — the UTC timestamp Prisma puts in front of migration folder names. */
export function migrationStamp(now = new Date()): string {
  return now.toISOString().replace(/\D/g, "").slice(0, 14);
}

const NAME = /^[a-z0-9][a-z0-9_]{0,60}$/;

function main(): number {
  const name = process.argv[2];
  if (name !== undefined && !NAME.test(name)) {
    console.error(`db:migration: "${name}" is not a migration name; use lower-case letters, digits and _ (e.g. add_session_table).`);
    return 2;
  }
  const plan = planMigration();
  if (!plan.postgresSchemaStale && !plan.sqliteMigration && !plan.postgresMigration) {
    console.log("db:migration: prisma/schema.prisma, the PostgreSQL schema and both databases' migrations are in sync.");
    return 0;
  }
  const needsName = plan.sqliteMigration !== "" || plan.postgresMigration !== "";
  if (needsName && name === undefined) {
    if (plan.sqliteMigration) console.log(`SQLite migration needed:\n${plan.sqliteMigration}`);
    if (plan.postgresMigration) console.log(`PostgreSQL migration needed:\n${plan.postgresMigration}`);
    console.error("db:migration: name the migration to write it: npm run db:migration -- <name> (e.g. add_session_table)");
    return 2;
  }
  const folder = `${migrationStamp()}_${name}`;
  const written: string[] = [];
  for (const [dir, sql] of [[SQLITE_MIGRATIONS, plan.sqliteMigration], [POSTGRES_MIGRATIONS, plan.postgresMigration]] as const) {
    if (!sql) continue;
    const file = path.join(dir, folder, "migration.sql");
    mkdirSync(at(path.dirname(file)), { recursive: true });
    writeFileSync(at(file), sql);
    written.push(file);
  }
  mkdirSync(at(path.dirname(POSTGRES_SCHEMA)), { recursive: true });
  writeFileSync(at(POSTGRES_SCHEMA), plan.postgresSchema);
  written.push(POSTGRES_SCHEMA);
  for (const file of written) console.log(`db:migration: wrote ${file}`);
  const generated = prismaSync(["generate", "--no-hints", "--schema", SOURCE_SCHEMA], offlineUrl("sqlite"));
  const generatedPg = prismaSync(["generate", "--no-hints", "--schema", POSTGRES_SCHEMA], offlineUrl("postgresql"));
  for (const result of [generated, generatedPg]) if (result.status !== 0) process.stderr.write(result.stdout + result.stderr);
  return generated.status || generatedPg.status;
}

if (require.main === module) process.exit(main());
