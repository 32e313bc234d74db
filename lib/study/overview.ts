// The study page's list: each deck the student studies with what is waiting today.
import "server-only";
import { db } from "@/lib/db";
import { studyableDeckIds } from "@/lib/permissions/decks";
import { loadQueueCounts } from "./queue";
import type { Student } from "@/lib/auth/session";
import { LIVE_QUESTION } from "@/lib/decks/live-questions";

export type DeckStudyCounts = { deckId: string; slug: string; title: string; due: number; new: number; total: number };

export type StudyOverview = {
  decks: DeckStudyCounts[];
  /** Cards waiting across all decks; not the sum of the rows, as the new-card limit is shared. */
  waiting: number;
};

export async function studyOverview(student: Student, now = new Date()): Promise<StudyOverview> {
  const [deckIds, all] = await Promise.all([studyableDeckIds(student.id), loadQueueCounts(student, "all", now)]);
  const decks = await db.deck.findMany({
    where: { id: { in: deckIds } },
    orderBy: { title: "asc" },
    select: { id: true, slug: true, title: true, _count: { select: { questions: { where: LIVE_QUESTION } } } },
  });
  const rows = await Promise.all(
    decks.map(async (deck) => {
      const queue = await loadQueueCounts(student, { deckId: deck.id }, now);
      return {
        deckId: deck.id,
        slug: deck.slug,
        title: deck.title,
        due: queue.dueCount + queue.redrillCount,
        new: queue.newCount,
        total: deck._count.questions,
      };
    }),
  );
  return { decks: rows, waiting: all.dueCount + all.redrillCount + all.newCount };
}

/** The deck behind a study URL segment, or null. */
export async function deckIdForSlug(slug: string): Promise<string | null> {
  const deck = await db.deck.findUnique({ where: { slug }, select: { id: true } });
  return deck?.id ?? null;
}
