"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/server-action";
import { enrollInDeck, leaveDeck } from "@/lib/decks/catalog";

const NO_SUCH_DECK = "That deck does not exist.";
const deckIdSchema = z.object({ deckId: z.string({ error: NO_SUCH_DECK }).trim().min(1, NO_SUCH_DECK).max(64, NO_SUCH_DECK) });

export const addDeckAction = formAction(deckIdSchema, async ({ deckId }, { user }) => {
  await enrollInDeck(user.id, deckId);
  revalidatePath("/decks");
  return null;
});

export const removeDeckAction = formAction(deckIdSchema, async ({ deckId }, { user }) => {
  await leaveDeck(user.id, deckId);
  revalidatePath("/decks");
  return null;
});
