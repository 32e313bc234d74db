// Owns how a request changes one user's own rows — card states, the answer that counts, review
// logs — without racing that user's other requests (a second tab, a double click, a retry).
// On SQLite every transaction runs alone already. On PostgreSQL the default here (SERIALIZABLE,
// lib/db/postgres-transactions.ts) gives the same outcome but, on small tables, its predicate
// locks cover whole index pages: eight students reviewing at once fail each other's transactions
// although they never touch the same row. So these transactions run at READ COMMITTED and first
// lock the user's row: one user's requests queue behind each other and every statement after
// the lock sees what the one before committed, while different users never wait on each other.
import "server-only";
import { databaseProvider, db, type Prisma } from "./index";
import { FOR_UPDATE, transaction, type Statements } from "./statements";

// The app sees the SQLite client's types (lib/db/index.ts), which know only Serializable.
const READ_COMMITTED = { isolationLevel: "ReadCommitted" } as unknown as { isolationLevel: Prisma.TransactionIsolationLevel };

/** Runs `work` as one transaction over the rows of user `userId`, after their earlier requests. */
export function userTransaction<T>(userId: string, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  if (databaseProvider !== "postgresql") return db.$transaction(work);
  return db.$transaction(
    async (tx) => {
      // NO KEY: rows that merely reference the user (a new session, a review log) are not held up.
      await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR NO KEY UPDATE`;
      return work(tx);
    },
    READ_COMMITTED,
  );
}

/** The User columns the study loop reads at the start of its transaction. */
export type StudyUserRow = { scheduler: string; desiredRetention: number };

/**
 * As userTransaction, for the study loop's own statements (lib/db/statements.ts: every reveal
 * and grade runs one), handing `work` the user's scheduler columns as the transaction sees them:
 * on PostgreSQL the statement that takes the lock reads them. A user that no longer exists fails
 * the transaction.
 */
export function studyUserTransaction<T>(userId: string, work: (sql: Statements, user: StudyUserRow) => Promise<T>): Promise<T> {
  return transaction(async (sql) => {
    const [user] = await sql.rows<StudyUserRow>(`SELECT "scheduler", "desiredRetention" FROM "User" WHERE "id" = $1${FOR_UPDATE}`, [userId]);
    if (!user) throw new Error(`No user ${userId}.`);
    return work(sql, user);
  });
}
