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
import { db, Prisma } from "@/lib/db";
import { studyableDeckIds } from "@/lib/permissions/decks";
import { toCount } from "@/lib/db/dialect";
import { idList } from "./ranges-sql";
import { liveQuestionSql } from "@/lib/decks/live-questions";
import { loadSchedulerSettings } from "@/lib/study/card-memory";
import { intervalDaysSql } from "@/lib/study/scheduler-sql";

export const MATURE_INTERVAL_DAYS = 21;

export type MasteryLevel = "new" | "learning" | "young" | "mature";
export type MasteryCounts = Record<MasteryLevel, number> & { total: number };
export type FactMastery = MasteryCounts & { factId: string; label: string };
export type DeckMastery = MasteryCounts & { deckId: string; slug: string; title: string; facts: FactMastery[] };

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

type Row = {
  deckId: string;
  slug: string;
  title: string;
  factId: string;
  subject: string;
  predicate: string;
  object: string;
  fresh: number | bigint;
  learning: number | bigint;
  young: number | bigint;
  mature: number | bigint;
};

/** Decks by title; facts in deck order (their first question's position). */
export async function loadMastery(userId: string, deckIds?: string[]): Promise<DeckMastery[]> {
  const [decks, { scheduler }] = await Promise.all([deckIds ?? studyableDeckIds(userId), loadSchedulerSettings(userId)]);
  if (decks.length === 0) return [];
  const interval = intervalDaysSql("card", scheduler);
  // One pass over the student's questions; the LEFT JOIN hits CardState's unique (userId, questionId).
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT deck."id" AS "deckId", deck."slug" AS "slug", deck."title" AS "title",
           fact."id" AS "factId", fact."subject" AS "subject", fact."predicate" AS "predicate", fact."object" AS "object",
           COUNT(*) FILTER (WHERE card."id" IS NULL) AS "fresh",
           COUNT(*) FILTER (WHERE card."repetitions" = 0) AS "learning",
           COUNT(*) FILTER (WHERE card."repetitions" >= 1 AND ${interval} < ${MATURE_INTERVAL_DAYS}) AS "young",
           COUNT(*) FILTER (WHERE card."repetitions" >= 1 AND ${interval} >= ${MATURE_INTERVAL_DAYS}) AS "mature",
           MIN(question."position") AS "firstPosition"
    FROM "Question" question
    JOIN "Deck" deck ON deck."id" = question."deckId"
    JOIN "Fact" fact ON fact."id" = question."factId"
    LEFT JOIN "CardState" card ON card."userId" = ${userId} AND card."questionId" = question."id"
    WHERE question."deckId" IN (${idList(decks)}) AND ${liveQuestionSql("question")}
    GROUP BY deck."id", fact."id"
    ORDER BY deck."title", deck."id", "firstPosition", fact."id"`);

  const byDeck = new Map<string, DeckMastery>();
  for (const row of rows) {
    let deck = byDeck.get(row.deckId);
    if (!deck) {
      deck = { deckId: row.deckId, slug: row.slug, title: row.title, facts: [], ...emptyCounts() };
      byDeck.set(row.deckId, deck);
    }
    const counts = { new: toCount(row.fresh), learning: toCount(row.learning), young: toCount(row.young), mature: toCount(row.mature), total: 0 };
    counts.total = counts.new + counts.learning + counts.young + counts.mature;
    deck.facts.push({ factId: row.factId, label: factLabel(row), ...counts });
    addCounts(deck, counts);
  }
  return [...byDeck.values()];
}
