// The decks a user can see: their own list (enrolled, assigned, authored) and the public catalogue.
import "server-only";
import { db } from "@/lib/db";
import { assertCanViewDeck, liveAssignmentFor, visibleDecksWhere } from "@/lib/permissions/decks";
import { NotFoundError } from "@/lib/permissions/errors";
import { LIVE_QUESTION } from "@/lib/decks/live-questions";

export type DeckSummary = {
  id: string;
  slug: string;
  title: string;
  description: string;
  sourceCitation: string;
  questionCount: number;
  enrolled: boolean;
  /** Assigned by a class the user belongs to: studied without being added. */
  assigned: boolean;
  owned: boolean;
  published: boolean;
};

const ACTIVE_QUESTIONS = { where: LIVE_QUESTION } as const;

export async function listDecks(userId: string): Promise<{ mine: DeckSummary[]; catalogue: DeckSummary[] }> {
  const decks = await db.deck.findMany({
    where: visibleDecksWhere(userId),
    orderBy: { title: "asc" },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      sourceCitation: true,
      ownerId: true,
      publishedAt: true,
      _count: { select: { questions: ACTIVE_QUESTIONS } },
      enrollments: { where: { userId }, select: { userId: true } },
      assignments: { where: liveAssignmentFor(userId), select: { id: true }, take: 1 },
    },
  });
  const summaries = decks.map((deck) => ({
    id: deck.id,
    slug: deck.slug,
    title: deck.title,
    description: deck.description,
    sourceCitation: deck.sourceCitation,
    questionCount: deck._count.questions,
    enrolled: deck.enrollments.length > 0,
    assigned: deck.assignments.length > 0,
    owned: deck.ownerId === userId,
    published: deck.publishedAt !== null,
  }));
  return {
    mine: summaries.filter((deck) => deck.enrolled || deck.owned || deck.assigned),
    catalogue: summaries.filter((deck) => !deck.enrolled && !deck.owned && !deck.assigned),
  };
}

/**
 * Adds a public deck to the user's list. Private decks reach students only through a class
 * assignment, which ends when they leave the class, so they cannot be added for good.
 */
export async function enrollInDeck(userId: string, deckId: string): Promise<void> {
  await assertCanViewDeck(userId, deckId);
  const deck = await db.deck.findUniqueOrThrow({ where: { id: deckId }, select: { visibility: true, publishedAt: true } });
  if (deck.visibility !== "PUBLIC" || !deck.publishedAt) throw new NotFoundError("Only published public decks can be added.");
  await db.deckEnrollment.upsert({
    where: { userId_deckId: { userId, deckId } },
    create: { userId, deckId },
    update: {},
  });
}

export async function leaveDeck(userId: string, deckId: string): Promise<void> {
  await db.deckEnrollment.deleteMany({ where: { userId, deckId } });
}
