// The SQL side of day-ranges.ts: a list of UTC ranges as a CTE that grouped queries join on.
// The ranges travel as one JSON parameter, typed as the DateTime columns are (lib/db/dialect.ts),
// so `column >= "rangeStart"` compares instants on either database.
import "server-only";
import { Prisma } from "@/lib/db";
import { timestampRangesTable } from "@/lib/db/dialect";
import type { DayRange } from "./day-ranges";

/**
 * `ranges("idx", "rangeStart", "rangeEnd")` for a WITH clause; idx is the position in `ranges`.
 * Joining on `col >= "rangeStart" AND col < "rangeEnd"` lets the database seek the
 * (userId, reviewedAt) / (userId, dueAt) indexes once per range instead of scanning.
 */
export function rangesCte(ranges: readonly DayRange[]): Prisma.Sql {
  if (ranges.length === 0) throw new RangeError("rangesCte needs at least one range");
  return timestampRangesTable("ranges", ranges);
}

/** `IN (…)` over ids; callers return early on an empty list (SQL has no empty IN list here). */
export function idList(ids: string[]): Prisma.Sql {
  if (ids.length === 0) throw new RangeError("idList needs at least one id");
  return Prisma.join(ids);
}

