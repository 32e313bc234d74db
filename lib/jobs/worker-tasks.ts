// Owns the work that runs inside a job's worker thread, one task per job kind, each told how to
// report the stage it has reached. A task does the whole job — the CPU-heavy part and saving its
// result with the worker's own database connection — and marks its job succeeded in the
// transaction that saves the result.
import { buildDraftDeck } from "./deck-generation-task";

export type ReportStage = (stage: string) => void;

export const workerTasks = {
  "deck-generation": buildDraftDeck,
};

export type WorkerTaskName = keyof typeof workerTasks;
export type TaskInput<N extends WorkerTaskName> = Parameters<(typeof workerTasks)[N]>[0];

/** What a worker thread posts to the thread that started it. */
export type WorkerMessage =
  | { type: "stage"; stage: string }
  | { type: "done" }
  /** The task refused its input (a Refusal), with the message for the person who asked. */
  | { type: "refused"; message: string };
