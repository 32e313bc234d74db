// Mastery: how far each of the student's questions has come, per deck and per fact (a fact is
// the topic a group of questions tests). Each non-rejected question in a deck the student
// studies is in exactly one level:
//   new      — no CardState yet (never answered);
//   learning — a CardState with repetitions = 0: answered but not yet passed, or failed since
//              (SM-2 resets repetitions on a grade below 3);
//   young    — repetitions >= 1 and intervalDays < 21;
//   mature   — repetitions >= 1 and intervalDays >= 21 (three weeks, as Anki's threshold).
// repetitions = 0 wins over the interval, so a lapsed card is "learning" whatever its interval.
// For a user on FSRS the interval is FSRS's (fsrsIntervalDays); the rest is the same.
import "server-only";
import { rowsOf } from "@/lib/db/statements";
import { Prisma } from "@/lib/db";
import { canStudyDeck, studyableDeckIds } from "@/lib/permissions/decks";
import { toCount } from "@/lib/db/dialect";
import { idList } from "./ranges-sql";
import { liveQuestionSql } from "@/lib/decks/live-questions";
import { loadSchedulerSettings } from "@/lib/study/card-memory";
import { intervalDaysSql } from "@/lib/study/scheduler-sql";

export const MATURE_INTERVAL_DAYS = 21;

export type MasteryLevel = "new" | "learning" | "young" | "mature";
export type MasteryCounts = Record<MasteryLevel, number> & { total: number };
export type FactMastery = MasteryCounts & { factId: string; label: string };
/** A deck's counts; its topics (facts) are loaded when the student opens them (loadTopicMastery). */
export type DeckMastery = MasteryCounts & { deckId: string; slug: string; title: string; topics: number };

/** The definition above, for one card (null: no CardState). The SQL below mirrors it. */
export function masteryLevel(state: { repetitions: number; intervalDays: number } | null): MasteryLevel {
  if (!state) return "new";
  if (state.repetitions === 0) return "learning";
  return state.intervalDays >= MATURE_INTERVAL_DAYS ? "mature" : "young";
}

export function emptyCounts(): MasteryCounts {
  return { new: 0, learning: 0, young: 0, mature: 0, total: 0 };
}

export function addCounts(into: MasteryCounts, more: MasteryCounts): void {
  into.new += more.new;
  into.learning += more.learning;
  into.young += more.young;
  into.mature += more.mature;
  into.total += more.total;
}

/** "TensorFlow — released in 2015": a fact reads as its own sentence skeleton. */
export function factLabel(fact: { subject: string; predicate: string; object: string }): string {
  return `${fact.subject} — ${fact.predicate} ${fact.object}`.trim();
}

type Counted = { fresh: number | bigint; learning: number | bigint; young: number | bigint; mature: number | bigint };

/** Per-level counts over the live questions of `decks` (`question`, its `deck` and `fact`), by `groupBy`. */
function countedSql(userId: string, scheduler: Parameters<typeof intervalDaysSql>[1], decks: string[], select: Prisma.Sql, groupBy: Prisma.Sql, orderBy: Prisma.Sql) {
  const interval = intervalDaysSql("card", scheduler);
  // One pass over the student's questions; the LEFT JOIN hits CardState's unique (userId, questionId).
  return Prisma.sql`
    SELECT ${select},
           COUNT(*) FILTER (WHERE card."id" IS NULL) AS "fresh",
           COUNT(*) FILTER (WHERE card."repetitions" = 0) AS "learning",
           COUNT(*) FILTER (WHERE card."repetitions" >= 1 AND ${interval} < ${MATURE_INTERVAL_DAYS}) AS "young",
           COUNT(*) FILTER (WHERE card."repetitions" >= 1 AND ${interval} >= ${MATURE_INTERVAL_DAYS}) AS "mature"
    FROM "Question" question
    JOIN "Deck" deck ON deck."id" = question."deckId"
    JOIN "Fact" fact ON fact."id" = question."factId"
    LEFT JOIN "CardState" card ON card."userId" = ${userId} AND card."questionId" = question."id"
    WHERE question."deckId" IN (${idList(decks)}) AND ${liveQuestionSql("question")}
    GROUP BY ${groupBy}
    ORDER BY ${orderBy}`;
}

function countsOf(row: Counted): MasteryCounts {
  const counts = { new: toCount(row.fresh), learning: toCount(row.learning), young: toCount(row.young), mature: toCount(row.mature), total: 0 };
  counts.total = counts.new + counts.learning + counts.young + counts.mature;
  return counts;
}

/** Each deck the student studies (or `deckIds`), by title, with its counts and number of topics. */
export async function loadMastery(userId: string, deckIds?: string[]): Promise<DeckMastery[]> {
  const [decks, { scheduler }] = await Promise.all([deckIds ?? studyableDeckIds(userId), loadSchedulerSettings(userId)]);
  if (decks.length === 0) return [];
  const rows = await rowsOf<(Counted & { deckId: string; slug: string; title: string; topics: number | bigint })>(
    countedSql(
      userId,
      scheduler,
      decks,
      Prisma.sql`deck."id" AS "deckId", deck."slug" AS "slug", deck."title" AS "title", COUNT(DISTINCT fact."id") AS "topics"`,
      Prisma.sql`deck."id", deck."slug", deck."title"`,
      Prisma.sql`deck."title", deck."id"`,
    ),
  );
  return rows.map((row) => ({ deckId: row.deckId, slug: row.slug, title: row.title, topics: toCount(row.topics), ...countsOf(row) }));
}

/**
 * One deck's counts per topic (fact), in deck order (a fact's first question), for a student
 * who studies it; null for a deck they do not (it is not theirs to look into).
 */
export async function loadTopicMastery(userId: string, deckId: string): Promise<FactMastery[] | null> {
  const [studied, { scheduler }] = await Promise.all([canStudyDeck(userId, deckId), loadSchedulerSettings(userId)]);
  if (!studied) return null;
  const rows = await rowsOf<(Counted & { factId: string; subject: string; predicate: string; object: string })>(
    countedSql(
      userId,
      scheduler,
      [deckId],
      Prisma.sql`fact."id" AS "factId", fact."subject" AS "subject", fact."predicate" AS "predicate", fact."object" AS "object", MIN(question."position") AS "firstPosition"`,
      Prisma.sql`fact."id", fact."subject", fact."predicate", fact."object"`,
      Prisma.sql`"firstPosition", fact."id"`,
    ),
  );
  return rows.map((row) => ({ factId: row.factId, label: factLabel(row), ...countsOf(row) }));
}
