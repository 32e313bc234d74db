import { describe, expect, it } from "vitest";
import { heatmapFirstDay, loadHeatmap, monthlyTotals } from "@/lib/stats/heatmap";
import { createDeck, createUser } from "../support/fixtures";
import { logReviews, nonZero } from "./history";

describe("loadHeatmap", () => {
  it("splits days at 04:00 local in a half-hour zone (Asia/Kolkata): 03:59 is the day before", async () => {
    const user = await createUser({ timezone: "Asia/Kolkata" });
    const { questions } = await createDeck({ questions: [{}] });
    const q = questions[0].id;
    await logReviews(user.id, [
      { questionId: q, at: "2026-06-10T22:29:59.999Z" }, // 03:59:59.999 IST June 11 → June 10
      { questionId: q, at: "2026-06-10T22:30:00.000Z" }, // 04:00 IST June 11 → June 11
      { questionId: q, at: "2026-06-11T18:29:00.000Z" }, // 23:59 IST June 11 → June 11
      { questionId: q, at: "2026-06-11T19:00:00.000Z", kind: "REDRILL" }, // 00:30 IST June 12 → still June 11
      { questionId: q, at: "2026-06-11T22:30:00.000Z", kind: "NEW" }, // 04:00 IST June 12
    ]);
    const heatmap = await loadHeatmap(user, new Date("2026-06-12T06:00:00Z"));
    expect(nonZero(heatmap.days)).toEqual({ "2026-06-10": 1, "2026-06-11": 3, "2026-06-12": 1 });
    expect(heatmap).toMatchObject({ today: "2026-06-12", total: 5, activeDays: 3, busiest: { key: "2026-06-11", count: 3 } });
  });

  it("counts a DST-transition week in New York exactly (23- and 25-hour days)", async () => {
    const user = await createUser({ timezone: "America/New_York" });
    const { questions } = await createDeck({ questions: [{}] });
    const q = questions[0].id;
    await logReviews(user.id, [
      { questionId: q, at: "2026-03-07T08:59:00Z" }, // 03:59 EST Sat → Fri Mar 6
      { questionId: q, at: "2026-03-07T09:00:00Z" }, // 04:00 EST Sat → Sat Mar 7
      { questionId: q, at: "2026-03-08T07:30:00Z" }, // 03:30 EDT Sun (after the jump) → Sat Mar 7
      { questionId: q, at: "2026-03-08T07:59:59Z" }, // 03:59 EDT → Sat Mar 7
      { questionId: q, at: "2026-03-08T08:00:00Z" }, // 04:00 EDT → Sun Mar 8
      { questionId: q, at: "2026-03-09T07:59:00Z" }, // 03:59 EDT Mon → Sun Mar 8
      { questionId: q, at: "2026-03-09T08:00:00Z" }, // 04:00 EDT Mon → Mon Mar 9
    ]);
    const heatmap = await loadHeatmap(user, new Date("2026-03-12T15:00:00Z"));
    expect(nonZero(heatmap.days)).toEqual({ "2026-03-06": 1, "2026-03-07": 3, "2026-03-08": 2, "2026-03-09": 1 });
  });

  it("puts both 1:30 a.m.s of the fall-back night, and 03:59 EST, in the previous study day", async () => {
    const user = await createUser({ timezone: "America/New_York" });
    const { questions } = await createDeck({ questions: [{}] });
    const q = questions[0].id;
    await logReviews(user.id, [
      { questionId: q, at: "2026-10-31T08:00:00Z" }, // 04:00 EDT Sat → Oct 31
      { questionId: q, at: "2026-11-01T05:30:00Z" }, // 01:30 EDT → Oct 31
      { questionId: q, at: "2026-11-01T06:30:00Z" }, // 01:30 EST → Oct 31
      { questionId: q, at: "2026-11-01T08:59:00Z" }, // 03:59 EST → Oct 31
      { questionId: q, at: "2026-11-01T09:00:00Z" }, // 04:00 EST → Nov 1
    ]);
    const heatmap = await loadHeatmap(user, new Date("2026-11-02T15:00:00Z"));
    expect(nonZero(heatmap.days)).toEqual({ "2026-10-31": 4, "2026-11-01": 1 });
  });

  it("covers whole Monday-first weeks back a year, ending today, and ignores other users and older reviews", async () => {
    const user = await createUser();
    const other = await createUser();
    const { questions } = await createDeck({ questions: [{}] });
    const q = questions[0].id;
    const now = new Date("2026-11-25T12:00:00Z"); // a Wednesday
    expect(heatmapFirstDay("2026-11-25")).toBe("2025-11-24"); // Monday on or before 2025-11-26
    await logReviews(user.id, [
      { questionId: q, at: "2025-11-24T03:59:00Z" }, // UTC user: 03:59 belongs to Nov 23, before the window
      { questionId: q, at: "2025-11-24T04:00:00Z" },
      { questionId: q, at: "2026-11-25T11:00:00Z" },
      { questionId: q, at: "2026-11-26T05:00:00Z" }, // the future (tomorrow): not shown
    ]);
    await logReviews(other.id, [{ questionId: q, at: "2026-11-25T10:00:00Z" }]);
    const heatmap = await loadHeatmap(user, now);
    expect(heatmap.days).toHaveLength(367);
    expect(heatmap.days[0].key).toBe("2025-11-24");
    expect(heatmap.days.at(-1)!.key).toBe("2026-11-25");
    expect(nonZero(heatmap.days)).toEqual({ "2025-11-24": 1, "2026-11-25": 1 });
  });

  it("is all zeros for a new user", async () => {
    const user = await createUser();
    const heatmap = await loadHeatmap(user, new Date("2026-11-25T12:00:00Z"));
    expect(heatmap).toMatchObject({ total: 0, activeDays: 0, busiest: null });
  });
});

describe("monthlyTotals", () => {
  it("folds study days into months", () => {
    expect(
      monthlyTotals([
        { key: "2026-05-31", count: 2 },
        { key: "2026-06-01", count: 0 },
        { key: "2026-06-02", count: 3 },
        { key: "2026-06-03", count: 1 },
      ]),
    ).toEqual([
      { month: "2026-05", reviews: 2, activeDays: 1 },
      { month: "2026-06", reviews: 4, activeDays: 2 },
    ]);
  });
});
