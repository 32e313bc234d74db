// The entry point of a job's worker thread (started by worker-thread.ts): runs one task, posting
// each stage it reaches and then its result. An exception ends the thread with an "error" event.
import { parentPort, workerData } from "node:worker_threads";
import { workerTasks, type WorkerMessage, type WorkerTaskName } from "./worker-tasks";

const { task, input } = workerData as { task: WorkerTaskName; input: never };
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

post({ type: "done", output: workerTasks[task](input, (stage) => post({ type: "stage", stage })) });
