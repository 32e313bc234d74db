// The worker thread itself: the same bank as in-process generation, stages in pipeline order,
// and each way a task can end badly reported as such. (Workers load the TypeScript through tsx
// here; the production build compiles them — see e2e/deck-builder.spec.ts.)
import { describe, expect, it } from "vitest";
import { generateBank } from "@/lib/content";
import { runWorkerTask, WorkerTaskFailure } from "@/lib/jobs/worker-thread";
import { REVIEW } from "./review";

const roomy = { timeLimitMs: 60_000, maxHeapMb: 512 };

describe("runWorkerTask", () => {
  it("generates the same bank as in-process generation, reporting each stage in order", async () => {
    const stages: string[] = [];
    const bank = await runWorkerTask("generateBank", { text: REVIEW, slug: "web-servers" }, { ...roomy, onStage: (stage) => stages.push(stage) });
    expect(bank).toEqual(generateBank(REVIEW, { slug: "web-servers" }));
    expect(stages).toEqual(["parse", "sentences", "facts", "questions", "rank"]);
  });

  it("stops a task that runs past its time limit", async () => {
    const started = Date.now();
    const run = runWorkerTask("generateBank", { text: REVIEW, slug: "slow" }, { timeLimitMs: 50, maxHeapMb: 512 });
    await expect(run).rejects.toEqual(new WorkerTaskFailure("timeout", "The task took longer than its limit of 50 ms."));
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("stops a task that needs more memory than its limit", async () => {
    await expect(runWorkerTask("generateBank", { text: REVIEW.repeat(400), slug: "big" }, { timeLimitMs: 60_000, maxHeapMb: 16 })).rejects.toMatchObject({
      reason: "out_of_memory",
    });
  });

  it("stops when told to", async () => {
    const controller = new AbortController();
    const run = runWorkerTask("generateBank", { text: REVIEW, slug: "stopped" }, { ...roomy, signal: controller.signal });
    controller.abort();
    await expect(run).rejects.toMatchObject({ reason: "aborted" });
  });
});
