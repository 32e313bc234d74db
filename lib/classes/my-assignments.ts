// A student's own assignments across their live classes, with due dates and status, for the
// home page and the student's view of a class.
import "server-only";
import { db } from "@/lib/db";
import { deckProgress, cellKey, questionTotals } from "./deck-progress";
import { safeTimezone } from "./due-date";
import { assignmentStanding, type AssignmentStatus } from "./status";
import { LIVE_CLASS } from "@/lib/permissions/classes";

export type StudentAssignment = {
  assignmentId: string;
  classId: string;
  className: string;
  deckId: string;
  deckTitle: string;
  deckSlug: string;
  dueAt: Date | null;
  targetCorrectPct: number;
  questionsTotal: number;
  questionsSeen: number;
  correctPct: number | null;
  cardsDue: number;
  status: AssignmentStatus;
};

const STATUS_ORDER: Record<AssignmentStatus, number> = { overdue: 0, in_progress: 1, not_started: 2, done: 3 };

/**
 * Only the user's own rows are read, and only for classes where they are a student and which
 * are not archived. Sorted by what needs attention: overdue first, then by due date.
 */
export async function studentAssignments(
  userId: string,
  now = new Date(),
  filter: { classId?: string } = {},
): Promise<{ timezone: string; assignments: StudentAssignment[] }> {
  const [user, assignments] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { timezone: true } }),
    db.assignment.findMany({
      where: {
        ...(filter.classId ? { classId: filter.classId } : {}),
        class: { ...LIVE_CLASS, members: { some: { userId, role: "STUDENT" } } },
        deck: { publishedAt: { not: null } },
      },
      select: {
        id: true,
        dueAt: true,
        targetCorrectPct: true,
        class: { select: { id: true, name: true } },
        deck: { select: { id: true, title: true, slug: true } },
      },
    }),
  ]);
  const deckIds = [...new Set(assignments.map((assignment) => assignment.deck.id))];
  const [cells, totals] = await Promise.all([deckProgress({ userId }, deckIds, now), questionTotals(deckIds)]);
  const rows = assignments.map((assignment): StudentAssignment => {
    const cell = cells.get(cellKey(userId, assignment.deck.id));
    return {
      assignmentId: assignment.id,
      classId: assignment.class.id,
      className: assignment.class.name,
      deckId: assignment.deck.id,
      deckTitle: assignment.deck.title,
      deckSlug: assignment.deck.slug,
      dueAt: assignment.dueAt,
      targetCorrectPct: assignment.targetCorrectPct,
      ...assignmentStanding(cell, totals.get(assignment.deck.id) ?? 0, assignment, now),
    };
  });
  rows.sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) ||
      a.deckTitle.localeCompare(b.deckTitle),
  );
  return { timezone: safeTimezone(user.timezone), assignments: rows };
}
