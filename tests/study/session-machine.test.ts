// The study session's state machine, event by event, without a browser.
import { describe, expect, it } from "vitest";
import { freshScreen, initialSessionState, REPEATED_ANSWER_NOTICE, sessionReducer, UNDONE_NOTICE, type SessionEvent, type SessionState } from "@/lib/study/session-machine";
import type { Reveal, StudyCard } from "@/lib/study/session";
import type { ReviewOutcome } from "@/lib/study/review";

const card = (questionId: string, view: StudyCard["view"] = { type: "short_answer", prompt: `Q ${questionId}?` }, kind: StudyCard["kind"] = "NEW"): StudyCard => ({
  questionId,
  seenVersion: 0,
  kind,
  deckTitle: "Deck",
  view,
});

const reveal = (overrides: Partial<Reveal> = {}): Reveal => ({
  correct: true,
  response: "typed",
  repeated: false,
  answer: ["right"],
  explanation: "because",
  sourceSentence: "Sentence.",
  sourceCitation: null,
  intervals: { again: "1d", hard: "1d", good: "1d", easy: "4d" },
  ...overrides,
});

const outcome = (questionId: string, overrides: Partial<ReviewOutcome> = {}): ReviewOutcome => ({
  clientReviewId: "x",
  questionId,
  correct: true,
  grade: 4,
  kind: "NEW",
  intervalDays: 1,
  dueAt: "2026-12-01T03:00:00.000Z",
  version: 1,
  redrill: false,
  ...overrides,
});

let ids = 0;
const next = () => ({ reviewId: `id-${++ids}`, now: 1_000 + ids });

function start(cards = [card("a"), card("b")], doneToday = 3): SessionState {
  return initialSessionState({ cards, dueCount: 1, newCount: 1, doneToday }, next());
}

const run = (state: SessionState, ...events: SessionEvent[]) => events.reduce(sessionReducer, state);

/** Answer the card on screen, reveal it and grade it. */
function answerAndGrade(state: SessionState, result: Reveal, graded: ReviewOutcome): SessionState {
  return run(state, { type: "respond", response: "typed" }, { type: "reveal-started" }, { type: "revealed", reveal: result }, { type: "grade-started" }, { type: "graded", outcome: graded, ...next() });
}

describe("a study session", () => {
  it("starts on the first card with an empty answer fitting its type", () => {
    const ordering = card("o", { type: "ordering", prompt: "Order", items: ["x", "y"] });
    const state = start([ordering, card("b")]);
    expect(state).toMatchObject({ screen: { phase: { name: "answering" }, response: ["x", "y"] }, done: 3, graded: [], error: null });
  });

  it("shows the answer that counts, and says so when it was already seen", () => {
    let state = run(start(), { type: "respond", response: "mine" }, { type: "reveal-started" });
    expect(state.screen.phase.name).toBe("revealing");
    // Typing while the server answers changes nothing.
    state = run(state, { type: "respond", response: "changed my mind" });
    state = run(state, { type: "revealed", reveal: reveal({ response: "first answer", repeated: true, correct: false }) });
    expect(state).toMatchObject({ screen: { phase: { name: "revealed" }, response: "first answer" }, notice: REPEATED_ANSWER_NOTICE });
  });

  it("goes back to answering with the message when the reveal fails", () => {
    const state = run(start(), { type: "reveal-started" }, { type: "reveal-failed", error: "offline" });
    expect(state).toMatchObject({ screen: { phase: { name: "answering" } }, error: "offline" });
  });

  it("moves to the next card after a grade, counting it done, with a fresh review id", () => {
    const before = start();
    const state = answerAndGrade(before, reveal(), outcome("a"));
    expect(state.queue.map((entry) => entry.questionId)).toEqual(["b"]);
    expect(state).toMatchObject({ done: 4, screen: { phase: { name: "answering" }, response: "" } });
    expect(state.graded).toEqual([{ clientReviewId: before.screen.reviewId, card: before.queue[0], outcome: outcome("a") }]);
    expect(state.screen.reviewId).not.toBe(before.screen.reviewId);
  });

  it("queues a card graded below Good again as a re-drill of its new version, not yet done", () => {
    const state = answerAndGrade(start(), reveal({ correct: false }), outcome("a", { correct: false, grade: 1, redrill: true, version: 1 }));
    expect(state.queue.map((entry) => [entry.questionId, entry.kind, entry.seenVersion])).toEqual([["b", "NEW", 0], ["a", "REDRILL", 1]]);
    expect(state.done).toBe(3);
  });

  it("keeps the answer on screen with the message when a grade fails, and sends the same id again", () => {
    const before = run(start(), { type: "reveal-started" }, { type: "revealed", reveal: reveal() }, { type: "grade-started" });
    const state = run(before, { type: "grade-failed", error: "offline" });
    expect(state).toMatchObject({ screen: { phase: { name: "revealed" }, reviewId: before.screen.reviewId }, error: "offline" });
  });

  it("drops a card another tab reviewed meanwhile", () => {
    const state = run(start(), { type: "reveal-started" }, { type: "revealed", reveal: reveal() }, { type: "grade-started" }, { type: "conflict", notice: "Reviewed elsewhere.", ...next() });
    expect(state.queue.map((entry) => entry.questionId)).toEqual(["b"]);
    expect(state).toMatchObject({ notice: "Reviewed elsewhere.", done: 3, screen: { phase: { name: "answering" } } });
  });

  it("undo brings the card back first, answered as it was, without the re-drill copy", () => {
    const graded = answerAndGrade(start(), reveal({ correct: false, response: "wrong" }), outcome("a", { correct: false, redrill: true }));
    const state = run(graded, { type: "undone", card: card("a"), reveal: reveal({ correct: false, response: "wrong", repeated: true }), ...next() });
    expect(state.queue.map((entry) => entry.questionId)).toEqual(["a", "b"]);
    expect(state).toMatchObject({ screen: { phase: { name: "revealed" }, response: "wrong" }, notice: UNDONE_NOTICE, graded: [], done: 3 });
  });

  it("undo of a counted card uncounts it, and a practice card stays practice", () => {
    const practice = card("p", undefined, "PRACTICE");
    const graded = answerAndGrade(start([practice]), reveal(), outcome("p", { kind: "PRACTICE" }));
    expect(graded.done).toBe(4);
    const state = run(graded, { type: "undone", card: card("p", undefined, "REVIEW"), reveal: reveal(), ...next() });
    expect(state.queue[0].kind).toBe("PRACTICE");
    expect(state.done).toBe(3);
  });

  it("ignores events that do not fit the phase", () => {
    const answering = start();
    expect(run(answering, { type: "grade-started" })).toBe(answering);
    expect(run(answering, { type: "revealed", reveal: reveal() })).toBe(answering);
    expect(run(answering, { type: "undone", card: card("a"), reveal: reveal(), ...next() })).toBe(answering);
    const empty = start([]);
    expect(run(empty, { type: "reveal-started" })).toBe(empty);
  });
});

describe("a card's screen", () => {
  it("comes on screen unanswered, with the empty answer its question takes and the review id and clock given", () => {
    const mcq = card("m", { type: "mcq", prompt: "Pick", choices: ["x", "y"] });
    expect(freshScreen(mcq, { reviewId: "r1", now: 5 })).toEqual({ phase: { name: "answering" }, response: null, reviewId: "r1", shownAt: 5 });
    expect(freshScreen(card("s"), { reviewId: "r2", now: 6 }).response).toBe("");
    expect(freshScreen(undefined, { reviewId: "r3", now: 7 })).toEqual({ phase: { name: "answering" }, response: null, reviewId: "r3", shownAt: 7 });
  });

  it("starts afresh from the event's id and clock after a grade, a conflict or an undo", () => {
    const grading = run(start(), { type: "respond", response: "typed" }, { type: "reveal-started" }, { type: "revealed", reveal: reveal() }, { type: "grade-started" });
    const graded = run(grading, { type: "graded", outcome: outcome("a"), reviewId: "after-grade", now: 9_000 });
    expect(graded.screen).toEqual({ phase: { name: "answering" }, response: "", reviewId: "after-grade", shownAt: 9_000 });
    const conflict = run(grading, { type: "conflict", notice: "Reviewed elsewhere.", reviewId: "after-conflict", now: 9_500 });
    expect(conflict.screen).toEqual({ phase: { name: "answering" }, response: "", reviewId: "after-conflict", shownAt: 9_500 });
    // Undo shows the card answered as it was, but its next grade is a new review with its own clock.
    const undone = run(graded, { type: "undone", card: card("a"), reveal: reveal({ response: "typed" }), reviewId: "after-undo", now: 10_000 });
    expect(undone.screen).toMatchObject({ phase: { name: "revealed" }, response: "typed", reviewId: "after-undo", shownAt: 10_000 });
  });
});
