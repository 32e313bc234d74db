import { describe, expect, it } from "vitest";
import { loadRetention, retentionPoint, trimLeadingEmptyWeeks } from "@/lib/stats/retention";
import { createDeck, createUser } from "../support/fixtures";
import { logReviews } from "./history";

describe("loadRetention", () => {
  it("counts only scheduled reviews, per Monday-first study week in the user's zone, and per deck", async () => {
    const user = await createUser({ timezone: "America/New_York" });
    const alpha = await createDeck({ questions: [{}, {}] });
    const beta = await createDeck({ questions: [{}] });
    const a = alpha.questions[0].id;
    const b = beta.questions[0].id;
    await logReviews(user.id, [
      // Week of Mon Mar 2 (spans the spring-forward night).
      { questionId: a, at: "2026-03-03T15:00:00Z", correct: true },
      { questionId: a, at: "2026-03-03T15:01:00Z", correct: false },
      { questionId: b, at: "2026-03-09T07:59:00Z", correct: true }, // Mon 03:59 EDT → Sunday, same week
      { questionId: a, at: "2026-03-03T15:02:00Z", kind: "NEW", correct: false }, // not counted
      { questionId: a, at: "2026-03-03T15:03:00Z", kind: "REDRILL", correct: true }, // not counted
      // Week of Mon Mar 9 starts 04:00 EDT = 08:00Z.
      { questionId: b, at: "2026-03-09T08:00:00Z", correct: false },
      { questionId: alpha.questions[1].id, at: "2026-03-10T12:00:00Z", correct: true },
      // Week of Mar 16: nothing. Week of Mar 23: one correct.
      { questionId: a, at: "2026-03-24T12:00:00Z", correct: true },
    ]);
    const retention = await loadRetention(user, new Date("2026-03-25T15:00:00Z"));
    expect(retention.weeks).toEqual([
      { weekStart: "2026-03-02", reviews: 3, correct: 2, rate: 2 / 3 },
      { weekStart: "2026-03-09", reviews: 2, correct: 1, rate: 0.5 },
      { weekStart: "2026-03-16", reviews: 0, correct: 0, rate: null },
      { weekStart: "2026-03-23", reviews: 1, correct: 1, rate: 1 },
    ]);
    expect(retention.decks.map(({ title, reviews, correct }) => ({ title, reviews, correct }))).toEqual(
      [
        { title: alpha.deck.title, reviews: 4, correct: 3 },
        { title: beta.deck.title, reviews: 2, correct: 1 },
      ].sort((x, y) => x.title.localeCompare(y.title)),
    );
    expect(retention.overall).toEqual({ reviews: 6, correct: 4, rate: 4 / 6 });
  });

  it("has nothing to show for a new user", async () => {
    const user = await createUser();
    const retention = await loadRetention(user, new Date("2026-03-25T15:00:00Z"));
    expect(retention).toEqual({ weeks: [], decks: [], overall: { reviews: 0, correct: 0, rate: null } });
  });

  it("trims only leading empty weeks", () => {
    const week = (weekStart: string, reviews: number) => ({ weekStart, ...retentionPoint(reviews, 0) });
    expect(trimLeadingEmptyWeeks([week("a", 0), week("b", 1), week("c", 0)]).map((w) => w.weekStart)).toEqual(["b", "c"]);
  });
});

describe("loadRetention per deck", () => {
  it("counts reviews from before the weekly chart's year too", async () => {
    const user = await createUser();
    const { deck, questions } = await createDeck({ questions: [{}] });
    await logReviews(user.id, [
      { questionId: questions[0].id, at: "2024-01-10T12:00:00Z", correct: false },
      { questionId: questions[0].id, at: "2026-03-24T12:00:00Z", correct: true },
    ]);
    const retention = await loadRetention(user, new Date("2026-03-25T15:00:00Z"));
    expect(retention.weeks).toEqual([{ weekStart: "2026-03-23", reviews: 1, correct: 1, rate: 1 }]);
    expect(retention.decks).toEqual([{ deckId: deck.id, slug: deck.slug, title: deck.title, reviews: 2, correct: 1, rate: 0.5 }]);
  });
});
