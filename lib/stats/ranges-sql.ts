// The SQL side of day-ranges.ts: a list of UTC ranges as a CTE that grouped queries join on.
// Dates go through Prisma's parameter binding, typed as the DateTime columns are
// (lib/db/dialect.ts), so `column >= "rangeStart"` compares instants on either database.
import "server-only";
import { Prisma } from "@/lib/db";
import { timestampValue } from "@/lib/db/dialect";
import type { DayRange } from "./day-ranges";

/**
 * `ranges("idx", "rangeStart", "rangeEnd") AS (VALUES …)` for a WITH clause; idx is the position
 * in `ranges`. Joining on `col >= "rangeStart" AND col < "rangeEnd"` lets the database seek the
 * (userId, reviewedAt) / (userId, dueAt) indexes once per range instead of scanning.
 */
export function rangesCte(ranges: DayRange[]): Prisma.Sql {
  if (ranges.length === 0) throw new RangeError("rangesCte needs at least one range");
  const rows = ranges.map((range, idx) => Prisma.sql`(CAST(${idx} AS INTEGER), ${timestampValue(range.start)}, ${timestampValue(range.end)})`);
  return Prisma.sql`ranges("idx", "rangeStart", "rangeEnd") AS (VALUES ${Prisma.join(rows)})`;
}

/** `IN (…)` over ids; callers return early on an empty list (SQL has no empty IN list here). */
export function idList(ids: string[]): Prisma.Sql {
  if (ids.length === 0) throw new RangeError("idList needs at least one id");
  return Prisma.join(ids);
}

