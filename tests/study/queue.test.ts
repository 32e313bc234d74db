import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadQueueCounts, loadStudyQueue } from "@/lib/study/queue";

import { createDeck, createUser, enroll, reviewId, answerAndGrade } from "../support/fixtures";

const NOW = new Date("2026-11-25T12:00:00Z");

async function schedule(userId: string, questionId: string, dueAt: string) {
  await db.cardState.create({
    data: { userId, questionId, repetitions: 2, easeFactor: 2.5, intervalDays: 6, dueAt: new Date(dueAt), lastReviewedAt: new Date("2026-11-01T10:00:00Z"), version: 3 },
  });
}

describe("loadStudyQueue", () => {
  it("puts due cards first, oldest due first, then new cards in deck order", async () => {
    const user = await createUser();
    const { deck, questions } = await createDeck({ questions: [{}, {}, {}, {}, {}] });
    await enroll(user.id, deck.id);
    await schedule(user.id, questions[3].id, "2026-11-24T04:00:00Z");
    await schedule(user.id, questions[1].id, "2026-11-20T04:00:00Z");
    await schedule(user.id, questions[4].id, "2026-12-20T04:00:00Z"); // not due yet

    const queue = await loadStudyQueue(user, { deckId: deck.id }, NOW);
    expect(queue.entries.map((entry) => [entry.questionId, entry.kind])).toEqual([
      [questions[1].id, "REVIEW"],
      [questions[3].id, "REVIEW"],
      [questions[0].id, "NEW"],
      [questions[2].id, "NEW"],
    ]);
    expect(queue.entries[0].seenVersion).toBe(3);
    expect(queue).toMatchObject({ dueCount: 2, newCount: 2, redrillCount: 0, doneToday: 0 });
  });

  it("counts a card due later today (before the next 4 a.m. in the student's timezone) as due", async () => {
    const user = await createUser({ timezone: "America/New_York" });
    const { deck, questions } = await createDeck({ questions: [{}, {}] });
    await enroll(user.id, deck.id);
    // New York's study day of Nov 25 runs 09:00Z (4 a.m. EST) to 09:00Z on Nov 26.
    await schedule(user.id, questions[0].id, "2026-11-26T08:59:59Z");
    await schedule(user.id, questions[1].id, "2026-11-26T09:00:00Z");
    const queue = await loadStudyQueue(user, { deckId: deck.id }, NOW);
    expect(queue.entries.map((entry) => entry.questionId)).toEqual([questions[0].id]);
  });

  it("limits new cards per study day across all decks", async () => {
    const user = await createUser({ newPerDay: 3 });
    const a = await createDeck({ questions: [{}, {}] });
    const b = await createDeck({ questions: [{}, {}, {}] });
    await enroll(user.id, a.deck.id);
    await enroll(user.id, b.deck.id);
    await answerAndGrade(user, { clientReviewId: reviewId(), questionId: a.questions[0].id, response: "answer 0", grade: 4, durationMs: 1, seenVersion: 0 }, NOW);

    const queue = await loadStudyQueue(user, { deckId: b.deck.id }, NOW);
    expect(queue.newCount).toBe(2);
    expect(queue.entries.filter((entry) => entry.kind === "NEW")).toHaveLength(2);

    const all = await loadStudyQueue(user, "all", NOW);
    expect(all.entries.filter((entry) => entry.kind === "NEW")).toHaveLength(2);
    // Tomorrow the allowance is back.
    const tomorrow = await loadStudyQueue(user, "all", new Date(NOW.getTime() + 86_400_000));
    expect(tomorrow.newCount).toBe(3);
  });

  it("resumes after a reload: finished cards stay done and cards graded below 4 come back at the end", async () => {
    const user = await createUser();
    const { deck, questions } = await createDeck({ questions: [{}, {}, {}] });
    await enroll(user.id, deck.id);
    await answerAndGrade(user, { clientReviewId: reviewId(), questionId: questions[0].id, response: "answer 0", grade: 4, durationMs: 1, seenVersion: 0 }, NOW);
    await answerAndGrade(user, { clientReviewId: reviewId(), questionId: questions[1].id, response: "wrong", grade: 1, durationMs: 1, seenVersion: 0 }, NOW);

    const queue = await loadStudyQueue(user, { deckId: deck.id }, new Date(NOW.getTime() + 60_000));
    expect(queue.entries.map((entry) => [entry.questionId, entry.kind])).toEqual([
      [questions[2].id, "NEW"],
      [questions[1].id, "REDRILL"],
    ]);
    expect(queue).toMatchObject({ doneToday: 1, redrillCount: 1 });
  });

  it("ignores rejected questions and refuses decks the student has not added", async () => {
    const user = await createUser();
    const { deck, questions } = await createDeck({ questions: [{}, {}] });
    await enroll(user.id, deck.id);
    await db.question.update({ where: { id: questions[0].id }, data: { rejected: true } });
    const queue = await loadStudyQueue(user, { deckId: deck.id }, NOW);
    expect(queue.entries.map((entry) => entry.questionId)).toEqual([questions[1].id]);

    const other = await createDeck();
    await expect(loadStudyQueue(user, { deckId: other.deck.id }, NOW)).rejects.toThrow("That deck does not exist or you have not added it.");
  });

  it("counts what the queue holds when only the numbers are loaded (dashboard, study overview)", async () => {
    const user = await createUser({ newPerDay: 4 });
    const a = await createDeck({ questions: [{}, {}, {}, {}, {}] });
    const b = await createDeck({ questions: [{}, {}, {}] });
    await enroll(user.id, a.deck.id);
    await enroll(user.id, b.deck.id);
    await schedule(user.id, a.questions[0].id, "2026-11-20T04:00:00Z");
    await schedule(user.id, a.questions[1].id, "2026-11-24T04:00:00Z");
    await schedule(user.id, b.questions[0].id, "2026-12-20T04:00:00Z");
    // a due card failed today (a pending re-drill that is also due), a new card failed, one passed
    await answerAndGrade(user, { clientReviewId: reviewId(), questionId: a.questions[0].id, response: "wrong", grade: 1, durationMs: 1, seenVersion: 3 }, NOW);
    await answerAndGrade(user, { clientReviewId: reviewId(), questionId: a.questions[2].id, response: "answer 2", grade: 3, durationMs: 1, seenVersion: 0 }, NOW);
    await answerAndGrade(user, { clientReviewId: reviewId(), questionId: b.questions[1].id, response: "answer 1", grade: 5, durationMs: 1, seenVersion: 0 }, NOW);
    // a learning step (FSRS) can bring a failed card back the same day: due and pending at once
    await db.cardState.update({ where: { userId_questionId: { userId: user.id, questionId: a.questions[0].id } }, data: { dueAt: new Date("2026-11-25T13:00:00Z") } });
    for (const at of [NOW, new Date(NOW.getTime() + 3_600_000), new Date(NOW.getTime() + 86_400_000)]) {
      for (const scope of ["all", { deckId: a.deck.id }, { deckId: b.deck.id }] as const) {
        const { entries: _entries, ...counts } = await loadStudyQueue(user, scope, at);
        expect(await loadQueueCounts(user, scope, at)).toEqual(counts);
      }
    }
  });
});
