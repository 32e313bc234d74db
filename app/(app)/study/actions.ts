"use server";

import { serverAction } from "@/lib/actions/server-action";
import { revealInputSchema, reviewInputSchema, undoInputSchema } from "@/lib/study/inputs";
import { recordReview, undoReview } from "@/lib/study/review";
import { revealAnswer, loadStudyCard } from "@/lib/study/session";

export const revealAction = serverAction(revealInputSchema, (data, { user }) =>
  revealAnswer(user, data.questionId, data.response, { practice: data.practice }),
);

export const reviewAction = serverAction(reviewInputSchema, (data, { user }) => recordReview(user, data));

/** Takes back the last grade and shows the card again, answered as it was: only the grade is redone. */
export const undoAction = serverAction(undoInputSchema, async ({ clientReviewId }, { user }) => {
  const { questionId, practice } = await undoReview(user, clientReviewId);
  const card = await loadStudyCard(user, questionId);
  return { card, reveal: await revealAnswer(user, questionId, null, { practice }) };
});
