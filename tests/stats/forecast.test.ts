import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadForecast } from "@/lib/stats/forecast";
import { loadStudyQueue } from "@/lib/study/queue";
import { createDeck, createUser, enroll } from "../support/fixtures";
import { createCards, nonZero } from "./history";

describe("loadForecast", () => {
  it("puts overdue cards in today and splits later days at 04:00 New York time across the DST change", async () => {
    const user = await createUser({ timezone: "America/New_York" });
    const { deck, questions } = await createDeck({ questions: Array.from({ length: 8 }, () => ({})) });
    await enroll(user.id, deck.id);
    const q = questions.map((question) => question.id);
    await createCards(user.id, [
      { questionId: q[0], dueAt: "2026-01-15T09:00:00Z" }, // long overdue → today
      { questionId: q[1], dueAt: "2026-03-07T08:59:59Z" }, // due before 04:00 EST tomorrow → today (Mar 6)
      { questionId: q[2], dueAt: "2026-03-07T09:00:00Z" }, // Mar 7
      { questionId: q[3], dueAt: "2026-03-08T07:59:59Z" }, // 03:59 EDT → still Mar 7 (23-hour day)
      { questionId: q[4], dueAt: "2026-03-08T08:00:00Z" }, // 04:00 EDT → Mar 8
      { questionId: q[5], dueAt: "2026-04-04T08:00:00Z" }, // Apr 4 = day 30, the last shown
      { questionId: q[6], dueAt: "2026-04-05T08:00:00Z" }, // day 31: outside
    ]);
    const now = new Date("2026-03-06T15:00:00Z");
    const forecast = await loadForecast(user, now);
    expect(forecast.days).toHaveLength(30);
    expect(forecast.days[0].key).toBe("2026-03-06");
    expect(forecast.days.at(-1)!.key).toBe("2026-04-04");
    expect(nonZero(forecast.days)).toEqual({ "2026-03-06": 2, "2026-03-07": 2, "2026-03-08": 1, "2026-04-04": 1 });
    expect(forecast.total).toBe(6);
    // Today's bar is the study queue's due count.
    expect((await loadStudyQueue(user, "all", now)).dueCount).toBe(forecast.days[0].count);
  });

  it("counts only the decks the student studies and leaves out rejected questions", async () => {
    const user = await createUser();
    const mine = await createDeck({ questions: [{}, {}] });
    const dropped = await createDeck({ questions: [{}] });
    await enroll(user.id, mine.deck.id);
    await db.question.update({ where: { id: mine.questions[1].id }, data: { rejected: true } });
    await createCards(user.id, [
      { questionId: mine.questions[0].id, dueAt: "2026-11-26T00:00:00Z" },
      { questionId: mine.questions[1].id, dueAt: "2026-11-26T00:00:00Z" },
      { questionId: dropped.questions[0].id, dueAt: "2026-11-26T00:00:00Z" },
    ]);
    const forecast = await loadForecast(user, new Date("2026-11-25T12:00:00Z"));
    expect(nonZero(forecast.days)).toEqual({ "2026-11-25": 1 });
  });

  it("is all zeros for a student without decks", async () => {
    const user = await createUser();
    const forecast = await loadForecast(user, new Date("2026-11-25T12:00:00Z"));
    expect(forecast.total).toBe(0);
    expect(forecast.days).toHaveLength(30);
  });
});
