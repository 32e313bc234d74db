// Who may see and study a deck. The only place these rules live.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "./errors";

/**
 * A deck is visible to its owner; once published, to everyone if it is public, and otherwise
 * to users enrolled in it or members of a class it is assigned to.
 */
export async function canViewDeck(userId: string, deckId: string): Promise<boolean> {
  const deck = await db.deck.findUnique({
    where: { id: deckId },
    select: { ownerId: true, visibility: true, publishedAt: true },
  });
  if (!deck) return false;
  if (deck.ownerId === userId) return true;
  if (!deck.publishedAt) return false;
  if (deck.visibility === "PUBLIC") return true;
  const [enrolled, assigned] = await Promise.all([
    db.deckEnrollment.findUnique({ where: { userId_deckId: { userId, deckId } }, select: { deckId: true } }),
    db.assignment.findFirst({
      where: { deckId, class: { archivedAt: null, members: { some: { userId } } } },
      select: { id: true },
    }),
  ]);
  return Boolean(enrolled || assigned);
}

/** Hidden decks answer "not found", so ids of other people's drafts reveal nothing. */
export async function assertCanViewDeck(userId: string, deckId: string): Promise<void> {
  if (!(await canViewDeck(userId, deckId))) throw new NotFoundError("That deck does not exist or is not shared with you.");
}

export async function isDeckOwner(userId: string, deckId: string): Promise<boolean> {
  const deck = await db.deck.findUnique({ where: { id: deckId }, select: { ownerId: true } });
  return deck?.ownerId === userId;
}

/**
 * The decks a user studies: published decks they added, or that a class of theirs assigns, or
 * that they wrote. Studying needs more than seeing: a public deck must be added first.
 */
function studyableDecks(userId: string) {
  return {
    publishedAt: { not: null },
    OR: [
      { ownerId: userId },
      { enrollments: { some: { userId } } },
      { assignments: { some: { class: { archivedAt: null, members: { some: { userId } } } } } },
    ],
  };
}

export async function studyableDeckIds(userId: string): Promise<string[]> {
  const decks = await db.deck.findMany({ where: studyableDecks(userId), select: { id: true } });
  return decks.map((deck) => deck.id);
}

export async function canStudyDeck(userId: string, deckId: string): Promise<boolean> {
  return (await db.deck.findFirst({ where: { id: deckId, ...studyableDecks(userId) }, select: { id: true } })) !== null;
}

/** Only a deck's author edits, publishes or sees the drafts of it. */
export async function assertCanEditDeck(userId: string, deckId: string): Promise<void> {
  if (!(await isDeckOwner(userId, deckId))) throw new NotFoundError("That deck does not exist or is not yours to edit.");
}
