// Builders for class tests: a class with an instructor and students, and hand-written review history.
import { db } from "@/lib/db";
import { createClass } from "@/lib/classes/classes";
import { createUser, reviewId } from "../support/fixtures";

export async function classWithMembers(students = 1) {
  const instructor = await createUser({ name: "Iris Instructor" });
  const created = await createClass(instructor.id, "Biology 101");
  const members = [];
  for (let i = 0; i < students; i++) {
    const student = await createUser({ name: `Student ${String.fromCharCode(65 + i)}` });
    await db.classMember.create({ data: { classId: created.id, userId: student.id, role: "STUDENT" } });
    members.push(student);
  }
  const outsider = await createUser({ name: "Olly Outsider" });
  return { instructor, classId: created.id, joinCode: created.joinCode, students: members, outsider };
}

/** One ReviewLog row, written directly so tests control correctness, response and time. */
export async function review(
  userId: string,
  questionId: string,
  options: { correct: boolean; response?: unknown; at: string; kind?: "NEW" | "REVIEW" | "REDRILL" | "PRACTICE" },
) {
  await db.reviewLog.create({
    data: {
      clientReviewId: reviewId(),
      userId,
      questionId,
      grade: options.correct ? 4 : 1,
      response: (options.response ?? (options.correct ? "right" : "wrong")) as string,
      correct: options.correct,
      durationMs: 1000,
      reviewedAt: new Date(options.at),
      kind: options.kind ?? "REVIEW",
      stateAfter: {},
    },
  });
}

export async function cardDue(userId: string, questionId: string, dueAt: string) {
  await db.cardState.create({ data: { userId, questionId, dueAt: new Date(dueAt), repetitions: 1, intervalDays: 1, lastReviewedAt: new Date(dueAt) } });
}
