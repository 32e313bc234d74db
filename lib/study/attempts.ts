// Owns "the answer that counts": the response a student gave when they asked to see the right
// answer. Revealing records it (the first one for the card's current version wins, so a second
// tab or a scripted retry sees the same verdict); grading takes it and never re-checks what the
// browser sends afterwards. Undo puts it back, so a re-graded card keeps its first answer.
import "server-only";
import { db, Prisma } from "@/lib/db";
import { userTransaction } from "@/lib/db/user-transactions";
import { checkAnswer } from "./check-answer";
import { checkableQuestion } from "./question-view";

type Client = Pick<typeof db, "studyAttempt">;
type Checkable = Parameters<typeof checkableQuestion>[0];

export type Attempt = { response: unknown; correct: boolean };

const asJson = (response: unknown) => (response === undefined || response === null ? Prisma.JsonNull : (response as Prisma.InputJsonValue));

/**
 * The attempt for this card version, recorded now from `response` unless one was already
 * recorded this study day (then that one stands, whatever this response says).
 */
export async function attemptAtReveal(
  student: { id: string },
  question: Checkable & { id: string },
  cardVersion: number,
  response: unknown,
  { now, todayStart }: { now: Date; todayStart: Date },
): Promise<Attempt & { repeated: boolean }> {
  const where = { userId_questionId: { userId: student.id, questionId: question.id } };
  const counts = (existing: { cardVersion: number; revealedAt: Date } | null) =>
    existing !== null && existing.cardVersion === cardVersion && existing.revealedAt >= todayStart;
  const fresh = { cardVersion, response: asJson(response), correct: checkAnswer(checkableQuestion(question), response).correct, revealedAt: now };
  try {
    return await userTransaction(student.id, async (tx) => {
      const existing = await tx.studyAttempt.findUnique({ where });
      if (counts(existing)) return { response: existing!.response, correct: existing!.correct, repeated: true };
      await tx.studyAttempt.upsert({ where, create: { userId: student.id, questionId: question.id, ...fresh }, update: fresh });
      return { response: response ?? null, correct: fresh.correct, repeated: false };
    });
  } catch (error) {
    // Two reveals of one card at the same moment: the unique index let one through; it counts.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const winner = await db.studyAttempt.findUniqueOrThrow({ where });
    return { response: winner.response, correct: winner.correct, repeated: true };
  }
}

/** Takes (reads and removes) the attempt recorded for this card version, or null if none. */
export async function takeAttempt(tx: Client, userId: string, questionId: string, cardVersion: number): Promise<Attempt | null> {
  const where = { userId_questionId: { userId, questionId } };
  const attempt = await tx.studyAttempt.findUnique({ where });
  if (!attempt || attempt.cardVersion !== cardVersion) return null;
  await tx.studyAttempt.delete({ where });
  return { response: attempt.response, correct: attempt.correct };
}

/** After an undo: the undone review's answer counts again for the card's restored version. */
export async function restoreAttempt(
  tx: Client,
  log: { userId: string; questionId: string; response: unknown; correct: boolean; reviewedAt: Date },
  cardVersion: number,
): Promise<void> {
  const where = { userId_questionId: { userId: log.userId, questionId: log.questionId } };
  const data = { cardVersion, response: asJson(log.response), correct: log.correct, revealedAt: log.reviewedAt };
  await tx.studyAttempt.upsert({ where, create: { userId: log.userId, questionId: log.questionId, ...data }, update: data });
}
