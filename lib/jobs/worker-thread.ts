// Owns running one task (worker-tasks.ts) in a fresh worker thread, so CPU-heavy work never runs
// on the thread that serves requests, with a time limit (the thread is terminated) and a heap
// limit (V8 stops the thread when it runs out). A fresh thread per task means a killed or
// crashed task leaves nothing behind: its database connection closes, rolling back what it had
// not committed.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { Refusal } from "@/lib/errors/refusal";
import type { TaskInput, WorkerMessage, WorkerTaskName } from "./worker-tasks";

export type WorkerLimits = { timeLimitMs: number; maxHeapMb: number };

export type WorkerFailureReason = "timeout" | "out_of_memory" | "crashed" | "aborted";

export class WorkerTaskFailure extends Error {
  constructor(
    readonly reason: WorkerFailureReason,
    message: string,
  ) {
    super(message);
    this.name = "WorkerTaskFailure";
  }
}

function startWorker(workerData: unknown, maxHeapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: maxHeapMb };
  if (process.env.NEXT_RUNTIME) {
    // In the app, Next (Turbopack) compiles the entry and everything it imports into a chunk of
    // its own and points this URL at it. It only does so for this exact shape: `new URL(…)` with
    // a literal path, and a literal options object (one it can see has no `eval`).
    return new Worker(new URL("./job-worker.ts", import.meta.url), { workerData, resourceLimits });
  }
  // Run from source (Vitest, benchmarks, scripts under tsx), Node 20 cannot load TypeScript: tsx
  // (a dependency, resolved from the project root) compiles the entry in the worker, which
  // resolves packages as server code does (so "server-only" is the empty module it is in the app).
  const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), "job-worker.ts");
  const bootstrap = `require("tsx/cjs/api").register(); require(${JSON.stringify(entry)});`;
  const execArgv = [...process.execArgv, "--conditions=react-server"];
  return new Worker(bootstrap, { eval: true, workerData, resourceLimits, execArgv });
}

/**
 * Runs the task to its end. Rejects with a Refusal when the task refused its input, and with a
 * WorkerTaskFailure when it ran out of time or memory, crashed, or `signal` stopped it.
 */
export function runWorkerTask<N extends WorkerTaskName>(
  task: N,
  input: TaskInput<N>,
  { timeLimitMs, maxHeapMb, onStage, signal }: WorkerLimits & { onStage?: (stage: string) => void; signal?: AbortSignal },
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new WorkerTaskFailure("aborted", "The job was stopped."));
    const worker = startWorker({ task, input }, maxHeapMb);
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", abort);
      outcome();
      // Done or not, the thread goes: it may still hold a database connection open.
      void worker.terminate();
    };
    const fail = (reason: WorkerFailureReason, message: string) => settle(() => reject(new WorkerTaskFailure(reason, message)));
    const timer = setTimeout(() => fail("timeout", `The task took longer than its limit of ${timeLimitMs} ms.`), timeLimitMs);
    const abort = () => fail("aborted", "The job was stopped.");
    signal?.addEventListener("abort", abort, { once: true });

    worker.on("message", (message: WorkerMessage) => {
      if (message.type === "stage") {
        if (!settled) onStage?.(message.stage);
      } else if (message.type === "refused") settle(() => reject(new Refusal("invalid", message.message)));
      else settle(resolve);
    });
    worker.on("error", (error: Error & { code?: string }) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") fail("out_of_memory", `The task needed more than ${maxHeapMb} MB of memory.`);
      else fail("crashed", error.message);
    });
    worker.on("exit", (code) => fail("crashed", `The worker stopped (exit code ${code}) before it finished.`));
  });
}
