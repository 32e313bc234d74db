"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/server-action";
import { createDeckFromReview, DeckInputError } from "@/lib/decks/deck-editor";
import { decodeReview } from "@/lib/decks/review-file";
import { consumeUpload } from "@/lib/decks/upload-throttle";

const newDeckSchema = z.object({
  title: z.string().trim().max(200, "Keep the title under 200 characters.").default(""),
  text: z.string().default(""),
  // A browser sends an empty file when none was chosen.
  file: z.instanceof(File).optional(),
});

export const createDeckAction = formAction(newDeckSchema, async ({ title, text, file }, { user }) => {
  const hasFile = file !== undefined && file.size > 0;
  if (hasFile && text.trim()) throw new DeckInputError("Upload a file or paste text, not both.", "document");
  if (!hasFile && !text.trim()) throw new DeckInputError("Upload a review file or paste its text.", "document");

  const decoded = hasFile ? decodeReview(new Uint8Array(await file.arrayBuffer()), file.name) : decodeReview(new TextEncoder().encode(text), "The pasted text");
  if (!decoded.ok) throw new DeckInputError(decoded.error, "document");

  await consumeUpload(user.id);
  const { slug } = await createDeckFromReview(user.id, { text: decoded.text, fileName: hasFile ? file.name : undefined, title });
  redirect(`/decks/${slug}/edit`);
});
