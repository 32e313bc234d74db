// The Prisma client singleton and the choice of database: DATABASE_URL=file:… is the embedded
// SQLite database (the default), postgresql://… a PostgreSQL server (lib/db/provider.ts). Each
// engine has its own generated client (lib/generated/prisma, lib/generated/postgres) from the one
// schema; the rest of the app imports `db` and `Prisma` from here and sees the SQLite client's
// types, which the PostgreSQL client shares (tests/db/clients.test.ts checks they line up).
import "server-only";
import Database from "better-sqlite3";
import { Mutex } from "async-mutex";
import { Pool } from "pg";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/postgres/client";
import { serializedSqlite } from "./serialized-sqlite";
import { withStatementCache } from "./sqlite-statement-cache";
import { withSerializableTransactions } from "./postgres-transactions";
import { preparePrivateSqliteFile, sqliteFileOf } from "./data-files";
import { assertSharedSecret, databaseUrl, providerOf, type DatabaseProvider } from "./provider";

export { DEFAULT_DATABASE_URL } from "./provider";

/** Waits this long for a lock held by another connection instead of failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5_000;

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

/**
 * RECALL_QUERY_EVENTS=1 makes the client emit Prisma's "query" event for every statement, so a
 * test or benchmark can count what a request costs (tests/study/review-statements.test.ts).
 * Off otherwise: building the events costs time on every statement.
 */
const queryEvents: { log?: Prisma.LogDefinition[] } = process.env.RECALL_QUERY_EVENTS === "1" ? { log: [{ emit: "event", level: "query" }] } : {};

/**
 * What the Prisma client shares with lib/db/statements.ts (the study loop's own statements): on
 * PostgreSQL the pool of connections, on SQLite the file and the lock that lets one transaction
 * at a time run in this process (lib/db/serialized-sqlite.ts).
 */
export type Connection = { provider: "postgresql"; pool: Pool } | { provider: "sqlite"; url: string; lock: Mutex };

function createConnection(url: string, provider: DatabaseProvider): Connection {
  if (provider === "sqlite") return { provider, url, lock: new Mutex() };
  assertSharedSecret();
  // A pool per process (pg's default of 10 connections).
  const pool = new Pool({ connectionString: url });
  // An idle connection the server closed (a restart, an administrator) is dropped from the pool
  // and replaced on demand; without a listener its error would crash the process.
  pool.on("error", (error) => console.warn(`PostgreSQL closed an idle connection: ${error.message}`));
  return { provider, pool };
}

function createClient(connection: Connection): PrismaClient {
  if (connection.provider === "postgresql") {
    // Transactions as on SQLite (lib/db/postgres-transactions.ts).
    const client = new PostgresPrismaClient({
      adapter: new PrismaPg(connection.pool),
      ...queryEvents,
      // Each statement is a round trip to the server, not a call into the process as on SQLite:
      // a bank import of hundreds of rows in one transaction needs more than Prisma's 5 s.
      transactionOptions: { maxWait: 10_000, timeout: 60_000 },
    });
    // Same models, same query API: the generated types differ only in provider-specific extras.
    return withSerializableTransactions(client as unknown as PrismaClient);
  }
  prepareSqliteFile(connection.url);
  const adapter = serializedSqlite(withStatementCache(new PrismaBetterSQLite3({ url: connection.url, timeout: BUSY_TIMEOUT_MS })), connection.lock);
  return new PrismaClient({ adapter, ...queryEvents });
}

const url = databaseUrl();

/** The engine this process talks to, for the few places that must know (lib/db/dialect.ts). */
export const databaseProvider: DatabaseProvider = providerOf(url);

// One connection and client per process; Next's dev server reloads modules, so keep them on globalThis.
const globalForPrisma = globalThis as unknown as { recallConnection?: Connection; recallPrisma?: PrismaClient };

export const connection: Connection = globalForPrisma.recallConnection ?? createConnection(url, databaseProvider);
export const db: PrismaClient = globalForPrisma.recallPrisma ?? createClient(connection);
if (process.env.NODE_ENV !== "production") Object.assign(globalForPrisma, { recallConnection: connection, recallPrisma: db });

export type { PrismaClient };
export { Prisma } from "@/lib/generated/prisma/client";
