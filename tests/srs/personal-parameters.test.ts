import { describe, expect, it } from "vitest";
import { FSRS_RATING_OF_BUTTON, SM2_GRADE_OF_BUTTON } from "@/lib/srs/buttons";
import { DEFAULT_FSRS_PARAMETERS, FsrsModel, NEW_FSRS_MEMORY, type FsrsMemory } from "@/lib/srs/fsrs";
import { fitParameters, MIN_REVIEWS_FOR_FIT, type FsrsOptimizer } from "@/lib/srs/personal-parameters";
import type { HistoryEntry, StudyCalendar } from "@/lib/srs/scheduler";
import { answer } from "@/lib/srs/simulator/learners";
import { FSRS_CURVE_MODEL } from "@/lib/srs/simulator/memory-models";
import { randomStream } from "@/lib/srs/simulator/random";

const DAY_MS = 86_400_000;
const CALENDAR: StudyCalendar = { timezone: "Asia/Kolkata", dayStartsAtHour: 4 };
const START = Date.UTC(2025, 0, 1, 5); // 10:30 in Kolkata

/**
 * A learner with a much stronger memory than FSRS's defaults assume (ability 2.5 in the
 * simulator's FSRS-curve model), studying `cards` cards on FSRS's default schedule for a year:
 * the kind of history personal parameters are for.
 */
function strongLearnerHistory(cards: number, seed = 7): HistoryEntry[][] {
  const deck = new Float64Array(cards).fill(1);
  const memory = FSRS_CURVE_MODEL.forStudent({ ability: 2.5, prior: 0.4 }, deck);
  const scheduler = new FsrsModel();
  return Array.from({ length: cards }, (_, card) => {
    const random = randomStream(seed, card);
    const firstDay = Math.floor(card / 10);
    let button = answer(random, 0.4);
    memory.learn(card, button);
    let state = scheduler.review(NEW_FSRS_MEMORY, 0, FSRS_RATING_OF_BUTTON[button]);
    const log: HistoryEntry[] = [{ reviewedAt: new Date(START + firstDay * DAY_MS), grade: SM2_GRADE_OF_BUTTON[button], kind: "NEW" }];
    for (let day = firstDay; day + state.intervalDays < 365; ) {
      const elapsed = state.intervalDays;
      day += elapsed;
      const recall = memory.recall(card, elapsed);
      button = answer(random, recall);
      memory.review(card, elapsed, recall, button);
      state = scheduler.review(state.memory, elapsed, FSRS_RATING_OF_BUTTON[button]);
      log.push({ reviewedAt: new Date(START + day * DAY_MS), grade: SM2_GRADE_OF_BUTTON[button], kind: "REVIEW" });
      if (button === "again") log.push({ reviewedAt: new Date(START + day * DAY_MS + 60_000), grade: 4, kind: "REDRILL" });
    }
    return log;
  });
}

/** Mean log loss of FSRS's recall predictions before each review of the history. */
function logLoss(histories: HistoryEntry[][], parameters: number[] | null): number {
  const model = new FsrsModel({ desiredRetention: 0.9, parameters });
  let loss = 0;
  let count = 0;
  for (const history of histories) {
    let memory: FsrsMemory = { ...NEW_FSRS_MEMORY };
    let lastDay = 0;
    for (const entry of history.filter((e) => e.kind !== "REDRILL")) {
      const day = Math.round(((entry.reviewedAt as Date).getTime() - START) / DAY_MS);
      const rating = entry.grade < 3 ? 1 : ((entry.grade - 1) as 2 | 3 | 4);
      if (memory.state !== "New") {
        const p = Math.min(1 - 1e-9, Math.max(1e-9, model.recall(memory, day - lastDay)!));
        loss -= rating > 1 ? Math.log(p) : Math.log(1 - p);
        count++;
      }
      memory = model.review(memory, memory.state === "New" ? 0 : day - lastDay, rating).memory;
      lastDay = day;
    }
  }
  return loss / count;
}

/** An optimizer stand-in that records what it was given. */
function recordingOptimizer(result: () => Promise<number[]>) {
  const seen: { items: { rating: number; deltaT: number }[][]; options: unknown } = { items: [], options: null };
  class Review {
    constructor(
      readonly rating: number,
      readonly deltaT: number,
    ) {}
  }
  class Item {
    constructor(readonly reviews: Review[]) {}
  }
  const optimizer = {
    FSRSBindingReview: Review,
    FSRSBindingItem: Item,
    async computeParameters(items: Item[], options: unknown) {
      seen.items = items.map((item) => item.reviews.map((r) => ({ rating: r.rating, deltaT: r.deltaT })));
      seen.options = options;
      return result();
    },
  } as unknown as FsrsOptimizer;
  return { optimizer, seen };
}

describe("fitParameters without the optimizer's verdict", () => {
  it("keeps the defaults until there are enough reviews, without loading the optimizer", async () => {
    const history = strongLearnerHistory(20);
    let loaded = false;
    const result = await fitParameters(history, CALENDAR, {
      loadOptimizer: async () => {
        loaded = true;
        throw new Error("unreachable");
      },
    });
    expect(result.source).toBe("default");
    expect(result.parameters).toBeNull();
    expect(result.reviews).toBeLessThan(MIN_REVIEWS_FOR_FIT);
    expect(result).toMatchObject({ reason: `needs ${MIN_REVIEWS_FOR_FIT} reviews of cards already seen, has ${result.reviews}` });
    expect(loaded).toBe(false);
  });

  it("falls back to the defaults, with the reason, where the optimizer is not installed", async () => {
    const result = await fitParameters(strongLearnerHistory(120), CALENDAR, {
      loadOptimizer: () => Promise.reject(new Error("Cannot find module '@open-spaced-repetition/binding-darwin-arm64'\nRequire stack: ...")),
    });
    expect(result).toEqual({
      source: "default",
      parameters: null,
      reviews: expect.any(Number),
      reason: "the FSRS optimizer is not available here (Cannot find module '@open-spaced-repetition/binding-darwin-arm64')",
    });
  });

  it("falls back when the optimizer fails or answers with something other than 21 parameters", async () => {
    const failing = recordingOptimizer(() => Promise.reject(new Error("training diverged")));
    expect(await fitParameters(strongLearnerHistory(120), CALENDAR, { loadOptimizer: async () => failing.optimizer })).toMatchObject({
      source: "default",
      reason: "the optimizer failed (training diverged)",
    });
    const short = recordingOptimizer(async () => Array(19).fill(1));
    expect(await fitParameters(strongLearnerHistory(120), CALENDAR, { loadOptimizer: async () => short.optimizer })).toMatchObject({
      source: "default",
      reason: "the optimizer returned something other than 21 FSRS-6 parameters",
    });
  });

  it("trains on every review after a card's first, with study days between reviews, re-drills and practice left out", async () => {
    const day = (n: number, hour = 12) => new Date(Date.UTC(2025, 2, 1 + n, hour - 5, 30)); // hour in Kolkata (UTC+5:30)
    const history: HistoryEntry[] = [
      { reviewedAt: day(0), grade: 1, kind: "NEW" },
      { reviewedAt: day(0, 13), grade: 4, kind: "REDRILL" },
      { reviewedAt: day(1, 23), grade: 3, kind: "REVIEW" },
      { reviewedAt: day(3, 2), grade: 5, kind: "REVIEW" }, // 02:00 belongs to the study day before (day starts at 4)
      { reviewedAt: day(4), grade: 4, kind: "PRACTICE" },
      { reviewedAt: day(9), grade: 4, kind: "REVIEW" },
    ];
    const { optimizer, seen } = recordingOptimizer(async () => Array(21).fill(0.5));
    const result = await fitParameters([history], CALENDAR, { loadOptimizer: async () => optimizer, minReviews: 3 });
    expect(result).toEqual({ source: "fitted", parameters: Array(21).fill(0.5), reviews: 3 });
    expect(seen.items).toEqual([
      [{ rating: 1, deltaT: 0 }, { rating: 2, deltaT: 1 }],
      [{ rating: 1, deltaT: 0 }, { rating: 2, deltaT: 1 }, { rating: 4, deltaT: 1 }],
      [{ rating: 1, deltaT: 0 }, { rating: 2, deltaT: 1 }, { rating: 4, deltaT: 1 }, { rating: 3, deltaT: 7 }],
    ]);
    expect(seen.options).toEqual({ enableShortTerm: false, numRelearningSteps: 0 });
  });

  it("refuses a history that is not a list per card", async () => {
    await expect(fitParameters("reviews" as unknown as HistoryEntry[][], CALENDAR)).rejects.toThrow(RangeError);
    await expect(fitParameters([[{ reviewedAt: "then", grade: 4, kind: "NEW" }]], CALENDAR)).rejects.toThrow(/reviewedAt is not a valid date/);
  });
});

// The optimizer ships prebuilt for linux-x64 (where CI runs) and must load there; elsewhere
// the fallback above is what users get.
describe.runIf(process.platform === "linux" && process.arch === "x64")("fitParameters with the real optimizer", () => {
  it("fits parameters that predict a strong learner's recall better than FSRS's defaults", async () => {
    const histories = strongLearnerHistory(150);
    const result = await fitParameters(histories, CALENDAR);
    if (result.source !== "fitted") throw new Error(`expected a fit, got the defaults: ${result.reason}`);
    expect(result.reviews).toBeGreaterThanOrEqual(MIN_REVIEWS_FOR_FIT);
    expect(() => new FsrsModel({ desiredRetention: 0.9, parameters: result.parameters })).not.toThrow();
    // This learner's memories last longer: the fit says so, and predicts their answers better.
    expect(result.parameters[2]).toBeGreaterThan(DEFAULT_FSRS_PARAMETERS[2]);
    expect(logLoss(histories, result.parameters)).toBeLessThan(logLoss(histories, null));
  }, 60_000);
});
