import { describe, expect, it } from "vitest";
import { loadRecentActivity } from "@/lib/stats/activity";
import { createDeck, createUser } from "../support/fixtures";
import { logReviews } from "./history";

describe("loadRecentActivity", () => {
  it("sums each recent study day per deck, newest first, in the student's zone", async () => {
    const user = await createUser({ timezone: "Asia/Kolkata" });
    const alpha = await createDeck({ questions: [{}, {}] });
    const beta = await createDeck({ questions: [{}] });
    await logReviews(user.id, [
      { questionId: alpha.questions[0].id, at: "2026-06-10T22:30:00Z", kind: "NEW", durationMs: 4000 }, // 04:00 IST June 11
      { questionId: alpha.questions[0].id, at: "2026-06-10T22:31:00Z", kind: "REDRILL", correct: false, durationMs: 2000 },
      { questionId: beta.questions[0].id, at: "2026-06-11T10:00:00Z", kind: "REVIEW", durationMs: 3000 },
      { questionId: alpha.questions[1].id, at: "2026-06-10T22:29:00Z", kind: "REVIEW", correct: false, durationMs: 5000 }, // 03:59 IST → June 10
      { questionId: alpha.questions[1].id, at: "2026-05-01T10:00:00Z" }, // older than 14 days
    ]);
    const activity = await loadRecentActivity(user, new Date("2026-06-11T12:00:00Z"));
    expect(activity).toEqual([
      {
        day: "2026-06-11",
        reviews: 3,
        newCards: 1,
        correct: 2,
        durationMs: 9000,
        decks: [
          { slug: alpha.deck.slug, title: alpha.deck.title, reviews: 2, newCards: 1, correct: 1, durationMs: 6000 },
          { slug: beta.deck.slug, title: beta.deck.title, reviews: 1, newCards: 0, correct: 1, durationMs: 3000 },
        ],
      },
      {
        day: "2026-06-10",
        reviews: 1,
        newCards: 0,
        correct: 0,
        durationMs: 5000,
        decks: [{ slug: alpha.deck.slug, title: alpha.deck.title, reviews: 1, newCards: 0, correct: 0, durationMs: 5000 }],
      },
    ]);
  });
});
