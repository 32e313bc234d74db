// Owns the review loop's statements on one user's card: its state, the answer that counts, its
// history, the question and the right to study it — sent without Prisma (lib/db/statements.ts),
// since they run on every reveal and every grade (issue #12). Checked against Prisma's own reads
// and writes on SQLite and PostgreSQL (tests/study/study-statements.test.ts).
import "server-only";
import { jsonValue, newRowId, placeholders, type Columns, type Statements } from "@/lib/db/statements";
import type { CardState, Question, ReviewLog } from "@/lib/generated/prisma/client";
import { liveQuestionCondition } from "@/lib/decks/live-questions";
import { studyableDeckSql } from "@/lib/permissions/decks";
import { SCHEDULING_KINDS } from "@/lib/srs/review-kinds";
import type { HistoryEntry } from "@/lib/srs/scheduler";

const QUESTION_COLUMNS: Columns = { choices: "json", answer: "json", acceptedAnswers: "json", answerValue: "json", factIds: "json", rejected: "boolean" };

/** Questions by id, each with its deck's title (in no particular order; missing ids are left out). */
export async function readQuestionsWithDeckTitle(sql: Statements, ids: readonly string[]): Promise<(Question & { deckTitle: string })[]> {
  if (ids.length === 0) return [];
  return sql.rows(`SELECT q.*, d."title" AS "deckTitle" FROM "Question" q JOIN "Deck" d ON d."id" = q."deckId" WHERE q."id" IN (${placeholders(ids.length)})`, ids, QUESTION_COLUMNS);
}

/** Question $1, if user $2 may study it: live, in a deck they study. */
const STUDYABLE_QUESTION = `FROM "Question" q JOIN "Deck" d ON d."id" = q."deckId" WHERE q."id" = $1 AND ${liveQuestionCondition("q")} AND ${studyableDeckSql("d", "$2")}`;

/** A question the user may study, or null, in one statement. */
export async function readStudyableQuestion(sql: Statements, userId: string, questionId: string): Promise<Question | null> {
  const rows = await sql.rows<Question>(`SELECT q.* ${STUDYABLE_QUESTION}`, [questionId, userId], QUESTION_COLUMNS);
  return rows[0] ?? null;
}

/** Whether the user may study the question (a grade needs nothing else of it). */
export async function canStudyQuestion(sql: Statements, userId: string, questionId: string): Promise<boolean> {
  return (await sql.rows(`SELECT 1 ${STUDYABLE_QUESTION}`, [questionId, userId])).length > 0;
}

const CARD_STATE_COLUMNS: Columns = { dueAt: "date", lastReviewedAt: "date", fsrsDueAt: "date" };

/** The user's CardState row for a question (as cardState.findUnique returns it), or null. */
export async function readCardState(sql: Statements, userId: string, questionId: string): Promise<CardState | null> {
  const rows = await sql.rows<CardState>(`SELECT * FROM "CardState" WHERE "userId" = $1 AND "questionId" = $2`, [userId, questionId], CARD_STATE_COLUMNS);
  return rows[0] ?? null;
}

/** A card's new state (every column but the keys), as lib/study/card-state.ts#rowOf makes it. */
export type CardStateColumns = Omit<CardState, "id" | "userId" | "questionId">;

const STATE_COLUMNS = ["repetitions", "easeFactor", "intervalDays", "dueAt", "lapses", "lastReviewedAt", "version", "fsrsState", "fsrsStability", "fsrsDifficulty", "fsrsIntervalDays", "fsrsDueAt", "fsrsReps", "fsrsLapses"] as const satisfies readonly (keyof CardStateColumns)[];

/** The columns `state` gives (FSRS's may be left out: they keep what they hold). */
const givenColumns = (state: Partial<CardStateColumns>) => STATE_COLUMNS.filter((column) => state[column] !== undefined);

/** Writes a card's state over `version`; false when another request moved it meanwhile. */
export async function updateCardState(sql: Statements, id: string, version: number, state: Partial<CardStateColumns>): Promise<boolean> {
  const columns = givenColumns(state);
  const assignments = columns.map((column, i) => `"${column}" = $${i + 1}`).join(", ");
  const params = [...columns.map((column) => state[column]!), id, version];
  return (await sql.run(`UPDATE "CardState" SET ${assignments} WHERE "id" = $${columns.length + 1} AND "version" = $${columns.length + 2}`, params)) === 1;
}

/** The first state of a card the user had never reviewed. */
export async function insertCardState(sql: Statements, userId: string, questionId: string, state: Partial<CardStateColumns>): Promise<void> {
  const columns = givenColumns(state);
  const names = ["id", "userId", "questionId", ...columns].map((column) => `"${column}"`).join(", ");
  const params = [newRowId(), userId, questionId, ...columns.map((column) => state[column]!)];
  await sql.run(`INSERT INTO "CardState" (${names}) VALUES (${params.map((_, i) => `$${i + 1}`).join(", ")})`, params);
}

export async function deleteCardState(sql: Statements, id: string): Promise<void> {
  await sql.run(`DELETE FROM "CardState" WHERE "id" = $1`, [id]);
}

export type StoredAttempt = { cardVersion: number; response: unknown; correct: boolean; revealedAt: Date };

/** The attempt recorded for the user's card, or null. */
export async function readStudyAttempt(sql: Statements, userId: string, questionId: string): Promise<StoredAttempt | null> {
  const rows = await sql.rows<StoredAttempt>(
    `SELECT "cardVersion", "response", "correct", "revealedAt" FROM "StudyAttempt" WHERE "userId" = $1 AND "questionId" = $2`,
    [userId, questionId],
    { response: "json", correct: "boolean", revealedAt: "date" },
  );
  return rows[0] ?? null;
}

/** Records the attempt for the user's card, replacing the one recorded before. */
export async function writeStudyAttempt(sql: Statements, userId: string, questionId: string, attempt: StoredAttempt): Promise<void> {
  await sql.run(
    `INSERT INTO "StudyAttempt" ("id", "userId", "questionId", "cardVersion", "response", "correct", "revealedAt") VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT ("userId", "questionId") DO UPDATE SET "cardVersion" = excluded."cardVersion", "response" = excluded."response", "correct" = excluded."correct", "revealedAt" = excluded."revealedAt"`,
    [newRowId(), userId, questionId, attempt.cardVersion, jsonValue(attempt.response), attempt.correct, attempt.revealedAt],
  );
}

/** Removes and returns the attempt recorded for this version of the card; another version's stays. */
export async function deleteStudyAttempt(sql: Statements, userId: string, questionId: string, cardVersion: number): Promise<{ response: unknown; correct: boolean } | null> {
  const rows = await sql.rows<{ response: unknown; correct: boolean }>(
    `DELETE FROM "StudyAttempt" WHERE "userId" = $1 AND "questionId" = $2 AND "cardVersion" = $3 RETURNING "response", "correct"`,
    [userId, questionId, cardVersion],
    { response: "json", correct: "boolean" },
  );
  return rows[0] ?? null;
}

const REVIEW_LOG_COLUMNS: Columns = { response: "json", correct: "boolean", reviewedAt: "date", stateBefore: "json", stateAfter: "json" };

/** The review recorded under a client's review id, or null. */
export async function readReviewLog(sql: Statements, clientReviewId: string): Promise<ReviewLog | null> {
  const rows = await sql.rows<ReviewLog>(`SELECT * FROM "ReviewLog" WHERE "clientReviewId" = $1`, [clientReviewId], REVIEW_LOG_COLUMNS);
  return rows[0] ?? null;
}

/** The user's most recent review, or null. */
export async function readLatestReviewLog(sql: Statements, userId: string): Promise<ReviewLog | null> {
  const rows = await sql.rows<ReviewLog>(`SELECT * FROM "ReviewLog" WHERE "userId" = $1 ORDER BY "reviewedAt" DESC, "id" DESC LIMIT 1`, [userId], REVIEW_LOG_COLUMNS);
  return rows[0] ?? null;
}

/** Records a review (its clientReviewId is unique: a second one fails). */
export async function insertReviewLog(sql: Statements, log: Omit<ReviewLog, "id" | "response" | "stateBefore" | "stateAfter"> & Record<"response" | "stateBefore" | "stateAfter", unknown>): Promise<void> {
  await sql.run(
    `INSERT INTO "ReviewLog" ("id", "clientReviewId", "userId", "questionId", "grade", "response", "correct", "durationMs", "reviewedAt", "kind", "stateBefore", "stateAfter")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [newRowId(), log.clientReviewId, log.userId, log.questionId, log.grade, jsonValue(log.response), log.correct, log.durationMs, log.reviewedAt, log.kind, jsonValue(log.stateBefore), jsonValue(log.stateAfter)],
  );
}

export async function deleteReviewLog(sql: Statements, id: string): Promise<void> {
  await sql.run(`DELETE FROM "ReviewLog" WHERE "id" = $1`, [id]);
}

/** One card's scheduling history, oldest first (what FSRS replays). */
export async function readCardHistory(sql: Statements, userId: string, questionId: string): Promise<HistoryEntry[]> {
  const kinds = SCHEDULING_KINDS.map((kind) => `'${kind}'`).join(", ");
  return sql.rows<HistoryEntry>(
    `SELECT "reviewedAt", "grade", "kind" FROM "ReviewLog" WHERE "userId" = $1 AND "questionId" = $2 AND "kind" IN (${kinds}) ORDER BY "reviewedAt", "id"`,
    [userId, questionId],
    { reviewedAt: "date" },
  );
}
