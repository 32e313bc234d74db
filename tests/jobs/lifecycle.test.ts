// A deck-generation job from submission to its end, against a real migrated database and real
// worker threads: the deck is written once and only on success, every failure leaves a message
// and no deck, only the owner sees the job, and a job whose worker is gone is reported failed.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDeckFromReview } from "@/lib/decks/deck-editor";
import { deckGenerationKind } from "@/lib/jobs/deck-generation";
import { loadJobView } from "@/lib/jobs/jobs";
import { submitJob } from "@/lib/jobs/runner";
import { createJob, failJob, LOST_JOB_MESSAGE, markRunning, markSucceeded } from "@/lib/jobs/store";
import { NotFoundError } from "@/lib/permissions/errors";
import { createUser } from "../support/fixtures";
import { REVIEW } from "../support/web-servers-review";

const roomy = deckGenerationKind({ timeLimitMs: 60_000, maxHeapMb: 512 });

async function settled(userId: string, jobId: string) {
  for (;;) {
    const job = await loadJobView(userId, jobId);
    if (job.status === "succeeded" || job.status === "failed") return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const decksOf = (ownerId: string) => db.deck.findMany({ where: { ownerId }, include: { _count: { select: { questions: true } } } });

describe("a deck-generation job", () => {
  it("writes the deck once, when it succeeds, and leads to its editor", async () => {
    const author = await createUser();
    const jobId = await submitJob(roomy, author.id, { text: REVIEW, fileName: "web-servers.md" });
    expect(await loadJobView(author.id, jobId)).toMatchObject({ id: jobId, status: expect.stringMatching(/^(queued|running)$/), error: null, href: null });

    expect(await settled(author.id, jobId)).toEqual({ id: jobId, status: "succeeded", stage: "Done", percent: 100, error: null, href: "/decks/web-servers/edit" });
    const decks = await decksOf(author.id);
    expect(decks).toHaveLength(1);
    expect(decks[0]).toMatchObject({ slug: "web-servers", title: "Web servers compared", visibility: "PRIVATE", publishedAt: null });
    expect(decks[0]._count.questions).toBeGreaterThan(3);
    const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
    expect(job).toMatchObject({ ownerId: author.id, kind: "deck-generation", status: "SUCCEEDED", result: { slug: "web-servers" } });
    expect(job.finishedAt!.getTime()).toBeGreaterThanOrEqual(job.startedAt!.getTime());
  });

  it("fails with a message and writes nothing when the worker runs out of time", async () => {
    const author = await createUser();
    const jobId = await submitJob(deckGenerationKind({ timeLimitMs: 100, maxHeapMb: 512 }), author.id, { text: REVIEW });
    expect(await settled(author.id, jobId)).toMatchObject({
      status: "failed",
      error: "Generating questions took longer than the 1-second limit, so it was stopped. Try a shorter review, or split it into parts.",
      href: null,
    });
    expect(await decksOf(author.id)).toEqual([]);
  });

  it("fails with a message and writes nothing when the worker runs out of memory", async () => {
    const author = await createUser();
    const jobId = await submitJob(deckGenerationKind({ timeLimitMs: 60_000, maxHeapMb: 16 }), author.id, { text: REVIEW });
    expect(await settled(author.id, jobId)).toMatchObject({
      status: "failed",
      error: "This review needed more memory than one deck may use (16 MB), so generation was stopped. Try a shorter review, or split it into parts.",
    });
    expect(await decksOf(author.id)).toEqual([]);
  });

  it("fails with the reason when the document has nothing to ask about", async () => {
    const author = await createUser();
    const jobId = await submitJob(roomy, author.id, { text: "ok\n\nhmm" });
    expect(await settled(author.id, jobId)).toMatchObject({
      status: "failed",
      error: "No facts could be found in that document. Try a review written in full sentences.",
    });
    expect(await decksOf(author.id)).toEqual([]);
  });

  it("is visible to its owner only", async () => {
    const author = await createUser();
    const stranger = await createUser();
    const job = await createJob(author.id, "deck-generation", new Date(Date.now() + 60_000));
    await expect(loadJobView(stranger.id, job.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadJobView(stranger.id, "nosuchjob")).rejects.toBeInstanceOf(NotFoundError);
    expect(await loadJobView(author.id, job.id)).toMatchObject({ status: "queued", stage: "Waiting for a free worker", percent: 0 });
  });

  it("is reported failed once its worker is gone past its time limit, not running forever", async () => {
    const author = await createUser();
    // Started by a server that then restarted: nobody will ever finish it.
    const lost = await createJob(author.id, "deck-generation", new Date(Date.now() + 60_000));
    expect(await markRunning(lost.id, "analysis", new Date(Date.now() + 60_000))).toBe(true);
    await db.job.update({ where: { id: lost.id }, data: { percent: 40 } });
    expect(await loadJobView(author.id, lost.id)).toMatchObject({ status: "running", stage: "Finding facts", percent: 40 });

    await db.job.update({ where: { id: lost.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await loadJobView(author.id, lost.id)).toMatchObject({ status: "failed", error: LOST_JOB_MESSAGE });
    expect(await db.job.findUniqueOrThrow({ where: { id: lost.id } })).toMatchObject({ status: "FAILED", finishedAt: expect.any(Date) });

    // One that expired while still queued too.
    const queued = await createJob(author.id, "deck-generation", new Date(Date.now() - 1));
    expect(await loadJobView(author.id, queued.id)).toMatchObject({ status: "failed", error: LOST_JOB_MESSAGE });
    expect(await markRunning(queued.id, "start", new Date(Date.now() + 60_000))).toBe(false);
  });

  it("saves nothing when the job was failed elsewhere while its deck was being written", async () => {
    const author = await createUser();
    const job = await createJob(author.id, "deck-generation", new Date(Date.now() + 60_000));
    await markRunning(job.id, "start", new Date(Date.now() + 60_000));
    await failJob(job.id, LOST_JOB_MESSAGE);
    const [facts, questions] = [await db.fact.count(), await db.question.count()];
    await expect(
      createDeckFromReview(author.id, { text: REVIEW }, { alsoWrite: (deck) => [markSucceeded(job.id, { slug: deck.slug })] }),
    ).rejects.toMatchObject({ code: "P2025" });
    expect(await decksOf(author.id)).toEqual([]);
    expect([await db.fact.count(), await db.question.count()]).toEqual([facts, questions]);
  });
});
