// Retention: the share of scheduled reviews answered correctly. Only ReviewLog kind "REVIEW"
// counts — a first sighting (NEW) measures nothing remembered, and a re-drill (REDRILL) repeats
// a card just seen, which would flatter the figure.
import "server-only";
import { rowsOf } from "@/lib/db/statements";
import { retentionKindSql } from "@/lib/study/review-kinds-sql";
import { Prisma } from "@/lib/db";
import { addStudyDays } from "@/lib/calendar/study-day";
import { mondayOnOrBefore, studyWeekRanges, todayKey, type DayRange, type StudyCalendar } from "./day-ranges";
import { toCount } from "@/lib/db/dialect";
import { idList, rangesCte } from "./ranges-sql";
import { sumOfHistory } from "./history-memo";

export const RETENTION_WEEKS = 53;

export type RetentionPoint = { reviews: number; correct: number; /** 0–1, null without reviews */ rate: number | null };
export type RetentionWeek = RetentionPoint & { weekStart: string };
export type DeckRetention = RetentionPoint & { deckId: string; slug: string; title: string };

export type Retention = {
  /** Monday-first study weeks, oldest first, from the first week with a review up to this week. */
  weeks: RetentionWeek[];
  /** All time, per deck, by title. */
  decks: DeckRetention[];
  overall: RetentionPoint;
};

export function retentionPoint(reviews: number, correct: number): RetentionPoint {
  return { reviews, correct, rate: reviews === 0 ? null : correct / reviews };
}

/** Leading weeks before the first review carry no information; a new user gets an empty list. */
export function trimLeadingEmptyWeeks(weeks: RetentionWeek[]): RetentionWeek[] {
  const first = weeks.findIndex((week) => week.reviews > 0);
  return first === -1 ? [] : weeks.slice(first);
}

type Count = { idx: number | bigint; deckId: string; reviews: number | bigint; correct: number | bigint | null };

/**
 * @param history the review history's fingerprint (history-memo.ts): with it, the week and deck
 *   sums are computed once per change of the history, not on every view
 */
export async function loadRetention(user: { id: string } & StudyCalendar, now: Date, weekCount = RETENTION_WEEKS, history?: string): Promise<Retention> {
  const thisWeek = mondayOnOrBefore(todayKey(now, user));
  const weekRanges = studyWeekRanges(addStudyDays(thisWeek, -7 * (weekCount - 1)), weekCount, user);
  const load = () => countPerWeekAndDeck(user.id, weekRanges);
  const counts = history ? await sumOfHistory(user.id, history, `retention|${user.timezone}|${user.dayStartsAtHour}|${thisWeek}|${weekCount}`, load) : await load();
  // titles are read on every view: a renamed deck shows under its new name at once
  const deckIds = [...new Set(counts.map((count) => count.deckId))];
  const deckRows = deckIds.length === 0 ? [] : await rowsOf<{ id: string; slug: string; title: string }>(Prisma.sql`SELECT "id", "slug", "title" FROM "Deck" WHERE "id" IN (${idList(deckIds)})`);
  const deckInfo = new Map(deckRows.map((deck) => [deck.id, deck]));
  const rows = counts.flatMap((count) => {
    const deck = deckInfo.get(count.deckId);
    return deck ? [{ ...count, slug: deck.slug, title: deck.title }] : [];
  });

  const weeks = weekRanges.map((range) => ({ weekStart: range.key, reviews: 0, correct: 0 }));
  const decks = new Map<string, { deckId: string; slug: string; title: string; reviews: number; correct: number }>();
  for (const row of rows) {
    const [idx, reviews, correct] = [Number(row.idx), toCount(row.reviews), toCount(row.correct)];
    if (idx > 0) {
      weeks[idx - 1].reviews += reviews;
      weeks[idx - 1].correct += correct;
    }
    const deck = decks.get(row.deckId) ?? { deckId: row.deckId, slug: row.slug, title: row.title, reviews: 0, correct: 0 };
    deck.reviews += reviews;
    deck.correct += correct;
    decks.set(row.deckId, deck);
  }
  const deckList: DeckRetention[] = [...decks.values()]
    .sort((a, b) => a.title.localeCompare(b.title) || a.deckId.localeCompare(b.deckId))
    .map((deck) => ({ ...deck, ...retentionPoint(deck.reviews, deck.correct) }));
  const overall = retentionPoint(
    deckList.reduce((sum, deck) => sum + deck.reviews, 0),
    deckList.reduce((sum, deck) => sum + deck.correct, 0),
  );
  return {
    weeks: trimLeadingEmptyWeeks(weeks.map((week) => ({ weekStart: week.weekStart, ...retentionPoint(week.reviews, week.correct) }))),
    decks: deckList,
    overall,
  };
}

/** Reviews and correct answers per (range, deck); range 0 is everything before the first week. */
function countPerWeekAndDeck(userId: string, weekRanges: readonly DayRange[]): Promise<Count[]> {
  // Range 0 holds everything before the chart's first week, so the per-deck figures are all-time.
  const ranges = [{ key: "before", start: new Date(0), end: weekRanges[0].start }, ...weekRanges];
  // One pass grouped by (range, deck) gives both groupings. The covering ReviewLog index
  // (userId, kind, reviewedAt, correct, questionId) answers each range without table reads;
  // CROSS JOIN pins the order ranges → log → question — left to itself SQLite may walk the log
  // by question instead, several times slower at 100k reviews. (The join conditions sit in WHERE
  // because PostgreSQL allows no ON after CROSS JOIN; its planner orders the joins itself.)
  return rowsOf<Count>(Prisma.sql`
    WITH ${rangesCte(ranges)}
    SELECT ranges."idx" AS "idx", question."deckId" AS "deckId", COUNT(*) AS "reviews", COUNT(*) FILTER (WHERE log."correct") AS "correct"
    FROM ranges
    CROSS JOIN "ReviewLog" log
    CROSS JOIN "Question" question
    WHERE log."userId" = ${userId} AND log."reviewedAt" >= ranges."rangeStart" AND log."reviewedAt" < ranges."rangeEnd"
      AND question."id" = log."questionId" AND ${retentionKindSql('log."kind"')}
    GROUP BY ranges."idx", question."deckId"`);
}
