// The worker thread itself: the deck-generation task reports every stage in order and saves the
// deck with its job's success, and each way a task can end badly is reported as such. (Workers
// load the TypeScript through tsx here; the production build compiles them — see
// e2e/deck-builder.spec.ts.)
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Refusal } from "@/lib/errors/refusal";
import { createJob, markRunning } from "@/lib/jobs/store";
import { runWorkerTask, WorkerTaskFailure } from "@/lib/jobs/worker-thread";
import { createUser } from "../support/fixtures";
import { REVIEW } from "../support/web-servers-review";

const roomy = { timeLimitMs: 60_000, maxHeapMb: 512 };

async function runningJob() {
  const owner = await createUser();
  const job = await createJob(owner.id, "deck-generation", new Date(Date.now() + 60_000));
  await markRunning(job.id, "start", new Date(Date.now() + 60_000));
  return { jobId: job.id, ownerId: owner.id };
}

describe("runWorkerTask", () => {
  it("generates and saves the deck in the worker, reporting each stage in order", async () => {
    const job = await runningJob();
    const stages: string[] = [];
    await runWorkerTask("deck-generation", { ...job, review: { text: REVIEW, title: "Servers" } }, { ...roomy, onStage: (stage) => stages.push(stage) });
    expect(stages).toEqual(["structure", "sentences", "analysis", "statements", "questions", "rank", "save"]);
    expect(await db.job.findUniqueOrThrow({ where: { id: job.jobId } })).toMatchObject({ status: "SUCCEEDED", result: { slug: "servers" } });
    expect(await db.deck.findUniqueOrThrow({ where: { slug: "servers" } })).toMatchObject({ ownerId: job.ownerId, title: "Servers" });
  });

  it("passes on a refusal of the input", async () => {
    const job = await runningJob();
    const run = runWorkerTask("deck-generation", { ...job, review: { text: "ok\n\nhmm" } }, roomy);
    await expect(run).rejects.toEqual(new Refusal("invalid", "No facts could be found in that document. Try a review written in full sentences."));
  });

  it("stops a task that runs past its time limit", async () => {
    const started = Date.now();
    const run = runWorkerTask("deck-generation", { ...(await runningJob()), review: { text: REVIEW } }, { timeLimitMs: 50, maxHeapMb: 512 });
    await expect(run).rejects.toEqual(new WorkerTaskFailure("timeout", "The task took longer than its limit of 50 ms."));
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("stops a task that needs more memory than its limit", async () => {
    const run = runWorkerTask("deck-generation", { ...(await runningJob()), review: { text: REVIEW } }, { timeLimitMs: 60_000, maxHeapMb: 16 });
    await expect(run).rejects.toMatchObject({ reason: "out_of_memory" });
  });

  it("stops when told to", async () => {
    const controller = new AbortController();
    const run = runWorkerTask("deck-generation", { ...(await runningJob()), review: { text: REVIEW } }, { ...roomy, signal: controller.signal });
    controller.abort();
    await expect(run).rejects.toMatchObject({ reason: "aborted" });
  });
});
