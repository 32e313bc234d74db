// Owns running a job: a row in the database (store.ts) that any instance can read, its work done
// by a task in a worker thread of this process (worker-thread.ts) within the kind's time and
// memory limits, its stage and estimated percent written as it goes, and one clear message when
// it fails. Kinds (deck generation; later imports) say which task does the work, how its stages
// fill the bar and where its result is shown.
import "server-only";
import type { Prisma } from "@/lib/db";
import { Refusal } from "@/lib/errors/refusal";
import { JobQueue, QueueFullError } from "./job-queue";
import { estimatePercent, stageStart, type StagePlan } from "./progress";
import { createJob, failJob, markRunning, pruneFinishedJobs, recordProgress, type JobRow } from "./store";
import { runWorkerTask, WorkerTaskFailure, type WorkerFailureReason, type WorkerLimits } from "./worker-thread";
import type { TaskInput, WorkerTaskName } from "./worker-tasks";

export type JobKind<Payload, Task extends WorkerTaskName = WorkerTaskName> = {
  name: string;
  /** The worker task that does the whole job and marks it succeeded when it saves the result. */
  task: Task;
  taskInput(job: { id: string; ownerId: string }, payload: Payload): TaskInput<Task>;
  limits: WorkerLimits;
  /** The stages in order, the first being where a started job begins; a stage the task reports moves the bar. */
  stages: StagePlan;
  /** Roughly how long the job takes on an idle core, to pace the bar within a stage. */
  expectedMs(payload: Payload): number;
  /** Where the owner goes to see what a successful job made. */
  resultHref(result: Prisma.JsonValue): string | null;
  /** What the owner reads when the job fails for a reason other than a refusal of their input. */
  failureMessages: Record<WorkerFailureReason | "error", string>;
};

/** How long a job may wait for its turn, or its result take to be saved, beyond its time limit. */
const GRACE_MS = 60_000;
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
export async function submitJob<Payload>(kind: JobKind<Payload>, ownerId: string, payload: Payload): Promise<string> {
  if (!queue.hasRoom()) throw new Refusal("throttled", BUSY_MESSAGE);
  // By then the job has either finished or lost its worker: every job ahead of it in this process
  // had its full time, and so did this one.
  const turns = Math.floor(queue.size / queue.concurrency) + 1;
  const expiresAt = new Date(Date.now() + turns * (kind.limits.timeLimitMs + GRACE_MS));
  await pruneFinishedJobs(ownerId, new Date(Date.now() - FINISHED_JOBS_KEPT_MS));
  const job = await createJob(ownerId, kind.name, expiresAt);
  try {
    void queue.add(() => execute(kind, job, payload));
  } catch (error) {
    if (!(error instanceof QueueFullError)) throw error;
    await failJob(job.id, BUSY_MESSAGE);
    throw new Refusal("throttled", BUSY_MESSAGE);
  }
  return job.id;
}

async function execute<Payload>(kind: JobKind<Payload>, job: JobRow, payload: Payload): Promise<void> {
  const first = kind.stages[0].key;
  if (!(await markRunning(job.id, first, new Date(Date.now() + kind.limits.timeLimitMs + GRACE_MS)))) return;

  const stopped = new AbortController();
  const expectedMs = kind.expectedMs(payload);
  let current = { key: first, since: Date.now(), percent: 0 };
  // Progress is written one update at a time, in order; a write that finds the job no longer
  // running (it was failed elsewhere) stops the worker.
  let writes = Promise.resolve();
  const write = () => {
    const { key, percent } = current;
    writes = writes.then(async () => {
      if (!(await recordProgress(job.id, key, percent))) stopped.abort();
    });
  };
  const onStage = (key: string) => {
    if (key === current.key || !kind.stages.some((stage) => stage.key === key)) return;
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

  let failure: string;
  try {
    await runWorkerTask(kind.task, kind.taskInput(job, payload), { ...kind.limits, onStage, signal: stopped.signal });
    // The task marked the job succeeded in the transaction that saved its result; if it is still
    // running, the task ended without saving anything.
    failure = kind.failureMessages.error;
  } catch (error) {
    failure = failureMessage(kind, error);
  } finally {
    clearInterval(ticker);
    await writes.catch(() => {});
  }
  await failJob(job.id, failure).catch((error) => console.error(`Could not record the failure of job ${job.id}:`, error));
}

function failureMessage(kind: JobKind<never>, error: unknown): string {
  if (error instanceof Refusal) return error.message;
  if (error instanceof WorkerTaskFailure) {
    if (error.reason === "crashed") console.error(`A ${kind.name} job's worker crashed:`, error.message);
    return kind.failureMessages[error.reason];
  }
  console.error(`A ${kind.name} job failed:`, error);
  return kind.failureMessages.error;
}
