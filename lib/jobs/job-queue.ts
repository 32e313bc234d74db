// Owns how many jobs this process runs at once: one worker per spare core (at least one), the
// rest waiting their turn, and a bound on how many may wait. This is about this machine's CPU,
// not about the jobs' state, which lives in the database (see store.ts).
import { availableParallelism } from "node:os";

export class QueueFullError extends Error {
  constructor() {
    super("The job queue is full.");
    this.name = "QueueFullError";
  }
}

export class JobQueue {
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(
    readonly concurrency = Math.max(1, availableParallelism() - 1),
    readonly maxWaiting = 8,
  ) {}

  /** Jobs running or waiting now; a job added next starts after this many (divided among the slots). */
  get size(): number {
    return this.#running + this.#waiting.length;
  }

  hasRoom(): boolean {
    return this.#waiting.length < this.maxWaiting || this.#running < this.concurrency;
  }

  /** Runs `task` when a slot is free; the promise settles with the task. Throws when full. */
  add<T>(task: () => Promise<T>): Promise<T> {
    if (!this.hasRoom()) throw new QueueFullError();
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.#running++;
        task()
          .then(resolve, reject)
          .finally(() => {
            this.#running--;
            this.#waiting.shift()?.();
          });
      };
      if (this.#running < this.concurrency) start();
      else this.#waiting.push(start);
    });
  }
}
