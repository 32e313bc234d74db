// The one scheduler interface the app uses: SM-2 (the default, lib/srs/sm2.ts exactly) and FSRS-6
// (lib/srs/fsrs.ts) behind the same four operations, and a card's memory under both kept side
// by side. Every scheduling review (ReviewLog kinds NEW and REVIEW) updates both; the user's
// setting only says whose due date drives the queue. Switching either way therefore loses
// nothing, and either memory can be rebuilt from the review history alone (rebuildCardMemory).
//
// Instants are UTC Dates in and ISO strings out; time enters only as the `now` passed in.
// Both schedulers count whole study days of the user's calendar (lib/calendar/study-day.ts):
// a card is due from the start of a study day, and FSRS's elapsed time is the number of study
// days between reviews, so a review at 23:00 and one at 09:00 the next morning are a day apart.
import { nextDueAt, studyDayKey } from "@/lib/calendar/study-day";
import { assertButton, buttonOfSm2Grade, FSRS_RATING_OF_BUTTON, SM2_GRADE_OF_BUTTON, type ReviewButton } from "./buttons";
import { DEFAULT_FSRS_SETTINGS, FsrsModel, NEW_FSRS_MEMORY, type FsrsMemory, type FsrsSettings } from "./fsrs";
import { previewIntervals, type IntervalPreview } from "./intervals";
import { REVIEW_KINDS, isReviewKind, isSchedulingKind, type ReviewKind } from "./review-kinds";
import { assertGrade, NEW_CARD, sm2, type Grade, type Sm2State } from "./sm2";

export type StudyCalendar = { timezone: string; dayStartsAtHour: number };

export const SCHEDULER_KINDS = ["sm2", "fsrs"] as const;
export type SchedulerKind = (typeof SCHEDULER_KINDS)[number];

export type SchedulerSettings = { scheduler: SchedulerKind; fsrs: FsrsSettings };

export const DEFAULT_SCHEDULER_SETTINGS: Readonly<SchedulerSettings> = Object.freeze({ scheduler: "sm2", fsrs: DEFAULT_FSRS_SETTINGS });

/** When a card is next due under one scheduler: null before its first review. */
export type Due = { dueAt: string | null; intervalDays: number };

export type Sm2Card = Sm2State & { lapses: number; dueAt: string | null; lastReviewedAt: string | null };
export type FsrsCard = FsrsMemory & { intervalDays: number; dueAt: string | null; lastReviewedAt: string | null };
/** Everything both schedulers remember about one card for one user: plain, JSON-safe data. */
export type CardMemory = { sm2: Sm2Card; fsrs: FsrsCard };

export const NEW_SM2_CARD: Readonly<Sm2Card> = Object.freeze({ ...NEW_CARD, lapses: 0, dueAt: null, lastReviewedAt: null });
export const NEW_FSRS_CARD: Readonly<FsrsCard> = Object.freeze({ ...NEW_FSRS_MEMORY, intervalDays: 0, dueAt: null, lastReviewedAt: null });
export const NEW_CARD_MEMORY: Readonly<CardMemory> = Object.freeze({ sm2: NEW_SM2_CARD, fsrs: NEW_FSRS_CARD });

/** The operations the study flow needs, the same for every scheduler. */
export interface Scheduler<Card> {
  readonly kind: SchedulerKind | "both";
  readonly newCard: Readonly<Card>;
  /** The card after a scheduling review graded `grade` (SM-2's 0–5 scale, as ReviewLog stores it). */
  review(card: Card, grade: Grade, now: Date): Card;
  /** Days until due for each button if it were pressed now. */
  preview(card: Card, now: Date): IntervalPreview;
  due(card: Card): Due;
}

export function sm2Scheduler(calendar: StudyCalendar): Scheduler<Sm2Card> {
  return {
    kind: "sm2",
    newCard: NEW_SM2_CARD,
    review(card, grade, now) {
      assertGrade(grade);
      assertTimes(card);
      const next = sm2(card, grade);
      return {
        ...next,
        // A lapse: failing a card that had been passed (the count the "hardest cards" list sorts by).
        lapses: card.lapses + (grade < 3 && card.repetitions > 0 ? 1 : 0),
        dueAt: nextDueAt(now, next.intervalDays, calendar.timezone, calendar.dayStartsAtHour).toISOString(),
        lastReviewedAt: now.toISOString(),
      };
    },
    preview: (card) => previewIntervals(card),
    due: (card) => ({ dueAt: card.dueAt, intervalDays: card.intervalDays }),
  };
}

export type FsrsScheduler = Scheduler<FsrsCard> & {
  readonly model: FsrsModel;
  /** FSRS's predicted probability of recalling the card at `at`; null if it was never reviewed. */
  recall(card: FsrsCard, at: Date): number | null;
};

export function fsrsScheduler(calendar: StudyCalendar, settings: FsrsSettings = DEFAULT_FSRS_SETTINGS): FsrsScheduler {
  const model = new FsrsModel(settings);
  // Study days since the last scheduling review (any number for a new card; FSRS ignores it).
  const daysSince = (card: FsrsCard, now: Date) => {
    assertTimes(card);
    if (card.state === "New") return 0;
    if (card.lastReviewedAt === null) throw new RangeError("a reviewed FSRS card needs lastReviewedAt");
    return studyDayNumber(now, calendar) - studyDayNumber(new Date(card.lastReviewedAt), calendar);
  };
  const elapsed = (card: FsrsCard, now: Date) => {
    const days = daysSince(card, now);
    if (days < 0) throw new RangeError("a review cannot come before the card's last review");
    return days;
  };
  const after = (step: { memory: FsrsMemory; intervalDays: number }, now: Date): FsrsCard => ({
    ...step.memory,
    intervalDays: step.intervalDays,
    dueAt: nextDueAt(now, step.intervalDays, calendar.timezone, calendar.dayStartsAtHour).toISOString(),
    lastReviewedAt: now.toISOString(),
  });
  return {
    kind: "fsrs",
    newCard: NEW_FSRS_CARD,
    model,
    review(card, grade, now) {
      const rating = FSRS_RATING_OF_BUTTON[buttonOfSm2Grade(grade)];
      return after(model.review(memoryOf(card), elapsed(card, now), rating), now);
    },
    preview(card, now) {
      const steps = model.preview(memoryOf(card), elapsed(card, now));
      return { again: steps.again.intervalDays, hard: steps.hard.intervalDays, good: steps.good.intervalDays, easy: steps.easy.intervalDays };
    },
    due: (card) => ({ dueAt: card.dueAt, intervalDays: card.intervalDays }),
    recall(card, at) {
      // Asked about a moment before the last review (a clock a little behind): as good as just reviewed.
      return card.state === "New" ? null : model.recall(memoryOf(card), Math.max(0, daysSince(card, at)));
    },
  };
}

/** Both schedulers at once; `settings.scheduler` picks whose due date and preview count. */
export function cardScheduler(calendar: StudyCalendar, settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS): Scheduler<CardMemory> & { fsrs: FsrsScheduler } {
  if (!SCHEDULER_KINDS.includes(settings?.scheduler)) {
    throw new RangeError(`scheduler must be one of ${SCHEDULER_KINDS.join(", ")}, got ${JSON.stringify(settings?.scheduler)}`);
  }
  const sm2Part = sm2Scheduler(calendar);
  const fsrsPart = fsrsScheduler(calendar, settings.fsrs);
  const active = settings.scheduler;
  return {
    kind: "both",
    newCard: NEW_CARD_MEMORY,
    fsrs: fsrsPart,
    review: (card, grade, now) => ({ sm2: sm2Part.review(card.sm2, grade, now), fsrs: fsrsPart.review(card.fsrs, grade, now) }),
    preview: (card, now) => (active === "sm2" ? sm2Part.preview(card.sm2, now) : fsrsPart.preview(card.fsrs, now)),
    due: (card) => (active === "sm2" ? sm2Part.due(card.sm2) : fsrsPart.due(card.fsrs)),
  };
}

/** A study button pressed now, under the user's settings: both memories move, one due date counts. */
export function scheduleReview(card: CardMemory, button: ReviewButton, now: Date, calendar: StudyCalendar, settings: SchedulerSettings): { card: CardMemory } & Due {
  assertButton(button);
  const scheduler = cardScheduler(calendar, settings);
  const next = scheduler.review(card, SM2_GRADE_OF_BUTTON[button], now);
  return { card: next, ...scheduler.due(next) };
}

/** The fields of a ReviewLog row that scheduling depends on. */
export type HistoryEntry = { reviewedAt: Date | string; grade: number; kind: string };

/** The scheduling reviews of one card's history, oldest first (ties keep their order), checked. */
export function schedulingReviews(history: readonly HistoryEntry[]): { reviewedAt: Date; grade: Grade }[] {
  if (!Array.isArray(history)) throw new RangeError("history must be an array of reviews");
  const reviews = history.map((entry, index) => {
    const reviewedAt = new Date(entry?.reviewedAt as Date | string);
    if (!Number.isFinite(reviewedAt.getTime())) throw new RangeError(`review ${index}: reviewedAt is not a valid date`);
    if (!isReviewKind(entry.kind)) {
      throw new RangeError(`review ${index}: kind must be one of ${REVIEW_KINDS.join(", ")}, got ${JSON.stringify(entry.kind)}`);
    }
    assertGrade(entry.grade);
    return { reviewedAt, grade: entry.grade, kind: entry.kind as ReviewKind, index };
  });
  return reviews
    .filter((review) => isSchedulingKind(review.kind))
    .sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime() || a.index - b.index)
    .map(({ reviewedAt, grade }) => ({ reviewedAt, grade }));
}

/**
 * A card's memory under both schedulers, replayed from its review history (ReviewLog rows in
 * any order): what switching scheduler, changing desired retention or fitting personal
 * parameters rebuilds. Re-drills and practice are skipped, as they were when they happened.
 */
export function rebuildCardMemory(history: readonly HistoryEntry[], calendar: StudyCalendar, settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS): CardMemory {
  const scheduler = cardScheduler(calendar, settings);
  return schedulingReviews(history).reduce<CardMemory>((card, review) => scheduler.review(card, review.grade, review.reviewedAt), NEW_CARD_MEMORY);
}

/** The study day an instant falls in, as a day count since 1970-01-01 (for day arithmetic). */
export function studyDayNumber(instant: Date, calendar: StudyCalendar): number {
  return Date.parse(`${studyDayKey(instant, calendar.timezone, calendar.dayStartsAtHour)}T00:00:00Z`) / 86_400_000;
}

function memoryOf(card: FsrsCard): FsrsMemory {
  return { state: card.state, stability: card.stability, difficulty: card.difficulty, reps: card.reps, lapses: card.lapses };
}

function assertTimes(card: { lapses: number; dueAt: string | null; lastReviewedAt: string | null }): void {
  if (!card) throw new RangeError("card must be an object");
  if (!Number.isSafeInteger(card.lapses) || card.lapses < 0) throw new RangeError(`lapses must be a non-negative integer, got ${String(card.lapses)}`);
  for (const field of ["dueAt", "lastReviewedAt"] as const) {
    const value = card[field];
    if (value !== null && !(typeof value === "string" && Number.isFinite(Date.parse(value)))) {
      throw new RangeError(`${field} must be null or an ISO date, got ${JSON.stringify(value)}`);
    }
  }
}
