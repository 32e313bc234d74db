"use server";

import { z } from "zod";
import { serverAction } from "@/lib/actions/server-action";
import { SM2_GRADE_OF_BUTTON } from "@/lib/srs/buttons";
import { recordReview, undoReview } from "@/lib/study/review";
import { revealAnswer, loadStudyCard } from "@/lib/study/session";

const questionId = z.string().trim().min(1).max(64);
const response = z.union([z.string().max(2_000), z.array(z.string().max(500)).max(50), z.null()]);
const practice = z.boolean().optional();

export const revealAction = serverAction(z.object({ questionId, response, practice }), (data, { user }) =>
  revealAnswer(user, data.questionId, data.response, { practice: data.practice }),
);

export const reviewAction = serverAction(
  z.object({
    clientReviewId: z.uuid(),
    questionId,
    grade: z.union(Object.values(SM2_GRADE_OF_BUTTON).map((grade) => z.literal(grade))),
    durationMs: z.number().int().min(0).max(24 * 60 * 60 * 1000),
    seenVersion: z.number().int().min(0),
    practice,
  }),
  (data, { user }) => recordReview(user, data),
);

/** Takes back the last grade and shows the card again, answered as it was: only the grade is redone. */
export const undoAction = serverAction(z.object({ clientReviewId: z.uuid() }), async ({ clientReviewId }, { user }) => {
  const { questionId, practice } = await undoReview(user, clientReviewId);
  const card = await loadStudyCard(user, questionId);
  return { card, reveal: await revealAnswer(user, questionId, null, { practice }) };
});
