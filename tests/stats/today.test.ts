import { describe, expect, it } from "vitest";
import { loadToday } from "@/lib/stats/today";
import { loadStudyQueue } from "@/lib/study/queue";
import { createDeck, createUser, enroll } from "../support/fixtures";
import { createCards, logReviews } from "./history";

describe("loadToday", () => {
  it("counts today's reviews from 04:00 local (Asia/Kolkata) and takes what is waiting from the study queue", async () => {
    const user = await createUser({ timezone: "Asia/Kolkata", newPerDay: 5 });
    const { deck, questions } = await createDeck({ questions: Array.from({ length: 6 }, () => ({})) });
    await enroll(user.id, deck.id);
    const q = questions.map((question) => question.id);
    await createCards(user.id, [
      { questionId: q[0], dueAt: "2026-06-10T22:30:00Z" }, // due from 04:00 IST June 11: due today
      { questionId: q[1], dueAt: "2026-06-11T22:29:59Z" }, // 03:59 IST June 12: still today
      { questionId: q[2], dueAt: "2026-06-11T22:30:00Z" }, // tomorrow
    ]);
    await logReviews(user.id, [
      { questionId: q[3], at: "2026-06-10T22:29:59Z", kind: "NEW" }, // 03:59 IST: yesterday
      { questionId: q[3], at: "2026-06-10T22:30:00Z", kind: "REVIEW" }, // 04:00 IST: today
    ]);
    const now = new Date("2026-06-11T06:00:00Z");
    const today = await loadToday(user, now);
    const queue = await loadStudyQueue(user, "all", now);
    expect(today).toEqual({
      day: "2026-06-11",
      dueNow: queue.dueCount + queue.redrillCount,
      newLeft: queue.newCount,
      reviewsToday: 1,
      streak: { days: 2, studiedToday: true },
    });
    expect(today.dueNow).toBe(2);
    // q3 has no CardState here (hand-built logs only), so it counts as new with q4 and q5.
    expect(today.newLeft).toBe(3);
  });
});
