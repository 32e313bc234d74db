// Recording a graded answer: the ReviewLog and the new CardState are written in one
// transaction, exactly once per client-generated id, and never over a newer state.
import "server-only";
import type { Student } from "@/lib/auth/session";
import { db, Prisma } from "@/lib/db";
import { studyUserTransaction, userTransaction } from "@/lib/db/user-transactions";
import { inStudyableDeckWhere } from "@/lib/permissions/decks";
import { needsRedrill, type Grade } from "@/lib/srs/sm2";
import { studyDayStart } from "@/lib/calendar/study-day";
import { cardScheduler, NEW_CARD_MEMORY, NEW_FSRS_CARD, type SchedulerSettings } from "@/lib/srs/scheduler";
import { restoreAttempt, takeAttempt } from "./attempts";
import { readCardState } from "./study-reads";
import { activeDue, snapshotOf, rowOf, reviewKindOf, readSnapshot, type CardSnapshot } from "./card-state";
import { cardHistory, cardMemoryOf, fsrsCardOf, fsrsColumnsOf, loadSchedulerSettings, replayFsrs, schedulerSettingsOf } from "./card-memory";
import { isSchedulingKind, type ReviewKind } from "@/lib/srs/review-kinds";
import { SM2_GRADE_OF_BUTTON } from "@/lib/srs/buttons";
import { StudyError } from "./errors";
import { LIVE_QUESTION } from "@/lib/decks/live-questions";

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

async function replayed(client: Pick<typeof db, "reviewLog">, student: Student, clientReviewId: string): Promise<ReviewOutcome | null> {
  const log = await client.reviewLog.findUnique({ where: { clientReviewId } });
  if (!log) return null;
  if (log.userId !== student.id) throw new StudyError("invalid", "That review id is already in use.");
  return outcomeOf(log);
}

/** A question the student may study: live, in a deck they study (one statement with the question). */
const studyableQuestionWhere = (student: Pick<Student, "id">, questionId: string) => ({ id: questionId, ...LIVE_QUESTION, ...inStudyableDeckWhere(student.id) });
const notStudyable = () => new StudyError("not_found", "That question is not in any of your decks.");

/** Loads a question the student may study, or refuses without saying whether it exists. */
export async function loadStudyableQuestion(student: Pick<Student, "id">, questionId: string) {
  const question = await db.question.findFirst({ where: studyableQuestionWhere(student, questionId) });
  if (!question) throw notStudyable();
  return question;
}

/** As loadStudyableQuestion, for a grade, which needs nothing of the question but the right to study it. */
async function assertCanStudyQuestion(student: Pick<Student, "id">, questionId: string, client: Pick<typeof db, "question">): Promise<void> {
  if (!(await client.question.findFirst({ where: studyableQuestionWhere(student, questionId), select: { id: true } }))) throw notStudyable();
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
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await replayed(db, student, input.clientReviewId);
      if (winner) return winner;
    }
    throw error;
  }
}

async function applyReview(tx: Prisma.TransactionClient, student: Student, settings: SchedulerSettings, input: ReviewInput, now: Date): Promise<ReviewOutcome> {
  await assertCanStudyQuestion(student, input.questionId, tx);
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
    const fsrsBefore = !current ? NEW_FSRS_CARD : (fsrsCardOf(current) ?? replayFsrs(await cardHistory(tx, student.id, question.id), calendar, settings));
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
      const { count } = await tx.cardState.updateMany({
        where: { id: current.id, version: currentVersion },
        data: rowOf(after),
      });
      if (count !== 1) throw new StudyError("conflict", "This card was already reviewed in another tab or window.");
    } else {
      await tx.cardState.create({ data: { userId: student.id, questionId: question.id, ...rowOf(after) }, select: { id: true } });
    }
  }

  const log = {
    clientReviewId: input.clientReviewId,
    userId: student.id,
    questionId: question.id,
    grade: input.grade,
    response: response === null ? Prisma.JsonNull : (response as Prisma.InputJsonValue),
    correct,
    durationMs: input.durationMs,
    reviewedAt: now,
    kind,
    stateBefore: before ?? Prisma.JsonNull,
    stateAfter: after,
  };
  // Nothing read back: the outcome is made of what was just written (a replay reads the same from the row).
  await tx.reviewLog.create({ data: log, select: { id: true } });
  return outcomeOf(log);
}

/**
 * Takes back the student's most recent review (Ctrl/Cmd+Z): the card returns to the state it
 * had before, the log is removed, and the answer given stays the one that counts. Only the latest review can be undone, and only while
 * nothing has changed the card since.
 */
export async function undoReview(student: Student, clientReviewId: string): Promise<{ questionId: string; practice: boolean }> {
  return userTransaction(student.id, async (tx) => {
    const latest = await tx.reviewLog.findFirst({
      where: { userId: student.id },
      orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
    });
    if (!latest || latest.clientReviewId !== clientReviewId) {
      throw new StudyError("invalid", "Only your most recent review can be undone.");
    }
    const after = readSnapshot(latest.stateAfter)!;
    await tx.reviewLog.delete({ where: { id: latest.id } });
    if (isSchedulingKind(latest.kind)) {
      const before = readSnapshot(latest.stateBefore);
      const where = { userId_questionId: { userId: student.id, questionId: latest.questionId } };
      const current = await tx.cardState.findUnique({ where });
      if (!current || current.version !== after.version) {
        throw new StudyError("conflict", "This card has changed since; the review can no longer be undone.");
      }
      if (before) {
        const restored = rowOf({ ...before, version: after.version + 1 });
        // A review logged before FSRS existed kept no FSRS memory: replay what is left of the history.
        if (before.fsrs === undefined) {
          const calendar = { timezone: student.timezone, dayStartsAtHour: student.dayStartsAtHour };
          const history = await cardHistory(tx, student.id, latest.questionId);
          const fsrs = replayFsrs(history, calendar, await loadSchedulerSettings(student.id, tx));
          Object.assign(restored, fsrsColumnsOf(history.length === 0 ? null : fsrs));
        }
        await tx.cardState.update({ where, data: restored });
      } else await tx.cardState.delete({ where });
      await restoreAttempt(tx, latest, before ? after.version + 1 : 0);
    } else {
      // Re-drills and practice never moved the card, so its version is the one they saw.
      await restoreAttempt(tx, latest, after.version);
    }
    return { questionId: latest.questionId, practice: latest.kind === "PRACTICE" };
  });
}
