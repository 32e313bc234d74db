// The forecast: scheduled reviews falling due on each of the next study days. Today's bar also
// holds everything overdue, because that is what the study queue will show today.
import "server-only";
import { rowsOf } from "@/lib/db/statements";
import { Prisma } from "@/lib/db";
import { studyableDeckIds } from "@/lib/permissions/decks";
import { studyDayRanges, todayKey, type StudyCalendar } from "./day-ranges";
import { toCount } from "@/lib/db/dialect";
import { idList, rangesCte } from "./ranges-sql";
import type { DayCount } from "./reviews-per-day";
import { liveQuestionSql } from "@/lib/decks/live-questions";
import { loadSchedulerSettings } from "@/lib/study/card-memory";
import { dueAtSql } from "@/lib/study/scheduler-sql";

export const FORECAST_DAYS = 30;

export type Forecast = { days: DayCount[]; total: number };

/** Same scope as the study queue: the decks the student studies, rejected questions left out. */
export async function loadForecast(user: { id: string } & StudyCalendar, now: Date, length = FORECAST_DAYS, deckIds?: string[]): Promise<Forecast> {
  const [today, ...later] = studyDayRanges(todayKey(now, user), length, user);
  // overdue cards are due today
  const ranges = [{ ...today, start: new Date(0) }, ...later];
  const days = ranges.map((range) => ({ key: range.key, count: 0 }));
  const [decks, { scheduler }] = await Promise.all([deckIds ?? studyableDeckIds(user.id), loadSchedulerSettings(user.id)]);
  if (decks.length === 0) return { days, total: 0 };
  // The due dates of the user's own scheduler (FSRS's for a user on FSRS).
  const dueAt = dueAtSql("card", scheduler);
  // CROSS JOIN keeps SQLite on the (userId, dueAt) index range per day (see retention.ts).
  const rows = await rowsOf<{ idx: number | bigint; cards: number | bigint }>(Prisma.sql`
    WITH ${rangesCte(ranges)}
    SELECT ranges."idx" AS "idx", COUNT(*) AS "cards"
    FROM ranges
    CROSS JOIN "CardState" card
    CROSS JOIN "Question" question
    WHERE card."userId" = ${user.id} AND ${dueAt} >= ranges."rangeStart" AND ${dueAt} < ranges."rangeEnd"
      AND question."id" = card."questionId" AND ${liveQuestionSql("question")} AND question."deckId" IN (${idList(decks)})
    GROUP BY ranges."idx"`);
  for (const row of rows) days[Number(row.idx)].count = toCount(row.cards);
  return { days, total: days.reduce((sum, day) => sum + day.count, 0) };
}
