// What to study now: cards due today (oldest first), then new cards up to the daily limit, then
// today's re-drills — computed for the student's own day (timezone, day start hour).
import "server-only";
import { placeholders, statements } from "@/lib/db/statements";
import { toCount } from "@/lib/db/dialect";
import { studyableDeckIds, canStudyDeck } from "@/lib/permissions/decks";
import { studyDayEnd, studyDayStart } from "@/lib/calendar/study-day";
import { needsRedrill, type Grade } from "@/lib/srs/sm2";
import { StudyError } from "./errors";
import { loadHardestQuestions } from "./hardest";
import type { Student } from "@/lib/auth/session";
import { liveQuestionCondition } from "@/lib/decks/live-questions";
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
      : await basis.sql.rows<{ id: string }>(
          `SELECT q."id" FROM "Question" q WHERE ${basis.unseen} ORDER BY q."deckId", q."position" LIMIT ${Math.min(counts.newCount, QUEUE_PAGE_SIZE)}`,
          basis.params,
        );
  const redrills = redrillsBeyond(counts.pending, dueStates);
  const versions = new Map(
    redrills.length === 0
      ? []
      : (
          await basis.sql.rows<{ questionId: string; version: number }>(
            `SELECT "questionId", "version" FROM "CardState" WHERE "userId" = $1 AND "questionId" IN (${placeholders(redrills.length, 2)})`,
            [student.id, ...redrills],
          )
        ).map((state) => [state.questionId, state.version]),
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
  return basis.sql.rows<{ questionId: string; version: number }>(
    `SELECT cs."questionId", cs."version" FROM "CardState" cs JOIN "Question" q ON q."id" = cs."questionId" WHERE ${basis.due}
     ORDER BY cs."${basis.dueField}", cs."id" LIMIT ${QUEUE_PAGE_SIZE}`,
    basis.params,
  );
}

/**
 * The conditions every part of the queue shares, as SQL over `params` (sent without Prisma,
 * lib/db/statements.ts: the study page and dashboard run them on every view): $1 the student,
 * $2 and $3 the study day's bounds, then the decks in scope.
 */
type QueueBasis = {
  sql: ReturnType<typeof statements>;
  params: (string | Date)[];
  dueField: "dueAt" | "fsrsDueAt";
  /** Card states (`cs`, joined to their question `q`) due by the end of the study day. */
  due: string;
  /** Live questions (`q`) in scope the student has never seen. */
  unseen: string;
  /** Live questions (`q`) in scope. */
  inScope: string;
};

/** The student's day and the conditions every part of the queue shares. */
async function queueBasis(student: Student, scope: { deckId: string } | "all", now: Date): Promise<QueueBasis> {
  const deckIds = await deckIdsFor(student, scope);
  const dayStart = studyDayStart(now, student.timezone, student.dayStartsAtHour);
  const dayEnd = studyDayEnd(now, student.timezone, student.dayStartsAtHour);
  // No deck in scope: a condition nothing meets (an empty IN list is not SQL).
  const inScope = deckIds.length === 0 ? "1 = 0" : `q."deckId" IN (${placeholders(deckIds.length, 4)}) AND ${liveQuestionCondition("q")}`;
  // The user's scheduler says whose due date counts: SM-2's dueAt or FSRS's fsrsDueAt.
  const settings = await loadSchedulerSettings(student.id);
  if (settings.scheduler === "fsrs") await ensureFsrsMemory(student.id, student, settings);
  const dueField = settings.scheduler === "fsrs" ? "fsrsDueAt" : "dueAt";
  return {
    sql: statements(),
    params: [student.id, dayStart, dayEnd, ...deckIds],
    dueField,
    due: `cs."userId" = $1 AND cs."${dueField}" < $3 AND ${inScope}`,
    unseen: `${inScope} AND NOT EXISTS (SELECT 1 FROM "CardState" seen WHERE seen."questionId" = q."id" AND seen."userId" = $1)`,
    inScope,
  };
}

/** Due and new counts, and today's re-drills still pending or finished. */
async function loadCounts(student: Student, basis: QueueBasis) {
  const { sql, params } = basis;
  const [[due], todaysLogs, [newSeenToday]] = await Promise.all([
    sql.rows<{ n: unknown }>(`SELECT COUNT(*) AS "n" FROM "CardState" cs JOIN "Question" q ON q."id" = cs."questionId" WHERE ${basis.due}`, params),
    // Practice does not touch the schedule, so it neither finishes nor re-drills a card.
    sql.rows<{ questionId: string; grade: number }>(
      `SELECT r."questionId", r."grade" FROM "ReviewLog" r JOIN "Question" q ON q."id" = r."questionId"
       WHERE r."userId" = $1 AND r."reviewedAt" >= $2 AND r."reviewedAt" < $3 AND r."kind" <> 'PRACTICE' AND ${basis.inScope}
       ORDER BY r."reviewedAt", r."id"`,
      params,
    ),
    // The daily new-card limit counts across all decks.
    sql.rows<{ n: unknown }>(`SELECT COUNT(*) AS "n" FROM "ReviewLog" WHERE "userId" = $1 AND "kind" = 'NEW' AND "reviewedAt" >= $2 AND "reviewedAt" < $3`, params.slice(0, 3)),
  ]);
  const newAllowance = Math.max(0, student.newPerDay - toCount(newSeenToday.n));
  const unseen = newAllowance === 0 ? 0 : toCount((await sql.rows<{ n: unknown }>(`SELECT COUNT(*) AS "n" FROM "Question" q WHERE ${basis.unseen}`, params))[0].n);
  return { dueCount: toCount(due.n), newCount: Math.min(newAllowance, unseen), ...pendingRedrills(todaysLogs) };
}
