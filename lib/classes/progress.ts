// The instructor's progress table: one row per student × assignment, aggregated in SQL.
import "server-only";
import { db } from "@/lib/db";
import { assertIsClassInstructor } from "@/lib/permissions/classes";
import { deckProgress, cellKey, questionTotals } from "./deck-progress";
import { safeTimezone } from "./due-date";
import { assignmentStanding, type AssignmentStatus } from "./status";

export type ProgressAssignment = { id: string; deckId: string; deckTitle: string; dueAt: Date | null; targetCorrectPct: number; questionsTotal: number };

export type ProgressRow = {
  studentId: string;
  studentName: string;
  studentEmail: string;
  assignmentId: string;
  deckTitle: string;
  dueAt: Date | null;
  questionsTotal: number;
  questionsSeen: number;
  /** Share of seen questions whose latest review was correct; null before any review. */
  correctPct: number | null;
  cardsDue: number;
  lastActiveAt: Date | null;
  status: AssignmentStatus;
};

export type ClassProgress = {
  classId: string;
  className: string;
  archived: boolean;
  timezone: string;
  generatedAt: Date;
  students: number;
  assignments: ProgressAssignment[];
  rows: ProgressRow[];
};

export async function classProgress(instructorId: string, classId: string, now = new Date()): Promise<ClassProgress> {
  const access = await assertIsClassInstructor(instructorId, classId);
  const [item, viewer, students, assignments] = await Promise.all([
    db.class.findUniqueOrThrow({ where: { id: classId }, select: { name: true } }),
    db.user.findUniqueOrThrow({ where: { id: instructorId }, select: { timezone: true } }),
    db.classMember.findMany({
      where: { classId, role: "STUDENT" },
      orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
      select: { user: { select: { id: true, name: true, email: true } } },
    }),
    db.assignment.findMany({
      where: { classId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, dueAt: true, targetCorrectPct: true, deck: { select: { id: true, title: true } } },
    }),
  ]);
  const deckIds = [...new Set(assignments.map((assignment) => assignment.deck.id))];
  const [cells, totals] = await Promise.all([deckProgress({ classId }, deckIds, now), questionTotals(deckIds)]);

  const rows: ProgressRow[] = [];
  for (const { user } of students) {
    for (const assignment of assignments) {
      const cell = cells.get(cellKey(user.id, assignment.deck.id));
      rows.push({
        studentId: user.id,
        studentName: user.name,
        studentEmail: user.email,
        assignmentId: assignment.id,
        deckTitle: assignment.deck.title,
        dueAt: assignment.dueAt,
        lastActiveAt: cell?.lastActiveAt ?? null,
        ...assignmentStanding(cell, totals.get(assignment.deck.id) ?? 0, assignment, now),
      });
    }
  }
  return {
    classId,
    className: item.name,
    archived: access.archived,
    timezone: safeTimezone(viewer.timezone),
    generatedAt: now,
    students: students.length,
    assignments: assignments.map((assignment) => ({
      id: assignment.id,
      deckId: assignment.deck.id,
      deckTitle: assignment.deck.title,
      dueAt: assignment.dueAt,
      targetCorrectPct: assignment.targetCorrectPct,
      questionsTotal: totals.get(assignment.deck.id) ?? 0,
    })),
    rows,
  };
}
