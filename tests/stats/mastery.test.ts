import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadMastery, loadTopicMastery, masteryLevel } from "@/lib/stats/mastery";
import { createDeck, createUser, enroll } from "../support/fixtures";
import { createCards } from "./history";

describe("masteryLevel", () => {
  it("follows the documented definition", () => {
    expect(masteryLevel(null)).toBe("new");
    expect(masteryLevel({ repetitions: 0, intervalDays: 1 })).toBe("learning");
    expect(masteryLevel({ repetitions: 0, intervalDays: 30 })).toBe("learning");
    expect(masteryLevel({ repetitions: 1, intervalDays: 1 })).toBe("young");
    expect(masteryLevel({ repetitions: 3, intervalDays: 20 })).toBe("young");
    expect(masteryLevel({ repetitions: 4, intervalDays: 21 })).toBe("mature");
  });
});

describe("loadMastery", () => {
  it("counts every level per deck and per fact, ignoring rejected questions, other users and other decks", async () => {
    const user = await createUser();
    const other = await createUser();
    const { deck, questions } = await createDeck({ questions: Array.from({ length: 7 }, () => ({})) });
    const elsewhere = await createDeck({ questions: [{}] });
    await enroll(user.id, deck.id);
    // Two questions share the first fact: a topic tested twice.
    await db.question.update({ where: { id: questions[1].id }, data: { factId: questions[0].factId } });
    await db.question.update({ where: { id: questions[6].id }, data: { rejected: true } });
    const due = "2026-12-01T00:00:00Z";
    await createCards(user.id, [
      { questionId: questions[0].id, dueAt: due, repetitions: 0, intervalDays: 1 }, // learning
      { questionId: questions[1].id, dueAt: due, repetitions: 2, intervalDays: 6 }, // young
      { questionId: questions[2].id, dueAt: due, repetitions: 3, intervalDays: 20 }, // young
      { questionId: questions[3].id, dueAt: due, repetitions: 4, intervalDays: 21 }, // mature
      { questionId: questions[6].id, dueAt: due, repetitions: 4, intervalDays: 40 }, // rejected
      { questionId: elsewhere.questions[0].id, dueAt: due, repetitions: 4, intervalDays: 40 }, // not enrolled
    ]);
    await createCards(other.id, [{ questionId: questions[4].id, dueAt: due, repetitions: 5, intervalDays: 50 }]);

    const [mastery] = await loadMastery(user.id);
    expect(await loadMastery(user.id)).toHaveLength(1);
    expect(mastery).toMatchObject({ deckId: deck.id, new: 2, learning: 1, young: 2, mature: 1, total: 6, topics: 5 });
    const topics = (await loadTopicMastery(user.id, deck.id))!;
    expect(topics.map(({ factId, label, ...counts }) => ({ factId, counts }))).toEqual([
      { factId: questions[0].factId, counts: { new: 0, learning: 1, young: 1, mature: 0, total: 2 } },
      { factId: questions[2].factId, counts: { new: 0, learning: 0, young: 1, mature: 0, total: 1 } },
      { factId: questions[3].factId, counts: { new: 0, learning: 0, young: 0, mature: 1, total: 1 } },
      { factId: questions[4].factId, counts: { new: 1, learning: 0, young: 0, mature: 0, total: 1 } },
      { factId: questions[5].factId, counts: { new: 1, learning: 0, young: 0, mature: 0, total: 1 } },
    ]);
    expect(topics[0].label).toBe("TensorFlow — released in 2015");
    // Another student's deck, or one they have not added, is not theirs to look into.
    expect(await loadTopicMastery(other.id, deck.id)).toBeNull();
    expect(await loadTopicMastery(user.id, elsewhere.deck.id)).toBeNull();
  });

  it("is empty for a student without decks", async () => {
    const user = await createUser();
    expect(await loadMastery(user.id)).toEqual([]);
  });
});
