"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { editQuestion, publishDeck, setQuestionRejected, DeckInputError, type QuestionEditErrors } from "@/lib/decks/deck-editor";
import { NotFoundError } from "@/lib/permissions/errors";

export type EditState = { error?: string; fieldErrors?: QuestionEditErrors; saved?: boolean };

const id = z.string().trim().min(1).max(64);

async function asAuthor<T extends EditState>(run: (userId: string) => Promise<T>): Promise<T | EditState> {
  const user = await getCurrentUser();
  if (!user) return { error: "Your session has ended. Log in again." };
  try {
    return await run(user.id);
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof DeckInputError) return { error: error.message };
    throw error;
  }
}

export async function editQuestionAction(_state: EditState, formData: FormData): Promise<EditState> {
  return asAuthor(async (userId) => {
    const questionId = id.safeParse(formData.get("questionId"));
    if (!questionId.success) return { error: "That question does not exist." };
    const answer = formData.get("answer");
    const result = await editQuestion(userId, questionId.data, {
      prompt: formData.get("prompt") ?? "",
      explanation: formData.get("explanation") ?? "",
      answer: answer === null ? undefined : answer,
    });
    if (result.fieldErrors) return { fieldErrors: result.fieldErrors };
    revalidatePath("/decks/[slug]/edit", "page");
    return { saved: true };
  });
}

export async function rejectQuestionAction(_state: EditState, formData: FormData): Promise<EditState> {
  return asAuthor(async (userId) => {
    const parsed = z.object({ questionId: id, rejected: z.enum(["true", "false"]) }).safeParse({
      questionId: formData.get("questionId"),
      rejected: formData.get("rejected"),
    });
    if (!parsed.success) return { error: "That question does not exist." };
    await setQuestionRejected(userId, parsed.data.questionId, parsed.data.rejected === "true");
    revalidatePath("/decks/[slug]/edit", "page");
    return {};
  });
}

export async function publishDeckAction(_state: EditState, formData: FormData): Promise<EditState> {
  return asAuthor(async (userId) => {
    const parsed = z.object({ deckId: id, visibility: z.enum(["PUBLIC", "PRIVATE"]) }).safeParse({
      deckId: formData.get("deckId"),
      visibility: formData.get("visibility"),
    });
    if (!parsed.success) return { error: "Choose who can see the deck." };
    await publishDeck(userId, parsed.data.deckId, parsed.data.visibility);
    revalidatePath("/decks/[slug]/edit", "page");
    revalidatePath("/decks");
    return { saved: true };
  });
}
