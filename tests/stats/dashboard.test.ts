// The whole dashboard through the real study path: reviews recorded by recordReview.
import { describe, expect, it } from "vitest";
import { loadDashboard } from "@/lib/stats/dashboard";

import { db } from "@/lib/db";
import { undoReview } from "@/lib/study/review";
import { createDeck, createUser, enroll, reviewId, answerAndGrade } from "../support/fixtures";
import { nonZero } from "./history";

describe("loadDashboard", () => {
  it("tells a brand-new student there is nothing yet", async () => {
    const user = await createUser();
    const dashboard = await loadDashboard(user, new Date("2026-11-25T12:00:00Z"));
    // nothing but the deck list is read for them: the page shows how to start
    expect(dashboard).toEqual({ hasDecks: false, hasReviews: false });
  });

  it("shows a study history made of real reviews: today, heatmap, forecast, retention, mastery, activity, hardest", async () => {
    const user = await createUser({ timezone: "America/New_York", newPerDay: 3 });
    const { deck, questions } = await createDeck({ questions: Array.from({ length: 5 }, () => ({})) });
    await enroll(user.id, deck.id);
    const answer = (i: number, grade: 1 | 4, at: string, seenVersion: number) =>
      answerAndGrade(user, { clientReviewId: reviewId(), questionId: questions[i].id, response: grade === 1 ? "wrong" : `answer ${i}`, grade, durationMs: 2000, seenVersion }, new Date(at));

    // Mon Nov 23 (EST, day starts 09:00Z): three new cards; q1 wrong, then re-drilled right.
    await answer(0, 4, "2026-11-23T14:00:00Z", 0);
    await answer(1, 1, "2026-11-23T14:01:00Z", 0);
    await answer(1, 4, "2026-11-23T14:02:00Z", 1); // REDRILL
    await answer(2, 4, "2026-11-23T14:03:00Z", 0);
    // Tue Nov 24 at 03:59 EST Wed (08:59Z Nov 25): still Tuesday. The three are due (interval 1).
    await answer(0, 4, "2026-11-25T08:59:00Z", 1); // REVIEW correct → interval 6
    await answer(1, 1, "2026-11-25T08:59:30Z", 1); // REVIEW wrong; never passed, so not a lapse
    // Wed Nov 25 from 04:00 EST.
    await answer(2, 1, "2026-11-25T09:00:00Z", 1); // REVIEW wrong after a pass: a lapse; re-drill pending

    const now = new Date("2026-11-25T15:00:00Z");
    const dashboard = await loadDashboard(user, now);
    if (!dashboard.hasDecks) throw new Error("the student studies a deck");
    expect(dashboard.hasReviews).toBe(true);
    expect(nonZero(dashboard.heatmap.days)).toEqual({ "2026-11-23": 4, "2026-11-24": 2, "2026-11-25": 1 });
    // Due now: q1 (failed on Tuesday, interval 1) and q2's pending re-drill; 2 of 3 new cards left.
    expect(dashboard.today).toEqual({ day: "2026-11-25", dueNow: 2, newLeft: 2, reviewsToday: 1, streak: { days: 3, studiedToday: true } });
    // q1 today; q2 failed today → tomorrow; q0 passed on Tuesday (Nov 24) with interval 6.
    expect(nonZero(dashboard.forecast.days)).toEqual({ "2026-11-25": 1, "2026-11-26": 1, "2026-11-30": 1 });
    expect(dashboard.retention.overall).toEqual({ reviews: 3, correct: 1, rate: 1 / 3 });
    expect(dashboard.retention.weeks).toEqual([{ weekStart: "2026-11-23", reviews: 3, correct: 1, rate: 1 / 3 }]);
    expect(dashboard.mastery[0]).toMatchObject({ new: 2, learning: 2, young: 1, mature: 0, total: 5 });
    expect(dashboard.activity.map(({ day, reviews, newCards, correct }) => ({ day, reviews, newCards, correct }))).toEqual([
      { day: "2026-11-25", reviews: 1, newCards: 0, correct: 0 },
      { day: "2026-11-24", reviews: 2, newCards: 0, correct: 1 },
      { day: "2026-11-23", reviews: 4, newCards: 3, correct: 3 },
    ]);
    expect(dashboard.hardest.map((card) => [card.questionId, card.lapses])).toEqual([[questions[2].id, 1]]);
  });

  it("shows every change of the history on the next view: a review, an undo, a renamed deck (the sums are kept between views)", async () => {
    const user = await createUser();
    const { deck, questions } = await createDeck({ questions: Array.from({ length: 3 }, () => ({})) });
    await enroll(user.id, deck.id);
    const answer = (i: number, at: string, seenVersion = 0) => {
      const id = reviewId();
      return answerAndGrade(user, { clientReviewId: id, questionId: questions[i].id, response: `answer ${i}`, grade: 4, durationMs: 1000, seenVersion }, new Date(at)).then(() => id);
    };
    const view = async () => {
      const dashboard = await loadDashboard(user, new Date("2026-11-25T15:00:00Z"));
      if (!dashboard.hasDecks) throw new Error("the student studies a deck");
      return dashboard;
    };
    await answer(0, "2026-11-24T12:00:00Z");
    expect((await view()).heatmap.total).toBe(1);
    expect((await view()).heatmap.total).toBe(1);
    const second = await answer(1, "2026-11-24T12:01:00Z");
    expect((await view()).heatmap.total).toBe(2);
    await undoReview(user, second);
    expect((await view()).heatmap.total).toBe(1);
    // retention per deck reads the deck's title on every view
    await answer(0, "2026-11-25T12:00:00Z", 1); // due again: a scheduled review, which retention counts
    await db.deck.update({ where: { id: deck.id }, data: { title: "Renamed deck" } });
    expect((await view()).retention.decks.map((d) => d.title)).toEqual(["Renamed deck"]);
  });
});
