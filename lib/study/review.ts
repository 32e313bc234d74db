// Recording a graded answer: the ReviewLog and the new CardState are written in one
// transaction, exactly once per client-generated id, and never over a newer state.
import "server-only";
import { db, Prisma } from "@/lib/db";
import { canStudyDeck } from "@/lib/permissions/decks";
import { sm2, needsRedrill, type Grade } from "@/lib/srs/sm2";
import { nextDueAt, studyDayStart } from "@/lib/calendar/study-day";
import { restoreAttempt, takeAttempt } from "./attempts";
import { snapshotOf, sm2StateOf, rowOf, reviewKindOf, readSnapshot, type CardSnapshot } from "./card-state";
import { isSchedulingKind, type ReviewKind } from "@/lib/srs/review-kinds";
import { SM2_GRADE_OF_BUTTON } from "@/lib/srs/buttons";
import { StudyError } from "./errors";
import { isLiveQuestion } from "@/lib/decks/live-questions";

/** The SM-2 grade a study button gives (what ReviewLog.grade stores). */
export type ButtonGrade = (typeof SM2_GRADE_OF_BUTTON)[keyof typeof SM2_GRADE_OF_BUTTON];

export type Student = { id: string; timezone: string; dayStartsAtHour: number; newPerDay: number };

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
    intervalDays: after.intervalDays,
    dueAt: after.dueAt,
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

/** Loads a question the student may study, or refuses without saying whether it exists. */
export async function loadStudyableQuestion(student: Student, questionId: string) {
  const question = await db.question.findUnique({ where: { id: questionId } });
  if (!question || !isLiveQuestion(question) || !(await canStudyDeck(student.id, question.deckId))) {
    throw new StudyError("not_found", "That question is not in any of your decks.");
  }
  return question;
}

export async function recordReview(student: Student, input: ReviewInput, now = new Date()): Promise<ReviewOutcome> {
  const previous = await replayed(db, student, input.clientReviewId);
  if (previous) return previous;

  const question = await loadStudyableQuestion(student, input.questionId);
  const todayStart = studyDayStart(now, student.timezone, student.dayStartsAtHour);

  try {
    return await db.$transaction(async (tx) => {
      // Checked again inside the transaction: a double click may have landed meanwhile.
      const applied = await replayed(tx, student, input.clientReviewId);
      if (applied) return applied;
      const where = { userId_questionId: { userId: student.id, questionId: question.id } };
      const current = await tx.cardState.findUnique({ where });
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
        after = before!;
      } else {
        const next = sm2(sm2StateOf(current), input.grade);
        const lapsed = input.grade < 3 && (current?.repetitions ?? 0) > 0;
        after = {
          ...next,
          dueAt: nextDueAt(now, next.intervalDays, student.timezone, student.dayStartsAtHour).toISOString(),
          lapses: (current?.lapses ?? 0) + (lapsed ? 1 : 0),
          lastReviewedAt: now.toISOString(),
          version: currentVersion + 1,
        };
        if (current) {
          const { count } = await tx.cardState.updateMany({
            where: { id: current.id, version: currentVersion },
            data: rowOf(after),
          });
          if (count !== 1) throw new StudyError("conflict", "This card was already reviewed in another tab or window.");
        } else {
          await tx.cardState.create({ data: { userId: student.id, questionId: question.id, ...rowOf(after) } });
        }
      }

      const log = await tx.reviewLog.create({
        data: {
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
        },
      });
      return outcomeOf(log);
    });
  } catch (error) {
    // The same submission arrived twice at once: the unique id let one through; answer with it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await replayed(db, student, input.clientReviewId);
      if (winner) return winner;
    }
    throw error;
  }
}

/**
 * Takes back the student's most recent review (Ctrl/Cmd+Z): the card returns to the state it
 * had before, the log is removed, and the answer given stays the one that counts. Only the latest review can be undone, and only while
 * nothing has changed the card since.
 */
export async function undoReview(student: Student, clientReviewId: string): Promise<{ questionId: string; practice: boolean }> {
  return db.$transaction(async (tx) => {
    const latest = await tx.reviewLog.findFirst({
      where: { userId: student.id },
      orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
    });
    if (!latest || latest.clientReviewId !== clientReviewId) {
      throw new StudyError("invalid", "Only your most recent review can be undone.");
    }
    const after = readSnapshot(latest.stateAfter)!;
    if (isSchedulingKind(latest.kind)) {
      const before = readSnapshot(latest.stateBefore);
      const where = { userId_questionId: { userId: student.id, questionId: latest.questionId } };
      const current = await tx.cardState.findUnique({ where });
      if (!current || current.version !== after.version) {
        throw new StudyError("conflict", "This card has changed since; the review can no longer be undone.");
      }
      if (before) await tx.cardState.update({ where, data: rowOf({ ...before, version: after.version + 1 }) });
      else await tx.cardState.delete({ where });
      await restoreAttempt(tx, latest, before ? after.version + 1 : 0);
    } else {
      // Re-drills and practice never moved the card, so its version is the one they saw.
      await restoreAttempt(tx, latest, after.version);
    }
    await tx.reviewLog.delete({ where: { id: latest.id } });
    return { questionId: latest.questionId, practice: latest.kind === "PRACTICE" };
  });
}
