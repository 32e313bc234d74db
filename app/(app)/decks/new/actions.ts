"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/server-action";
import { DeckInputError } from "@/lib/decks/deck-editor";
import { decodeReview } from "@/lib/decks/review-file";
import { consumeUpload } from "@/lib/decks/upload-throttle";
import { Refusal } from "@/lib/errors/refusal";
import { deckGeneration } from "@/lib/jobs/deck-generation";
import { loadJobView } from "@/lib/jobs/jobs";
import { BUSY_MESSAGE, canAcceptJob, submitJob } from "@/lib/jobs/runner";

const newDeckSchema = z.object({
  title: z.string().trim().max(200, "Keep the title under 200 characters.").default(""),
  text: z.string().default(""),
  // A browser sends an empty file when none was chosen.
  file: z.instanceof(File).optional(),
});

/** Checks the review and starts generating its deck in a worker; the page then follows the job. */
export const createDeckAction = formAction(newDeckSchema, async ({ title, text, file }, { user }) => {
  const hasFile = file !== undefined && file.size > 0;
  if (hasFile && text.trim()) throw new DeckInputError("Upload a file or paste text, not both.", "document");
  if (!hasFile && !text.trim()) throw new DeckInputError("Upload a review file or paste its text.", "document");

  const decoded = hasFile ? decodeReview(new Uint8Array(await file.arrayBuffer()), file.name) : decodeReview(new TextEncoder().encode(text), "The pasted text");
  if (!decoded.ok) throw new DeckInputError(decoded.error, "document");

  // A full queue must not cost the author one of their uploads.
  if (!canAcceptJob()) throw new Refusal("throttled", BUSY_MESSAGE);
  await consumeUpload(user.id);
  const jobId = await submitJob(deckGeneration, user.id, { text: decoded.text, fileName: hasFile ? file.name : undefined, title });
  return { job: await loadJobView(user.id, jobId) };
});
