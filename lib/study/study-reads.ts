// Owns the review loop's hottest statements as raw SQL: one user's card state and the attempt
// that counts, read or taken by primary key. Prisma's model queries build their SQL on every call
// (issue #12: the same single-row read cost 2–4× as much as a model query as it does sent raw),
// and these run on every reveal and every grade. Written once for both databases — quoted
// identifiers and bound parameters only — and checked against Prisma's own reads on SQLite and
// PostgreSQL (tests/study/study-reads.test.ts); both adapters type the columns from the table,
// so dates, booleans and JSON come back as Prisma's model queries return them.
import "server-only";
import type { Prisma } from "@/lib/db";
import type { CardState } from "@/lib/generated/prisma/client";

type Raw = Pick<Prisma.TransactionClient, "$queryRaw">;

/** The user's CardState row for a question (as cardState.findUnique returns it), or null. */
export async function readCardState(client: Raw, userId: string, questionId: string): Promise<CardState | null> {
  const rows = await client.$queryRaw<CardState[]>`SELECT * FROM "CardState" WHERE "userId" = ${userId} AND "questionId" = ${questionId}`;
  return rows[0] ?? null;
}

export type StoredAttempt = { cardVersion: number; response: unknown; correct: boolean; revealedAt: Date };

/** The attempt recorded for the user's card, or null. */
export async function readStudyAttempt(client: Raw, userId: string, questionId: string): Promise<StoredAttempt | null> {
  const rows = await client.$queryRaw<StoredAttempt[]>`
    SELECT "cardVersion", "response", "correct", "revealedAt" FROM "StudyAttempt" WHERE "userId" = ${userId} AND "questionId" = ${questionId}`;
  return rows[0] ?? null;
}

/** Removes and returns the attempt recorded for this version of the card; another version's stays. */
export async function deleteStudyAttempt(client: Raw, userId: string, questionId: string, cardVersion: number): Promise<{ response: unknown; correct: boolean } | null> {
  const rows = await client.$queryRaw<{ response: unknown; correct: boolean }[]>`
    DELETE FROM "StudyAttempt" WHERE "userId" = ${userId} AND "questionId" = ${questionId} AND "cardVersion" = ${cardVersion} RETURNING "response", "correct"`;
  return rows[0] ?? null;
}
