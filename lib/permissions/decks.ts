// Who may see, study and edit a deck. The only place these rules live; every deck query that
// depends on the viewer builds its filter from here.
import "server-only";
import { db } from "@/lib/db";
import { statements } from "@/lib/db/statements";
import { NotFoundError } from "./errors";
import { LIVE_CLASS, liveClassSql } from "./classes";

const published = { publishedAt: { not: null } };

/** An assignment in a live (not archived) class the user belongs to. */
export const liveAssignmentFor = (userId: string) => ({ class: { ...LIVE_CLASS, members: { some: { userId } } } });
const assignedTo = (userId: string) => ({ assignments: { some: liveAssignmentFor(userId) } });

/**
 * Decks a user studies: their own published decks, public decks they added, and decks a live
 * class of theirs assigns. An addition counts only while the deck stays public, so an author
 * who makes a deck private withdraws it from everyone outside their classes.
 */
export function studyableDecksWhere(userId: string) {
  return {
    ...published,
    OR: [{ ownerId: userId }, { visibility: "PUBLIC", enrollments: { some: { userId } } }, assignedTo(userId)],
  };
}

/**
 * studyableDecksWhere as a SQL condition (text) on the Deck table aliased `deck`, for statements
 * sent without Prisma (lib/db/statements.ts); `user` is the parameter holding the user's id, e.g.
 * "$2". tests/permissions/studyable-sql.test.ts holds both to the same answers.
 */
export function studyableDeckSql(deck: string, user: string): string {
  return `(${deck}."publishedAt" IS NOT NULL AND (${deck}."ownerId" = ${user}
    OR (${deck}."visibility" = 'PUBLIC' AND EXISTS (SELECT 1 FROM "DeckEnrollment" e WHERE e."deckId" = ${deck}."id" AND e."userId" = ${user}))
    OR EXISTS (SELECT 1 FROM "Assignment" a JOIN "Class" c ON c."id" = a."classId" JOIN "ClassMember" m ON m."classId" = c."id"
      WHERE a."deckId" = ${deck}."id" AND ${liveClassSql("c")} AND m."userId" = ${user})))`;
}

/** Decks a user may see: their own (drafts included), public ones, and those they study. */
export function visibleDecksWhere(userId: string) {
  return {
    OR: [{ ownerId: userId }, { ...published, visibility: "PUBLIC" }, { ...published, ...assignedTo(userId) }],
  };
}

export async function canViewDeck(userId: string, deckId: string): Promise<boolean> {
  return (await db.deck.findFirst({ where: { id: deckId, ...visibleDecksWhere(userId) }, select: { id: true } })) !== null;
}

/** Hidden decks answer "not found", so ids of other people's drafts reveal nothing. */
export async function assertCanViewDeck(userId: string, deckId: string): Promise<void> {
  if (!(await canViewDeck(userId, deckId))) throw new NotFoundError("That deck does not exist or is not shared with you.");
}

// The two below run on every study page and dashboard: sent without Prisma (lib/db/statements.ts).
export async function studyableDeckIds(userId: string): Promise<string[]> {
  const decks = await statements().rows<{ id: string }>(`SELECT d."id" FROM "Deck" d WHERE ${studyableDeckSql("d", "$1")}`, [userId]);
  return decks.map((deck) => deck.id);
}

export async function canStudyDeck(userId: string, deckId: string): Promise<boolean> {
  return (await statements().rows(`SELECT 1 FROM "Deck" d WHERE d."id" = $1 AND ${studyableDeckSql("d", "$2")}`, [deckId, userId])).length > 0;
}

/**
 * Questions a user may study: those of decks they study (studyableDecksWhere). A filter, so a
 * question and the right to study it are read in one statement.
 */
export function inStudyableDeckWhere(userId: string) {
  return { deck: studyableDecksWhere(userId) };
}

/** Only a deck's author edits, publishes or sees the drafts of it. */
export async function assertCanEditDeck(userId: string, deckId: string): Promise<void> {
  const deck = await db.deck.findUnique({ where: { id: deckId }, select: { ownerId: true } });
  if (!deck || deck.ownerId !== userId) throw new NotFoundError("That deck does not exist or is not yours to edit.");
}

/**
 * Exporting follows seeing: a deck's owner exports it (drafts included); anyone else exports a
 * published deck they can see (public, or assigned to them). Progress in an export is always the
 * exporter's own, so an export never reveals another user's data.
 */
export async function assertCanExportDeck(userId: string, deckId: string): Promise<{ owner: boolean }> {
  const deck = await db.deck.findFirst({ where: { id: deckId, ...visibleDecksWhere(userId) }, select: { ownerId: true } });
  if (!deck) throw new NotFoundError("That deck does not exist or is not shared with you.");
  return { owner: deck.ownerId === userId };
}
