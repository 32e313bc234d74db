import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadHardestQuestions } from "@/lib/study/hardest";
import { createDeck, createUser, enroll } from "../support/fixtures";
import { createCards } from "../stats/history";

describe("loadHardestQuestions", () => {
  it("lists lapsed cards by most lapses, then lowest ease, with the deck to study them in", async () => {
    const user = await createUser();
    const { deck, questions } = await createDeck({ questions: Array.from({ length: 5 }, () => ({})) });
    const dropped = await createDeck({ questions: [{}] });
    await enroll(user.id, deck.id);
    await db.question.update({ where: { id: questions[4].id }, data: { rejected: true } });
    const due = "2026-12-01T00:00:00Z";
    await createCards(user.id, [
      { questionId: questions[0].id, dueAt: due, lapses: 2, easeFactor: 2.0 },
      { questionId: questions[1].id, dueAt: due, lapses: 5, easeFactor: 1.3 },
      { questionId: questions[2].id, dueAt: due, lapses: 2, easeFactor: 1.7 },
      { questionId: questions[3].id, dueAt: due, lapses: 0 },
      { questionId: questions[4].id, dueAt: due, lapses: 9 },
      { questionId: dropped.questions[0].id, dueAt: due, lapses: 9 },
    ]);
    const hardest = await loadHardestQuestions(user.id);
    expect(hardest.map((card) => [card.questionId, card.lapses])).toEqual([
      [questions[1].id, 5],
      [questions[2].id, 2],
      [questions[0].id, 2],
    ]);
    expect(hardest[0]).toMatchObject({ prompt: "Question 1?", deck: { slug: deck.slug, title: deck.title } });
    expect(await loadHardestQuestions(user.id, 1)).toHaveLength(1);
  });
});
