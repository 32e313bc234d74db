import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { JOB_ID_PATTERN } from "@/lib/jobs/job-view";
import { loadJobView } from "@/lib/jobs/jobs";
import { NotFoundError } from "@/lib/permissions/errors";
import { DeckBuilder } from "../../deck-builder";

export const metadata: Metadata = { title: "New deck" };

/** A deck being generated, as its author left it: still running, failed (with the form), or done. */
export default async function DeckJobPage({ params }: { params: Promise<{ jobId: string }> }) {
  const { jobId } = await params;
  const user = await requireUser(`/decks/new/jobs/${encodeURIComponent(jobId)}`);
  if (!JOB_ID_PATTERN.test(jobId)) notFound();
  const job = await loadJobView(user.id, jobId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (job.status === "succeeded" && job.href) redirect(job.href);
  return <DeckBuilder job={job} />;
}
