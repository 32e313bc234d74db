// A throw-away SQLite file with every committed migration applied, for tests and benchmarks.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

const migrationsDir = path.resolve(__dirname, "../../prisma/migrations");

/** Creates the database and returns its `file:` URL. */
export function createMigratedDatabase(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "recall-")), "test.db");
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  for (const name of readdirSync(migrationsDir).sort()) {
    const sql = path.join(migrationsDir, name, "migration.sql");
    if (existsSync(sql)) sqlite.exec(readFileSync(sql, "utf8"));
  }
  sqlite.close();
  return `file:${file}`;
}
