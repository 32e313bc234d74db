// Owns what a study session in the browser is at any moment and how each event changes it: the
// queue (its head is the card on screen), that card's screen (its phase answering → revealing →
// revealed → grading, the response being typed, the id and clock its review is sent with), the
// reviews graded so far and the messages shown. Pure (client-safe): ids and clocks arrive inside the events, so every transition is
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

/** The queue's head as it stands on screen; a card coming on screen gets a fresh one (freshScreen). */
export type CardScreen = {
  phase: Phase;
  response: Response;
  /** The id this card's review is sent with; the same on every retry. */
  reviewId: string;
  /** When the card came on screen: the review's duration counts from here. */
  shownAt: number;
};

export type SessionState = {
  queue: StudyCard[];
  /** Cards finished in this scope today (the progress bar's numerator). */
  done: number;
  screen: CardScreen;
  graded: Graded[];
  error: string | null;
  notice: string | null;
};

/** A fresh card on screen: its own review id and clock, an empty answer. */
export type NextCard = { reviewId: string; now: number };

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

/** `card` coming on screen (none when the queue is empty): unanswered, with the empty answer its question takes. */
export function freshScreen(card: StudyCard | undefined, { reviewId, now }: NextCard): CardScreen {
  return { phase: { name: "answering" }, response: emptyResponse(card?.view), reviewId, shownAt: now };
}

/** The answer shown: the response on screen becomes the one that counts (the first given for the card). */
function revealedScreen(screen: CardScreen, reveal: Reveal): CardScreen {
  return { ...screen, phase: { name: "revealed", reveal }, response: reveal.response as Response };
}

export function initialSessionState(session: StudySession, next: NextCard): SessionState {
  return { queue: session.cards, done: session.doneToday, screen: freshScreen(session.cards[0], next), graded: [], error: null, notice: null };
}

/** Puts `queue`'s head on screen, unanswered. */
function showCard(state: SessionState, queue: StudyCard[], next: NextCard): SessionState {
  return { ...state, queue, screen: freshScreen(queue[0], next), error: null };
}

export function sessionReducer(state: SessionState, event: SessionEvent): SessionState {
  const { screen } = state;
  const { phase } = screen;
  /** The same card on screen, moved on to `next`. */
  const inPhase = (next: Phase): CardScreen => ({ ...screen, phase: next });
  switch (event.type) {
    case "respond":
      return phase.name === "answering" ? { ...state, screen: { ...screen, response: event.response } } : state;
    case "reveal-started":
      return phase.name === "answering" && state.queue.length > 0 ? { ...state, screen: inPhase({ name: "revealing" }), error: null } : state;
    case "revealed":
      if (phase.name !== "revealing") return state;
      return { ...state, screen: revealedScreen(screen, event.reveal), notice: event.reveal.repeated ? REPEATED_ANSWER_NOTICE : state.notice };
    case "reveal-failed":
      return phase.name === "revealing" ? { ...state, screen: inPhase({ name: "answering" }), error: event.error } : state;
    case "grade-started":
      return phase.name === "revealed" ? { ...state, screen: inPhase({ name: "grading", reveal: phase.reveal }), error: null } : state;
    case "graded": {
      if (phase.name !== "grading") return state;
      const [card, ...rest] = state.queue;
      const { outcome } = event;
      // SM-2 repeats a card graded below 4 later in the same session, as a re-drill of the new version.
      const queue = outcome.redrill ? [...rest, { ...card, kind: "REDRILL" as const, seenVersion: outcome.version }] : rest;
      const graded = [...state.graded, { clientReviewId: screen.reviewId, card, outcome }];
      return showCard({ ...state, graded, done: outcome.redrill ? state.done : state.done + 1, notice: null }, queue, event);
    }
    case "grade-failed":
      return phase.name === "grading" ? { ...state, screen: inPhase({ name: "revealed", reveal: phase.reveal }), error: event.error } : state;
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
      return { ...shown, screen: revealedScreen(shown.screen, event.reveal), notice: UNDONE_NOTICE };
    }
    case "undo-failed":
      return { ...state, error: event.error };
  }
}

/** The card on screen, if any. */
export const currentCard = (state: SessionState): StudyCard | undefined => state.queue[0];

/** The reveal on screen (while revealed or being graded), if any. */
export function shownReveal({ screen: { phase } }: SessionState): Reveal | null {
  return phase.name === "revealed" || phase.name === "grading" ? phase.reveal : null;
}
