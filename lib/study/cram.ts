// Cram mode: before an exam or an assignment's due date, a session of the studied cards most
// likely to be forgotten by that date (lib/srs/cram.ts ranks them by FSRS's forgetting curve,
// which is kept for every user whatever their scheduler). Cram answers are practice: logged as
// PRACTICE, they never move either scheduler's state (lib/study/review.ts).
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { addStudyDays, studyDayKey, studyDayKeyToStart } from "@/lib/calendar/study-day";
import { LIVE_QUESTION } from "@/lib/decks/live-questions";
import { studyableDeckIds, canStudyDeck } from "@/lib/permissions/decks";
import { rankForCram } from "@/lib/srs/cram";
import type { Student } from "@/lib/auth/session";
import { dueDateKey, safeTimezone } from "@/lib/classes/due-date";
import { studentAssignments } from "@/lib/classes/my-assignments";
import { ensureFsrsMemory, fsrsCardOf, FSRS_MEMORY_SELECT, loadSchedulerSettings } from "./card-memory";
import { StudyError } from "./errors";
import type { QueueEntry } from "./queue";

/** Cards in one cram session: enough for a focused half hour. */
export const CRAM_SESSION_SIZE = 50;
/** How far ahead a cram date may be. */
export const CRAM_MAX_DAYS_AHEAD = 366;

export type CramScope = { until: string; deckId: string | null };

/** A date typed or linked as ?until=YYYY-MM-DD (checked against the calendar by cramTarget). */
export const cramDateSchema = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "Pick the date of your exam or due date.");

/**
 * The instant cram ranks recall at: the start of the chosen day on the student's calendar.
 * Refuses a day before today or more than a year ahead.
 */
export function cramTarget(student: Pick<Student, "timezone" | "dayStartsAtHour">, until: string, now: Date): Date {
  const today = studyDayKey(now, student.timezone, student.dayStartsAtHour);
  let target: Date;
  try {
    target = studyDayKeyToStart(until, student.timezone, student.dayStartsAtHour);
  } catch {
    throw new StudyError("invalid", "Pick a real date for your exam or due date.");
  }
  if (until < today) throw new StudyError("invalid", "Pick today or a date ahead: cram prepares for a date still to come.");
  if (until > addStudyDays(today, CRAM_MAX_DAYS_AHEAD)) throw new StudyError("invalid", "Pick a date within the next year.");
  return target;
}

/** The studied cards most likely to be forgotten by the date, most at risk first, as practice. */
export async function loadCramQueue(student: Student, scope: CramScope, now = new Date()): Promise<QueueEntry[]> {
  const target = cramTarget(student, scope.until, now);
  if (scope.deckId !== null && !(await canStudyDeck(student.id, scope.deckId))) {
    throw new StudyError("not_found", "That deck does not exist or you have not added it.");
  }
  const deckIds = scope.deckId !== null ? [scope.deckId] : await studyableDeckIds(student.id);
  const calendar = { timezone: student.timezone, dayStartsAtHour: student.dayStartsAtHour };
  const settings = await loadSchedulerSettings(student.id);
  await ensureFsrsMemory(student.id, calendar, settings);
  const rows = await db.cardState.findMany({
    where: { userId: student.id, question: { ...LIVE_QUESTION, deckId: { in: deckIds } } },
    select: { questionId: true, version: true, ...FSRS_MEMORY_SELECT },
  });
  const versions = new Map(rows.map((row) => [row.questionId, row.version]));
  const candidates = rows.flatMap((row) => {
    const fsrs = fsrsCardOf(row);
    return fsrs ? [{ id: row.questionId, fsrs }] : [];
  });
  return rankForCram(candidates, target, calendar, settings.fsrs, CRAM_SESSION_SIZE).map((pick) => ({
    questionId: pick.id,
    seenVersion: versions.get(pick.id)!,
    kind: "PRACTICE" as const,
  }));
}

export type CramOption = { deckId: string; slug: string; title: string; until: string; label: string };

/** The student's assignments still to come with a due date, as ready-made cram sessions. */
export async function cramAssignments(student: Student, now = new Date()): Promise<CramOption[]> {
  const { assignments } = await studentAssignments(student.id, now);
  const today = studyDayKey(now, student.timezone, student.dayStartsAtHour);
  return assignments.flatMap((assignment) => {
    if (!assignment.dueAt) return [];
    const until = dueDateKey(assignment.dueAt, safeTimezone(student.timezone));
    if (until < today) return [];
    return [{ deckId: assignment.deckId, slug: assignment.deckSlug, title: assignment.deckTitle, until, label: `${assignment.deckTitle} (${assignment.className})` }];
  });
}
