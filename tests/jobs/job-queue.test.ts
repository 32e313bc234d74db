import { describe, expect, it } from "vitest";
import { JobQueue, QueueFullError } from "@/lib/jobs/job-queue";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe("the job queue of one process", () => {
  it("runs as many jobs at once as it has slots, the rest in order of arrival", async () => {
    const queue = new JobQueue(2, 5);
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = gates.map((gate, index) =>
      queue.add(async () => {
        started.push(index);
        await gate.promise;
        return index;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(queue.size).toBe(4);
    gates[1].resolve();
    await runs[1];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    gates.forEach((gate) => gate.resolve());
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(queue.size).toBe(0);
  });

  it("keeps going after a job fails", async () => {
    const queue = new JobQueue(1, 5);
    const failing = queue.add(() => Promise.reject(new Error("boom")));
    const next = queue.add(async () => "next");
    await expect(failing).rejects.toThrow("boom");
    expect(await next).toBe("next");
  });

  it("refuses a job when the waiting line is full", async () => {
    const queue = new JobQueue(1, 1);
    const gate = deferred();
    const running = queue.add(() => gate.promise);
    const waiting = queue.add(() => gate.promise);
    expect(queue.hasRoom()).toBe(false);
    expect(() => queue.add(() => gate.promise)).toThrow(QueueFullError);
    gate.resolve();
    await Promise.all([running, waiting]);
    expect(queue.hasRoom()).toBe(true);
  });
});
