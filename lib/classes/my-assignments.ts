// A student's own assignments across their live classes, with due dates and status, for the
// home page and the student's view of a class.
import "server-only";
import { statements } from "@/lib/db/statements";
import { deckProgress, cellKey, questionTotals } from "./deck-progress";
import { safeTimezone } from "./due-date";
import { assignmentStanding, type AssignmentStatus } from "./status";
import { liveClassSql } from "@/lib/permissions/classes";

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

type AssignmentRow = { id: string; dueAt: Date | null; targetCorrectPct: number | bigint; classId: string; className: string; deckId: string; deckTitle: string; deckSlug: string };

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
  // Without Prisma (lib/db/statements.ts): every dashboard view reads these. Assignments of a
  // live class the user is a student of, of a published deck.
  const sql = statements();
  const [[user], assignments] = await Promise.all([
    sql.rows<{ timezone: string }>(`SELECT "timezone" FROM "User" WHERE "id" = $1`, [userId]),
    sql.rows<AssignmentRow>(
      `SELECT a."id", a."dueAt", a."targetCorrectPct", c."id" AS "classId", c."name" AS "className", d."id" AS "deckId", d."title" AS "deckTitle", d."slug" AS "deckSlug"
       FROM "Assignment" a
       JOIN "Class" c ON c."id" = a."classId"
       JOIN "Deck" d ON d."id" = a."deckId"
       WHERE ${liveClassSql("c")} AND d."publishedAt" IS NOT NULL
         AND EXISTS (SELECT 1 FROM "ClassMember" m WHERE m."classId" = c."id" AND m."userId" = $1 AND m."role" = 'STUDENT')
         ${filter.classId ? `AND a."classId" = $2` : ""}`,
      filter.classId ? [userId, filter.classId] : [userId],
      { dueAt: "date" },
    ),
  ]);
  if (!user) throw new Error(`No user ${userId}.`);
  const deckIds = [...new Set(assignments.map((assignment) => assignment.deckId))];
  const [cells, totals] = await Promise.all([deckProgress({ userId }, deckIds, now), questionTotals(deckIds)]);
  const rows = assignments.map(({ id, targetCorrectPct, ...assignment }): StudentAssignment => {
    const target = { dueAt: assignment.dueAt, targetCorrectPct: Number(targetCorrectPct) };
    return {
      assignmentId: id,
      ...assignment,
      ...target,
      ...assignmentStanding(cells.get(cellKey(userId, assignment.deckId)), totals.get(assignment.deckId) ?? 0, target, now),
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
