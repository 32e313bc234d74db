// Who may see and change a class, its members, assignments and progress. The only place these
// rules live; every lib/classes entry point calls one of the assertions below first.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError, PermissionError } from "./errors";

export type ClassRole = "INSTRUCTOR" | "STUDENT";

export type ClassAccess = { classId: string; role: ClassRole; archived: boolean };

/** A class that is running: archiving ends it for students and freezes it for instructors. */
export const LIVE_CLASS = { archivedAt: null } as const;
/** LIVE_CLASS as a SQL condition on the Class table aliased `alias`, for statements sent without Prisma. */
export const liveClassSql = (alias: string): string => `${alias}."archivedAt" IS NULL`;

export function isArchived(item: { archivedAt: Date | null }): boolean {
  return item.archivedAt !== null;
}

/** One message for "no such class" and "not yours", so class ids reveal nothing. */
export const CLASS_NOT_FOUND = "That class does not exist or you are not a member of it.";

/**
 * A member's view of a class. Students of an archived class have none: archiving ends the
 * class for them (assignments and deck access go with it), while instructors keep a
 * read-only view. A removed member has no row, so access ends with the delete.
 */
export async function classAccess(userId: string, classId: string): Promise<ClassAccess | null> {
  const member = await db.classMember.findUnique({
    where: { classId_userId: { classId, userId } },
    select: { role: true, class: { select: { archivedAt: true } } },
  });
  if (!member) return null;
  const role: ClassRole = member.role === "INSTRUCTOR" ? "INSTRUCTOR" : "STUDENT";
  const archived = isArchived(member.class);
  if (archived && role === "STUDENT") return null;
  return { classId, role, archived };
}

export async function canViewClass(userId: string, classId: string): Promise<boolean> {
  return (await classAccess(userId, classId)) !== null;
}

export async function assertCanViewClass(userId: string, classId: string): Promise<ClassAccess> {
  const access = await classAccess(userId, classId);
  if (!access) throw new NotFoundError(CLASS_NOT_FOUND);
  return access;
}

/** Progress, item analysis and the member list: instructors only, archived classes included. */
export async function assertIsClassInstructor(userId: string, classId: string): Promise<ClassAccess> {
  const access = await assertCanViewClass(userId, classId);
  if (access.role !== "INSTRUCTOR") throw new PermissionError("Only the class's instructors can do that.");
  return access;
}

/** Changes to a class (members, code, assignments, archiving): instructors of a live class. */
export async function assertCanManageClass(userId: string, classId: string): Promise<ClassAccess> {
  const access = await assertIsClassInstructor(userId, classId);
  if (access.archived) throw new PermissionError("This class is archived, so it can no longer be changed.");
  return access;
}

/**
 * A deck an instructor may hand to a class: published (students can only study published
 * decks) and either public or their own — assigning must not re-share someone else's private deck.
 */
export async function canAssignDeck(userId: string, deckId: string): Promise<boolean> {
  const deck = await db.deck.findUnique({ where: { id: deckId }, select: { ownerId: true, visibility: true, publishedAt: true } });
  if (!deck || !deck.publishedAt) return false;
  return deck.visibility === "PUBLIC" || deck.ownerId === userId;
}

/** The filter behind canAssignDeck, for listing the decks an instructor can choose from. */
export function assignableDecksWhere(userId: string) {
  return { publishedAt: { not: null }, OR: [{ visibility: "PUBLIC" }, { ownerId: userId }] };
}
