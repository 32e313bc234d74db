// Owns the Job rows: a job's status, stage, percent, failure message and result live in the
// database, not in the memory of the process running it, so any instance can show them. Every
// change is conditional on the status it expects, so a job failed elsewhere (expired, lost)
// is never brought back by a late progress report or a late success.
import "server-only";
import { db, type Prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/permissions/errors";
import { viewableJobsWhere } from "@/lib/permissions/jobs";

export type JobStatus = "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";
export type JobRow = Prisma.JobGetPayload<object>;

const ACTIVE: JobStatus[] = ["QUEUED", "RUNNING"];

export const LOST_JOB_MESSAGE = "This job stopped before it finished (the server may have restarted). Please try again.";

export function createJob(ownerId: string, kind: string, expiresAt: Date): Promise<JobRow> {
  return db.job.create({ data: { ownerId, kind, expiresAt } });
}

/** QUEUED → RUNNING; false when the job is no longer waiting (failed, or expired in the queue). */
export async function markRunning(id: string, stage: string, expiresAt: Date): Promise<boolean> {
  const now = new Date();
  const { count } = await db.job.updateMany({
    where: { id, status: "QUEUED", expiresAt: { gt: now } },
    data: { status: "RUNNING", stage, percent: 0, startedAt: now, expiresAt },
  });
  return count === 1;
}

/** False when the job is no longer running: whoever works on it should stop. */
export async function recordProgress(id: string, stage: string, percent: number): Promise<boolean> {
  const { count } = await db.job.updateMany({ where: { id, status: "RUNNING" }, data: { stage, percent } });
  return count === 1;
}

export async function failJob(id: string, error: string): Promise<void> {
  await db.job.updateMany({ where: { id, status: { in: ACTIVE } }, data: { status: "FAILED", error, finishedAt: new Date() } });
}

/**
 * RUNNING → SUCCEEDED, as one write of the transaction that saves what the job made: if the job
 * was failed meanwhile (it expired), the write fails (P2025) and the transaction saves nothing.
 */
export function markSucceeded(id: string, result: Prisma.InputJsonValue) {
  return db.job.update({
    where: { id, status: "RUNNING" },
    data: { status: "SUCCEEDED", stage: "done", percent: 100, result, finishedAt: new Date() },
  });
}

/** The user's own job; a job whose worker is gone (still active past expiresAt) is failed on the way. */
export async function findOwnJob(userId: string, id: string): Promise<JobRow> {
  const job = await db.job.findFirst({ where: { id, ...viewableJobsWhere(userId) } });
  if (!job) throw new NotFoundError("That job does not exist or is not yours.");
  const now = new Date();
  if (!ACTIVE.includes(job.status as JobStatus) || job.expiresAt > now) return job;
  await db.job.updateMany({
    where: { id, status: { in: ACTIVE }, expiresAt: { lte: now } },
    data: { status: "FAILED", error: LOST_JOB_MESSAGE, finishedAt: now },
  });
  return db.job.findUniqueOrThrow({ where: { id } });
}

/** Finished jobs are only kept for a while: their results live on in what they made. */
export async function pruneFinishedJobs(ownerId: string, finishedBefore: Date): Promise<void> {
  await db.job.deleteMany({ where: { ownerId, finishedAt: { lt: finishedBefore } } });
}
