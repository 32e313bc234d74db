// The deck-generation job's work, run in a worker thread (see worker-tasks.ts): generate the bank
// and write the draft deck, with the job's success in the same transaction.
import "server-only";
import { Prisma } from "@/lib/db";
import { createDeckFromReview, type ReviewUpload } from "@/lib/decks/deck-editor";
import { Refusal } from "@/lib/errors/refusal";
import { markSucceeded } from "./store";
import type { ReportStage } from "./worker-tasks";

export type DeckGenerationInput = { jobId: string; ownerId: string; review: ReviewUpload };

export async function buildDraftDeck({ jobId, ownerId, review }: DeckGenerationInput, report: ReportStage): Promise<void> {
  try {
    await createDeckFromReview(ownerId, review, {
      onProgress: report,
      alsoWrite: (deck) => [markSucceeded(jobId, { slug: deck.slug })],
    });
  } catch (error) {
    // The job was failed elsewhere (it expired) while its deck was being written: nothing was saved.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") {
      throw new Refusal("conflict", "This job was stopped before its deck was saved.");
    }
    throw error;
  }
}
