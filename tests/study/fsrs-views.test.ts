// The forecast, mastery and class progress read the due dates and intervals of each user's own
// scheduler: SM-2's columns for SM-2 users, FSRS's for FSRS users (real database).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deckProgress } from "@/lib/classes/deck-progress";
import { loadForecast } from "@/lib/stats/forecast";
import { loadMastery } from "@/lib/stats/mastery";
import { loadStudyQueue } from "@/lib/study/queue";
import { loadPredictedRecall } from "@/lib/study/predicted-recall";
import { fsrsScheduler } from "@/lib/srs/scheduler";
import { fsrsCardOf } from "@/lib/study/card-memory";
import { createDeck, createUser, enroll } from "../support/fixtures";

const NOW = new Date("2026-03-10T12:00:00Z");

/** Two cards whose schedulers disagree: SM-2 calls q0 due today and q1 mature; FSRS the reverse. */
async function disagreeingCards(scheduler: "sm2" | "fsrs") {
  const user = await createUser({ timezone: "UTC", dayStartsAtHour: 0 });
  await db.user.update({ where: { id: user.id }, data: { scheduler } });
  const { deck, questions } = await createDeck({ questions: [{}, {}] });
  await enroll(user.id, deck.id);
  const fsrs = (dueAt: string, intervalDays: number) => ({
    fsrsState: "Review",
    fsrsStability: 10,
    fsrsDifficulty: 5,
    fsrsReps: 3,
    fsrsLapses: 0,
    fsrsDueAt: new Date(dueAt),
    fsrsIntervalDays: intervalDays,
  });
  const common = { userId: user.id, repetitions: 3, easeFactor: 2.5, lastReviewedAt: new Date("2026-03-01T12:00:00Z"), version: 3 };
  await db.cardState.create({ data: { ...common, questionId: questions[0].id, dueAt: new Date("2026-03-09T00:00:00Z"), intervalDays: 8, ...fsrs("2026-03-15T00:00:00Z", 14) } });
  await db.cardState.create({ data: { ...common, questionId: questions[1].id, dueAt: new Date("2026-03-25T00:00:00Z"), intervalDays: 24, ...fsrs("2026-03-10T00:00:00Z", 9) } });
  return { user, deck, questions };
}

const dueDays = (days: { key: string; count: number }[]) => Object.fromEntries(days.filter((day) => day.count > 0).map((day) => [day.key, day.count]));

describe("views under each scheduler", () => {
  it("forecasts the user's own scheduler's due dates, with today's bar equal to the queue", async () => {
    for (const [scheduler, expected] of [
      ["sm2", { "2026-03-10": 1, "2026-03-25": 1 }],
      ["fsrs", { "2026-03-10": 1, "2026-03-15": 1 }],
    ] as const) {
      const { user, questions } = await disagreeingCards(scheduler);
      const forecast = await loadForecast(user, NOW);
      expect(dueDays(forecast.days)).toEqual(expected);
      const queue = await loadStudyQueue(user, "all", NOW);
      expect(queue.dueCount).toBe(forecast.days[0].count);
      expect(queue.entries.filter((entry) => entry.kind === "REVIEW").map((entry) => entry.questionId)).toEqual([
        scheduler === "sm2" ? questions[0].id : questions[1].id,
      ]);
    }
  });

  it("calls a card mature by the user's own scheduler's interval", async () => {
    const sm2 = await disagreeingCards("sm2");
    const fsrs = await disagreeingCards("fsrs");
    expect(await loadMastery(sm2.user.id)).toMatchObject([{ young: 1, mature: 1, total: 2 }]);
    await db.cardState.updateMany({ where: { userId: fsrs.user.id, questionId: fsrs.questions[0].id }, data: { fsrsIntervalDays: 40 } });
    expect(await loadMastery(fsrs.user.id)).toMatchObject([{ young: 1, mature: 1, total: 2 }]);
    await db.cardState.updateMany({ where: { userId: fsrs.user.id }, data: { fsrsIntervalDays: 3 } });
    expect(await loadMastery(fsrs.user.id)).toMatchObject([{ young: 2, mature: 0, total: 2 }]);
  });

  it("counts each learner's due cards in class progress by their own scheduler", async () => {
    const later = new Date("2026-03-12T12:00:00Z");
    for (const [scheduler, dueLater] of [
      ["sm2", 1],
      ["fsrs", 2],
    ] as const) {
      const { user, deck, questions } = await disagreeingCards(scheduler);
      // Move the disagreeing card so the two schedulers give different counts at `later`.
      await db.cardState.updateMany({ where: { userId: user.id, questionId: questions[0].id }, data: { fsrsDueAt: new Date("2026-03-11T00:00:00Z") } });
      const at = async (when: Date) => (await deckProgress({ userId: user.id }, [deck.id], when)).values().next().value?.cardsDue ?? 0;
      expect(await at(NOW)).toBe(1);
      expect(await at(later)).toBe(dueLater);
    }
  });

  it("shows FSRS's predicted recall for a user on FSRS only", async () => {
    const sm2 = await disagreeingCards("sm2");
    expect(await loadPredictedRecall(sm2.user, NOW)).toBeNull();
    const { user } = await disagreeingCards("fsrs");
    const predicted = (await loadPredictedRecall(user, NOW))!;
    const scheduler = fsrsScheduler({ timezone: "UTC", dayStartsAtHour: 0 });
    const recalls = (await db.cardState.findMany({ where: { userId: user.id } })).map((card) => scheduler.recall(fsrsCardOf(card)!, NOW)!);
    expect(predicted.studied).toBe(2);
    expect(predicted.average).toBeCloseTo((recalls[0] + recalls[1]) / 2, 12);
    expect(predicted.belowTarget).toBe(recalls.filter((recall) => recall < 0.9).length);
    // Nine days after a review with stability 10, recall is just above 90%.
    expect(predicted.average).toBeGreaterThan(0.9);
    expect(predicted.average).toBeLessThan(0.95);
  });
});
