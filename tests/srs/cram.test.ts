import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { REVIEW_BUTTONS, type ReviewButton } from "@/lib/srs/buttons";
import { rankForCram, type CramCandidate } from "@/lib/srs/cram";
import { fsrsScheduler, NEW_CARD_MEMORY, scheduleReview, type CardMemory, type SchedulerSettings, type StudyCalendar } from "@/lib/srs/scheduler";

const DAY_MS = 86_400_000;
const CALENDAR: StudyCalendar = { timezone: "Europe/Berlin", dayStartsAtHour: 4 };
const SETTINGS: SchedulerSettings = { scheduler: "fsrs", fsrs: { desiredRetention: 0.9, parameters: null } };
const START = Date.UTC(2025, 0, 6, 9);

/** A card answered with `buttons` on the given days after START. */
function studied(id: string, answers: [day: number, button: ReviewButton][]): CramCandidate {
  const card = answers.reduce<CardMemory>((c, [day, b]) => scheduleReview(c, b, new Date(START + day * DAY_MS), CALENDAR, SETTINGS).card, NEW_CARD_MEMORY);
  return { id, fsrs: card.fsrs };
}

describe("rankForCram: the cards most likely forgotten by the exam", () => {
  const exam = new Date(START + 40 * DAY_MS);
  const wellKnown = studied("well-known", [[0, "good"], [3, "easy"], [20, "easy"]]);
  const shaky = studied("shaky", [[0, "again"], [1, "hard"], [5, "again"]]);
  const middling = studied("middling", [[0, "good"], [3, "good"]]);
  const unseen: CramCandidate = { id: "unseen", fsrs: NEW_CARD_MEMORY.fsrs };

  it("puts the shakiest card first and leaves out cards never studied", () => {
    const ranked = rankForCram([wellKnown, unseen, middling, shaky], exam, CALENDAR);
    expect(ranked.map((pick) => pick.id)).toEqual(["shaky", "middling", "well-known"]);
    for (const pick of ranked) expect(pick.forgetProbability).toBeCloseTo(1 - pick.recallAtTarget, 12);
  });

  it("reports FSRS's predicted recall on the exam day for each card", () => {
    const scheduler = fsrsScheduler(CALENDAR);
    for (const pick of rankForCram([wellKnown, middling, shaky], exam, CALENDAR)) {
      const card = [wellKnown, middling, shaky].find((c) => c.id === pick.id)!;
      expect(pick.recallAtTarget).toBe(scheduler.recall(card.fsrs, exam));
    }
  });

  it("takes the first `limit` cards", () => {
    expect(rankForCram([wellKnown, middling, shaky], exam, CALENDAR, undefined, 2).map((p) => p.id)).toEqual(["shaky", "middling"]);
    expect(rankForCram([wellKnown, middling, shaky], exam, CALENDAR, undefined, 0)).toEqual([]);
  });

  it("breaks ties by lower stability, then by id, so the order never depends on input order", () => {
    const a = studied("a", [[0, "good"]]);
    const b = studied("b", [[0, "good"]]);
    expect(rankForCram([b, a], exam, CALENDAR).map((p) => p.id)).toEqual(["a", "b"]);
  });

  it("a target before a card's last review counts as just reviewed (nothing forgotten)", () => {
    expect(rankForCram([middling], new Date(START), CALENDAR)[0].forgetProbability).toBe(0);
  });

  it("orders any set of cards by falling recall at the target, and changes none of them", () => {
    const card = fc.record({
      answers: fc.array(fc.tuple(fc.integer({ min: 1, max: 20 }), fc.constantFrom<ReviewButton>(...REVIEW_BUTTONS)), { minLength: 1, maxLength: 6 }),
    });
    fc.assert(
      fc.property(fc.array(card, { maxLength: 12 }), fc.integer({ min: 0, max: 400 }), (cards, examDay) => {
        const candidates = cards.map((c, i) => {
          let day = 0;
          return studied(`card-${i}`, c.answers.map(([gap, b]) => [(day += gap), b]));
        });
        const frozen = JSON.stringify(candidates);
        const ranked = rankForCram(candidates, new Date(START + examDay * DAY_MS), CALENDAR);
        expect(ranked).toHaveLength(candidates.length);
        for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].forgetProbability).toBeGreaterThanOrEqual(ranked[i].forgetProbability);
        expect(JSON.stringify(candidates)).toBe(frozen);
      }),
      { numRuns: 60 },
    );
  });

  it.each<[string, () => unknown, RegExp]>([
    ["an invalid target", () => rankForCram([middling], new Date("soon"), CALENDAR), /target must be a valid Date/],
    ["a negative limit", () => rankForCram([middling], exam, CALENDAR, undefined, -1), /limit must be a non-negative integer/],
    ["a fractional limit", () => rankForCram([middling], exam, CALENDAR, undefined, 1.5), /limit/],
    ["a broken card", () => rankForCram([{ id: "x", fsrs: { ...middling.fsrs, difficulty: 11 } }], exam, CALENDAR), /difficulty/],
  ])("refuses %s", (_name, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
