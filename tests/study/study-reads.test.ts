// The review loop's raw reads (lib/study/study-reads.ts) return exactly what Prisma's model
// queries return for the same rows, on the database this pass runs on (SQLite or PostgreSQL).
import { describe, expect, it } from "vitest";
import { db, Prisma } from "@/lib/db";
import { statements } from "@/lib/db/statements";
import { deleteStudyAttempt, readCardState, readStudyAttempt } from "@/lib/study/study-reads";
import { createDeck, createUser } from "../support/fixtures";

const sql = statements();
const key = (userId: string, questionId: string) => ({ userId_questionId: { userId, questionId } });

describe("the review loop's raw reads", () => {
  it("read a card state as cardState.findUnique does, nulls and FSRS memory included", async () => {
    const user = await createUser();
    const { questions } = await createDeck();
    await db.cardState.create({ data: { userId: user.id, questionId: questions[0].id, dueAt: new Date("2026-11-26T03:00:00.123Z") } });
    await db.cardState.create({
      data: {
        userId: user.id,
        questionId: questions[1].id,
        repetitions: 3,
        easeFactor: 2.36,
        intervalDays: 15,
        dueAt: new Date("2026-12-10T09:00:00.000Z"),
        lapses: 1,
        lastReviewedAt: new Date("2026-11-25T14:03:12.345Z"),
        version: 7,
        fsrsState: "Review",
        fsrsStability: 12.5,
        fsrsDifficulty: 5.25,
        fsrsIntervalDays: 13,
        fsrsDueAt: new Date("2026-12-08T04:00:00.000Z"),
        fsrsReps: 3,
        fsrsLapses: 1,
      },
    });
    for (const question of questions) {
      const expected = await db.cardState.findUnique({ where: key(user.id, question.id) });
      expect(await readCardState(sql, user.id, question.id)).toEqual(expected);
    }
    expect(await readCardState(sql, user.id, questions[2].id)).toBeNull();
  });

  it("read and take an attempt as Prisma returns it, whatever JSON the response holds", async () => {
    const user = await createUser();
    const { questions } = await createDeck({ questions: [{}, {}, {}, {}] });
    const responses = [{ choice: "b", typed: ["x", 1] }, "answer 0", Prisma.JsonNull, 42];
    for (const [i, response] of responses.entries()) {
      await db.studyAttempt.create({
        data: { userId: user.id, questionId: questions[i].id, cardVersion: i, response, correct: i % 2 === 0, revealedAt: new Date(`2026-11-25T0${i}:00:00.000Z`) },
      });
    }
    for (const [i, question] of questions.entries()) {
      const stored = await db.studyAttempt.findUniqueOrThrow({ where: key(user.id, question.id) });
      const expected = { cardVersion: stored.cardVersion, response: stored.response, correct: stored.correct, revealedAt: stored.revealedAt };
      expect(await readStudyAttempt(sql, user.id, question.id)).toEqual(expected);
      // Another version's attempt stays; this version's is removed and returned.
      expect(await deleteStudyAttempt(sql, user.id, question.id, i + 1)).toBeNull();
      expect(await deleteStudyAttempt(sql, user.id, question.id, i)).toEqual({ response: stored.response, correct: stored.correct });
      expect(await readStudyAttempt(sql, user.id, question.id)).toBeNull();
    }
  });
});
