// The SQL side of day-ranges.ts: a list of UTC ranges as a CTE that grouped queries join on.
// Dates go through Prisma's parameter binding, so they are serialized exactly as the adapter
// stores DateTime columns (ISO-8601 text), and string comparison orders them correctly.
import "server-only";
import { Prisma } from "@/lib/db";
import type { DayRange } from "./day-ranges";

/**
 * `ranges(idx, rangeStart, rangeEnd) AS (VALUES …)` for a WITH clause; idx is the position in
 * `ranges`. Joining on `col >= rangeStart AND col < rangeEnd` lets SQLite seek the
 * (userId, reviewedAt) / (userId, dueAt) indexes once per range instead of scanning.
 */
export function rangesCte(ranges: DayRange[]): Prisma.Sql {
  if (ranges.length === 0) throw new RangeError("rangesCte needs at least one range");
  const rows = ranges.map((range, idx) => Prisma.sql`(${idx}, ${range.start}, ${range.end})`);
  return Prisma.sql`ranges(idx, rangeStart, rangeEnd) AS (VALUES ${Prisma.join(rows)})`;
}

/** `IN (…)` over ids; callers return early on an empty list (SQL has no empty IN list here). */
export function idList(ids: string[]): Prisma.Sql {
  if (ids.length === 0) throw new RangeError("idList needs at least one id");
  return Prisma.join(ids);
}

/** SQLite hands COUNT/SUM back as number or bigint depending on the driver; nulls are zero. */
export function toCount(value: number | bigint | null | undefined): number {
  return value == null ? 0 : Number(value);
}
