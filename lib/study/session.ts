// A study session as the browser sees it: the queue's questions (without answers), and the
// reveal step that grades a response and explains it before the student rates their recall.
import "server-only";
import { db } from "@/lib/db";
import { statements } from "@/lib/db/statements";
import { readQuestionsWithDeckTitle } from "./study-statements";
import { formatInterval } from "@/lib/srs/intervals";
import { cardScheduler, NEW_CARD_MEMORY, NEW_FSRS_CARD } from "@/lib/srs/scheduler";
import { attemptAtReveal } from "./attempts";
import { questionView, answerLines, type QuestionView } from "./question-view";
import { loadStudyQueue, type QueueEntry, type StudyQueue, type StudyScope } from "./queue";
import { loadStudyableQuestion } from "./review";
import type { Student } from "@/lib/auth/session";
import { reviewKindOf } from "./card-state";
import { cardMemoryOf, fsrsCardOf } from "./card-memory";
import { studyDayStart } from "@/lib/calendar/study-day";

export type StudyCard = QueueEntry & { deckTitle: string; view: QuestionView };

export type StudySession = { cards: StudyCard[] } & Pick<StudyQueue, "dueCount" | "newCount" | "doneToday">;

export async function loadStudySession(student: Student, scope: StudyScope, now = new Date()): Promise<StudySession> {
  const queue = await loadStudyQueue(student, scope, now);
  const questions = await readQuestionsWithDeckTitle(statements(), queue.entries.map((entry) => entry.questionId));
  const byId = new Map(questions.map((question) => [question.id, question]));
  const cards = queue.entries.flatMap((entry) => {
    const question = byId.get(entry.questionId);
    return question ? [{ ...entry, deckTitle: question.deckTitle, view: questionView(question) }] : [];
  });
  return { cards, dueCount: queue.dueCount, newCount: queue.newCount, doneToday: queue.doneToday };
}

export async function loadStudyCard(student: Student, questionId: string): Promise<StudyCard> {
  const question = await loadStudyableQuestion(student, questionId);
  const [deck, state] = await Promise.all([
    db.deck.findUniqueOrThrow({ where: { id: question.deckId }, select: { title: true } }),
    db.cardState.findUnique({ where: { userId_questionId: { userId: student.id, questionId } }, select: { version: true } }),
  ]);
  return { questionId, seenVersion: state?.version ?? 0, kind: state ? "REVIEW" : "NEW", deckTitle: deck.title, view: questionView(question) };
}

export type Reveal = {
  correct: boolean;
  /** The answer that counts: the first one given for this showing of the card. */
  response: unknown;
  /** True when the answer had already been shown (another tab, a retry): the first answer stands. */
  repeated: boolean;
  answer: string[];
  explanation: string;
  sourceSentence: string;
  sourceCitation: string | null;
  /** Next interval per button, e.g. { good: "6d" }; a re-drill does not reschedule. */
  intervals: { again: string; hard: string; good: string; easy: string } | null;
};

export async function revealAnswer(
  student: Student,
  questionId: string,
  response: unknown,
  { practice = false, now = new Date() }: { practice?: boolean; now?: Date } = {},
): Promise<Reveal> {
  const question = await loadStudyableQuestion(student, questionId);
  const todayStart = studyDayStart(now, student.timezone, student.dayStartsAtHour);
  const { card: state, settings, attempt } = await attemptAtReveal(student, question, response, { now, todayStart });
  // Re-drills and practice leave the schedule alone, so there is no next interval to show.
  const unscheduled = practice || reviewKindOf(state, todayStart) === "REDRILL";
  // The intervals of the user's own scheduler (the queue builds FSRS memory before showing a card).
  const preview = unscheduled
    ? null
    : cardScheduler({ timezone: student.timezone, dayStartsAtHour: student.dayStartsAtHour }, settings).preview(
        state ? cardMemoryOf(state, fsrsCardOf(state) ?? NEW_FSRS_CARD) : NEW_CARD_MEMORY,
        now,
      );
  return {
    correct: attempt.correct,
    response: attempt.response,
    repeated: attempt.repeated,
    answer: answerLines(question),
    explanation: question.explanation,
    sourceSentence: question.sourceSentence,
    sourceCitation: question.sourceCitation,
    intervals: !preview
      ? null
      : {
          again: formatInterval(preview.again),
          hard: formatInterval(preview.hard),
          good: formatInterval(preview.good),
          easy: formatInterval(preview.easy),
        },
  };
}
