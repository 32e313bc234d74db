// Gives every test file its own throw-away SQLite database built from the real migrations.
// Runs before each test file (vitest setupFiles), before any module reads DATABASE_URL.
import { mkdtempSync, readdirSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

const migrationsDir = path.resolve(__dirname, "../../prisma/migrations");
const dir = mkdtempSync(path.join(tmpdir(), "recall-test-"));
const file = path.join(dir, "test.db");

const sqlite = new Database(file);
sqlite.pragma("journal_mode = WAL");
if (existsSync(migrationsDir)) {
  for (const name of readdirSync(migrationsDir).sort()) {
    const sql = path.join(migrationsDir, name, "migration.sql");
    if (existsSync(sql)) sqlite.exec(readFileSync(sql, "utf8"));
  }
}
sqlite.close();

process.env.DATABASE_URL = `file:${file}`;
