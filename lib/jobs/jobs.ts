// Owns the jobs a person can look at: the kinds of job there are, and a job as its owner sees it
// (its stage in words, percent, failure message, and where its result is).
import "server-only";
import { deckGeneration } from "./deck-generation";
import type { JobView } from "./job-view";
import { stageLabel } from "./progress";
import type { JobKind } from "./runner";
import { findOwnJob, type JobRow } from "./store";

const kinds: Record<string, JobKind<never>> = { [deckGeneration.name]: deckGeneration };

const WAITING_LABEL = "Waiting for a free worker";

function viewOf(job: JobRow): JobView {
  const kind = kinds[job.kind];
  const status = job.status.toLowerCase() as JobView["status"];
  const stage =
    status === "queued" ? WAITING_LABEL : status === "succeeded" ? "Done" : ((kind && stageLabel(kind.stages, job.stage)) ?? "Working");
  return {
    id: job.id,
    status,
    stage,
    percent: status === "succeeded" ? 100 : Math.max(0, Math.min(99, job.percent)),
    error: status === "failed" ? (job.error ?? "This job failed.") : null,
    href: status === "succeeded" && kind ? kind.resultHref(job.result) : null,
  };
}

/** The user's own job as they see it; NotFoundError for anyone else's or a missing one. */
export async function loadJobView(userId: string, jobId: string): Promise<JobView> {
  return viewOf(await findOwnJob(userId, jobId));
}
