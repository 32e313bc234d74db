// The entry point of a job's worker thread (started by worker-thread.ts): runs one task, posting
// each stage it reaches and how it ended. A refusal of the task's input is an ordinary ending;
// any other exception ends the thread with an "error" event.
import { parentPort, workerData } from "node:worker_threads";
import { Refusal } from "@/lib/errors/refusal";
import { workerTasks, type WorkerMessage, type WorkerTaskName } from "./worker-tasks";

const { task, input } = workerData as { task: WorkerTaskName; input: never };
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

workerTasks[task](input, (stage) => post({ type: "stage", stage })).then(
  () => post({ type: "done" }),
  (error: unknown) => {
    if (error instanceof Refusal) post({ type: "refused", message: error.message });
    else
      setImmediate(() => {
        throw error;
      });
  },
);
