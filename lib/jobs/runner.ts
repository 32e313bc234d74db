// Owns running a job: a row in the database (store.ts) that any instance can read, work in a
// worker thread of this process (worker-thread.ts) with the kind's time and memory limits, its
// stage and estimated percent written as it goes, and one clear message when it fails. Kinds
// (deck generation; later imports) say what the work is, how its stages fill the bar and how
// its result is saved.
import "server-only";
import type { Prisma } from "@/lib/db";
import { Refusal } from "@/lib/errors/refusal";
import { JobQueue, QueueFullError } from "./job-queue";
import { estimatePercent, stageStart, type StagePlan } from "./progress";
import { createJob, failJob, JobNotRunningError, markRunning, markSucceeded, pruneFinishedJobs, recordProgress, type JobRow } from "./store";
import { runWorkerTask, WorkerTaskFailure, type WorkerFailureReason, type WorkerLimits } from "./worker-thread";
import type { TaskInput, TaskOutput, WorkerTaskName } from "./worker-tasks";

export type JobKind<Input> = {
  name: string;
  limits: WorkerLimits;
  /** The stages in order, the first being where a started job begins; a stage a worker task reports moves the bar. */
  stages: StagePlan;
  /** Roughly how long the job takes on an idle core, to pace the bar within a stage. */
  expectedMs(input: Input): number;
  /** Does the work (through `job.work`) and saves what it made, calling `job.succeed` in that transaction. */
  perform(input: Input, job: RunningJob): Promise<void>;
  /** Where the owner goes to see what a successful job made. */
  resultHref(result: Prisma.JsonValue): string | null;
  /** What the owner reads when the job fails for a reason other than a refusal of their input. */
  failureMessages: Record<WorkerFailureReason | "error", string>;
};

export type RunningJob = {
  id: string;
  ownerId: string;
  /** Runs a task in a worker thread, within what is left of the kind's time limit. */
  work<N extends WorkerTaskName>(task: N, input: TaskInput<N>): Promise<TaskOutput<N>>;
  /** Moves the bar to a stage the job reached on this thread (e.g. saving). */
  stage(key: string): void;
  /** Marks the job done, inside the transaction that saves its result. */
  succeed(tx: Prisma.TransactionClient, result: Prisma.InputJsonValue): Promise<void>;
};

/** How long a finished worker's result may take to save before the job counts as lost. */
const SAVE_GRACE_MS = 60_000;
/** How often the bar's estimate is written while a stage runs. */
const TICK_MS = 1_000;
const FINISHED_JOBS_KEPT_MS = 7 * 24 * 60 * 60 * 1000;

export const BUSY_MESSAGE = "Recall is busy with other people's documents right now. Please try again in a few minutes.";

// One queue per process, kept across module reloads in development.
const globalForJobs = globalThis as unknown as { recallJobQueue?: JobQueue };
const queue = (globalForJobs.recallJobQueue ??= new JobQueue());

/** Whether this process would take another job now (check before spending the user's quota on one). */
export function canAcceptJob(): boolean {
  return queue.hasRoom();
}

/** Starts a job for `ownerId` and answers its id at once; the work goes on after the request. */
export async function submitJob<Input>(kind: JobKind<Input>, ownerId: string, input: Input): Promise<string> {
  if (!queue.hasRoom()) throw new Refusal("throttled", BUSY_MESSAGE);
  // By then the job has either finished or lost its worker: every job ahead of it in this process
  // had its full time, and so did this one.
  const turns = Math.floor(queue.size / queue.concurrency) + 1;
  const expiresAt = new Date(Date.now() + turns * (kind.limits.timeLimitMs + SAVE_GRACE_MS));
  await pruneFinishedJobs(ownerId, new Date(Date.now() - FINISHED_JOBS_KEPT_MS));
  const job = await createJob(ownerId, kind.name, expiresAt);
  try {
    void queue.add(() => execute(kind, job, input));
  } catch (error) {
    if (!(error instanceof QueueFullError)) throw error;
    await failJob(job.id, BUSY_MESSAGE);
    throw new Refusal("throttled", BUSY_MESSAGE);
  }
  return job.id;
}

async function execute<Input>(kind: JobKind<Input>, job: JobRow, input: Input): Promise<void> {
  const startedAt = Date.now();
  const deadline = startedAt + kind.limits.timeLimitMs;
  const first = kind.stages[0].key;
  if (!(await markRunning(job.id, first, new Date(deadline + SAVE_GRACE_MS)))) return;

  const stopped = new AbortController();
  const expectedMs = kind.expectedMs(input);
  let current = { key: first, since: startedAt, percent: 0 };
  // Progress is written one update at a time, in order; a write that finds the job no longer
  // running (failed elsewhere) stops the work.
  let writes = Promise.resolve();
  const write = () => {
    const { key, percent } = current;
    writes = writes.then(async () => {
      if (!(await recordProgress(job.id, key, percent))) stopped.abort();
    });
  };
  const stage = (key: string) => {
    if (key === current.key || !kind.stages.some((candidate) => candidate.key === key)) return;
    current = { key, since: Date.now(), percent: Math.floor(stageStart(kind.stages, key)) };
    write();
  };
  const ticker = setInterval(() => {
    const percent = estimatePercent(kind.stages, current.key, Date.now() - current.since, expectedMs);
    if (percent > current.percent) {
      current.percent = percent;
      write();
    }
  }, TICK_MS);

  let succeeded = false;
  const running: RunningJob = {
    id: job.id,
    ownerId: job.ownerId,
    work: (task, taskInput) =>
      runWorkerTask(task, taskInput, {
        timeLimitMs: Math.max(0, deadline - Date.now()),
        maxHeapMb: kind.limits.maxHeapMb,
        onStage: stage,
        signal: stopped.signal,
      }),
    stage,
    async succeed(tx, result) {
      await markSucceeded(tx, job.id, result);
      succeeded = true;
    },
  };
  try {
    await kind.perform(input, running);
    if (!succeeded) throw new Error(`Job kind "${kind.name}" finished without saving a result.`);
  } catch (error) {
    succeeded = false;
    await failJob(job.id, failureMessage(kind, error)).catch((cause) => console.error(`Could not record the failure of job ${job.id}`, cause));
  } finally {
    clearInterval(ticker);
    await writes.catch(() => {});
  }
}

function failureMessage(kind: JobKind<unknown>, error: unknown): string {
  if (error instanceof Refusal) return error.message;
  if (error instanceof WorkerTaskFailure) {
    if (error.reason === "crashed") console.error(`A ${kind.name} worker crashed:`, error.message);
    return kind.failureMessages[error.reason];
  }
  if (!(error instanceof JobNotRunningError)) console.error(`A ${kind.name} job failed:`, error);
  return kind.failureMessages.error;
}
