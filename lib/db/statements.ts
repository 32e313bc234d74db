// Owns running SQL without Prisma, for the few statements on every request's path (the signed-in
// user, the study loop): Prisma spends ~0.5 ms of CPU building and decoding even a raw single-row
// read, ~1.3 ms a model query, where better-sqlite3 takes a few microseconds (issue #12). One SQL
// text serves both databases — quoted identifiers, `$1…` parameters — and the rows come back as
// Prisma's model queries return them once a caller names its non-text columns (`Columns`).
//
// It shares the Prisma client's connection (lib/db/index.ts): on PostgreSQL the same pool, on
// SQLite the same file and the same lock, so a transaction here never interleaves with one of
// Prisma's in this process — SQLite has one transaction per connection (lib/db/serialized-sqlite.ts).
import "server-only";
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { types as pgTypes, type CustomTypesConfig, type PoolClient, type QueryConfig } from "pg";
import { BUSY_TIMEOUT_MS, connection, Prisma } from "./index";
import { sqliteFileOf } from "./data-files";

export type SqlValue = string | number | boolean | Date | null;

/** The columns of a result that are not text or numbers, and what they hold. */
export type Columns = Record<string, "date" | "boolean" | "json">;

export interface Statements {
  /** The rows of a SELECT (or of a write's RETURNING). */
  rows<T>(sql: string, params?: readonly SqlValue[], columns?: Columns): Promise<T[]>;
  /** Runs a write; how many rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

let lastMillisecond = 0;
let counter = 0;

/**
 * An id for a new row, laid out as the cuids Prisma makes (`@default(cuid())`): "c", the time,
 * a counter within the millisecond, then randomness — so the rows made here sort by creation,
 * and after those Prisma made in an earlier millisecond (a card's history breaks ties of
 * `reviewedAt` by id).
 */
export function newRowId(): string {
  const now = Date.now();
  counter = now === lastMillisecond ? counter + 1 : 0;
  lastMillisecond = now;
  const random = [...randomBytes(12)].map((byte) => (byte % 36).toString(36)).join("");
  return `c${now.toString(36).padStart(8, "0")}${counter.toString(36).padStart(4, "0")}${random}`;
}

/** "$from, …" for a list of `count` values, e.g. `IN (${placeholders(ids.length)})`. */
export const placeholders = (count: number, from = 1): string => Array.from({ length: count }, (_, i) => `$${from + i}`).join(", ");

/** A value as a JSON column takes it (a JSON `null` for null, as Prisma's JsonNull). */
export const jsonValue = (value: unknown): string => JSON.stringify(value ?? null);

/** Two writes of the same unique key at once: the one that lost (a retry, a second tab). */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2002";
  const code = (error as { code?: unknown } | null)?.code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

let observer: ((sql: string) => void) | null = null;

/** Calls `listener` with every statement sent from here (BEGIN and COMMIT aside); null stops. For tests and benchmarks. */
export function observeStatements(listener: ((sql: string) => void) | null): void {
  observer = listener;
}

function decode<T>(row: Record<string, unknown>, columns: Columns | undefined): T {
  if (columns) {
    for (const [name, kind] of Object.entries(columns)) {
      const value = row[name];
      if (value === null || value === undefined) continue;
      if (kind === "date") row[name] = value instanceof Date ? value : new Date(String(value));
      else if (kind === "boolean") row[name] = value === true || value === 1;
      // pg parses JSON itself; SQLite keeps it as text.
      else if (connection.provider === "sqlite" && typeof value === "string") row[name] = JSON.parse(value);
    }
  }
  return row as T;
}

// ---- SQLite -----------------------------------------------------------------------------------

/** An instant as Prisma's SQLite adapter stores DateTime: ISO-8601 in UTC with "+00:00". */
export const sqliteInstant = (instant: Date): string => instant.toISOString().replace("Z", "+00:00");

const sqliteValue = (value: SqlValue) => (value instanceof Date ? sqliteInstant(value) : typeof value === "boolean" ? Number(value) : value);

type Prepared = { statement: Database.Statement; order: number[] };

/** Prepared statements kept per SQL text (lists of ids make many texts): the most recent ones. */
const PREPARED_CAPACITY = 300;

let sqlite: { database: Database.Database; prepared: Map<string, Prepared> } | null = null;

function prepareSqlite(sql: string): Prepared {
  if (connection.provider !== "sqlite") throw new Error("Not a SQLite database.");
  if (!sqlite) sqlite = { database: new Database(sqliteFileOf(connection.url) ?? ":memory:", { timeout: BUSY_TIMEOUT_MS }), prepared: new Map() };
  let prepared = sqlite.prepared.get(sql);
  if (!prepared) {
    // better-sqlite3 binds an array to `?`s in order: each `$n` becomes one, bound to the n-th value.
    const order: number[] = [];
    const statement = sqlite.database.prepare(sql.replace(/\$(\d+)/g, (_, n: string) => (order.push(Number(n) - 1), "?")));
    prepared = { statement, order };
    if (sqlite.prepared.size >= PREPARED_CAPACITY) sqlite.prepared.delete(sqlite.prepared.keys().next().value!);
    sqlite.prepared.set(sql, prepared);
  }
  return prepared;
}

function sqliteArgs({ order }: Prepared, params: readonly SqlValue[]) {
  if (order.length === 0 && params.length > 0) throw new Error("Parameters given to a statement without any.");
  return order.map((index) => sqliteValue(params[index]));
}

const sqliteStatements: Statements = {
  async rows<T>(sql: string, params: readonly SqlValue[] = [], columns?: Columns) {
    observer?.(sql);
    const prepared = prepareSqlite(sql);
    return (prepared.statement.all(sqliteArgs(prepared, params)) as Record<string, unknown>[]).map((row) => decode<T>(row, columns));
  },
  async run(sql, params = []) {
    observer?.(sql);
    const prepared = prepareSqlite(sql);
    return prepared.statement.run(sqliteArgs(prepared, params)).changes;
  },
};

// ---- PostgreSQL -------------------------------------------------------------------------------

// pg reads TIMESTAMP (without time zone) as local time; Prisma stores UTC there.
const TIMESTAMP = 1114;
const utc = (text: string) => new Date(`${text.replace(" ", "T")}Z`);
const types = { getTypeParser: ((oid: number, format?: "text" | "binary") => (oid === TIMESTAMP ? utc : pgTypes.getTypeParser(oid, format))) as CustomTypesConfig["getTypeParser"] };

/**
 * PostgreSQL refuses a value no `$n` refers to (it cannot type it), where SQLite ignores it: a
 * statement that leaves some out is renumbered, once per SQL text, to send only those it uses.
 */
const renumbered = new Map<string, { text: string; order: number[] }>();

function forPostgres(sql: string): { text: string; order: number[] } {
  let known = renumbered.get(sql);
  if (!known) {
    const used = [...new Set([...sql.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])))].sort((a, b) => a - b);
    const position = new Map(used.map((n, i) => [n, i + 1]));
    known = { text: sql.replace(/\$(\d+)/g, (_, n: string) => `$${position.get(Number(n))}`), order: used.map((n) => n - 1) };
    if (renumbered.size >= PREPARED_CAPACITY) renumbered.delete(renumbered.keys().next().value!);
    renumbered.set(sql, known);
  }
  return known;
}

const postgresValue = (value: SqlValue) => (value instanceof Date ? value.toISOString() : value);

function postgresStatements(client: { query: PoolClient["query"] }): Statements {
  const query = (sql: string, params: readonly SqlValue[]) => {
    observer?.(sql);
    const { text, order } = forPostgres(sql);
    return client.query({ text, values: order.map((index) => postgresValue(params[index])), types } satisfies QueryConfig);
  };
  return {
    async rows<T>(sql: string, params: readonly SqlValue[] = [], columns?: Columns) {
      return (await query(sql, params)).rows.map((row) => decode<T>(row, columns));
    },
    async run(sql, params = []) {
      return (await query(sql, params)).rowCount ?? 0;
    },
  };
}

function pool() {
  if (connection.provider !== "postgresql") throw new Error("Not a PostgreSQL database.");
  return connection.pool;
}

// ---- the doors in -----------------------------------------------------------------------------

/**
 * Statements outside any transaction (each one on its own). On SQLite a write waits for the
 * transaction open in this process, if any (writing beside it would wait on SQLite's lock with
 * the event loop blocked); a read never waits: it sees what was committed.
 */
export function statements(): Statements {
  if (connection.provider === "sqlite") {
    const { lock } = connection;
    const alone = <T>(sql: string, run: () => Promise<T>) => (prepareSqlite(sql).statement.readonly ? run() : lock.runExclusive(run));
    return {
      rows: (sql, params, columns) => alone(sql, () => sqliteStatements.rows(sql, params, columns)),
      run: (sql, params) => alone(sql, () => sqliteStatements.run(sql, params)),
    };
  }
  return postgresStatements(pool());
}

/**
 * The rows of a statement built with Prisma.sql (its `$n` text and values), sent without Prisma:
 * for the dashboard's aggregates, whose SQL is composed from Prisma.sql fragments.
 */
export function rowsOf<T>(query: Prisma.Sql, columns?: Columns): Promise<T[]> {
  return statements().rows<T>(query.text, query.values as SqlValue[], columns);
}

/**
 * Runs `work` as one transaction. On SQLite it runs alone in this process (the lock) and holds
 * the write lock from its start; on PostgreSQL at READ COMMITTED, so `work` locks what it must
 * have to itself (`FOR_UPDATE`, as lib/db/user-transactions.ts does).
 */
export async function transaction<T>(work: (sql: Statements) => Promise<T>): Promise<T> {
  if (connection.provider === "sqlite") {
    return connection.lock.runExclusive(async () => {
      const control = (sql: string) => prepareSqlite(sql).statement.run();
      control("BEGIN IMMEDIATE");
      try {
        const result = await work(sqliteStatements);
        control("COMMIT");
        return result;
      } catch (error) {
        if (sqlite?.database.inTransaction) control("ROLLBACK");
        throw error;
      }
    });
  }
  const client = await pool().connect();
  let broken: Error | undefined;
  try {
    await client.query("BEGIN ISOLATION LEVEL READ COMMITTED");
    try {
      const result = await work(postgresStatements(client));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      // A connection that cannot even roll back is dropped from the pool, not reused.
      await client.query("ROLLBACK").catch((rollbackFailed: Error) => (broken = rollbackFailed));
      throw error;
    }
  } finally {
    client.release(broken);
  }
}

/** Appended to a SELECT of rows a transaction must have to itself: PostgreSQL locks them (SQLite's transactions run alone). */
export const FOR_UPDATE = connection.provider === "postgresql" ? " FOR NO KEY UPDATE" : "";
