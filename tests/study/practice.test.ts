import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadStudyQueue } from "@/lib/study/queue";
import { undoReview } from "@/lib/study/review";
import { revealAnswer } from "@/lib/study/session";
import { createDeck, createUser, enroll, reviewId, answerAndGrade } from "../support/fixtures";

const NOW = new Date("2026-11-25T12:00:00Z");

async function forgetfulStudent() {
  const user = await createUser();
  const { deck, questions } = await createDeck({ questions: [{}, {}, {}] });
  await enroll(user.id, deck.id);
  // q0 forgotten three times, q1 once; neither is due for weeks. q2 never seen.
  for (const [question, lapses] of [
    [questions[0], 3],
    [questions[1], 1],
  ] as const) {
    await db.cardState.create({
      data: { userId: user.id, questionId: question.id, repetitions: 2, easeFactor: 1.7, intervalDays: 20, lapses, version: 5, dueAt: new Date("2026-12-20T04:00:00Z"), lastReviewedAt: new Date("2026-11-20T10:00:00Z") },
    });
  }
  return { user, deck, questions };
}

const card = (userId: string, questionId: string) => db.cardState.findUniqueOrThrow({ where: { userId_questionId: { userId, questionId } } });

describe("practising the hardest cards", () => {
  it("queues the most forgotten cards first, whatever their due date", async () => {
    const { user, questions } = await forgetfulStudent();
    const queue = await loadStudyQueue(user, "hardest", NOW);
    expect(queue.entries).toEqual([
      { questionId: questions[0].id, seenVersion: 5, kind: "PRACTICE" },
      { questionId: questions[1].id, seenVersion: 5, kind: "PRACTICE" },
    ]);
  });

  it("logs practice without moving the schedule, and never turns it into a re-drill", async () => {
    const { user, deck, questions } = await forgetfulStudent();
    const before = await card(user.id, questions[0].id);
    const reveal = await revealAnswer(user, questions[0].id, "wrong", { practice: true, now: NOW });
    expect(reveal).toMatchObject({ correct: false, intervals: null });

    const outcome = await answerAndGrade(
      user,
      { clientReviewId: reviewId(), questionId: questions[0].id, response: "wrong", grade: 1, durationMs: 800, seenVersion: 5, practice: true },
      NOW,
    );
    expect(outcome).toMatchObject({ kind: "PRACTICE", correct: false, redrill: false });
    expect(await card(user.id, questions[0].id)).toEqual(before);
    expect(await db.reviewLog.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({ kind: "PRACTICE", grade: 1 });

    // The deck's own queue is unchanged: no re-drill, nothing counted as done.
    const queue = await loadStudyQueue(user, { deckId: deck.id }, NOW);
    expect(queue).toMatchObject({ redrillCount: 0, doneToday: 0 });
    expect(queue.entries.map((entry) => entry.questionId)).toEqual([questions[2].id]);
  });

  it("refuses practice of a card never studied, and undoes practice without touching the card", async () => {
    const { user, questions } = await forgetfulStudent();
    await expect(
      answerAndGrade(user, { clientReviewId: reviewId(), questionId: questions[2].id, response: "answer 2", grade: 4, durationMs: 1, seenVersion: 0, practice: true }, NOW),
    ).rejects.toThrow("Only cards you have studied can be practised.");

    const before = await card(user.id, questions[1].id);
    const id = reviewId();
    await answerAndGrade(user, { clientReviewId: id, questionId: questions[1].id, response: "answer 1", grade: 5, durationMs: 1, seenVersion: 5, practice: true }, NOW);
    await undoReview(user, id);
    expect(await card(user.id, questions[1].id)).toEqual(before);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
  });
});
