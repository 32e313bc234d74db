"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { createDeckFromReview, DeckInputError } from "@/lib/decks/deck-editor";
import { decodeReview } from "@/lib/decks/review-file";
import { consumeUpload } from "@/lib/decks/upload-throttle";

export type NewDeckState = { error?: string; fieldErrors?: { title?: string; document?: string } };

const formSchema = z.object({
  title: z.string().trim().max(200, "Keep the title under 200 characters."),
  text: z.string(),
});

export async function createDeckAction(_state: NewDeckState, formData: FormData): Promise<NewDeckState> {
  const user = await getCurrentUser();
  if (!user) return { error: "Your session has ended. Log in again." };
  const parsed = formSchema.safeParse({ title: formData.get("title") ?? "", text: formData.get("text") ?? "" });
  if (!parsed.success) return { fieldErrors: { title: parsed.error.issues[0]?.message } };

  const file = formData.get("file");
  const hasFile = file instanceof File && file.size > 0;
  const pasted = parsed.data.text;
  if (hasFile && pasted.trim()) return { fieldErrors: { document: "Upload a file or paste text, not both." } };
  if (!hasFile && !pasted.trim()) return { fieldErrors: { document: "Upload a review file or paste its text." } };

  const decoded = hasFile
    ? decodeReview(new Uint8Array(await file.arrayBuffer()), file.name)
    : decodeReview(new TextEncoder().encode(pasted), "The pasted text");
  if (!decoded.ok) return { fieldErrors: { document: decoded.error } };

  let slug: string;
  try {
    await consumeUpload(user.id);
    ({ slug } = await createDeckFromReview(user.id, {
      text: decoded.text,
      fileName: hasFile ? file.name : undefined,
      title: parsed.data.title,
    }));
  } catch (error) {
    if (error instanceof DeckInputError) return { fieldErrors: { document: error.message } };
    throw error;
  }
  redirect(`/decks/${slug}/edit`);
}
