import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { undoReview } from "@/lib/study/review";
import type { Student } from "@/lib/auth/session";
import { StudyError } from "@/lib/study/errors";
import { createDeck, createUser, enroll, reviewId, answerAndGrade } from "../support/fixtures";

async function setup(overrides: Parameters<typeof createUser>[0] = {}) {
  const user = await createUser({ timezone: "Europe/Berlin", ...overrides });
  const { deck, questions } = await createDeck();
  await enroll(user.id, deck.id);
  const student: Student = user;
  return { student, deck, questions };
}

const state = (userId: string, questionId: string) =>
  db.cardState.findUnique({ where: { userId_questionId: { userId, questionId } } });

// 10:00 in Berlin (UTC+1 in November).
const MORNING = new Date("2026-11-25T09:00:00Z");

describe("recordReview", () => {
  it("schedules a new card answered Good for the start of the student's next study day", async () => {
    const { student, questions } = await setup();
    const outcome = await answerAndGrade(
      student,
      { clientReviewId: reviewId(), questionId: questions[0].id, response: "answer 0", grade: 4, durationMs: 3200, seenVersion: 0 },
      MORNING,
    );
    expect(outcome).toMatchObject({ correct: true, kind: "NEW", intervalDays: 1, redrill: false });
    // Next day, 4 a.m. Berlin = 03:00 UTC.
    expect(outcome.dueAt).toBe("2026-11-26T03:00:00.000Z");
    expect(await state(student.id, questions[0].id)).toMatchObject({ repetitions: 1, easeFactor: 2.5, intervalDays: 1, lapses: 0, version: 1 });
    const log = await db.reviewLog.findFirstOrThrow({ where: { userId: student.id } });
    expect(log).toMatchObject({ grade: 4, correct: true, durationMs: 3200, kind: "NEW", response: "answer 0", stateBefore: null });
    expect(log.stateAfter).toMatchObject({ repetitions: 1, intervalDays: 1, dueAt: "2026-11-26T03:00:00.000Z" });
  });

  it("grades typed answers on the server and allows only Again for a wrong one", async () => {
    const { student, questions } = await setup();
    const input = { clientReviewId: reviewId(), questionId: questions[0].id, response: "something else", grade: 4 as const, durationMs: 1000, seenVersion: 0 };
    await expect(answerAndGrade(student, input, MORNING)).rejects.toThrow("A wrong answer can only be graded Again.");
    expect(await db.reviewLog.count({ where: { userId: student.id } })).toBe(0);
    expect(await state(student.id, questions[0].id)).toBeNull();

    const outcome = await answerAndGrade(student, { ...input, grade: 1 }, MORNING);
    expect(outcome).toMatchObject({ correct: false, redrill: true, intervalDays: 1 });
  });

  it("applies a retried or double-clicked submission exactly once", async () => {
    const { student, questions } = await setup();
    const input = { clientReviewId: reviewId(), questionId: questions[0].id, response: "answer 0", grade: 5 as const, durationMs: 900, seenVersion: 0 };
    const [first, second] = await Promise.all([answerAndGrade(student, input, MORNING), answerAndGrade(student, input, MORNING)]);
    const third = await answerAndGrade(student, input, MORNING);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(await db.reviewLog.count({ where: { userId: student.id } })).toBe(1);
    expect(await state(student.id, questions[0].id)).toMatchObject({ repetitions: 1, version: 1 });
  });

  it("re-drills a card graded below 4 the same day without rescheduling it again", async () => {
    const { student, questions } = await setup();
    const questionId = questions[0].id;
    await answerAndGrade(student, { clientReviewId: reviewId(), questionId, response: "nope", grade: 1, durationMs: 1, seenVersion: 0 }, MORNING);
    const afterFail = await state(student.id, questionId);
    const redrill = await answerAndGrade(
      student,
      { clientReviewId: reviewId(), questionId, response: "answer 0", grade: 4, durationMs: 1, seenVersion: afterFail!.version },
      new Date(MORNING.getTime() + 60_000),
    );
    expect(redrill).toMatchObject({ kind: "REDRILL", redrill: false, correct: true });
    expect(await state(student.id, questionId)).toEqual(afterFail);
  });

  it("follows SM-2 across days and counts a lapse when a learned card is forgotten", async () => {
    const { student, questions } = await setup();
    const questionId = questions[0].id;
    const day = (n: number) => new Date(MORNING.getTime() + n * 86_400_000);
    const review = async (when: Date, grade: 1 | 3 | 4 | 5, response: string) => {
      const current = await state(student.id, questionId);
      return answerAndGrade(student, { clientReviewId: reviewId(), questionId, response, grade, durationMs: 1, seenVersion: current?.version ?? 0 }, when);
    };
    expect((await review(day(0), 4, "answer 0")).intervalDays).toBe(1);
    expect((await review(day(1), 4, "answer 0")).intervalDays).toBe(6);
    expect((await review(day(7), 3, "answer 0")).intervalDays).toBe(15); // ceil(6 × 2.5)
    expect(await state(student.id, questionId)).toMatchObject({ repetitions: 3, easeFactor: 2.36, lapses: 0 });
    expect((await review(day(22), 1, "forgot")).kind).toBe("REVIEW");
    expect(await state(student.id, questionId)).toMatchObject({ repetitions: 0, intervalDays: 1, easeFactor: 2.36, lapses: 1 });
  });

  it("never lets two tabs both schedule the same card", async () => {
    const { student, questions } = await setup();
    const questionId = questions[0].id;
    const tab = (grade: 4 | 5) =>
      answerAndGrade(student, { clientReviewId: reviewId(), questionId, response: "answer 0", grade, durationMs: 1, seenVersion: 0 }, MORNING);
    const results = await Promise.allSettled([tab(4), tab(5)]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(StudyError);
    expect(refused.reason.code).toBe("conflict");
    expect(await state(student.id, questionId)).toMatchObject({ repetitions: 1, version: 1 });
    expect(await db.reviewLog.count({ where: { userId: student.id } })).toBe(1);
  });

  it("records every review when a class studies the same deck at the same moment", async () => {
    // Students never share a row, so none may be turned away because another is reviewing
    // (on PostgreSQL, serializable transactions on small tables used to fail each other).
    const { deck, questions } = await createDeck();
    const students: Student[] = [];
    for (let i = 0; i < 8; i++) {
      const user = await createUser({ timezone: "Europe/Berlin" });
      await enroll(user.id, deck.id);
      students.push(user);
    }
    const studyThree = async (student: Student) => {
      for (const [position, question] of questions.slice(0, 3).entries()) {
        await answerAndGrade(student, { clientReviewId: reviewId(), questionId: question.id, response: `answer ${position}`, grade: 4, durationMs: 1, seenVersion: 0 }, MORNING);
      }
      // A second look at the first card the next day moves an existing card state.
      const tomorrow = new Date(MORNING.getTime() + 86_400_000);
      await answerAndGrade(student, { clientReviewId: reviewId(), questionId: questions[0].id, response: "answer 0", grade: 5, durationMs: 1, seenVersion: 1 }, tomorrow);
    };
    const results = await Promise.allSettled(students.map(studyThree));
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    for (const student of students) {
      expect(await db.reviewLog.count({ where: { userId: student.id } })).toBe(4);
      expect(await state(student.id, questions[0].id)).toMatchObject({ repetitions: 2, version: 2 });
    }
  });

  it("refuses questions from decks the student has not added, and forged ids, changing nothing", async () => {
    const { student } = await setup();
    const { questions: foreign } = await createDeck();
    const { questions: privateDraft } = await createDeck({ published: false });
    for (const questionId of [foreign[0].id, privateDraft[0].id, "q_forged"]) {
      await expect(
        answerAndGrade(student, { clientReviewId: reviewId(), questionId, response: "answer 0", grade: 4, durationMs: 1, seenVersion: 0 }, MORNING),
      ).rejects.toThrow("That question is not in any of your decks.");
    }
    expect(await db.reviewLog.count({ where: { userId: student.id } })).toBe(0);
    expect(await db.cardState.count({ where: { userId: student.id } })).toBe(0);
  });

  it("refuses a review id that another student already used", async () => {
    const { student, questions, deck } = await setup();
    const other = await createUser();
    await enroll(other.id, deck.id);
    const clientReviewId = reviewId();
    await answerAndGrade(student, { clientReviewId, questionId: questions[0].id, response: "answer 0", grade: 4, durationMs: 1, seenVersion: 0 }, MORNING);
    await expect(
      answerAndGrade({ ...other }, { clientReviewId, questionId: questions[0].id, response: "answer 0", grade: 4, durationMs: 1, seenVersion: 0 }, MORNING),
    ).rejects.toThrow("That review id is already in use.");
    expect(await state(other.id, questions[0].id)).toBeNull();
  });
});

describe("undoReview", () => {
  it("puts the card back exactly as it was and removes the log", async () => {
    const { student, questions } = await setup();
    const questionId = questions[0].id;
    await answerAndGrade(student, { clientReviewId: reviewId(), questionId, response: "answer 0", grade: 4, durationMs: 1, seenVersion: 0 }, MORNING);
    const before = await state(student.id, questionId);
    const later = new Date(MORNING.getTime() + 86_400_000);
    const second = reviewId();
    await answerAndGrade(student, { clientReviewId: second, questionId, response: "answer 0", grade: 5, durationMs: 1, seenVersion: before!.version }, later);

    expect(await undoReview(student, second)).toEqual({ questionId, practice: false });
    expect(await state(student.id, questionId)).toMatchObject({
      repetitions: before!.repetitions,
      easeFactor: before!.easeFactor,
      intervalDays: before!.intervalDays,
      dueAt: before!.dueAt,
      lastReviewedAt: before!.lastReviewedAt,
    });
    expect(await db.reviewLog.count({ where: { userId: student.id } })).toBe(1);
  });

  it("makes an undone first review a new card again", async () => {
    const { student, questions } = await setup();
    const id = reviewId();
    await answerAndGrade(student, { clientReviewId: id, questionId: questions[1].id, response: "answer 1", grade: 4, durationMs: 1, seenVersion: 0 }, MORNING);
    await undoReview(student, id);
    expect(await state(student.id, questions[1].id)).toBeNull();
    expect(await db.reviewLog.count({ where: { userId: student.id } })).toBe(0);
  });

  it("only undoes the student's own most recent review", async () => {
    const { student, questions, deck } = await setup();
    const first = reviewId();
    await answerAndGrade(student, { clientReviewId: first, questionId: questions[0].id, response: "answer 0", grade: 4, durationMs: 1, seenVersion: 0 }, MORNING);
    const second = reviewId();
    await answerAndGrade(student, { clientReviewId: second, questionId: questions[1].id, response: "answer 1", grade: 4, durationMs: 1, seenVersion: 0 }, MORNING);
    await expect(undoReview(student, first)).rejects.toThrow("Only your most recent review can be undone.");

    const other = await createUser();
    await enroll(other.id, deck.id);
    await expect(undoReview(other, second)).rejects.toThrow("Only your most recent review can be undone.");
    expect(await db.reviewLog.count({ where: { userId: student.id } })).toBe(2);
  });
});
