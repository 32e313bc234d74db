// Owns "the answer that counts": the response a student gave when they asked to see the right
// answer. Revealing records it (the first one for the card's current version wins, so a second
// tab or a scripted retry sees the same verdict); grading takes it and never re-checks what the
// browser sends afterwards. Undo puts it back, so a re-graded card keeps its first answer.
import "server-only";
import { studyUserTransaction } from "@/lib/db/user-transactions";
import { isUniqueViolation, type Statements } from "@/lib/db/statements";
import type { CardState } from "@/lib/generated/prisma/client";
import type { SchedulerSettings } from "@/lib/srs/scheduler";
import { schedulerSettingsOf } from "./card-memory";
import { deleteStudyAttempt, readCardState, readStudyAttempt, writeStudyAttempt } from "./study-statements";
import { checkAnswer } from "./check-answer";
import { checkableQuestion } from "./question-view";

type Checkable = Parameters<typeof checkableQuestion>[0];

export type Attempt = { response: unknown; correct: boolean };

export type RevealedCard = {
  /** The card's state when the answer was shown (null: a new card). */
  card: CardState | null;
  settings: SchedulerSettings;
  attempt: Attempt & { repeated: boolean };
};

/**
 * Shows the answer to a card, in one transaction: reads the card's current version and the
 * user's scheduler, and records the attempt for that version from `response` unless one was
 * already recorded this study day (then that one stands, whatever this response says).
 */
export async function attemptAtReveal(
  student: { id: string },
  question: Checkable & { id: string },
  response: unknown,
  { now, todayStart }: { now: Date; todayStart: Date },
): Promise<RevealedCard> {
  const correct = checkAnswer(checkableQuestion(question), response).correct;
  const reveal = () =>
    studyUserTransaction(student.id, async (sql, user): Promise<RevealedCard> => {
      const card = await readCardState(sql, student.id, question.id);
      const settings = schedulerSettingsOf(user);
      const cardVersion = card?.version ?? 0;
      const existing = await readStudyAttempt(sql, student.id, question.id);
      if (existing !== null && existing.cardVersion === cardVersion && existing.revealedAt >= todayStart) {
        return { card, settings, attempt: { response: existing.response, correct: existing.correct, repeated: true } };
      }
      await writeStudyAttempt(sql, student.id, question.id, { cardVersion, response: response ?? null, correct, revealedAt: now });
      return { card, settings, attempt: { response: response ?? null, correct, repeated: false } };
    });
  try {
    return await reveal();
  } catch (error) {
    // Two reveals of one card at the same moment: the unique index let one through; it counts
    // (run again, this reveal finds it).
    if (!isUniqueViolation(error)) throw error;
    return reveal();
  }
}

/**
 * Takes (reads and removes, one DELETE … RETURNING) the attempt recorded for this card version,
 * or null if none: an attempt for another version stays.
 */
export async function takeAttempt(sql: Statements, userId: string, questionId: string, cardVersion: number): Promise<Attempt | null> {
  return deleteStudyAttempt(sql, userId, questionId, cardVersion);
}

/** After an undo: the undone review's answer counts again for the card's restored version. */
export async function restoreAttempt(
  sql: Statements,
  log: { userId: string; questionId: string; response: unknown; correct: boolean; reviewedAt: Date },
  cardVersion: number,
): Promise<void> {
  await writeStudyAttempt(sql, log.userId, log.questionId, { cardVersion, response: log.response, correct: log.correct, revealedAt: log.reviewedAt });
}
