// Owns the work that runs inside a job's worker thread: pure functions over plain data, one per
// task name, each told how to report the stage it has reached. A worker loads only this module
// and what it imports — never Prisma, Next or anything "server-only".
import { generateBank } from "@/lib/content";

export type ReportStage = (stage: string) => void;

export const workerTasks = {
  generateBank: (input: { text: string; slug: string; fileName?: string }, report: ReportStage) =>
    generateBank(input.text, { slug: input.slug, fileName: input.fileName, onProgress: report }),
};

export type WorkerTaskName = keyof typeof workerTasks;
export type TaskInput<N extends WorkerTaskName> = Parameters<(typeof workerTasks)[N]>[0];
export type TaskOutput<N extends WorkerTaskName> = ReturnType<(typeof workerTasks)[N]>;

/** What a worker thread posts to the thread that started it. */
export type WorkerMessage = { type: "stage"; stage: string } | { type: "done"; output: unknown };
