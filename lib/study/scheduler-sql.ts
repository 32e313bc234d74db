// The user's scheduler as SQL: which CardState columns hold the due date and interval that
// count (SM-2's dueAt/intervalDays, or FSRS's fsrsDueAt/fsrsIntervalDays), for the raw queries
// of the dashboard and class progress. Column names are our constants, never input.
import "server-only";
import { Prisma } from "@/lib/db";
import type { SchedulerKind } from "@/lib/srs/scheduler";

const COLUMNS = {
  sm2: { dueAt: "dueAt", intervalDays: "intervalDays" },
  fsrs: { dueAt: "fsrsDueAt", intervalDays: "fsrsIntervalDays" },
} as const satisfies Record<SchedulerKind, { dueAt: string; intervalDays: string }>;

/** The due date under one user's scheduler: a bare column, so the (userId, …DueAt) index serves it. */
export const dueAtSql = (card: string, scheduler: SchedulerKind) => Prisma.raw(`${card}."${COLUMNS[scheduler].dueAt}"`);

/** The interval under one user's scheduler (SM-2's while a card's FSRS memory is not built yet). */
export const intervalDaysSql = (card: string, scheduler: SchedulerKind) =>
  Prisma.raw(scheduler === "sm2" ? `${card}."intervalDays"` : `COALESCE(${card}."fsrsIntervalDays", ${card}."intervalDays")`);

/** For queries over many learners: the due date under each card owner's own scheduler (`user` joined on the card's userId). */
export const ownersDueAtSql = (card: string, user: string) =>
  Prisma.raw(`CASE WHEN ${user}."scheduler" = 'fsrs' THEN COALESCE(${card}."fsrsDueAt", ${card}."dueAt") ELSE ${card}."dueAt" END`);
