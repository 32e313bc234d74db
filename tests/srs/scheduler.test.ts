import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createEmptyCard, fsrs, generatorParameters, State, type Card, type FSRSHistory, type Grade as TsGrade } from "ts-fsrs";
import { nextDueAt, studyDayKey } from "@/lib/calendar/study-day";
import { FSRS_RATING_OF_BUTTON, REVIEW_BUTTONS, SM2_GRADE_OF_BUTTON, type ReviewButton } from "@/lib/srs/buttons";
import { FsrsModel, NEW_FSRS_MEMORY, type FsrsSettings } from "@/lib/srs/fsrs";
import { previewIntervals } from "@/lib/srs/intervals";
import {
  cardScheduler,
  fsrsScheduler,
  NEW_CARD_MEMORY,
  rebuildCardMemory,
  scheduleReview,
  type CardMemory,
  type FsrsCard,
  type HistoryEntry,
  type SchedulerSettings,
  type Sm2Card,
  type StudyCalendar,
} from "@/lib/srs/scheduler";
import { NEW_CARD, sm2 } from "@/lib/srs/sm2";
import { desiredRetention, parameters } from "./support/fsrs-arbitraries";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const UTC: StudyCalendar = { timezone: "UTC", dayStartsAtHour: 0 };
const fsrsOn = (desiredRetention = 0.9, w: number[] | null = null): SchedulerSettings => ({ scheduler: "fsrs", fsrs: { desiredRetention, parameters: w } });
const SM2_DEFAULT: SchedulerSettings = { scheduler: "sm2", fsrs: { desiredRetention: 0.9, parameters: null } };

const button = fc.constantFrom<ReviewButton>(...REVIEW_BUTTONS);
const calendar = fc.record({
  timezone: fc.constantFrom("UTC", "America/Los_Angeles", "Asia/Tokyo", "Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Chatham", "Europe/London"),
  dayStartsAtHour: fc.integer({ min: 0, max: 23 }),
});
/** Answer times: each some whole days, hours and a minute after the previous. */
const presses = fc.array(fc.record({ gapDays: fc.integer({ min: 0, max: 400 }), extraHours: fc.integer({ min: 0, max: 23 }), button }), {
  minLength: 1,
  maxLength: 20,
});

function timesOf(steps: { gapDays: number; extraHours: number }[], start = Date.UTC(2025, 2, 1, 7)): Date[] {
  let t = start;
  return steps.map((step, i) => new Date((t += i === 0 ? 0 : step.gapDays * DAY_MS + step.extraHours * HOUR_MS + 60_000)));
}

function reference(s: FsrsSettings) {
  return fsrs(generatorParameters({ request_retention: s.desiredRetention, w: s.parameters ? [...s.parameters] : undefined, enable_short_term: false, enable_fuzz: false }));
}

/** ts-fsrs counts UTC calendar days: fed the UTC midnight of each study day, it counts study days. */
const anchorOf = (instant: Date, cal: StudyCalendar) => new Date(`${studyDayKey(instant, cal.timezone, cal.dayStartsAtHour)}T00:00:00Z`);

function expectFsrsCard(actual: FsrsCard, expected: Card, reviewedAt: Date, cal: StudyCalendar) {
  expect(actual.stability).toBe(expected.stability);
  expect(actual.difficulty).toBe(expected.difficulty);
  expect(actual.reps).toBe(expected.reps);
  expect(actual.lapses).toBe(expected.lapses);
  expect(actual.state).toBe(State[expected.state]);
  expect(actual.intervalDays).toBe(expected.scheduled_days);
  expect(actual.lastReviewedAt).toBe(reviewedAt.toISOString());
  // Due from the start of the study day the interval lands on, as SM-2's cards are.
  expect(actual.dueAt).toBe(nextDueAt(reviewedAt, expected.scheduled_days, cal.timezone, cal.dayStartsAtHour).toISOString());
}

/** SM-2 as the app's recordReview has always applied it. */
function sm2Replay(grades: { grade: number; at: Date }[], cal: StudyCalendar): Sm2Card {
  let card: Sm2Card = { ...NEW_CARD, lapses: 0, dueAt: null, lastReviewedAt: null };
  for (const { grade, at } of grades) {
    const next = sm2(card, grade as 1);
    card = {
      ...next,
      lapses: card.lapses + (grade < 3 && card.repetitions > 0 ? 1 : 0),
      dueAt: nextDueAt(at, next.intervalDays, cal.timezone, cal.dayStartsAtHour).toISOString(),
      lastReviewedAt: at.toISOString(),
    };
  }
  return card;
}

describe("scheduleReview under FSRS equals ts-fsrs", () => {
  it("with a UTC calendar, fed the real answer times", () => {
    fc.assert(
      fc.property(desiredRetention, parameters, presses, (retention, w, steps) => {
        const settings = fsrsOn(retention, w);
        const f = reference(settings.fsrs);
        let card: CardMemory = NEW_CARD_MEMORY;
        let expected = createEmptyCard(new Date(0));
        for (const [i, now] of timesOf(steps).entries()) {
          const b = steps[i].button;
          const result = scheduleReview(card, b, now, UTC, settings);
          expected = f.next(expected, now, FSRS_RATING_OF_BUTTON[b] as TsGrade).card;
          expectFsrsCard(result.card.fsrs, expected, now, UTC);
          expect(result.dueAt).toBe(result.card.fsrs.dueAt);
          expect(result.intervalDays).toBe(expected.scheduled_days);
          card = result.card;
        }
      }),
      { numRuns: 120 },
    );
  });

  it("in any time zone and day start, counting the user's study days between answers", () => {
    fc.assert(
      fc.property(calendar, desiredRetention, presses, (cal, retention, steps) => {
        const settings = fsrsOn(retention);
        const f = reference(settings.fsrs);
        let card: CardMemory = NEW_CARD_MEMORY;
        let expected = createEmptyCard(new Date(0));
        for (const [i, now] of timesOf(steps).entries()) {
          const b = steps[i].button;
          card = scheduleReview(card, b, now, cal, settings).card;
          expected = f.next(expected, anchorOf(now, cal), FSRS_RATING_OF_BUTTON[b] as TsGrade).card;
          expectFsrsCard(card.fsrs, expected, now, cal);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("an evening answer and the next morning's are one study day apart, even on the same UTC date", () => {
    const la: StudyCalendar = { timezone: "America/Los_Angeles", dayStartsAtHour: 4 };
    const evening = new Date("2025-01-02T04:00:00Z"); // 20:00 on 1 January in Los Angeles
    const morning = new Date("2025-01-02T17:00:00Z"); // 09:00 on 2 January
    const first = scheduleReview(NEW_CARD_MEMORY, "again", evening, la, fsrsOn()).card;
    const second = scheduleReview(first, "good", morning, la, fsrsOn()).card;
    const model = new FsrsModel();
    const expected = model.review(model.review(NEW_FSRS_MEMORY, 0, 1).memory, 1, 3);
    expect(second.fsrs).toMatchObject(expected.memory);
    expect(second.fsrs.intervalDays).toBe(expected.intervalDays);
    // Due from 4 a.m. local on the day the interval lands on.
    expect(second.fsrs.dueAt).toBe(nextDueAt(morning, expected.intervalDays, "America/Los_Angeles", 4).toISOString());
  });
});

describe("scheduleReview keeps SM-2 exactly as the app runs it", () => {
  it("the SM-2 memory and due date are the app's SM-2, whichever scheduler is active", () => {
    fc.assert(
      fc.property(calendar, fc.boolean(), presses, (cal, onFsrs, steps) => {
        const settings = onFsrs ? fsrsOn() : SM2_DEFAULT;
        let card: CardMemory = NEW_CARD_MEMORY;
        const grades: { grade: number; at: Date }[] = [];
        for (const [i, now] of timesOf(steps).entries()) {
          const result = scheduleReview(card, steps[i].button, now, cal, settings);
          card = result.card;
          grades.push({ grade: SM2_GRADE_OF_BUTTON[steps[i].button], at: now });
          expect(card.sm2).toEqual(sm2Replay(grades, cal));
          expect(result.dueAt).toBe(onFsrs ? card.fsrs.dueAt : card.sm2.dueAt);
          expect(result.intervalDays).toBe(onFsrs ? card.fsrs.intervalDays : card.sm2.intervalDays);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("counts a lapse only when a passed card is failed", () => {
    const at = (day: number) => new Date(Date.UTC(2025, 0, 1 + day, 12));
    let card = scheduleReview(NEW_CARD_MEMORY, "again", at(0), UTC, SM2_DEFAULT).card;
    expect(card.sm2.lapses).toBe(0);
    card = scheduleReview(card, "good", at(1), UTC, SM2_DEFAULT).card;
    card = scheduleReview(card, "again", at(2), UTC, SM2_DEFAULT).card;
    expect(card.sm2.lapses).toBe(1);
    card = scheduleReview(card, "again", at(3), UTC, SM2_DEFAULT).card;
    expect(card.sm2.lapses).toBe(1);
  });
});

describe("previews", () => {
  it("show, for each button, the interval pressing it schedules", () => {
    fc.assert(
      fc.property(calendar, fc.boolean(), presses, fc.integer({ min: 0, max: 200 }), (cal, onFsrs, steps, wait) => {
        const settings = onFsrs ? fsrsOn() : SM2_DEFAULT;
        const times = timesOf(steps);
        const card = steps.reduce((c, step, i) => scheduleReview(c, step.button, times[i], cal, settings).card, NEW_CARD_MEMORY as CardMemory);
        const now = new Date(times.at(-1)!.getTime() + wait * DAY_MS);
        const preview = cardScheduler(cal, settings).preview(card, now);
        if (!onFsrs) expect(preview).toEqual(previewIntervals(card.sm2));
        for (const b of REVIEW_BUTTONS) {
          const result = scheduleReview(card, b, now, cal, settings);
          expect(result.intervalDays).toBe(preview[b]);
          expect(result.dueAt).toBe(nextDueAt(now, preview[b], cal.timezone, cal.dayStartsAtHour).toISOString());
        }
      }),
      { numRuns: 100 },
    );
  });
});

// A card's ReviewLog rows as the app writes them: NEW first, REVIEW on later days, and
// re-drills and practice in between that must not move either schedule.
const logs = fc
  .tuple(calendar, presses, fc.array(fc.record({ after: fc.nat(), kind: fc.constantFrom("REDRILL", "PRACTICE"), grade: fc.integer({ min: 0, max: 5 }) }), { maxLength: 10 }))
  .map(([cal, steps, extras]) => {
    const times = timesOf(steps);
    const scheduling: HistoryEntry[] = steps.map((step, i) => ({ reviewedAt: times[i], grade: SM2_GRADE_OF_BUTTON[step.button], kind: i === 0 ? "NEW" : "REVIEW" }));
    const others: HistoryEntry[] = extras.map((extra) => {
      const anchor = times[extra.after % times.length];
      return { reviewedAt: new Date(anchor.getTime() + 60_000), grade: extra.grade, kind: extra.kind };
    });
    return { cal, steps, times, scheduling, all: [...scheduling, ...others] };
  });

describe("rebuildCardMemory: a card's memory from its review history", () => {
  it("equals answering the same buttons one by one; re-drills, practice and row order change nothing", () => {
    fc.assert(
      fc.property(logs, fc.boolean(), fc.integer(), (history, onFsrs, shuffleSeed) => {
        const { cal, steps, times, scheduling, all } = history;
        const settings = onFsrs ? fsrsOn(0.85) : SM2_DEFAULT;
        const answered = steps.reduce((c, step, i) => scheduleReview(c, step.button, times[i], cal, settings).card, NEW_CARD_MEMORY as CardMemory);
        const shuffled = [...all].sort((a, b) => ((hash(a, shuffleSeed) - hash(b, shuffleSeed)) | 0) || 0);
        expect(rebuildCardMemory(scheduling, cal, settings)).toEqual(answered);
        expect(rebuildCardMemory(shuffled, cal, settings)).toEqual(answered);
        // ISO strings, as rows read back from JSON, work the same.
        expect(rebuildCardMemory(all.map((e) => ({ ...e, reviewedAt: new Date(e.reviewedAt).toISOString() })), cal, settings)).toEqual(answered);
      }),
      { numRuns: 100 },
    );
  });

  it("equals ts-fsrs's reschedule() replaying the same history", () => {
    fc.assert(
      fc.property(desiredRetention, parameters, presses, (retention, w, steps) => {
        const settings = fsrsOn(retention, w);
        const times = timesOf(steps);
        const history = steps.map((step, i) => ({ reviewedAt: times[i], grade: SM2_GRADE_OF_BUTTON[step.button], kind: i === 0 ? "NEW" : "REVIEW" }));
        const reviews: FSRSHistory[] = steps.map((step, i) => ({ rating: FSRS_RATING_OF_BUTTON[step.button] as TsGrade, review: times[i] }));
        const replayed = reference(settings.fsrs).reschedule(createEmptyCard(times[0]), reviews, { skipManual: true });
        const expected = replayed.collections.at(-1)!.card;
        expectFsrsCard(rebuildCardMemory(history, UTC, settings).fsrs, expected, times.at(-1)!, UTC);
      }),
      { numRuns: 100 },
    );
  });

  it("maps stored SM-2 grades to FSRS ratings: 0–2 Again, 3 Hard, 4 Good, 5 Easy", () => {
    const at = (day: number) => new Date(Date.UTC(2025, 0, 1 + day, 12));
    for (const [grade, b] of [[0, "again"], [1, "again"], [2, "again"], [3, "hard"], [4, "good"], [5, "easy"]] as const) {
      const viaLog = rebuildCardMemory([{ reviewedAt: at(0), grade: 4, kind: "NEW" }, { reviewedAt: at(3), grade, kind: "REVIEW" }], UTC, fsrsOn()).fsrs;
      const viaButton = scheduleReview(scheduleReview(NEW_CARD_MEMORY, "good", at(0), UTC, fsrsOn()).card, b, at(3), UTC, fsrsOn()).card.fsrs;
      expect(viaLog).toEqual(viaButton);
    }
  });

  it("an empty history is a new card", () => {
    expect(rebuildCardMemory([], UTC)).toEqual(NEW_CARD_MEMORY);
    expect(rebuildCardMemory([{ reviewedAt: new Date(), grade: 1, kind: "PRACTICE" }], UTC)).toEqual(NEW_CARD_MEMORY);
  });
});

describe("switching schedulers back and forth keeps every review", () => {
  // The app's flow: every answer moves both memories; every change of scheduler or desired
  // retention rebuilds the card from its ReviewLog rows.
  const events = fc.array(
    fc.oneof(
      { arbitrary: fc.record({ type: fc.constant("answer" as const), gapDays: fc.integer({ min: 1, max: 90 }), extraHours: fc.integer({ min: 0, max: 23 }), button, redrills: fc.nat({ max: 2 }) }), weight: 4 },
      { arbitrary: fc.record({ type: fc.constant("switch" as const), scheduler: fc.constantFrom("sm2" as const, "fsrs" as const), retention: desiredRetention }), weight: 1 },
    ),
    { minLength: 1, maxLength: 30 },
  );

  it("SM-2's state replayed from the same logs is unchanged, and FSRS's equals a rebuild under the final settings", () => {
    fc.assert(
      fc.property(calendar, events, (cal, script) => {
        let settings: SchedulerSettings = SM2_DEFAULT;
        let card: CardMemory = NEW_CARD_MEMORY;
        const log: HistoryEntry[] = [];
        let t = Date.UTC(2025, 8, 1, 6);
        let answers = 0;
        for (const event of script) {
          if (event.type === "switch") {
            settings = { scheduler: event.scheduler, fsrs: { desiredRetention: event.retention, parameters: null } };
            card = rebuildCardMemory(log, cal, settings);
            continue;
          }
          t += (answers === 0 ? 0 : event.gapDays * DAY_MS) + event.extraHours * HOUR_MS;
          const now = new Date(t);
          card = scheduleReview(card, event.button, now, cal, settings).card;
          log.push({ reviewedAt: now, grade: SM2_GRADE_OF_BUTTON[event.button], kind: answers === 0 ? "NEW" : "REVIEW" });
          for (let r = 0; r < event.redrills; r++) log.push({ reviewedAt: new Date(t + (r + 1) * 60_000), grade: 4, kind: "REDRILL" });
          answers++;
        }
        const scheduling = log.filter((e) => e.kind !== "REDRILL");
        expect(scheduling).toHaveLength(answers);
        const sm2Only = scheduling.map((e) => ({ grade: e.grade, at: e.reviewedAt as Date }));
        expect(card.sm2).toEqual(sm2Replay(sm2Only, cal));
        expect(card.sm2).toEqual(rebuildCardMemory(log, cal, SM2_DEFAULT).sm2);
        expect(card).toEqual(rebuildCardMemory(log, cal, settings));
        const due = cardScheduler(cal, settings).due(card);
        expect(due.dueAt).toBe(settings.scheduler === "sm2" ? card.sm2.dueAt : card.fsrs.dueAt);
      }),
      { numRuns: 120 },
    );
  });
});

describe("predicted recall (FSRS retrievability)", () => {
  const scheduler = fsrsScheduler(UTC);
  const reviewedAt = new Date("2025-05-01T10:00:00Z");
  const card = scheduleReview(NEW_CARD_MEMORY, "good", reviewedAt, UTC, fsrsOn()).card.fsrs;

  it("is unknown for a card never reviewed, 1 on the day of a review, and fades with every day", () => {
    expect(scheduler.recall(NEW_CARD_MEMORY.fsrs, reviewedAt)).toBeNull();
    expect(scheduler.recall(card, new Date("2025-05-01T23:00:00Z"))).toBe(1);
    let previous = 1;
    for (let day = 1; day <= 60; day++) {
      const recall = scheduler.recall(card, new Date(reviewedAt.getTime() + day * DAY_MS))!;
      expect(recall).toBeLessThan(previous);
      previous = recall;
    }
  });

  it("equals ts-fsrs's get_retrievability", () => {
    const f = reference({ desiredRetention: 0.9, parameters: null });
    const tsCard = f.next(createEmptyCard(reviewedAt), reviewedAt, 3).card;
    // ts-fsrs counts whole 24-hour periods here, Recall study days: the same at the same time of day.
    const later = new Date("2025-05-20T10:00:00Z");
    expect(scheduler.recall(card, later)).toBe(f.get_retrievability(tsCard, later, false));
  });

  it("reads a moment before the last review (a clock running behind) as just reviewed", () => {
    expect(scheduler.recall(card, new Date("2025-04-20T10:00:00Z"))).toBe(1);
  });
});

describe("bad input is refused with a RangeError that says what is wrong", () => {
  const at = new Date("2025-05-01T10:00:00Z");
  const reviewed = scheduleReview(NEW_CARD_MEMORY, "good", at, UTC, fsrsOn()).card;

  it.each<[string, () => unknown, RegExp]>([
    ["unknown button", () => scheduleReview(NEW_CARD_MEMORY, "perfect" as ReviewButton, at, UTC, fsrsOn()), /button must be one of again, hard, good, easy/],
    ["unknown scheduler", () => scheduleReview(NEW_CARD_MEMORY, "good", at, UTC, { ...fsrsOn(), scheduler: "leitner" as "sm2" }), /scheduler must be one of sm2, fsrs/],
    ["desired retention out of range", () => scheduleReview(NEW_CARD_MEMORY, "good", at, UTC, fsrsOn(0.99)), /desiredRetention/],
    ["invalid time", () => scheduleReview(NEW_CARD_MEMORY, "good", new Date(Number.NaN), UTC, fsrsOn()), /valid Date/],
    ["unknown time zone", () => scheduleReview(NEW_CARD_MEMORY, "good", at, { timezone: "Mars/Olympus", dayStartsAtHour: 4 }, fsrsOn()), /time zone/],
    ["an answer before the last review", () => scheduleReview(reviewed, "good", new Date("2025-04-01T10:00:00Z"), UTC, fsrsOn()), /cannot come before the card's last review/],
    ["a reviewed FSRS card without lastReviewedAt", () => scheduleReview({ ...reviewed, fsrs: { ...reviewed.fsrs, lastReviewedAt: null } }, "good", at, UTC, fsrsOn()), /needs lastReviewedAt/],
    ["a garbled date", () => scheduleReview({ ...reviewed, sm2: { ...reviewed.sm2, dueAt: "tomorrow" } }, "good", at, UTC, SM2_DEFAULT), /dueAt must be null or an ISO date/],
    ["negative lapses", () => scheduleReview({ ...reviewed, fsrs: { ...reviewed.fsrs, lapses: -1 } }, "good", at, UTC, fsrsOn()), /lapses must be a non-negative integer/],
    ["a broken SM-2 state", () => scheduleReview({ ...reviewed, sm2: { ...reviewed.sm2, easeFactor: 1 } }, "good", at, UTC, SM2_DEFAULT), /easeFactor/],
    ["history not an array", () => rebuildCardMemory("x" as unknown as HistoryEntry[], UTC), /history must be an array/],
    ["history with a bad date", () => rebuildCardMemory([{ reviewedAt: "yesterday", grade: 4, kind: "NEW" }], UTC), /review 0: reviewedAt is not a valid date/],
    ["history with an unknown kind", () => rebuildCardMemory([{ reviewedAt: at, grade: 4, kind: "CRAM" }], UTC), /review 0: kind must be one of NEW, REVIEW, REDRILL, PRACTICE/],
    ["history with a bad grade", () => rebuildCardMemory([{ reviewedAt: at, grade: 7, kind: "NEW" }], UTC), /grade must be an integer from 0 to 5/],
  ])("%s", (_name, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});

function hash(entry: HistoryEntry, seed: number): number {
  let h = seed ^ new Date(entry.reviewedAt).getTime() ^ (entry.grade * 7919) ^ entry.kind.length;
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}
