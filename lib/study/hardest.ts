// The hardest questions for a student: the cards they have forgotten most often (lapses: a
// failed review after the card had been passed), lowest ease first among equals.
import "server-only";
import { db } from "@/lib/db";
import { studyableDeckIds } from "@/lib/permissions/decks";
import { LIVE_QUESTION } from "@/lib/decks/live-questions";

export const HARDEST_LIMIT = 10;

export type HardQuestion = {
  questionId: string;
  prompt: string;
  lapses: number;
  easeFactor: number;
  dueAt: string;
  lastReviewedAt: string | null;
  /** CardState.version, which a practice review of the card names as seen. */
  version: number;
  deck: { slug: string; title: string };
};

export async function loadHardestQuestions(userId: string, limit = HARDEST_LIMIT, deckIds?: string[]): Promise<HardQuestion[]> {
  const decks = deckIds ?? (await studyableDeckIds(userId));
  if (decks.length === 0) return [];
  // A top-N read, not an aggregate: lapses are kept on CardState, so no ReviewLog scan is needed.
  const cards = await db.cardState.findMany({
    where: { userId, lapses: { gt: 0 }, question: { ...LIVE_QUESTION, deckId: { in: decks } } },
    orderBy: [{ lapses: "desc" }, { easeFactor: "asc" }, { questionId: "asc" }],
    take: limit,
    select: {
      questionId: true,
      lapses: true,
      easeFactor: true,
      dueAt: true,
      lastReviewedAt: true,
      version: true,
      question: { select: { prompt: true, deck: { select: { slug: true, title: true } } } },
    },
  });
  return cards.map((card) => ({
    questionId: card.questionId,
    prompt: card.question.prompt,
    lapses: card.lapses,
    easeFactor: card.easeFactor,
    dueAt: card.dueAt.toISOString(),
    lastReviewedAt: card.lastReviewedAt?.toISOString() ?? null,
    version: card.version,
    deck: card.question.deck,
  }));
}
