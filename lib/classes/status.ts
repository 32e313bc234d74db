// Where a student stands on one assignment, computed from counts (no I/O) so the rule is
// tested on its own and shared by the class progress table and the student's home page.
import { isOverdue } from "./due-date";

export type AssignmentStatus = "not_started" | "in_progress" | "done" | "overdue";

export const STATUS_LABELS: Record<AssignmentStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  done: "Done",
  overdue: "Overdue",
};

export type StatusInput = {
  /** Non-rejected questions in the deck. */
  questionsTotal: number;
  /** Of those, questions the student has reviewed at least once. */
  questionsSeen: number;
  /** Of those, questions whose latest review was correct. */
  correctOnLastReview: number;
  targetCorrectPct: number;
  dueAt: Date | null;
};

/**
 * Done: every question reviewed at least once and the share of questions whose latest review
 * was correct reaches the target. Status is recomputed from the data each time, so a student
 * who later gets questions wrong can fall back from done. Overdue: not done after the due
 * instant. An empty deck has nothing left to do, so it counts as done.
 */
export function assignmentStatus(input: StatusInput, now: Date): AssignmentStatus {
  if (isDone(input)) return "done";
  if (isOverdue(input.dueAt, now)) return "overdue";
  return input.questionsSeen === 0 ? "not_started" : "in_progress";
}

function isDone({ questionsTotal, questionsSeen, correctOnLastReview, targetCorrectPct }: StatusInput): boolean {
  if (questionsTotal === 0) return true;
  if (questionsSeen < questionsTotal) return false;
  // Integer comparison avoids 0.8 * 5 style rounding surprises.
  return correctOnLastReview * 100 >= targetCorrectPct * questionsTotal;
}

/** Share of seen questions whose latest review was correct, as a whole percent; null before any review. */
export function correctPct(correctOnLastReview: number, questionsSeen: number): number | null {
  return questionsSeen === 0 ? null : Math.round((correctOnLastReview * 100) / questionsSeen);
}

/** What a progress cell says about one student on one assignment, as both views show it. */
export function assignmentStanding(
  cell: { questionsSeen: number; correctOnLastReview: number; cardsDue: number } | undefined,
  questionsTotal: number,
  assignment: { targetCorrectPct: number; dueAt: Date | null },
  now: Date,
) {
  const questionsSeen = cell?.questionsSeen ?? 0;
  const correctOnLastReview = cell?.correctOnLastReview ?? 0;
  return {
    questionsTotal,
    questionsSeen,
    correctPct: correctPct(correctOnLastReview, questionsSeen),
    cardsDue: cell?.cardsDue ?? 0,
    status: assignmentStatus(
      { questionsTotal, questionsSeen, correctOnLastReview, targetCorrectPct: assignment.targetCorrectPct, dueAt: assignment.dueAt },
      now,
    ),
  };
}
