// Owns reusing SQLite prepared statements. Prisma's better-sqlite3 adapter (6.19) prepares every
// statement anew — parse and plan in SQLite, a native object in Node — although an app sends the
// same few SQL texts over and over (issue #12 measured prepare() at several percent of a review's
// CPU). This keeps the most recent statements by SQL text. The adapter binds arguments with
// Statement#bind, which better-sqlite3 allows once per statement, so a cached statement is handed
// out behind a view that passes the arguments to run()/all() instead. Statements run to the end
// synchronously (run, all), so one statement is never in use twice at once; SQLite re-prepares a
// statement itself when a migration changes the schema under it.
import type Database from "better-sqlite3";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

const CAPACITY = 500;

type Bound = {
  readonly reader: boolean;
  columns(): Database.ColumnDefinition[];
  raw(): { all(): unknown[] };
  run(): Database.RunResult;
};

/** What the adapter uses of a prepared statement: bind(args) then reader/columns/raw().all()/run(); run() alone for BEGIN. */
type Prepared = { bind(args: unknown[]): Bound; run(): Database.RunResult };

/** Makes `client.prepare` reuse statements by SQL text (the most recent CAPACITY of them). */
export function cacheStatements(client: Database.Database): void {
  const prepare = client.prepare.bind(client);
  const cache = new Map<string, Database.Statement>();
  const cached = (sql: string): Prepared => {
    let statement = cache.get(sql);
    if (statement) {
      // Most recently used last, so the first key is the one to evict.
      cache.delete(sql);
    } else {
      statement = prepare(sql);
      if (cache.size >= CAPACITY) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, statement);
    const shared = statement;
    return {
      bind: (args: unknown[]) => ({
        reader: shared.reader,
        columns: () => shared.columns(),
        // An array argument binds its items in order, as bind(args) does.
        raw: () => ({ all: () => shared.raw(true).all(args) }),
        run: () => shared.run(args),
      }),
      run: () => shared.run(),
    };
  };
  (client as unknown as { prepare: (sql: string) => Prepared }).prepare = cached;
}

/**
 * Wraps the better-sqlite3 adapter factory so each connection it makes reuses statements. The
 * adapter keeps its better-sqlite3 Database in `client` (not part of Prisma's adapter interface:
 * if a newer adapter stops doing so, statements are simply prepared each time again).
 */
export function withStatementCache(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      const client = (adapter as unknown as { client?: Database.Database }).client;
      if (client && typeof client.prepare === "function") cacheStatements(client);
      return adapter;
    },
  };
}
