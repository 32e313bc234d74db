// The hardest questions for a student: the cards they have forgotten most often (lapses: a
// failed review after the card had been passed), lowest ease first among equals.
import "server-only";
import { placeholders, statements } from "@/lib/db/statements";
import { studyableDeckIds } from "@/lib/permissions/decks";
import { liveQuestionCondition } from "@/lib/decks/live-questions";

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
  // Sent without Prisma (lib/db/statements.ts): the dashboard shows it on every view.
  const cards = await statements().rows<Omit<HardQuestion, "deck" | "dueAt" | "lastReviewedAt"> & { dueAt: Date; lastReviewedAt: Date | null; slug: string; title: string }>(
    `SELECT card."questionId", card."lapses", card."easeFactor", card."dueAt", card."lastReviewedAt", card."version", q."prompt", d."slug", d."title"
     FROM "CardState" card JOIN "Question" q ON q."id" = card."questionId" JOIN "Deck" d ON d."id" = q."deckId"
     WHERE card."userId" = $1 AND card."lapses" > 0 AND ${liveQuestionCondition("q")} AND q."deckId" IN (${placeholders(decks.length, 2)})
     ORDER BY card."lapses" DESC, card."easeFactor", card."questionId" LIMIT ${Math.max(0, Math.floor(limit))}`,
    [userId, ...decks],
    { dueAt: "date", lastReviewedAt: "date" },
  );
  return cards.map((card) => ({
    questionId: card.questionId,
    prompt: card.prompt,
    lapses: card.lapses,
    easeFactor: card.easeFactor,
    dueAt: card.dueAt.toISOString(),
    lastReviewedAt: card.lastReviewedAt?.toISOString() ?? null,
    version: card.version,
    deck: { slug: card.slug, title: card.title },
  }));
}
