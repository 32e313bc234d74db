"use server";

import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { recordReview, undoReview, BUTTON_GRADES, type ReviewOutcome } from "@/lib/study/review";
import { revealAnswer, loadStudyCard, type Reveal, type StudyCard } from "@/lib/study/session";
import { StudyError } from "@/lib/study/errors";

type Result<T> = { ok: true; value: T } | { ok: false; error: string; code: StudyError["code"] | "signed_out" };

const questionId = z.string().trim().min(1).max(64);
const response = z.union([z.string().max(2_000), z.array(z.string().max(500)).max(50), z.null()]);

const practice = z.boolean().optional();
const revealInput = z.object({ questionId, response, practice });
const reviewInput = z.object({
  clientReviewId: z.uuid(),
  questionId,
  response,
  grade: z.union(Object.values(BUTTON_GRADES).map((grade) => z.literal(grade))),
  durationMs: z.number().int().min(0).max(24 * 60 * 60 * 1000),
  seenVersion: z.number().int().min(0),
  practice,
});
const undoInput = z.object({ clientReviewId: z.uuid() });

/** Parses the input, finds the student, runs the study call and turns refusals into messages. */
async function run<S extends z.ZodType, T>(schema: S, input: unknown, call: (student: NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>, data: z.infer<S>) => Promise<T>): Promise<Result<T>> {
  const student = await getCurrentUser();
  if (!student) return { ok: false, error: "Your session has ended. Log in again to keep studying.", code: "signed_out" };
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "That request was not valid. Reload the page and try again.", code: "invalid" };
  try {
    return { ok: true, value: await call(student, parsed.data) };
  } catch (error) {
    if (error instanceof StudyError) return { ok: false, error: error.message, code: error.code };
    if (error instanceof RangeError) return { ok: false, error: error.message, code: "invalid" };
    throw error;
  }
}

export async function revealAction(input: unknown): Promise<Result<Reveal>> {
  return run(revealInput, input, (student, data) => revealAnswer(student, data.questionId, data.response, { practice: data.practice }));
}

export async function reviewAction(input: unknown): Promise<Result<ReviewOutcome>> {
  return run(reviewInput, input, (student, data) => recordReview(student, data));
}

export async function undoAction(input: unknown): Promise<Result<StudyCard>> {
  return run(undoInput, input, async (student, data) => {
    const { questionId } = await undoReview(student, data.clientReviewId);
    return loadStudyCard(student, questionId);
  });
}
