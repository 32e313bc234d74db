// Owns what a study session in the browser is at any moment and how each event changes it: the
// queue (its head is the card on screen), the phase of that card (answering → revealing →
// revealed → grading), the response being typed, the reviews graded so far and the messages
// shown. Pure (client-safe): ids and clocks arrive inside the events, so every transition is
// unit-tested without a browser.
import type { ReviewOutcome } from "./review";
import type { Reveal, StudyCard, StudySession } from "./session";
import { emptyResponse, type Response } from "./question-view";

export type Phase =
  | { name: "answering" }
  | { name: "revealing" }
  | { name: "revealed"; reveal: Reveal }
  | { name: "grading"; reveal: Reveal };

export type Graded = { clientReviewId: string; card: StudyCard; outcome: ReviewOutcome };

export type SessionState = {
  queue: StudyCard[];
  /** Cards finished in this scope today (the progress bar's numerator). */
  done: number;
  phase: Phase;
  response: Response;
  /** The id the current card's review is sent with; the same on every retry. */
  reviewId: string;
  shownAt: number;
  graded: Graded[];
  error: string | null;
  notice: string | null;
};

/** A fresh card on screen: its own review id and clock, an empty answer. */
type NextCard = { reviewId: string; now: number };

export type SessionEvent =
  | { type: "respond"; response: Response }
  | { type: "reveal-started" }
  | { type: "revealed"; reveal: Reveal }
  | { type: "reveal-failed"; error: string }
  | { type: "grade-started" }
  | ({ type: "graded"; outcome: ReviewOutcome } & NextCard)
  | { type: "grade-failed"; error: string }
  /** Another tab reviewed this card meanwhile: it leaves the queue. */
  | ({ type: "conflict"; notice: string } & NextCard)
  | ({ type: "undone"; card: StudyCard; reveal: Reveal } & NextCard)
  | { type: "undo-failed"; error: string };

export const REPEATED_ANSWER_NOTICE = "You had already seen this answer, so your first answer counts.";
export const UNDONE_NOTICE = "Last grade undone. Grade the card again.";

export function initialSessionState(session: StudySession, next: NextCard): SessionState {
  const start: SessionState = {
    queue: session.cards,
    done: session.doneToday,
    phase: { name: "answering" },
    response: null,
    reviewId: next.reviewId,
    shownAt: next.now,
    graded: [],
    error: null,
    notice: null,
  };
  return showCard(start, session.cards, next);
}

/** Puts `queue`'s head on screen, unanswered. */
function showCard(state: SessionState, queue: StudyCard[], { reviewId, now }: NextCard): SessionState {
  return { ...state, queue, phase: { name: "answering" }, response: emptyResponse(queue[0]?.view), reviewId, shownAt: now, error: null };
}

export function sessionReducer(state: SessionState, event: SessionEvent): SessionState {
  const { phase } = state;
  switch (event.type) {
    case "respond":
      return phase.name === "answering" ? { ...state, response: event.response } : state;
    case "reveal-started":
      return phase.name === "answering" && state.queue.length > 0 ? { ...state, phase: { name: "revealing" }, error: null } : state;
    case "revealed":
      if (phase.name !== "revealing") return state;
      // The answer that counts is the first one given for this card: show that one.
      return {
        ...state,
        phase: { name: "revealed", reveal: event.reveal },
        response: event.reveal.response as Response,
        notice: event.reveal.repeated ? REPEATED_ANSWER_NOTICE : state.notice,
      };
    case "reveal-failed":
      return phase.name === "revealing" ? { ...state, phase: { name: "answering" }, error: event.error } : state;
    case "grade-started":
      return phase.name === "revealed" ? { ...state, phase: { name: "grading", reveal: phase.reveal }, error: null } : state;
    case "graded": {
      if (phase.name !== "grading") return state;
      const [card, ...rest] = state.queue;
      const { outcome } = event;
      // SM-2 repeats a card graded below 4 later in the same session, as a re-drill of the new version.
      const queue = outcome.redrill ? [...rest, { ...card, kind: "REDRILL" as const, seenVersion: outcome.version }] : rest;
      const graded = [...state.graded, { clientReviewId: state.reviewId, card, outcome }];
      return showCard({ ...state, graded, done: outcome.redrill ? state.done : state.done + 1, notice: null }, queue, event);
    }
    case "grade-failed":
      return phase.name === "grading" ? { ...state, phase: { name: "revealed", reveal: phase.reveal }, error: event.error } : state;
    case "conflict":
      return phase.name === "grading" ? showCard({ ...state, notice: event.notice }, state.queue.slice(1), event) : state;
    case "undone": {
      const last = state.graded.at(-1);
      if (!last) return state;
      // A practice card stays practice: undoing must not turn it into a scheduled review.
      const card = last.card.kind === "PRACTICE" ? { ...event.card, kind: "PRACTICE" as const } : event.card;
      // The card comes back first, without any re-drill copy the undone grade had queued, answered
      // as it was: only the grade is taken back.
      const queue = [card, ...state.queue.filter((entry) => entry.questionId !== card.questionId)];
      const shown = showCard({ ...state, graded: state.graded.slice(0, -1), done: last.outcome.redrill ? state.done : Math.max(0, state.done - 1) }, queue, event);
      return { ...shown, phase: { name: "revealed", reveal: event.reveal }, response: event.reveal.response as Response, notice: UNDONE_NOTICE };
    }
    case "undo-failed":
      return { ...state, error: event.error };
  }
}

/** The card on screen, if any. */
export const currentCard = (state: SessionState): StudyCard | undefined => state.queue[0];

/** The reveal on screen (while revealed or being graded), if any. */
export function shownReveal(state: SessionState): Reveal | null {
  return state.phase.name === "revealed" || state.phase.name === "grading" ? state.phase.reveal : null;
}
