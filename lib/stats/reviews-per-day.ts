// How many reviews a user did in each of a list of study-day ranges: one grouped query, used by
// the heatmap, the streak and today's count.
import "server-only";
import { rowsOf, statements } from "@/lib/db/statements";
import { Prisma } from "@/lib/db";
import type { DayRange } from "./day-ranges";
import { toCount } from "@/lib/db/dialect";
import { rangesCte } from "./ranges-sql";

export type DayCount = { key: string; count: number };

/** Every review counts, re-drills included: this is effort spent, not a scheduling measure. */
export async function countReviewsPerRange(userId: string, ranges: readonly DayRange[]): Promise<DayCount[]> {
  if (ranges.length === 0) return [];
  const rows = await rowsOf<{ idx: number | bigint; reviews: number | bigint }>(Prisma.sql`
    WITH ${rangesCte(ranges)}
    SELECT ranges."idx" AS "idx", COUNT(*) AS "reviews"
    FROM ranges
    JOIN "ReviewLog" log ON log."userId" = ${userId} AND log."reviewedAt" >= ranges."rangeStart" AND log."reviewedAt" < ranges."rangeEnd"
    GROUP BY ranges."idx"`);
  const counts = ranges.map((range) => ({ key: range.key, count: 0 }));
  for (const row of rows) counts[Number(row.idx)].count = toCount(row.reviews);
  return counts;
}

/** Whether the user has any review before `instant` (one seek on the (userId, reviewedAt) index). */
export async function reviewedBefore(userId: string, instant: Date): Promise<boolean> {
  // without Prisma (lib/db/statements.ts): a year-long streak asks it on every dashboard view
  return (await statements().rows(`SELECT 1 FROM "ReviewLog" WHERE "userId" = $1 AND "reviewedAt" < $2 LIMIT 1`, [userId, instant])).length > 0;
}
