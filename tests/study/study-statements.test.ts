// The review loop's statements (lib/study/study-statements.ts), sent without Prisma: what they
// read is exactly what Prisma's model queries return for the same rows, and what they write
// Prisma reads back as written — on the database this pass runs on (SQLite or PostgreSQL).
import { describe, expect, it } from "vitest";
import { db, Prisma } from "@/lib/db";
import { statements } from "@/lib/db/statements";
import { deleteStudyAttempt, insertCardState, insertReviewLog, readCardState, readReviewLog, readStudyAttempt, updateCardState, writeStudyAttempt } from "@/lib/study/study-statements";
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

  it("write rows that Prisma reads back as written: dates, booleans, JSON and nulls", async () => {
    const user = await createUser();
    const { questions } = await createDeck();
    const state = {
      repetitions: 2,
      easeFactor: 2.36,
      intervalDays: 6,
      dueAt: new Date("2026-12-07T04:00:00.000Z"),
      lapses: 0,
      lastReviewedAt: new Date("2026-12-01T09:30:00.123Z"),
      version: 2,
      fsrsState: "Review",
      fsrsStability: 6.5,
      fsrsDifficulty: 4.75,
      fsrsIntervalDays: 6,
      fsrsDueAt: new Date("2026-12-07T04:00:00.000Z"),
      fsrsReps: 2,
      fsrsLapses: 0,
    };
    await insertCardState(sql, user.id, questions[0].id, state);
    const stored = await db.cardState.findUniqueOrThrow({ where: key(user.id, questions[0].id) });
    expect(stored).toMatchObject(state);
    // Over the version it read, or not at all.
    expect(await updateCardState(sql, stored.id, 1, { ...state, version: 3 })).toBe(false);
    expect(await updateCardState(sql, stored.id, 2, { ...state, version: 3, lastReviewedAt: null })).toBe(true);
    expect(await db.cardState.findUniqueOrThrow({ where: key(user.id, questions[0].id) })).toMatchObject({ version: 3, lastReviewedAt: null });

    const attempt = { cardVersion: 3, response: ["b", "a"], correct: false, revealedAt: new Date("2026-12-01T09:31:00.000Z") };
    await writeStudyAttempt(sql, user.id, questions[0].id, attempt);
    await writeStudyAttempt(sql, user.id, questions[0].id, { ...attempt, response: null, correct: true });
    expect(await db.studyAttempt.findUniqueOrThrow({ where: key(user.id, questions[0].id) })).toMatchObject({ cardVersion: 3, response: null, correct: true, revealedAt: attempt.revealedAt });

    const log = { clientReviewId: "5b7f3c1e-8d2a-4f6b-9c1d-2e3f4a5b6c7d", userId: user.id, questionId: questions[0].id, grade: 4, response: "answer 0", correct: true, durationMs: 1200, reviewedAt: new Date("2026-12-01T09:32:00.456Z"), kind: "REVIEW", stateBefore: null, stateAfter: { version: 3, dueAt: "2026-12-07T04:00:00.000Z" } };
    await insertReviewLog(sql, log);
    const written = await db.reviewLog.findUniqueOrThrow({ where: { clientReviewId: log.clientReviewId } });
    expect(written).toMatchObject(log);
    expect(await readReviewLog(sql, log.clientReviewId)).toEqual(written);
  });
});
