// Owns the user's scheduler choice as the study flow reads it, and the bridge between CardState
// rows and lib/srs's CardMemory (SM-2's columns beside FSRS-6's fsrs* columns).
//
// Every scheduling review moves both memories (lib/study/review.ts); the setting only says whose
// due date drives the queue. FSRS's columns are rebuilt from ReviewLog (lib/srs's replay) when a
// user switches to FSRS or changes desired retention, and for any card whose FSRS memory was
// never built (cards reviewed before FSRS existed), so switching either way loses nothing.
import "server-only";
import { db } from "@/lib/db";
import { statements } from "@/lib/db/statements";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_DESIRED_RETENTION, FSRS_PHASES, type FsrsPhase } from "@/lib/srs/fsrs";
import {
  NEW_FSRS_CARD,
  SCHEDULER_KINDS,
  rebuildCardMemory,
  type CardMemory,
  type FsrsCard,
  type HistoryEntry,
  type SchedulerKind,
  type SchedulerSettings,
  type StudyCalendar,
} from "@/lib/srs/scheduler";
import { SCHEDULING_KINDS } from "@/lib/srs/review-kinds";

type Client = Pick<typeof db, "user" | "cardState" | "reviewLog">;

/** The user's scheduler and FSRS settings (SM-2 and FSRS-6's default parameters unless set). */
export async function loadSchedulerSettings(userId: string): Promise<SchedulerSettings> {
  // Without Prisma (lib/db/statements.ts): every study page and dashboard reads it.
  const [user] = await statements().rows<{ scheduler: string; desiredRetention: number }>(`SELECT "scheduler", "desiredRetention" FROM "User" WHERE "id" = $1`, [userId]);
  if (!user) throw new Error(`No user ${userId}.`);
  return schedulerSettingsOf(user);
}

export function schedulerSettingsOf(user: { scheduler: string; desiredRetention: number }): SchedulerSettings {
  const scheduler: SchedulerKind = SCHEDULER_KINDS.includes(user.scheduler as SchedulerKind) ? (user.scheduler as SchedulerKind) : "sm2";
  const desiredRetention = Number.isFinite(user.desiredRetention) ? user.desiredRetention : DEFAULT_DESIRED_RETENTION;
  return { scheduler, fsrs: { desiredRetention, parameters: null } };
}

/** CardState's FSRS columns. All null: the card's FSRS memory has not been built yet. */
export type FsrsColumns = {
  fsrsState: string | null;
  fsrsStability: number | null;
  fsrsDifficulty: number | null;
  fsrsIntervalDays: number | null;
  fsrsDueAt: Date | null;
  fsrsReps: number | null;
  fsrsLapses: number | null;
};

/** What a query selects to read a card's FSRS memory with fsrsCardOf. */
export const FSRS_MEMORY_SELECT = {
  lastReviewedAt: true,
  fsrsState: true,
  fsrsStability: true,
  fsrsDifficulty: true,
  fsrsIntervalDays: true,
  fsrsDueAt: true,
  fsrsReps: true,
  fsrsLapses: true,
} as const;

/** The card's FSRS memory as stored, or null when it was never built (or is unreadable). */
export function fsrsCardOf(row: FsrsColumns & { lastReviewedAt: Date | null }): FsrsCard | null {
  if (row.fsrsState === null || !FSRS_PHASES.includes(row.fsrsState as FsrsPhase)) return null;
  if (row.fsrsStability === null || row.fsrsDifficulty === null || row.fsrsIntervalDays === null || row.fsrsReps === null || row.fsrsLapses === null) return null;
  return {
    state: row.fsrsState as FsrsPhase,
    stability: row.fsrsStability,
    difficulty: row.fsrsDifficulty,
    reps: row.fsrsReps,
    lapses: row.fsrsLapses,
    intervalDays: row.fsrsIntervalDays,
    dueAt: row.fsrsDueAt?.toISOString() ?? null,
    lastReviewedAt: row.lastReviewedAt?.toISOString() ?? null,
  };
}

export function fsrsColumnsOf(card: FsrsCard | null): FsrsColumns {
  if (!card) {
    return { fsrsState: null, fsrsStability: null, fsrsDifficulty: null, fsrsIntervalDays: null, fsrsDueAt: null, fsrsReps: null, fsrsLapses: null };
  }
  return {
    fsrsState: card.state,
    fsrsStability: card.stability,
    fsrsDifficulty: card.difficulty,
    fsrsIntervalDays: card.intervalDays,
    fsrsDueAt: card.dueAt === null ? null : new Date(card.dueAt),
    fsrsReps: card.reps,
    fsrsLapses: card.lapses,
  };
}

const HISTORY_SELECT = { questionId: true, reviewedAt: true, grade: true, kind: true } as const;

/** One card's scheduling history, oldest first. */
export async function cardHistory(client: Pick<typeof db, "reviewLog">, userId: string, questionId: string): Promise<HistoryEntry[]> {
  return client.reviewLog.findMany({
    where: { userId, questionId, kind: { in: [...SCHEDULING_KINDS] } },
    orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
    select: HISTORY_SELECT,
  });
}

/** A card's FSRS memory replayed from its history (a card never reviewed: FSRS's new card). */
export function replayFsrs(history: readonly HistoryEntry[], calendar: StudyCalendar, settings: SchedulerSettings): FsrsCard {
  return history.length === 0 ? { ...NEW_FSRS_CARD } : rebuildCardMemory(history, calendar, settings).fsrs;
}

/**
 * Rebuilds the FSRS columns of the user's cards from their ReviewLog history: all of them, or
 * only those never built (`onlyMissing`). A card reviewed meanwhile (its version moved) is left
 * as that review wrote it. SM-2's columns and versions are not touched. Returns the cards rebuilt.
 */
export async function rebuildFsrsMemory(
  userId: string,
  calendar: StudyCalendar,
  settings: SchedulerSettings,
  { onlyMissing = false, client = db }: { onlyMissing?: boolean; client?: Client } = {},
): Promise<number> {
  const cards = await client.cardState.findMany({
    where: { userId, ...(onlyMissing ? { fsrsState: null } : {}) },
    select: { id: true, questionId: true, version: true },
  });
  if (cards.length === 0) return 0;
  const logs = await client.reviewLog.findMany({
    where: { userId, kind: { in: [...SCHEDULING_KINDS] }, ...(onlyMissing ? { questionId: { in: cards.map((card) => card.questionId) } } : {}) },
    orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
    select: HISTORY_SELECT,
  });
  const histories = new Map<string, HistoryEntry[]>();
  for (const log of logs) {
    const list = histories.get(log.questionId);
    if (list) list.push(log);
    else histories.set(log.questionId, [log]);
  }
  let rebuilt = 0;
  for (const card of cards) {
    const data: Prisma.CardStateUpdateManyMutationInput = fsrsColumnsOf(replayFsrs(histories.get(card.questionId) ?? [], calendar, settings));
    const { count } = await client.cardState.updateMany({ where: { id: card.id, version: card.version }, data });
    rebuilt += count;
  }
  return rebuilt;
}

/** Builds the FSRS memory of any of the user's cards that lack it (cheap when none do). */
export async function ensureFsrsMemory(userId: string, calendar: StudyCalendar, settings: SchedulerSettings): Promise<void> {
  const missing = await db.cardState.findFirst({ where: { userId, fsrsDueAt: null }, select: { id: true } });
  if (missing) await rebuildFsrsMemory(userId, calendar, settings, { onlyMissing: true });
}

/** Both memories of a stored card, for lib/srs's scheduler. */
export function cardMemoryOf(
  row: FsrsColumns & { repetitions: number; easeFactor: number; intervalDays: number; dueAt: Date; lapses: number; lastReviewedAt: Date | null },
  fsrs: FsrsCard,
): CardMemory {
  return {
    sm2: {
      repetitions: row.repetitions,
      easeFactor: row.easeFactor,
      intervalDays: row.intervalDays,
      lapses: row.lapses,
      dueAt: row.dueAt.toISOString(),
      lastReviewedAt: row.lastReviewedAt?.toISOString() ?? null,
    },
    fsrs,
  };
}
