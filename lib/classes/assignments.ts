// Decks assigned to a class. Members study an assigned deck through their membership (see
// lib/permissions/decks), so assigning copies no rows and removal from the class revokes access.
import "server-only";
import { db } from "@/lib/db";
import { assertCanManageClass, canAssignDeck } from "@/lib/permissions/classes";
import { NotFoundError } from "@/lib/permissions/errors";
import { ClassFormError } from "./errors";
import { dueAtForDate, safeTimezone, calendarDateKey } from "./due-date";

export type AssignDeckInput = {
  deckId: string;
  /** "YYYY-MM-DD" in the instructor's time zone, or null for no due date. */
  dueDate: string | null;
  targetCorrectPct: number;
};

/** Assigns a deck, or updates the due date and target when it is already assigned. */
export async function assignDeck(instructorId: string, classId: string, input: AssignDeckInput, now = new Date()): Promise<{ assignmentId: string }> {
  await assertCanManageClass(instructorId, classId);
  if (!(await canAssignDeck(instructorId, input.deckId))) {
    throw new ClassFormError("deckId", "Choose a published deck that is public or your own.");
  }
  let dueAt: Date | null = null;
  if (input.dueDate !== null) {
    const instructor = await db.user.findUniqueOrThrow({ where: { id: instructorId }, select: { timezone: true } });
    const timezone = safeTimezone(instructor.timezone);
    if (input.dueDate < calendarDateKey(now, timezone)) throw new ClassFormError("dueDate", "Pick today or a later date.");
    try {
      dueAt = dueAtForDate(input.dueDate, timezone);
    } catch {
      throw new ClassFormError("dueDate", "Enter a real date.");
    }
  }
  const data = { dueAt, targetCorrectPct: input.targetCorrectPct };
  const assignment = await db.assignment.upsert({
    where: { classId_deckId: { classId, deckId: input.deckId } },
    create: { classId, deckId: input.deckId, ...data },
    update: data,
    select: { id: true },
  });
  return { assignmentId: assignment.id };
}

/** Students keep their reviews; the deck stays studyable only if they reach it another way. */
export async function unassignDeck(instructorId: string, classId: string, assignmentId: string): Promise<void> {
  await assertCanManageClass(instructorId, classId);
  const { count } = await db.assignment.deleteMany({ where: { id: assignmentId, classId } });
  if (count === 0) throw new NotFoundError("That assignment is not in this class.");
}
