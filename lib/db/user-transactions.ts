// Owns how a request changes one user's own rows — card states, the answer that counts, review
// logs — without racing that user's other requests (a second tab, a double click, a retry).
// On SQLite every transaction runs alone already. On PostgreSQL the default here (SERIALIZABLE,
// lib/db/postgres-transactions.ts) gives the same outcome but, on small tables, its predicate
// locks cover whole index pages: eight students reviewing at once fail each other's transactions
// although they never touch the same row. So these transactions run at READ COMMITTED and first
// lock the user's row: one user's requests queue behind each other and every statement after
// the lock sees what the one before committed, while different users never wait on each other.
import "server-only";
import { FOR_UPDATE, transaction, type Statements } from "./statements";

/** The User columns the study loop reads at the start of its transaction. */
export type StudyUserRow = { scheduler: string; desiredRetention: number };

/**
 * Runs `work` as one transaction over the rows of user `userId`, after their earlier requests,
 * with the study loop's own statements (lib/db/statements.ts: every reveal, grade and undo runs
 * one), handing it the user's scheduler columns as the transaction sees them: on PostgreSQL the
 * statement that takes the lock reads them. A user that no longer exists fails the transaction.
 */
export function studyUserTransaction<T>(userId: string, work: (sql: Statements, user: StudyUserRow) => Promise<T>): Promise<T> {
  return transaction(async (sql) => {
    const [user] = await sql.rows<StudyUserRow>(`SELECT "scheduler", "desiredRetention" FROM "User" WHERE "id" = $1${FOR_UPDATE}`, [userId]);
    if (!user) throw new Error(`No user ${userId}.`);
    return work(sql, user);
  });
}
