// The scheduling state of one card for one user, as stored in ReviewLog.stateBefore/After, and
// the conversions between it, the CardState row and SM-2's input.
import { NEW_CARD, type Sm2State } from "@/lib/srs/sm2";
import type { ReviewKind } from "@/lib/srs/review-kinds";

// A type literal (not Sm2State & …) so it is assignable to Prisma's JSON input type.
export type CardSnapshot = {
  repetitions: number;
  easeFactor: number;
  intervalDays: number;
  dueAt: string;
  lapses: number;
  lastReviewedAt: string | null;
  version: number;
};

type CardStateRow = {
  repetitions: number;
  easeFactor: number;
  intervalDays: number;
  dueAt: Date;
  lapses: number;
  lastReviewedAt: Date | null;
  version: number;
};

export function snapshotOf(row: CardStateRow): CardSnapshot {
  return {
    repetitions: row.repetitions,
    easeFactor: row.easeFactor,
    intervalDays: row.intervalDays,
    dueAt: row.dueAt.toISOString(),
    lapses: row.lapses,
    lastReviewedAt: row.lastReviewedAt?.toISOString() ?? null,
    version: row.version,
  };
}

/** Reads a snapshot this module wrote into ReviewLog.stateBefore/stateAfter. */
export function readSnapshot(json: unknown): CardSnapshot | null {
  return json && typeof json === "object" ? (json as CardSnapshot) : null;
}

export function rowOf(snapshot: CardSnapshot): CardStateRow {
  return {
    repetitions: snapshot.repetitions,
    easeFactor: snapshot.easeFactor,
    intervalDays: snapshot.intervalDays,
    dueAt: new Date(snapshot.dueAt),
    lapses: snapshot.lapses,
    lastReviewedAt: snapshot.lastReviewedAt ? new Date(snapshot.lastReviewedAt) : null,
    version: snapshot.version,
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
