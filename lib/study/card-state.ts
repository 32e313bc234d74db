// The scheduling state of one card for one user, as stored in ReviewLog.stateBefore/After, and
// the conversions between it, the CardState row and SM-2's input. SM-2's fields sit at the top
// level (as in logs written before FSRS existed); FSRS-6's memory is under `fsrs`.
import { NEW_CARD, type Sm2State } from "@/lib/srs/sm2";
import type { ReviewKind } from "@/lib/srs/review-kinds";
import type { SchedulerKind } from "@/lib/srs/scheduler";
import { fsrsCardOf, fsrsColumnsOf, type FsrsColumns } from "./card-memory";

/** FSRS-6's memory of the card (lastReviewedAt is the card's, shared by both schedulers). */
export type FsrsSnapshot = {
  state: string;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  intervalDays: number;
  dueAt: string | null;
};

// A type literal (not Sm2State & …) so it is assignable to Prisma's JSON input type.
export type CardSnapshot = {
  repetitions: number;
  easeFactor: number;
  intervalDays: number;
  dueAt: string;
  lapses: number;
  lastReviewedAt: string | null;
  version: number;
  /** FSRS's memory; null when not built yet, absent in logs written before FSRS existed. */
  fsrs?: FsrsSnapshot | null;
  /** The scheduler whose due date counted when this was written (absent: SM-2). */
  scheduler?: SchedulerKind;
};

/** A card's SM-2 schedule and history as its CardState row holds them (FSRS's: FsrsColumns). */
export type CardSchedule = {
  repetitions: number;
  easeFactor: number;
  intervalDays: number;
  dueAt: Date;
  lapses: number;
  lastReviewedAt: Date | null;
};

type CardStateRow = CardSchedule & { version: number };

export function snapshotOf(row: CardStateRow & FsrsColumns): CardSnapshot {
  const fsrs = fsrsCardOf(row);
  return {
    repetitions: row.repetitions,
    easeFactor: row.easeFactor,
    intervalDays: row.intervalDays,
    dueAt: row.dueAt.toISOString(),
    lapses: row.lapses,
    lastReviewedAt: row.lastReviewedAt?.toISOString() ?? null,
    version: row.version,
    fsrs: fsrs && {
      state: fsrs.state,
      stability: fsrs.stability,
      difficulty: fsrs.difficulty,
      reps: fsrs.reps,
      lapses: fsrs.lapses,
      intervalDays: fsrs.intervalDays,
      dueAt: fsrs.dueAt,
    },
  };
}

/** The active scheduler's interval and due date in a snapshot (SM-2's when FSRS's is missing). */
export function activeDue(snapshot: CardSnapshot): { intervalDays: number; dueAt: string } {
  const fsrs = snapshot.scheduler === "fsrs" ? snapshot.fsrs : null;
  return fsrs?.dueAt ? { intervalDays: fsrs.intervalDays, dueAt: fsrs.dueAt } : { intervalDays: snapshot.intervalDays, dueAt: snapshot.dueAt };
}

/** Reads a snapshot this module wrote into ReviewLog.stateBefore/stateAfter. */
export function readSnapshot(json: unknown): CardSnapshot | null {
  return json && typeof json === "object" ? (json as CardSnapshot) : null;
}

/** The CardState columns a snapshot restores (FSRS's too, unless the snapshot predates FSRS). */
export function rowOf(snapshot: CardSnapshot): CardStateRow & Partial<FsrsColumns> {
  const fsrs = snapshot.fsrs === undefined ? {} : snapshot.fsrs === null ? fsrsColumnsOf(null) : snapshotColumns(snapshot.fsrs);
  return {
    ...fsrs,
    repetitions: snapshot.repetitions,
    easeFactor: snapshot.easeFactor,
    intervalDays: snapshot.intervalDays,
    dueAt: new Date(snapshot.dueAt),
    lapses: snapshot.lapses,
    lastReviewedAt: snapshot.lastReviewedAt ? new Date(snapshot.lastReviewedAt) : null,
    version: snapshot.version,
  };
}

function snapshotColumns(fsrs: FsrsSnapshot): FsrsColumns {
  return {
    fsrsState: fsrs.state,
    fsrsStability: fsrs.stability,
    fsrsDifficulty: fsrs.difficulty,
    fsrsIntervalDays: fsrs.intervalDays,
    fsrsDueAt: fsrs.dueAt === null ? null : new Date(fsrs.dueAt),
    fsrsReps: fsrs.reps,
    fsrsLapses: fsrs.lapses,
  };
}

export function sm2StateOf(row: Pick<CardStateRow, "repetitions" | "easeFactor" | "intervalDays"> | null): Sm2State {
  return row ? { repetitions: row.repetitions, easeFactor: row.easeFactor, intervalDays: row.intervalDays } : { ...NEW_CARD };
}

/** A card already scheduled today is being re-drilled: SM-2 logs it but does not reschedule it. */
export function reviewKindOf(state: Pick<CardStateRow, "lastReviewedAt"> | null, todayStart: Date): ReviewKind {
  if (!state) return "NEW";
  return state.lastReviewedAt && state.lastReviewedAt >= todayStart ? "REDRILL" : "REVIEW";
}
