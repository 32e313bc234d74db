// Owns the rule that makes one shared SQLite connection safe for concurrent requests: a
// statement runs only while no other request's transaction is open on the connection. SQLite
// has one transaction per connection, so without this a plain write from request B issued while
// request A's interactive transaction waits on I/O runs *inside* A's transaction — B's user is
// told "saved", then A rolls back and B's write is gone (and B can read A's uncommitted rows).
// better-sqlite3 is synchronous, so the wait only ever lasts as long as an open transaction.
import { Mutex } from "async-mutex";
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";

class SerializedAdapter implements SqlDriverAdapter {
  readonly provider: SqlDriverAdapter["provider"];
  readonly adapterName: string;
  readonly #inner: SqlDriverAdapter;
  readonly #connection: Mutex;

  readonly getConnectionInfo?: SqlDriverAdapter["getConnectionInfo"];

  constructor(inner: SqlDriverAdapter, lock: Mutex) {
    this.#inner = inner;
    this.#connection = lock;
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
    if (inner.getConnectionInfo) this.getConnectionInfo = () => inner.getConnectionInfo!();
  }

  queryRaw(query: SqlQuery) {
    return this.#connection.runExclusive(() => this.#inner.queryRaw(query));
  }

  executeRaw(query: SqlQuery) {
    return this.#connection.runExclusive(() => this.#inner.executeRaw(query));
  }

  executeScript(script: string) {
    return this.#connection.runExclusive(() => this.#inner.executeScript(script));
  }

  /** Holds the connection from BEGIN until commit or rollback releases it. */
  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const release = await this.#connection.acquire();
    try {
      const transaction = await this.#inner.startTransaction(isolationLevel);
      let released = false;
      const releaseOnce = () => {
        if (!released) (released = true), release();
      };
      return {
        provider: transaction.provider,
        adapterName: transaction.adapterName,
        options: transaction.options,
        queryRaw: (query) => transaction.queryRaw(query),
        executeRaw: (query) => transaction.executeRaw(query),
        commit: () => transaction.commit().finally(releaseOnce),
        rollback: () => transaction.rollback().finally(releaseOnce),
      };
    } catch (error) {
      release();
      throw error;
    }
  }

  dispose() {
    return this.#inner.dispose();
  }
}

/**
 * Wraps a SQLite adapter factory so every connection it makes serialises its statements under
 * `lock` — the app's lock (lib/db/statements.ts takes the same one for the study loop's own
 * connection to the file), or one of its own.
 */
export function serializedSqlite(factory: SqlDriverAdapterFactory, lock = new Mutex()): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => new SerializedAdapter(await factory.connect(), lock),
  };
}
