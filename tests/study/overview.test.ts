import { describe, expect, it } from "vitest";
import { studyOverview } from "@/lib/study/overview";
import { createDeck, createUser, enroll } from "../support/fixtures";

describe("studyOverview", () => {
  it("lists each deck's waiting cards and shares the daily new-card limit in the total", async () => {
    const user = await createUser({ newPerDay: 5 });
    for (let i = 0; i < 3; i++) {
      const { deck } = await createDeck({ questions: [{}, {}, {}, {}] });
      await enroll(user.id, deck.id);
    }
    const { decks, waiting } = await studyOverview(user, new Date("2026-11-25T12:00:00Z"));
    expect(decks.map((deck) => [deck.due, deck.new, deck.total])).toEqual([
      [0, 4, 4],
      [0, 4, 4],
      [0, 4, 4],
    ]);
    expect(waiting).toBe(5);
  });
});
