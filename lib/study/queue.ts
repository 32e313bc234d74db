// What to study now: cards due today (oldest first), then new cards up to the daily limit, then
// today's re-drills — computed for the student's own day (timezone, day start hour).
import "server-only";
import { db, type Prisma } from "@/lib/db";
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
  const basis = await queueBasis(student, scope, now);
  const [dueStates, counts] = await Promise.all([duePage(basis), loadCounts(student, basis)]);
  const newQuestions =
    counts.newCount === 0
      ? []
      : await db.question.findMany({
          where: basis.unseen,
          orderBy: [{ deckId: "asc" }, { position: "asc" }],
          take: Math.min(counts.newCount, QUEUE_PAGE_SIZE),
          select: { id: true },
        });
  const redrills = redrillsBeyond(counts.pending, dueStates);
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
  return { entries, dueCount: counts.dueCount, newCount: counts.newCount, redrillCount: redrills.length, doneToday: counts.finished.length };
}

export type QueueCounts = Omit<StudyQueue, "entries">;

/**
 * What a deck (or every deck) has waiting, as loadStudyQueue counts it, without loading the cards:
 * for the dashboard and the study overview, which show the numbers only.
 */
export async function loadQueueCounts(student: Student, scope: { deckId: string } | "all", now = new Date()): Promise<QueueCounts> {
  const basis = await queueBasis(student, scope, now);
  const counts = await loadCounts(student, basis);
  const redrillCount = counts.pending.length === 0 ? 0 : redrillsBeyond(counts.pending, await duePage(basis)).length;
  return { dueCount: counts.dueCount, newCount: counts.newCount, redrillCount, doneToday: counts.finished.length };
}

/** Pending re-drills not among the due cards served: a card both due and pending is shown (and counted) once, as due. */
function redrillsBeyond(pending: string[], dueStates: { questionId: string }[]): string[] {
  const due = new Set(dueStates.map((state) => state.questionId));
  return pending.filter((questionId) => !due.has(questionId));
}

/** The due cards the queue serves at once, oldest due first; served by the (userId, dueAt) or (userId, fsrsDueAt) index. */
function duePage(basis: QueueBasis) {
  return db.cardState.findMany({
    where: basis.dueWhere,
    orderBy: [{ [basis.dueField]: "asc" }, { id: "asc" }],
    take: QUEUE_PAGE_SIZE,
    select: { questionId: true, version: true },
  });
}

type QueueBasis = {
  dueField: "dueAt" | "fsrsDueAt";
  dueWhere: Prisma.CardStateWhereInput;
  /** Live questions in scope the student has never seen. */
  unseen: Prisma.QuestionWhereInput;
  inScope: Prisma.QuestionWhereInput;
  dayStart: Date;
  dayEnd: Date;
};

/** The student's day and the conditions every part of the queue shares. */
async function queueBasis(student: Student, scope: { deckId: string } | "all", now: Date): Promise<QueueBasis> {
  const deckIds = await deckIdsFor(student, scope);
  const dayStart = studyDayStart(now, student.timezone, student.dayStartsAtHour);
  const dayEnd = studyDayEnd(now, student.timezone, student.dayStartsAtHour);
  const inScope = { deckId: { in: deckIds }, ...LIVE_QUESTION };
  // The user's scheduler says whose due date counts: SM-2's dueAt or FSRS's fsrsDueAt.
  const settings = await loadSchedulerSettings(student.id);
  if (settings.scheduler === "fsrs") await ensureFsrsMemory(student.id, student, settings);
  const dueField = settings.scheduler === "fsrs" ? "fsrsDueAt" : "dueAt";
  return {
    dueField,
    dueWhere: { userId: student.id, [dueField]: { lt: dayEnd }, question: inScope },
    unseen: { ...inScope, cardStates: { none: { userId: student.id } } },
    inScope,
    dayStart,
    dayEnd,
  };
}

/** Due and new counts, and today's re-drills still pending or finished. */
async function loadCounts(student: Student, basis: QueueBasis) {
  const [dueCount, todaysLogs, newSeenToday] = await Promise.all([
    db.cardState.count({ where: basis.dueWhere }),
    db.reviewLog.findMany({
      // Practice does not touch the schedule, so it neither finishes nor re-drills a card.
      where: { userId: student.id, reviewedAt: { gte: basis.dayStart, lt: basis.dayEnd }, kind: { not: "PRACTICE" }, question: basis.inScope },
      orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
      select: { questionId: true, grade: true },
    }),
    // The daily new-card limit counts across all decks.
    db.reviewLog.count({ where: { userId: student.id, kind: "NEW", reviewedAt: { gte: basis.dayStart, lt: basis.dayEnd } } }),
  ]);
  const newAllowance = Math.max(0, student.newPerDay - newSeenToday);
  const newCount = newAllowance === 0 ? 0 : Math.min(newAllowance, await db.question.count({ where: basis.unseen }));
  return { dueCount, newCount, ...pendingRedrills(todaysLogs) };
}
