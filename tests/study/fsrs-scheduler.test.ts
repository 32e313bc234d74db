// FSRS in the app, against the real database: reviews recorded through the study flow schedule
// exactly as ts-fsrs's own scheduler would; switching schedulers back and forth keeps every
// review and both schedulers' state; undo puts FSRS's memory back too; the queue follows the
// user's scheduler.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createEmptyCard, fsrs, generatorParameters, State, type Card, type Grade as TsGrade } from "ts-fsrs";
import { db } from "@/lib/db";
import { nextDueAt, studyDayEnd, studyDayKey } from "@/lib/calendar/study-day";
import { FSRS_RATING_OF_BUTTON, REVIEW_BUTTONS, SM2_GRADE_OF_BUTTON, type ReviewButton } from "@/lib/srs/buttons";
import { rebuildCardMemory, type StudyCalendar } from "@/lib/srs/scheduler";
import { fsrsCardOf } from "@/lib/study/card-memory";
import { loadStudyQueue } from "@/lib/study/queue";
import { undoReview } from "@/lib/study/review";
import { revealAnswer } from "@/lib/study/session";
import { saveSchedulerSetting, schedulerSettingSchema } from "@/lib/study/scheduler-setting";
import type { Student } from "@/lib/auth/session";
import { answerAndGrade, createDeck, createUser, enroll, reviewId } from "../support/fixtures";

const DAY_MS = 86_400_000;
const UTC: StudyCalendar = { timezone: "UTC", dayStartsAtHour: 0 };
const START = Date.UTC(2026, 0, 5, 9, 30);

async function student(options: { scheduler?: "sm2" | "fsrs"; desiredRetention?: number; timezone?: string; dayStartsAtHour?: number } = {}) {
  const { scheduler = "sm2", desiredRetention = 0.9, ...calendar } = options;
  const user = await createUser({ timezone: calendar.timezone ?? "UTC", dayStartsAtHour: calendar.dayStartsAtHour ?? 0, newPerDay: 50 });
  await db.user.update({ where: { id: user.id }, data: { scheduler, desiredRetention } });
  const { deck, questions } = await createDeck({ questions: Array.from({ length: 4 }, () => ({})) });
  await enroll(user.id, deck.id);
  return { student: user as Student, deck, questions };
}

const cardOf = (userId: string, questionId: string) => db.cardState.findUniqueOrThrow({ where: { userId_questionId: { userId, questionId } } });

/** Presses a button on a card as the study page does; a wrong answer for Again half the time. */
async function press(who: Student, questionId: string, index: number, button: ReviewButton, at: Date, wrongAgain = false) {
  const state = await db.cardState.findUnique({ where: { userId_questionId: { userId: who.id, questionId } } });
  return answerAndGrade(
    who,
    {
      clientReviewId: reviewId(),
      questionId,
      response: button === "again" && wrongAgain ? "no idea" : `answer ${index}`,
      grade: SM2_GRADE_OF_BUTTON[button],
      durationMs: 1000,
      seenVersion: state?.version ?? 0,
    },
    at,
  );
}

const button = fc.constantFrom<ReviewButton>(...REVIEW_BUTTONS);
const steps = fc.array(fc.record({ gapDays: fc.integer({ min: 1, max: 120 }), hours: fc.integer({ min: 0, max: 12 }), button, wrong: fc.boolean() }), {
  minLength: 1,
  maxLength: 7,
});

describe("FSRS scheduling in the app", () => {
  it("stores what ts-fsrs's own scheduler computes, review after review, on random histories", async () => {
    await fc.assert(
      fc.asyncProperty(fc.double({ min: 0.7, max: 0.97, noNaN: true }), steps, async (retention, presses) => {
        const { student: who, questions } = await student({ scheduler: "fsrs", desiredRetention: retention });
        const f = fsrs(generatorParameters({ request_retention: retention, enable_short_term: false, enable_fuzz: false }));
        let expected: Card = createEmptyCard(new Date(START));
        let day = START;
        for (const step of presses) {
          day += step.gapDays * DAY_MS;
          const at = new Date(day + step.hours * 3_600_000);
          const outcome = await press(who, questions[0].id, 0, step.button, at, step.wrong);
          // ts-fsrs counts UTC calendar days; on a UTC calendar starting at midnight those are study days.
          const anchor = new Date(`${studyDayKey(at, "UTC", 0)}T00:00:00Z`);
          expected = f.next(expected, anchor, FSRS_RATING_OF_BUTTON[step.button] as TsGrade).card;
          const stored = fsrsCardOf(await cardOf(who.id, questions[0].id))!;
          expect(stored.state).toBe(State[expected.state]);
          expect(stored.stability).toBeCloseTo(expected.stability, 10);
          expect(stored.difficulty).toBeCloseTo(expected.difficulty, 10);
          expect(stored.reps).toBe(expected.reps);
          expect(stored.lapses).toBe(expected.lapses);
          expect(stored.intervalDays).toBe(expected.scheduled_days);
          expect(stored.dueAt).toBe(expected.due.toISOString());
          // The outcome the study page shows is FSRS's, the user's scheduler.
          expect(outcome).toMatchObject({ intervalDays: expected.scheduled_days, dueAt: expected.due.toISOString() });
        }
      }),
      { numRuns: 12 },
    );
  });

  it("keeps SM-2 exactly as before for an SM-2 user, while FSRS follows along", async () => {
    const { student: who, questions } = await student({ timezone: "Europe/Berlin", dayStartsAtHour: 4 });
    const at = new Date("2026-11-25T09:00:00Z");
    const outcome = await press(who, questions[0].id, 0, "good", at);
    expect(outcome).toMatchObject({ kind: "NEW", intervalDays: 1, dueAt: "2026-11-26T03:00:00.000Z" });
    const card = await cardOf(who.id, questions[0].id);
    expect(card).toMatchObject({ repetitions: 1, easeFactor: 2.5, intervalDays: 1, dueAt: new Date("2026-11-26T03:00:00.000Z"), version: 1 });
    expect(card.fsrsState).toBe("Review");
    expect(card.fsrsIntervalDays).toBeGreaterThan(0);
    // FSRS's due date is the start of a study day on the user's calendar too.
    expect(card.fsrsDueAt).toEqual(nextDueAt(at, card.fsrsIntervalDays!, "Europe/Berlin", 4));
  });

  it("previews the four intervals of the user's own scheduler", async () => {
    const sm2 = await student();
    const fsrsUser = await student({ scheduler: "fsrs" });
    const at = new Date(START);
    const sm2Reveal = await revealAnswer(sm2.student, sm2.questions[0].id, "answer 0", { now: at });
    const fsrsReveal = await revealAnswer(fsrsUser.student, fsrsUser.questions[0].id, "answer 0", { now: at });
    expect(sm2Reveal.intervals).toEqual({ again: "1d", hard: "1d", good: "1d", easy: "1d" });
    // ts-fsrs's own preview of a new card (long-term, FSRS-6 defaults, 0.90): 1d, 2d, 3d, 8d.
    const f = fsrs(generatorParameters({ enable_short_term: false, enable_fuzz: false }));
    const preview = f.repeat(createEmptyCard(at), at);
    const days = (grade: 1 | 2 | 3 | 4) => `${preview[grade].card.scheduled_days}d`;
    expect(fsrsReveal.intervals).toEqual({ again: days(1), hard: days(2), good: days(3), easy: days(4) });
    expect(fsrsReveal.intervals).not.toEqual(sm2Reveal.intervals);
  });
});

describe("switching schedulers", () => {
  it("keeps every review and both schedulers' state, back and forth, and the queue follows the choice", async () => {
    const { student: who, deck, questions } = await student();
    const history: ReviewButton[][] = [["good", "good", "hard"], ["again", "good", "easy"], ["easy", "again", "good"]];
    for (const [index, buttons] of history.entries()) {
      for (const [n, pressed] of buttons.entries()) await press(who, questions[index].id, index, pressed, new Date(START + (n * 5 + index) * DAY_MS), n % 2 === 1);
    }
    const logsBefore = await db.reviewLog.findMany({ where: { userId: who.id }, orderBy: { id: "asc" } });
    const cardsBefore = await db.cardState.findMany({ where: { userId: who.id }, orderBy: { questionId: "asc" } });
    expect(logsBefore).toHaveLength(9);

    // Switching to FSRS rebuilds FSRS's memory from the history: the same as the reviews kept it.
    const calendar = { timezone: who.timezone, dayStartsAtHour: who.dayStartsAtHour };
    const toFsrs = await saveSchedulerSetting(who, { scheduler: "fsrs", desiredRetention: 0.9 });
    expect(toFsrs.rebuiltCards).toBe(3);
    expect(await db.cardState.findMany({ where: { userId: who.id }, orderBy: { questionId: "asc" } })).toEqual(cardsBefore);

    // The queue now reads FSRS's due dates: on a day when SM-2 and FSRS disagree, FSRS decides.
    const now = new Date(START + 30 * DAY_MS);
    const dayEnd = studyDayEnd(now, "UTC", 0);
    const fsrsDue = cardsBefore.filter((card) => card.fsrsDueAt! < dayEnd).map((card) => card.questionId);
    const sm2Due = cardsBefore.filter((card) => card.dueAt < dayEnd).map((card) => card.questionId);
    expect(fsrsDue).not.toEqual(sm2Due);
    const dueIds = (queue: Awaited<ReturnType<typeof loadStudyQueue>>) => queue.entries.filter((entry) => entry.kind === "REVIEW").map((entry) => entry.questionId).sort();
    expect(dueIds(await loadStudyQueue(who, { deckId: deck.id }, now))).toEqual([...fsrsDue].sort());

    // A higher retention reschedules FSRS sooner; SM-2's state is untouched.
    await saveSchedulerSetting(who, { scheduler: "fsrs", desiredRetention: 0.97 });
    const strict = await db.cardState.findMany({ where: { userId: who.id }, orderBy: { questionId: "asc" } });
    for (const [i, card] of strict.entries()) {
      expect(card.fsrsDueAt!.getTime()).toBeLessThanOrEqual(cardsBefore[i].fsrsDueAt!.getTime());
      expect({ ...card, fsrsDueAt: null, fsrsIntervalDays: null }).toEqual({ ...cardsBefore[i], fsrsDueAt: null, fsrsIntervalDays: null });
    }

    // Reviews under FSRS move SM-2 too, exactly as SM-2 replaying the history would.
    await press(who, questions[0].id, 0, "good", now);
    await saveSchedulerSetting(who, { scheduler: "sm2", desiredRetention: 0.97 });
    expect(dueIds(await loadStudyQueue(who, { deckId: deck.id }, now))).toEqual(
      [...sm2Due.filter((id) => id !== questions[0].id)].sort(),
    );
    const logsAfter = await db.reviewLog.findMany({ where: { userId: who.id }, orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] });
    expect(logsAfter).toHaveLength(10);
    expect(logsAfter.filter((log) => logsBefore.some((old) => old.id === log.id))).toHaveLength(9);
    for (const question of questions.slice(0, 3)) {
      const replayed = rebuildCardMemory(
        logsAfter.filter((log) => log.questionId === question.id),
        calendar,
        { scheduler: "sm2", fsrs: { desiredRetention: 0.97, parameters: null } },
      );
      const card = await cardOf(who.id, question.id);
      expect({ repetitions: card.repetitions, easeFactor: card.easeFactor, intervalDays: card.intervalDays, lapses: card.lapses, dueAt: card.dueAt.toISOString() }).toEqual({
        repetitions: replayed.sm2.repetitions,
        easeFactor: replayed.sm2.easeFactor,
        intervalDays: replayed.sm2.intervalDays,
        lapses: replayed.sm2.lapses,
        dueAt: replayed.sm2.dueAt,
      });
      expect(fsrsCardOf(card)).toEqual(replayed.fsrs);
    }
  });

  it("builds FSRS memory for cards reviewed before FSRS existed", async () => {
    const { student: who, deck, questions } = await student();
    await press(who, questions[0].id, 0, "good", new Date(START));
    await press(who, questions[0].id, 0, "easy", new Date(START + 3 * DAY_MS));
    const reviewed = await cardOf(who.id, questions[0].id);
    // As a card from before the migration: no FSRS columns.
    await db.cardState.update({
      where: { id: reviewed.id },
      data: { fsrsState: null, fsrsStability: null, fsrsDifficulty: null, fsrsIntervalDays: null, fsrsDueAt: null, fsrsReps: null, fsrsLapses: null },
    });
    // An SM-2 user's review builds it from the history before moving it.
    await press(who, questions[0].id, 0, "good", new Date(START + 10 * DAY_MS));
    const fromHistory = rebuildCardMemory(await db.reviewLog.findMany({ where: { userId: who.id } }), UTC);
    expect(fsrsCardOf(await cardOf(who.id, questions[0].id))).toEqual(fromHistory.fsrs);

    // A switch to FSRS builds it for every card that lacks it; the queue builds any left over.
    await db.cardState.update({ where: { id: reviewed.id }, data: { fsrsState: null, fsrsDueAt: null } });
    await db.user.update({ where: { id: who.id }, data: { scheduler: "fsrs" } });
    const queue = await loadStudyQueue(who, { deckId: deck.id }, new Date(START + 400 * DAY_MS));
    expect(queue.entries[0]).toMatchObject({ questionId: questions[0].id, kind: "REVIEW" });
    expect(fsrsCardOf(await cardOf(who.id, questions[0].id))).toEqual(fromHistory.fsrs);
  });

  it("undo puts FSRS's memory back as well", async () => {
    const { student: who, questions } = await student({ scheduler: "fsrs" });
    await press(who, questions[0].id, 0, "good", new Date(START));
    const before = await cardOf(who.id, questions[0].id);
    const id = reviewId();
    await answerAndGrade(who, { clientReviewId: id, questionId: questions[0].id, response: "answer 0", grade: 5, durationMs: 1, seenVersion: 1 }, new Date(START + 4 * DAY_MS));
    expect((await cardOf(who.id, questions[0].id)).fsrsStability).not.toBe(before.fsrsStability);
    await undoReview(who, id);
    expect(await cardOf(who.id, questions[0].id)).toEqual({ ...before, version: before.version + 2 });
  });
});

describe("undo of a review logged before FSRS existed", () => {
  it("rebuilds FSRS's memory from the history that remains", async () => {
    const { student: who, questions } = await student({ scheduler: "fsrs" });
    await press(who, questions[0].id, 0, "hard", new Date(START));
    const afterFirst = await cardOf(who.id, questions[0].id);
    const id = reviewId();
    await answerAndGrade(who, { clientReviewId: id, questionId: questions[0].id, response: "answer 0", grade: 5, durationMs: 1, seenVersion: 1 }, new Date(START + 6 * DAY_MS));
    // As logged before the migration: SM-2's fields only.
    const log = await db.reviewLog.findUniqueOrThrow({ where: { clientReviewId: id } });
    const { fsrs: _fsrs, scheduler: _scheduler, ...sm2Only } = log.stateBefore as Record<string, unknown>;
    await db.reviewLog.update({ where: { id: log.id }, data: { stateBefore: sm2Only as never } });
    await undoReview(who, id);
    expect(await cardOf(who.id, questions[0].id)).toEqual({ ...afterFirst, version: 3 });
  });
});

describe("the scheduler setting", () => {
  it("accepts SM-2 or FSRS with a desired retention from 0.70 to 0.97, and refuses anything else", () => {
    expect(schedulerSettingSchema.parse({ scheduler: "fsrs", desiredRetention: "0.85" })).toEqual({ scheduler: "fsrs", desiredRetention: 0.85 });
    expect(schedulerSettingSchema.parse({ scheduler: "sm2", desiredRetention: "0.7" })).toEqual({ scheduler: "sm2", desiredRetention: 0.7 });
    for (const bad of [
      { scheduler: "fsrs", desiredRetention: "0.69" },
      { scheduler: "fsrs", desiredRetention: "0.98" },
      { scheduler: "fsrs", desiredRetention: "" },
      { scheduler: "fsrs", desiredRetention: "ninety" },
      { scheduler: "anki", desiredRetention: "0.9" },
      { desiredRetention: "0.9" },
    ]) {
      expect(schedulerSettingSchema.safeParse(bad).success).toBe(false);
    }
  });

  it("is SM-2 at 0.90 for a new user", async () => {
    const user = await createUser();
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { scheduler: true, desiredRetention: true } })).toEqual({
      scheduler: "sm2",
      desiredRetention: 0.9,
    });
  });
});
