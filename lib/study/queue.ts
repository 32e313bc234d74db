// What to study now: cards due today (oldest first), then new cards up to the daily limit, then
// today's re-drills — computed for the student's own day (timezone, day start hour).
import "server-only";
import { db } from "@/lib/db";
import { studyableDeckIds, canStudyDeck } from "@/lib/permissions/decks";
import { studyDayEnd, studyDayStart } from "@/lib/calendar/study-day";
import { needsRedrill, type Grade } from "@/lib/srs/sm2";
import { StudyError } from "./errors";
import { loadHardestQuestions } from "./hardest";
import type { Student } from "@/lib/auth/session";
import { LIVE_QUESTION } from "@/lib/decks/live-questions";
import type { ReviewKind } from "@/lib/srs/review-kinds";
import { ensureFsrsMemory, loadSchedulerSettings } from "./card-memory";
import { loadCramQueue, type CramScope } from "./cram";

/** Cards sent to the browser at once; a longer queue continues after a reload. */
export const QUEUE_PAGE_SIZE = 200;

export type QueueEntry = { questionId: string; seenVersion: number; kind: ReviewKind };

export type StudyQueue = {
  entries: QueueEntry[];
  dueCount: number;
  newCount: number;
  redrillCount: number;
  /** Cards in this scope already finished today (for the progress bar). */
  doneToday: number;
};

/**
 * One deck, every deck, extra practice of the cards the student forgets most, or a cram session
 * before a date (lib/study/cram.ts).
 */
export type StudyScope = { deckId: string } | "all" | "hardest" | { cram: CramScope };

async function deckIdsFor(student: Student, scope: { deckId: string } | "all"): Promise<string[]> {
  if (scope === "all") return studyableDeckIds(student.id);
  if (!(await canStudyDeck(student.id, scope.deckId))) {
    throw new StudyError("not_found", "That deck does not exist or you have not added it.");
  }
  return [scope.deckId];
}

/** Questions whose latest review today was graded below 4: SM-2 repeats them until 4. */
function pendingRedrills(logs: { questionId: string; grade: number }[]): { pending: string[]; finished: string[] } {
  const latest = new Map<string, number>();
  for (const log of logs) latest.set(log.questionId, log.grade); // logs come oldest first
  const pending: string[] = [];
  const finished: string[] = [];
  for (const [questionId, grade] of latest) (needsRedrill(grade as Grade) ? pending : finished).push(questionId);
  return { pending, finished };
}

/** The hardest cards, in the dashboard's order, to practise now whatever their schedule. */
async function practiceQueue(student: Student): Promise<StudyQueue> {
  const hardest = await loadHardestQuestions(student.id);
  const entries = hardest.map((card) => ({ questionId: card.questionId, seenVersion: card.version, kind: "PRACTICE" as const }));
  return { entries, dueCount: 0, newCount: 0, redrillCount: 0, doneToday: 0 };
}

export async function loadStudyQueue(student: Student, scope: StudyScope, now = new Date()): Promise<StudyQueue> {
  if (scope === "hardest") return practiceQueue(student);
  if (typeof scope === "object" && "cram" in scope) {
    return { entries: await loadCramQueue(student, scope.cram, now), dueCount: 0, newCount: 0, redrillCount: 0, doneToday: 0 };
  }
  const deckIds = await deckIdsFor(student, scope);
  const dayStart = studyDayStart(now, student.timezone, student.dayStartsAtHour);
  const dayEnd = studyDayEnd(now, student.timezone, student.dayStartsAtHour);
  const inScope = { deckId: { in: deckIds }, ...LIVE_QUESTION };
  // The user's scheduler says whose due date counts: SM-2's dueAt or FSRS's fsrsDueAt.
  const settings = await loadSchedulerSettings(student.id);
  if (settings.scheduler === "fsrs") await ensureFsrsMemory(student.id, student, settings);
  const dueField = settings.scheduler === "fsrs" ? "fsrsDueAt" : "dueAt";
  const dueWhere = { userId: student.id, [dueField]: { lt: dayEnd }, question: inScope };

  const [dueStates, dueCount, todaysLogs, newSeenToday] = await Promise.all([
    // Served by the (userId, dueAt) or (userId, fsrsDueAt) index.
    db.cardState.findMany({
      where: dueWhere,
      orderBy: [{ [dueField]: "asc" }, { id: "asc" }],
      take: QUEUE_PAGE_SIZE,
      select: { questionId: true, version: true },
    }),
    db.cardState.count({ where: dueWhere }),
    db.reviewLog.findMany({
      // Practice does not touch the schedule, so it neither finishes nor re-drills a card.
      where: { userId: student.id, reviewedAt: { gte: dayStart, lt: dayEnd }, kind: { not: "PRACTICE" }, question: inScope },
      orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
      select: { questionId: true, grade: true },
    }),
    // The daily new-card limit counts across all decks.
    db.reviewLog.count({ where: { userId: student.id, kind: "NEW", reviewedAt: { gte: dayStart, lt: dayEnd } } }),
  ]);

  const newAllowance = Math.max(0, student.newPerDay - newSeenToday);
  const newQuestions =
    newAllowance === 0
      ? []
      : await db.question.findMany({
          where: { ...inScope, cardStates: { none: { userId: student.id } } },
          orderBy: [{ deckId: "asc" }, { position: "asc" }],
          take: Math.min(newAllowance, QUEUE_PAGE_SIZE),
          select: { id: true },
        });
  const newCount =
    newAllowance === 0
      ? 0
      : Math.min(newAllowance, await db.question.count({ where: { ...inScope, cardStates: { none: { userId: student.id } } } }));

  const { pending, finished } = pendingRedrills(todaysLogs);
  const due = new Set(dueStates.map((state) => state.questionId));
  const redrills = pending.filter((questionId) => !due.has(questionId));
  const versions = new Map(
    (await db.cardState.findMany({ where: { userId: student.id, questionId: { in: redrills } }, select: { questionId: true, version: true } })).map(
      (state) => [state.questionId, state.version],
    ),
  );

  const entries: QueueEntry[] = [
    ...dueStates.map((state) => ({ questionId: state.questionId, seenVersion: state.version, kind: "REVIEW" as const })),
    ...newQuestions.map((question) => ({ questionId: question.id, seenVersion: 0, kind: "NEW" as const })),
    ...redrills.map((questionId) => ({ questionId, seenVersion: versions.get(questionId) ?? 0, kind: "REDRILL" as const })),
  ];
  return { entries, dueCount, newCount, redrillCount: redrills.length, doneToday: finished.length };
}
