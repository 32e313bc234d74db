// Owns the deck-generation job: an uploaded review becomes a draft deck, generated and written in
// a worker thread (deck-generation-task.ts), the deck in one transaction with the job's success.
// Its stages are the pipeline's, as lib/content reports them, then saving.
import "server-only";
import { z } from "zod";
import type { ReviewUpload } from "@/lib/decks/deck-editor";
import type { JobKind } from "./runner";
import type { WorkerLimits } from "./worker-thread";

/** Per job; RECALL_GENERATION_TIME_LIMIT_S and RECALL_GENERATION_MEMORY_MB override them. */
export const DEFAULT_GENERATION_LIMITS: WorkerLimits = { timeLimitMs: 300_000, maxHeapMb: 1024 };

const positive = z.coerce.number().int().positive();

export function generationLimitsFromEnv(env: Record<string, string | undefined> = process.env): WorkerLimits {
  const seconds = positive.safeParse(env.RECALL_GENERATION_TIME_LIMIT_S);
  const megabytes = positive.safeParse(env.RECALL_GENERATION_MEMORY_MB);
  return {
    timeLimitMs: seconds.success ? seconds.data * 1000 : DEFAULT_GENERATION_LIMITS.timeLimitMs,
    maxHeapMb: megabytes.success ? megabytes.data : DEFAULT_GENERATION_LIMITS.maxHeapMb,
  };
}

/** Starting a worker thread and loading the language models, then about 20 ms per KB on one core. */
const STARTUP_MS = 2_000;
const MS_PER_KB = 20;

const deckResult = z.object({ slug: z.string() });

/** "3-minute", "90-second": a limit in the words of the failure message. */
function limitWords(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  return seconds % 60 === 0 ? `${seconds / 60}-minute` : `${seconds}-second`;
}

export function deckGenerationKind(limits: WorkerLimits = generationLimitsFromEnv()): JobKind<ReviewUpload, "deck-generation"> {
  return {
    name: "deck-generation",
    task: "deck-generation",
    taskInput: (job, review) => ({ jobId: job.id, ownerId: job.ownerId, review }),
    limits,
    // Shares measured on the evaluation reviews and a 256 KB one: analysing the sentences is about
    // half the work, writing and ranking questions most of the rest.
    stages: [
      { key: "start", label: "Reading the document", share: 3 },
      { key: "structure", label: "Reading the document", share: 3 },
      { key: "sentences", label: "Reading the document", share: 1 },
      { key: "analysis", label: "Finding facts", share: 45 },
      { key: "statements", label: "Finding facts", share: 1 },
      { key: "questions", label: "Writing questions", share: 30 },
      { key: "rank", label: "Ranking questions", share: 10 },
      { key: "save", label: "Saving the deck", share: 7 },
    ],
    expectedMs: (review) => STARTUP_MS + (MS_PER_KB * Buffer.byteLength(review.text)) / 1024,
    resultHref(result) {
      const parsed = deckResult.safeParse(result);
      return parsed.success ? `/decks/${parsed.data.slug}/edit` : null;
    },
    failureMessages: {
      timeout: `Generating questions took longer than the ${limitWords(limits.timeLimitMs)} limit, so it was stopped. Try a shorter review, or split it into parts.`,
      out_of_memory: `This review needed more memory than one deck may use (${limits.maxHeapMb} MB), so generation was stopped. Try a shorter review, or split it into parts.`,
      crashed: "Something went wrong while generating questions. Please try again; if it happens again, try a shorter review.",
      aborted: "Generation was stopped before it finished. Please try again.",
      error: "Something went wrong while generating questions. Please try again; if it happens again, try a shorter review.",
    },
  };
}

export const deckGeneration = deckGenerationKind();
