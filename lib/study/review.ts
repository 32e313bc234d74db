// Recording a graded answer: the ReviewLog and the new CardState are written in one
// transaction, exactly once per client-generated id, and never over a newer state.
import "server-only";
import type { Student } from "@/lib/auth/session";
import { studyUserTransaction } from "@/lib/db/user-transactions";
import { isUniqueViolation, statements, type Statements } from "@/lib/db/statements";
import { needsRedrill, type Grade } from "@/lib/srs/sm2";
import { studyDayStart } from "@/lib/calendar/study-day";
import { cardScheduler, NEW_CARD_MEMORY, NEW_FSRS_CARD, type SchedulerSettings } from "@/lib/srs/scheduler";
import { restoreAttempt, takeAttempt } from "./attempts";
import {
  deleteCardState,
  deleteReviewLog,
  insertCardState,
  insertReviewLog,
  readCardHistory,
  readCardState,
  readLatestReviewLog,
  readReviewLog,
  readStudyableQuestion,
  canStudyQuestion,
  updateCardState,
} from "./study-statements";
import { activeDue, snapshotOf, rowOf, reviewKindOf, readSnapshot, type CardSnapshot } from "./card-state";
import { cardMemoryOf, fsrsCardOf, fsrsColumnsOf, replayFsrs, schedulerSettingsOf } from "./card-memory";
import { isSchedulingKind, type ReviewKind } from "@/lib/srs/review-kinds";
import { SM2_GRADE_OF_BUTTON } from "@/lib/srs/buttons";
import { StudyError } from "./errors";

/** The SM-2 grade a study button gives (what ReviewLog.grade stores). */
export type ButtonGrade = (typeof SM2_GRADE_OF_BUTTON)[keyof typeof SM2_GRADE_OF_BUTTON];


export type ReviewInput = {
  clientReviewId: string;
  questionId: string;
  grade: ButtonGrade;
  durationMs: number;
  /** CardState.version the client saw when the card was shown (0 for a new card). */
  seenVersion: number;
  /** Extra practice of a hard card (the /study/hardest session): logged, not rescheduled. */
  practice?: boolean;
};

export type ReviewOutcome = {
  clientReviewId: string;
  questionId: string;
  correct: boolean;
  grade: number;
  kind: ReviewKind;
  intervalDays: number;
  dueAt: string;
  /** The card's version after this review: what a re-drill of it must name as seenVersion. */
  version: number;
  /** SM-2 shows a card again in this session until it is graded 4 or better. */
  redrill: boolean;
};

function outcomeOf(log: {
  clientReviewId: string;
  questionId: string;
  correct: boolean;
  grade: number;
  kind: string;
  stateAfter: unknown;
}): ReviewOutcome {
  const after = readSnapshot(log.stateAfter)!;
  return {
    clientReviewId: log.clientReviewId,
    questionId: log.questionId,
    correct: log.correct,
    grade: log.grade,
    kind: log.kind as ReviewKind,
    ...activeDue(after),
    version: after.version,
    redrill: log.kind !== "PRACTICE" && needsRedrill(log.grade as Grade),
  };
}

async function replayed(sql: Statements, student: Student, clientReviewId: string): Promise<ReviewOutcome | null> {
  const log = await readReviewLog(sql, clientReviewId);
  if (!log) return null;
  if (log.userId !== student.id) throw new StudyError("invalid", "That review id is already in use.");
  return outcomeOf(log);
}

const notStudyable = () => new StudyError("not_found", "That question is not in any of your decks.");

/** Loads a question the student may study, or refuses without saying whether it exists. */
export async function loadStudyableQuestion(student: Pick<Student, "id">, questionId: string) {
  const question = await readStudyableQuestion(statements(), student.id, questionId);
  if (!question) throw notStudyable();
  return question;
}

export async function recordReview(student: Student, input: ReviewInput, now = new Date()): Promise<ReviewOutcome> {
  try {
    return await studyUserTransaction(student.id, async (tx, user) => {
      try {
        return await applyReview(tx, student, schedulerSettingsOf(user), input, now);
      } catch (error) {
        // A submission already recorded (a retry, a double click, a second tab) is refused by
        // the checks it changed — its card moved on, its attempt was taken: answer with what it
        // recorded. Looked up only on a refusal; a replay that passes every check is stopped
        // by ReviewLog's unique clientReviewId below.
        if (!(error instanceof StudyError)) throw error;
        const applied = await replayed(tx, student, input.clientReviewId);
        if (applied) return applied;
        throw error;
      }
    });
  } catch (error) {
    // The same submission arrived twice at once, or again after its card was shown anew: the
    // unique id let one through and rolled this one back; answer with the one recorded.
    if (isUniqueViolation(error)) {
      const winner = await replayed(statements(), student, input.clientReviewId);
      if (winner) return winner;
    }
    throw error;
  }
}

async function applyReview(tx: Statements, student: Student, settings: SchedulerSettings, input: ReviewInput, now: Date): Promise<ReviewOutcome> {
  if (!(await canStudyQuestion(tx, student.id, input.questionId))) throw notStudyable();
  const question = { id: input.questionId };
  const todayStart = studyDayStart(now, student.timezone, student.dayStartsAtHour);
  const calendar = { timezone: student.timezone, dayStartsAtHour: student.dayStartsAtHour };
  const current = await readCardState(tx, student.id, question.id);
  const currentVersion = current?.version ?? 0;
  const before = current ? snapshotOf(current) : null;
  const kind: ReviewKind = input.practice ? "PRACTICE" : reviewKindOf(current, todayStart);
  if (kind === "PRACTICE" && !current) throw new StudyError("invalid", "Only cards you have studied can be practised.");

  // The client names the version it showed; anything else was reviewed elsewhere meanwhile.
  if (input.seenVersion !== currentVersion) {
    throw new StudyError("conflict", "This card was already reviewed in another tab or window.");
  }
  // The verdict is the one given when the answer was shown, never a response sent now.
  const attempt = await takeAttempt(tx, student.id, question.id, currentVersion);
  if (!attempt) throw new StudyError("invalid", "Show the answer before grading this card.");
  const { correct, response } = attempt;
  if (!correct && input.grade !== SM2_GRADE_OF_BUTTON.again) {
    throw new StudyError("invalid", "A wrong answer can only be graded Again.");
  }

  let after: CardSnapshot;
  if (!isSchedulingKind(kind)) {
    after = { ...before!, scheduler: settings.scheduler };
  } else {
    // Both schedulers move; a card whose FSRS memory was never built gets it from its history first.
    const fsrsBefore = !current ? NEW_FSRS_CARD : (fsrsCardOf(current) ?? replayFsrs(await readCardHistory(tx, student.id, question.id), calendar, settings));
    const memory = current ? cardMemoryOf(current, fsrsBefore) : NEW_CARD_MEMORY;
    const next = cardScheduler(calendar, settings).review(memory, input.grade, now);
    after = {
      repetitions: next.sm2.repetitions,
      easeFactor: next.sm2.easeFactor,
      intervalDays: next.sm2.intervalDays,
      dueAt: next.sm2.dueAt!,
      lapses: next.sm2.lapses,
      lastReviewedAt: now.toISOString(),
      version: currentVersion + 1,
      fsrs: {
        state: next.fsrs.state,
        stability: next.fsrs.stability,
        difficulty: next.fsrs.difficulty,
        reps: next.fsrs.reps,
        lapses: next.fsrs.lapses,
        intervalDays: next.fsrs.intervalDays,
        dueAt: next.fsrs.dueAt,
      },
      scheduler: settings.scheduler,
    };
    if (current) {
      if (!(await updateCardState(tx, current.id, currentVersion, rowOf(after)))) {
        throw new StudyError("conflict", "This card was already reviewed in another tab or window.");
      }
    } else {
      await insertCardState(tx, student.id, question.id, rowOf(after));
    }
  }

  const log = {
    clientReviewId: input.clientReviewId,
    userId: student.id,
    questionId: question.id,
    grade: input.grade,
    response,
    correct,
    durationMs: input.durationMs,
    reviewedAt: now,
    kind,
    stateBefore: before,
    stateAfter: after,
  };
  // Nothing read back: the outcome is made of what was just written (a replay reads the same from the row).
  await insertReviewLog(tx, log);
  return outcomeOf(log);
}

/**
 * Takes back the student's most recent review (Ctrl/Cmd+Z): the card returns to the state it
 * had before, the log is removed, and the answer given stays the one that counts. Only the latest review can be undone, and only while
 * nothing has changed the card since.
 */
export async function undoReview(student: Student, clientReviewId: string): Promise<{ questionId: string; practice: boolean }> {
  return studyUserTransaction(student.id, async (tx, user) => {
    const latest = await readLatestReviewLog(tx, student.id);
    if (!latest || latest.clientReviewId !== clientReviewId) {
      throw new StudyError("invalid", "Only your most recent review can be undone.");
    }
    const after = readSnapshot(latest.stateAfter)!;
    await deleteReviewLog(tx, latest.id);
    if (isSchedulingKind(latest.kind)) {
      const before = readSnapshot(latest.stateBefore);
      const current = await readCardState(tx, student.id, latest.questionId);
      if (!current || current.version !== after.version) {
        throw new StudyError("conflict", "This card has changed since; the review can no longer be undone.");
      }
      if (before) {
        const restored = rowOf({ ...before, version: after.version + 1 });
        // A review logged before FSRS existed kept no FSRS memory: replay what is left of the history.
        if (before.fsrs === undefined) {
          const calendar = { timezone: student.timezone, dayStartsAtHour: student.dayStartsAtHour };
          const history = await readCardHistory(tx, student.id, latest.questionId);
          Object.assign(restored, fsrsColumnsOf(history.length === 0 ? null : replayFsrs(history, calendar, schedulerSettingsOf(user))));
        }
        if (!(await updateCardState(tx, current.id, current.version, restored))) throw new Error("The card moved inside its own transaction.");
      } else await deleteCardState(tx, current.id);
      await restoreAttempt(tx, latest, before ? after.version + 1 : 0);
    } else {
      // Re-drills and practice never moved the card, so its version is the one they saw.
      await restoreAttempt(tx, latest, after.version);
    }
    return { questionId: latest.questionId, practice: latest.kind === "PRACTICE" };
  });
}
