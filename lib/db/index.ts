// The Prisma client singleton and the choice of driver adapter (embedded SQLite by default).
import "server-only";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { serializedSqlite } from "./serialized-sqlite";
import { preparePrivateSqliteFile, sqliteFileOf } from "./data-files";

export const DEFAULT_DATABASE_URL = "file:./data/app.db";

/** Waits this long for a lock held by another connection instead of failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * WAL lets readers proceed while a review is being written; the mode is stored in the
 * database file, so setting it once per process start is enough.
 */
function prepareSqliteFile(url: string): void {
  const file = sqliteFileOf(url);
  if (!file) return;
  preparePrivateSqliteFile(url);
  const sqlite = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    sqlite.pragma("journal_mode = WAL");
  } finally {
    sqlite.close();
  }
}

function createClient(): PrismaClient {
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  prepareSqliteFile(url);
  const adapter = serializedSqlite(new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS }));
  return new PrismaClient({ adapter });
}

// One client per process; Next's dev server reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { recallPrisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.recallPrisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.recallPrisma = db;

export type { PrismaClient };
export { Prisma } from "@/lib/generated/prisma/client";
