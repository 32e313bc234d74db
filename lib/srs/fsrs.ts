// FSRS-6 through ts-fsrs, counted in whole study days: the settings (desired retention,
// optional personal parameters) and one review's step from a memory state to the next.
//
// Recall schedules a card at most once per study day (same-day re-drills are logged but do not
// move the schedule), so FSRS runs in ts-fsrs's long-term mode (enable_short_term: false): no
// minute-based learning steps, every answer schedules whole days. The memory arithmetic is
// ts-fsrs's own (FSRSAlgorithm.next_state, next_interval, forgetting_curve; see fsrs-formulas.ts
// for the simulator's faster engine); this module adds only the glue ts-fsrs's LongTermScheduler
// applies around it (interval ordering, reps, lapses), and tests/srs/fsrs.test.ts checks the
// result equals ts-fsrs's scheduler output on random histories.
// Working in day numbers keeps it free of clocks and time zones (lib/srs/scheduler.ts maps
// instants to study days) and fast enough for the simulator's millions of reviews.
import { FSRSAlgorithm, S_MAX, S_MIN, default_w } from "ts-fsrs";
import { z } from "zod";
import { FSRS_RATING_OF_BUTTON, REVIEW_BUTTONS, type FsrsRating, type ReviewButton } from "./buttons";
import { fsrsFormulas, type FsrsEngine, type FsrsFormulas, type MemoryState } from "./fsrs-formulas";

import { DEFAULT_DESIRED_RETENTION, MAX_DESIRED_RETENTION, MIN_DESIRED_RETENTION } from "./desired-retention";
export { DEFAULT_DESIRED_RETENTION, DESIRED_RETENTION_HELP, MAX_DESIRED_RETENTION, MIN_DESIRED_RETENTION } from "./desired-retention";

/** FSRS-6 has 21 parameters (w0–w20). */
export const FSRS_PARAMETER_COUNT = 21;
export const DEFAULT_FSRS_PARAMETERS: readonly number[] = Object.freeze([...default_w]);

export type FsrsSettings = {
  /** The recall probability at which a card comes due (0.70–0.97). */
  desiredRetention: number;
  /** Personal parameters fitted from the user's history, or null for FSRS-6's defaults. */
  parameters: readonly number[] | null;
};

export const DEFAULT_FSRS_SETTINGS: Readonly<FsrsSettings> = Object.freeze({
  desiredRetention: DEFAULT_DESIRED_RETENTION,
  parameters: null,
});

const retentionMessage = `Desired retention must be between ${MIN_DESIRED_RETENTION} and ${MAX_DESIRED_RETENTION}.`;

/** For forms and actions: the same rule as assertFsrsSettings, as a zod schema. */
export const desiredRetentionSchema = z
  .number({ error: retentionMessage })
  .min(MIN_DESIRED_RETENTION, retentionMessage)
  .max(MAX_DESIRED_RETENTION, retentionMessage);

export function assertFsrsSettings(settings: FsrsSettings): void {
  const retention = settings?.desiredRetention;
  if (typeof retention !== "number" || !(retention >= MIN_DESIRED_RETENTION && retention <= MAX_DESIRED_RETENTION)) {
    throw new RangeError(`desiredRetention must be a number from ${MIN_DESIRED_RETENTION} to ${MAX_DESIRED_RETENTION}, got ${String(retention)}`);
  }
  const { parameters } = settings;
  if (parameters !== null && !(Array.isArray(parameters) && parameters.length === FSRS_PARAMETER_COUNT && parameters.every(Number.isFinite))) {
    throw new RangeError(`parameters must be null or ${FSRS_PARAMETER_COUNT} finite numbers (FSRS-6)`);
  }
}

/** ts-fsrs's card states. Long-term mode only produces New and Review; the others read as Review. */
export const FSRS_PHASES = ["New", "Learning", "Review", "Relearning"] as const;
export type FsrsPhase = (typeof FSRS_PHASES)[number];

/** What FSRS remembers about a card between reviews, apart from when it was last reviewed. */
export type FsrsMemory = {
  state: FsrsPhase;
  /** Days for recall to fall to 90%; 0 on a new card. */
  stability: number;
  /** 1 (easy) to 10 (hard); 0 on a new card. */
  difficulty: number;
  /** Scheduling reviews so far. */
  reps: number;
  /** Again on a card already reviewed (ts-fsrs's count). */
  lapses: number;
};

export const NEW_FSRS_MEMORY: Readonly<FsrsMemory> = Object.freeze({ state: "New", stability: 0, difficulty: 0, reps: 0, lapses: 0 });

export type FsrsStep = { memory: FsrsMemory; intervalDays: number };

/** FSRS-6 with one user's settings. Build it once per request (or per simulated learner). */
export class FsrsModel {
  private readonly formulas: FsrsFormulas;

  constructor(
    readonly settings: FsrsSettings = DEFAULT_FSRS_SETTINGS,
    engine: FsrsEngine = "ts-fsrs",
  ) {
    assertFsrsSettings(settings);
    const algorithm = new FSRSAlgorithm({
      request_retention: settings.desiredRetention,
      w: settings.parameters ? [...settings.parameters] : [...default_w],
      enable_short_term: false,
      enable_fuzz: false,
    });
    this.formulas = fsrsFormulas(algorithm, engine);
  }

  /** One scheduling review `elapsedDays` study days after the previous one (ignored for a new card). */
  review(prev: FsrsMemory, elapsedDays: number, rating: FsrsRating): FsrsStep {
    assertRating(rating);
    const { states, intervals } = this.candidates(prev, elapsedDays, rating);
    return stepOf(prev, states[rating - 1], intervals[rating - 1], rating);
  }

  /** What each button would do now: the same steps review() takes. */
  preview(prev: FsrsMemory, elapsedDays: number): Record<ReviewButton, FsrsStep> {
    const { states, intervals } = this.candidates(prev, elapsedDays, 4);
    return Object.fromEntries(
      REVIEW_BUTTONS.map((button) => {
        const rating = FSRS_RATING_OF_BUTTON[button];
        return [button, stepOf(prev, states[rating - 1], intervals[rating - 1], rating)];
      }),
    ) as Record<ReviewButton, FsrsStep>;
  }

  /** Predicted probability of recall `elapsedDays` after the last review; null for a card never reviewed. */
  recall(memory: FsrsMemory, elapsedDays: number): number | null {
    assertFsrsMemory(memory);
    assertElapsedDays(elapsedDays);
    return memory.state === "New" ? null : this.formulas.forgetting_curve(elapsedDays, memory.stability);
  }

  // ts-fsrs's LongTermScheduler: the memory state for each rating from ts-fsrs's formulas, then
  // intervals forced into again <= hard < good < easy. A rating's interval depends on the lower
  // ratings' (and Again's on Hard's), so ratings 1..max(upTo, 2) are computed.
  private candidates(prev: FsrsMemory, elapsedDays: number, upTo: FsrsRating): { states: MemoryState[]; intervals: number[] } {
    assertFsrsMemory(prev);
    assertElapsedDays(elapsedDays);
    const isNew = prev.state === "New";
    const t = isNew ? 0 : elapsedDays;
    const r = isNew ? undefined : this.formulas.forgetting_curve(t, prev.stability);
    const current = { difficulty: prev.difficulty, stability: prev.stability };
    const count = Math.max(upTo, 2);
    const states: MemoryState[] = [];
    const intervals: number[] = [];
    for (let g = 1; g <= count; g++) {
      const next = this.formulas.next_state(current, t, g, r);
      states.push(next);
      intervals.push(this.formulas.next_interval(next.stability, t));
    }
    intervals[0] = Math.min(intervals[0], intervals[1]);
    for (let i = 1; i < count; i++) intervals[i] = Math.max(intervals[i], intervals[i - 1] + 1);
    return { states, intervals };
  }
}

function stepOf(prev: FsrsMemory, next: MemoryState, intervalDays: number, rating: FsrsRating): FsrsStep {
  return {
    memory: {
      state: "Review",
      stability: next.stability,
      difficulty: next.difficulty,
      reps: prev.reps + 1,
      lapses: prev.lapses + (rating === 1 && prev.state !== "New" ? 1 : 0),
    },
    intervalDays,
  };
}

export function assertFsrsMemory(memory: FsrsMemory): void {
  if (!memory || !FSRS_PHASES.includes(memory.state)) {
    throw new RangeError(`FSRS state must be one of ${FSRS_PHASES.join(", ")}, got ${JSON.stringify(memory?.state)}`);
  }
  assertCount("reps", memory.reps);
  assertCount("lapses", memory.lapses);
  if (memory.state === "New") {
    if (memory.stability !== 0 || memory.difficulty !== 0) {
      throw new RangeError("a new FSRS card has stability and difficulty 0");
    }
    return;
  }
  if (typeof memory.stability !== "number" || !(memory.stability >= S_MIN && memory.stability <= S_MAX)) {
    throw new RangeError(`FSRS stability must be a number from ${S_MIN} to ${S_MAX} days, got ${String(memory.stability)}`);
  }
  if (typeof memory.difficulty !== "number" || !(memory.difficulty >= 1 && memory.difficulty <= 10)) {
    throw new RangeError(`FSRS difficulty must be a number from 1 to 10, got ${String(memory.difficulty)}`);
  }
}

function assertCount(name: string, value: unknown): void {
  if (!Number.isSafeInteger(value) || (value as number) < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${String(value)}`);
  }
}

function assertElapsedDays(days: number): void {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new RangeError(`elapsed days must be a non-negative integer, got ${String(days)}`);
  }
}

function assertRating(rating: unknown): asserts rating is FsrsRating {
  if (rating !== 1 && rating !== 2 && rating !== 3 && rating !== 4) {
    throw new RangeError(`FSRS rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), got ${String(rating)}`);
  }
}
