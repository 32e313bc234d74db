"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/server-action";
import { editQuestion, publishDeck, questionEditSchema, setQuestionRejected, setQuestionTier } from "@/lib/decks/deck-editor";

const NO_SUCH_QUESTION = "That question does not exist.";
const questionId = z.string({ error: NO_SUCH_QUESTION }).trim().min(1, NO_SUCH_QUESTION).max(64, NO_SUCH_QUESTION);

export const editQuestionAction = formAction(questionEditSchema.extend({ questionId }), async ({ questionId, ...edit }, { user }) => {
  await editQuestion(user.id, questionId, edit);
  revalidatePath("/decks/[slug]/edit", "page");
  return { notice: "Saved." };
});

export const rejectQuestionAction = formAction(
  z.object({ questionId, rejected: z.enum(["true", "false"], { error: "Choose to reject or restore the question." }) }),
  async ({ questionId, rejected }, { user }) => {
    await setQuestionRejected(user.id, questionId, rejected === "true");
    revalidatePath("/decks/[slug]/edit", "page");
    return null;
  },
);

export const questionTierAction = formAction(
  z.object({ questionId, tier: z.enum(["published", "suggested"], { error: "Choose to publish or suggest the question." }) }),
  async ({ questionId, tier }, { user }) => {
    await setQuestionTier(user.id, questionId, tier);
    revalidatePath("/decks/[slug]/edit", "page");
    return null;
  },
);

export const publishDeckAction = formAction(
  z.object({
    deckId: z.string({ error: "That deck does not exist." }).trim().min(1).max(64),
    visibility: z.enum(["PUBLIC", "PRIVATE"], { error: "Choose who can see the deck." }),
  }),
  async ({ deckId, visibility }, { user }) => {
    await publishDeck(user.id, deckId, visibility);
    revalidatePath("/decks/[slug]/edit", "page");
    revalidatePath("/decks");
    return { notice: "Published. Students can study it now." };
  },
);
