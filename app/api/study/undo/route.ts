// Takes back the last grade and shows the card again, answered as it was: only the grade is redone.
import { jsonRoute } from "@/lib/http/json-route";
import { undoInputSchema } from "@/lib/study/inputs";
import { undoReview } from "@/lib/study/review";
import { loadStudyCard, revealAnswer } from "@/lib/study/session";

export const POST = jsonRoute(undoInputSchema, async ({ clientReviewId }, { user }) => {
  const { questionId, practice } = await undoReview(user, clientReviewId);
  const card = await loadStudyCard(user, questionId);
  return { card, reveal: await revealAnswer(user, questionId, null, { practice }) };
});
