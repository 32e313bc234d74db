// Who is in a class: joining with a code, leaving, and an instructor removing a student.
// Deck access through assignments is derived from membership, so deleting the row ends it at once.
import "server-only";
import { db } from "@/lib/db";
import { assertCanManageClass, assertCanViewClass, LIVE_CLASS } from "@/lib/permissions/classes";
import { NotFoundError, PermissionError } from "@/lib/permissions/errors";
import { ClassFormError, NO_SUCH_JOIN_CODE } from "./errors";
import { normaliseJoinCode } from "./join-code";

export type JoinableClass = { id: string; name: string; instructorName: string };

/** A live class behind a join code, for the join page; null for a bad, rotated or archived code. */
export async function findClassByJoinCode(input: string): Promise<JoinableClass | null> {
  const code = normaliseJoinCode(input);
  if (!code) return null;
  const found = await db.class.findFirst({
    where: { joinCode: code, ...LIVE_CLASS },
    select: { id: true, name: true, owner: { select: { name: true } } },
  });
  return found ? { id: found.id, name: found.name, instructorName: found.owner.name } : null;
}

/**
 * Makes the user a student of the class behind the code. Joining again changes nothing (an
 * instructor stays an instructor). Refuses a bad, rotated or archived code with one message.
 */
export async function joinClass(userId: string, codeInput: string): Promise<{ classId: string; alreadyMember: boolean }> {
  const found = await findClassByJoinCode(codeInput);
  if (!found) throw new ClassFormError("joinCode", NO_SUCH_JOIN_CODE);
  const existing = await db.classMember.findUnique({ where: { classId_userId: { classId: found.id, userId } }, select: { role: true } });
  if (existing) return { classId: found.id, alreadyMember: true };
  // upsert: two tabs joining at once must not fail on the primary key.
  await db.classMember.upsert({
    where: { classId_userId: { classId: found.id, userId } },
    create: { classId: found.id, userId, role: "STUDENT" },
    update: {},
  });
  return { classId: found.id, alreadyMember: false };
}

export async function leaveClass(userId: string, classId: string): Promise<void> {
  const access = await assertCanViewClass(userId, classId);
  if (access.role === "INSTRUCTOR") throw new PermissionError("An instructor cannot leave their own class. Archive it instead.");
  await db.classMember.deleteMany({ where: { classId, userId, role: "STUDENT" } });
}

/** Removes a student; their reviews stay theirs, but the class's decks and data are gone for them at once. */
export async function removeStudent(instructorId: string, classId: string, studentId: string): Promise<void> {
  await assertCanManageClass(instructorId, classId);
  const { count } = await db.classMember.deleteMany({ where: { classId, userId: studentId, role: "STUDENT" } });
  if (count === 0) throw new NotFoundError("That student is not in this class.");
}
