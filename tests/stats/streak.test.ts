import { describe, expect, it } from "vitest";
import { loadStreak, streakWithin, trailingActiveDays } from "@/lib/stats/streak";
import { createDeck, createUser } from "../support/fixtures";
import { logReviews } from "./history";

const days = (...counts: number[]) => counts.map((count, i) => ({ key: `2026-01-${String(i + 1).padStart(2, "0")}`, count }));

describe("streakWithin", () => {
  it("counts back from today when today has a review", () => {
    expect(streakWithin(days(1, 0, 2, 1, 3))).toEqual({ days: 3, studiedToday: true, reachesWindowStart: false });
  });
  it("counts back from yesterday while today has none yet", () => {
    expect(streakWithin(days(0, 2, 1, 0))).toEqual({ days: 2, studiedToday: false, reachesWindowStart: false });
  });
  it("is zero once a whole day has passed without a review", () => {
    expect(streakWithin(days(1, 1, 0, 0))).toEqual({ days: 0, studiedToday: false, reachesWindowStart: false });
  });
  it("says when the window may be too short", () => {
    expect(streakWithin(days(1, 1, 1))).toMatchObject({ days: 3, reachesWindowStart: true });
    expect(trailingActiveDays([])).toBe(0);
  });
});

describe("loadStreak", () => {
  it("uses the student's study days: a 03:59 review extends yesterday, not today (Asia/Kolkata)", async () => {
    const user = await createUser({ timezone: "Asia/Kolkata" });
    const { questions } = await createDeck({ questions: [{}] });
    const q = questions[0].id;
    // Study days June 8, 9, 10 (IST, from 04:00 = 22:30Z the evening before).
    await logReviews(user.id, [
      { questionId: q, at: "2026-06-07T23:00:00Z" }, // 04:30 IST June 8
      { questionId: q, at: "2026-06-09T12:00:00Z" }, // June 9
      { questionId: q, at: "2026-06-10T22:29:00Z" }, // 03:59 IST June 11 → June 10
    ]);
    // 09:00 IST on June 11: nothing yet today, the streak of June 8–10 is alive.
    expect(await loadStreak(user, new Date("2026-06-11T03:30:00Z"))).toEqual({ days: 3, studiedToday: false });
    // Midnight-to-4 a.m. of June 12 still belongs to June 11: the streak holds until then…
    expect(await loadStreak(user, new Date("2026-06-11T22:29:00Z"))).toEqual({ days: 3, studiedToday: false });
    // …and is broken from 04:00 IST on June 12.
    expect(await loadStreak(user, new Date("2026-06-11T22:30:00Z"))).toEqual({ days: 0, studiedToday: false });
    await logReviews(user.id, [{ questionId: q, at: "2026-06-11T05:00:00Z" }]);
    expect(await loadStreak(user, new Date("2026-06-11T06:00:00Z"))).toEqual({ days: 4, studiedToday: true });
  });

  it("follows a streak longer than a year back through earlier years", async () => {
    const user = await createUser();
    const { questions } = await createDeck({ questions: [{}] });
    const start = Date.parse("2024-06-01T12:00:00Z");
    const daysStudied = 800;
    await logReviews(
      user.id,
      Array.from({ length: daysStudied }, (_, i) => ({ questionId: questions[0].id, at: new Date(start + i * 86_400_000).toISOString() })),
    );
    const lastDay = new Date(start + (daysStudied - 1) * 86_400_000);
    expect(await loadStreak(user, lastDay)).toEqual({ days: daysStudied, studiedToday: true });
  });

  it("counts a streak that fills the year window exactly, and one that started a day before it", async () => {
    const { questions } = await createDeck({ questions: [{}] });
    const start = Date.parse("2025-06-01T12:00:00Z");
    for (const daysStudied of [365, 366]) {
      const user = await createUser();
      await logReviews(
        user.id,
        Array.from({ length: daysStudied }, (_, i) => ({ questionId: questions[0].id, at: new Date(start + i * 86_400_000).toISOString() })),
      );
      expect(await loadStreak(user, new Date(start + (daysStudied - 1) * 86_400_000))).toEqual({ days: daysStudied, studiedToday: true });
    }
  });
});
