"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { enrollInDeck, leaveDeck } from "@/lib/decks/catalog";
import { NotFoundError } from "@/lib/permissions/errors";

const deckIdSchema = z.object({ deckId: z.string().trim().min(1).max(64) });

export type DeckActionState = { error?: string };

async function withDeck(formData: FormData, run: (userId: string, deckId: string) => Promise<void>): Promise<DeckActionState> {
  const user = await getCurrentUser();
  if (!user) return { error: "Your session has ended. Log in again." };
  const parsed = deckIdSchema.safeParse({ deckId: formData.get("deckId") });
  if (!parsed.success) return { error: "That deck does not exist." };
  try {
    await run(user.id, parsed.data.deckId);
  } catch (error) {
    if (error instanceof NotFoundError) return { error: error.message };
    throw error;
  }
  revalidatePath("/decks");
  return {};
}

export async function addDeckAction(_state: DeckActionState, formData: FormData): Promise<DeckActionState> {
  return withDeck(formData, enrollInDeck);
}

export async function removeDeckAction(_state: DeckActionState, formData: FormData): Promise<DeckActionState> {
  return withDeck(formData, leaveDeck);
}
