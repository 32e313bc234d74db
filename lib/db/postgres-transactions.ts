// Owns the transaction semantics Recall's code was written against, on PostgreSQL. On SQLite a
// transaction runs alone (one connection, lib/db/serialized-sqlite.ts), so code like "read the
// card, check its version, write it" never interleaves with another request. PostgreSQL runs
// transactions concurrently, by default at READ COMMITTED, where two such requests can both pass
// the check. Running every interactive transaction SERIALIZABLE gives the same guarantee — the
// outcome is as if they ran one after the other — and PostgreSQL signals a transaction that
// could not be ordered with a serialization failure (Prisma P2034). Re-running it then is exactly
// what SQLite would have done (wait for the other, then run), so the callers see the same
// results on both databases: the loser of two tabs gets "already reviewed", the same submission
// twice is answered with the first one's result. The study loop's transactions, which many
// students run at once, take a cheaper route to the same outcome (lib/db/user-transactions.ts).
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

const ATTEMPTS = 5;

/**
 * PostgreSQL's serialization failure (40001) or deadlock (40P01). Prisma reports one raised by a
 * query as P2034, but one raised by the COMMIT itself arrives as the driver adapter's own error.
 */
export function isSerializationFailure(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2034";
  const cause = error instanceof Error ? (error.cause as { kind?: unknown } | undefined) : undefined;
  return error instanceof Error && error.name === "DriverAdapterError" && cause?.kind === "TransactionWriteConflict";
}

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** attempt));

type TransactionOptions = { isolationLevel?: Prisma.TransactionIsolationLevel; maxWait?: number; timeout?: number };

/**
 * Runs `run` again (up to ATTEMPTS times, with a short random pause) while it fails with a
 * serialization failure. For interactive transactions (below) and for a batch that its caller
 * can build again (a batch's queries are spent once sent: lib/decks/import-bank createDraftDeck).
 */
export async function retryingSerializationFailures<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!isSerializationFailure(error) || attempt === ATTEMPTS) throw error;
      await pause(attempt);
    }
  }
}

/** The client, with interactive transactions serializable and retried on serialization failures. */
export function withSerializableTransactions(client: PrismaClient): PrismaClient {
  const transaction = client.$transaction.bind(client) as (arg: unknown, options?: TransactionOptions) => Promise<unknown>;
  async function serializable(arg: unknown, options?: TransactionOptions): Promise<unknown> {
    // A batch ($transaction([...])) is a list of already-built queries that cannot be re-run.
    if (typeof arg !== "function") return transaction(arg, { isolationLevel: "Serializable", ...options });
    return retryingSerializationFailures(() => transaction(arg, { isolationLevel: "Serializable", ...options }));
  }
  return new Proxy(client, {
    get(target, property, receiver) {
      return property === "$transaction" ? serializable : Reflect.get(target, property, receiver);
    },
  });
}
