// What one step of the review loop costs the database, counted on the real database (SQLite, or
// PostgreSQL in its pass): a guard against the study loop quietly growing statements again, or
// going back through Prisma (issue #12: Prisma cost ~1 ms of CPU per statement, the loop's own
// statements cost microseconds). Counted: the statements lib/db/statements.ts sends (BEGIN and
// COMMIT aside) and every one of Prisma's query events. The signed-in user's own lookup
// (lib/auth/session, once per request) is not part of these.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  // Before lib/db builds its client (imports are hoisted above anything else in this file).
  process.env.RECALL_QUERY_EVENTS = "1";
});

import { db } from "@/lib/db";
import { observeStatements } from "@/lib/db/statements";
import { recordReview } from "@/lib/study/review";
import { revealAnswer } from "@/lib/study/session";
import { createDeck, createUser, enroll, reviewId } from "../support/fixtures";

const REVEAL_STATEMENTS = 5;
const GRADE_STATEMENTS = 6;

let statements: string[] = [];
let prismaStatements: string[] = [];
(db as unknown as { $on(event: "query", listener: (event: { query: string }) => void): void }).$on("query", (event) => prismaStatements.push(event.query));
observeStatements((sql) => statements.push(sql));

/** The statements `work` sends; none of them through Prisma. */
async function counted<T>(work: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  statements = [];
  prismaStatements = [];
  const result = await work();
  expect(prismaStatements, "sent through Prisma").toEqual([]);
  return { result, sql: statements };
}

const MORNING = new Date("2026-11-25T09:00:00Z");
const DAYS_LATER = new Date("2026-11-29T09:00:00Z");

describe("the review loop's statements", () => {
  it(`reveals in at most ${REVEAL_STATEMENTS} and grades in at most ${GRADE_STATEMENTS}, for a new card and a due one`, async () => {
    const student = await createUser();
    const { deck, questions } = await createDeck();
    await enroll(student.id, deck.id);
    const questionId = questions[0].id;

    const reveal = await counted(() => revealAnswer(student, questionId, "answer 0", { now: MORNING }));
    expect(reveal.result.correct).toBe(true);
    expect(reveal.sql.length, reveal.sql.join("\n")).toBeLessThanOrEqual(REVEAL_STATEMENTS);
    const grade = await counted(() => recordReview(student, { clientReviewId: reviewId(), questionId, grade: 4, durationMs: 900, seenVersion: 0 }, MORNING));
    expect(grade.result).toMatchObject({ kind: "NEW", version: 1 });
    expect(grade.sql.length, grade.sql.join("\n")).toBeLessThanOrEqual(GRADE_STATEMENTS);

    const dueReveal = await counted(() => revealAnswer(student, questionId, "answer 0", { now: DAYS_LATER }));
    expect(dueReveal.sql.length, dueReveal.sql.join("\n")).toBeLessThanOrEqual(REVEAL_STATEMENTS);
    const dueGrade = await counted(() => recordReview(student, { clientReviewId: reviewId(), questionId, grade: 4, durationMs: 900, seenVersion: 1 }, DAYS_LATER));
    expect(dueGrade.result).toMatchObject({ kind: "REVIEW", version: 2 });
    expect(dueGrade.sql.length, dueGrade.sql.join("\n")).toBeLessThanOrEqual(GRADE_STATEMENTS);
  });

  it("answers a repeated submission from the review it recorded, without recording it again", async () => {
    const student = await createUser();
    const { deck, questions } = await createDeck();
    await enroll(student.id, deck.id);
    const input = { clientReviewId: reviewId(), questionId: questions[1].id, grade: 4 as const, durationMs: 900, seenVersion: 0 };
    await revealAnswer(student, input.questionId, "answer 1", { now: MORNING });
    const first = await recordReview(student, input, MORNING);
    // Its card has moved on and its attempt is taken: the refusal finds the recorded review.
    const again = await counted(() => recordReview(student, input, MORNING));
    expect(again.result).toEqual(first);
    expect(again.sql.length).toBeLessThanOrEqual(GRADE_STATEMENTS);
    // Shown again after the first grade (a re-drill), the same id still counts once.
    await revealAnswer(student, input.questionId, "answer 1", { now: MORNING });
    expect(await recordReview(student, { ...input, seenVersion: 1 }, MORNING)).toEqual(first);
    expect(await db.reviewLog.count({ where: { clientReviewId: input.clientReviewId } })).toBe(1);
    expect(await db.cardState.findUniqueOrThrow({ where: { userId_questionId: { userId: student.id, questionId: input.questionId } } })).toMatchObject({ version: 1 });
  });
});
