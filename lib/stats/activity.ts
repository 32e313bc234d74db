// Recent activity: what the student did on each of their last study days, per deck — reviews,
// of which first sightings, answers correct and time spent. Counts every review, re-drills too.
import "server-only";
import { rowsOf } from "@/lib/db/statements";
import { newCardKindSql } from "@/lib/study/review-kinds-sql";
import { Prisma } from "@/lib/db";
import { addStudyDays } from "@/lib/calendar/study-day";
import { studyDayRanges, todayKey, type StudyCalendar } from "./day-ranges";
import { toCount } from "@/lib/db/dialect";
import { rangesCte } from "./ranges-sql";

export const ACTIVITY_DAYS = 14;

export type DeckActivity = { slug: string; title: string; reviews: number; newCards: number; correct: number; durationMs: number };
export type DayActivity = { day: string; reviews: number; newCards: number; correct: number; durationMs: number; decks: DeckActivity[] };

type Row = {
  idx: number | bigint;
  slug: string;
  title: string;
  reviews: number | bigint;
  newCards: number | bigint | null;
  correct: number | bigint | null;
  durationMs: number | bigint | null;
};

/** Study days with reviews among the last `days`, newest first; decks by most reviews. */
export async function loadRecentActivity(user: { id: string } & StudyCalendar, now: Date, days = ACTIVITY_DAYS): Promise<DayActivity[]> {
  const ranges = studyDayRanges(addStudyDays(todayKey(now, user), -(days - 1)), days, user);
  // CROSS JOIN pins the order (ranges → log by the (userId, reviewedAt) index → question), so only
  // the last days' reviews are read rather than the user's whole log (see retention.ts).
  const rows = await rowsOf<Row>(Prisma.sql`
    WITH ${rangesCte(ranges)}
    SELECT ranges."idx" AS "idx", deck."slug" AS "slug", deck."title" AS "title",
           COUNT(*) AS "reviews", COUNT(*) FILTER (WHERE ${newCardKindSql('log."kind"')}) AS "newCards",
           COUNT(*) FILTER (WHERE log."correct") AS "correct", SUM(log."durationMs") AS "durationMs"
    FROM ranges
    CROSS JOIN "ReviewLog" log
    CROSS JOIN "Question" question
    JOIN "Deck" deck ON deck."id" = question."deckId"
    WHERE log."userId" = ${user.id} AND log."reviewedAt" >= ranges."rangeStart" AND log."reviewedAt" < ranges."rangeEnd"
      AND question."id" = log."questionId"
    GROUP BY ranges."idx", deck."id"
    ORDER BY ranges."idx" DESC, "reviews" DESC, deck."title"`);

  const byDay = new Map<number, DayActivity>();
  for (const row of rows) {
    const idx = Number(row.idx);
    let day = byDay.get(idx);
    if (!day) {
      day = { day: ranges[idx].key, reviews: 0, newCards: 0, correct: 0, durationMs: 0, decks: [] };
      byDay.set(idx, day);
    }
    const deck = {
      slug: row.slug,
      title: row.title,
      reviews: toCount(row.reviews),
      newCards: toCount(row.newCards),
      correct: toCount(row.correct),
      durationMs: toCount(row.durationMs),
    };
    day.decks.push(deck);
    day.reviews += deck.reviews;
    day.newCards += deck.newCards;
    day.correct += deck.correct;
    day.durationMs += deck.durationMs;
  }
  return [...byDay.values()];
}
