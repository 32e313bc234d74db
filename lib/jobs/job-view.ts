// What the browser sees of a job while it waits (client-safe: no server imports).
export type JobView = {
  id: string;
  status: "queued" | "running" | "succeeded" | "failed";
  /** The stage in words, e.g. "Finding facts". */
  stage: string;
  percent: number;
  /** Why it failed, for the person who started it. */
  error: string | null;
  /** Where to go once it succeeded (e.g. the new deck's editor). */
  href: string | null;
};

export const isFinished = (job: JobView) => job.status === "succeeded" || job.status === "failed";

/** Job ids are cuids; anything else in a URL names no job. */
export const JOB_ID_PATTERN = /^[a-z0-9]{1,40}$/;
