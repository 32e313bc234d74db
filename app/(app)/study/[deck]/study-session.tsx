"use client";

// One study session on screen: the card, its answer field, the reveal panel and the progress
// bar. State and server calls live in useStudySession, keys in useStudyKeys.
import { useEffect, useRef, type ReactNode } from "react";
import type { Reader } from "@/lib/format/dates";
import type { StudyCard, StudySession as Session } from "@/lib/study/session";
import { AnswerInput } from "./answer-input";
import { RevealPanel } from "./reveal-panel";
import { SessionSummary } from "./session-summary";
import { useStudyKeys } from "./use-study-keys";
import { useStudySession } from "./use-study-session";

const KIND_LABELS: Record<StudyCard["kind"], string> = { NEW: "New card", REVIEW: "Review", REDRILL: "Again today", PRACTICE: "Practice" };

/** `context`: a line above the progress bar saying what kind of session this is (e.g. cram). */
export function StudySession({ initial, reader, context }: { initial: Session; reader: Reader; context?: ReactNode }) {
  const { state, card, revealed, respond, reveal, grade, undo } = useStudySession(initial);
  const { phase, response } = state.screen;
  const { done, queue, graded, error, notice } = state;
  const cardRef = useRef<HTMLElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  useStudyKeys({ card, phase: phase.name, reveal: () => void reveal(), grade: (value) => void grade(value), undo: () => void undo(), choose: respond });

  // Move focus to the new card (or its answer field) so the keyboard flow never stalls.
  useEffect(() => {
    if (phase.name !== "answering") return;
    const field = cardRef.current?.querySelector<HTMLElement>("[data-autofocus]");
    (field ?? cardRef.current)?.focus();
  }, [card?.questionId, phase.name]);

  useEffect(() => {
    if (phase.name === "revealed") resultRef.current?.focus();
  }, [phase.name]);

  const total = done + queue.length;
  const progress = (
    <div className="study-progress">
      <progress max={Math.max(total, 1)} value={done} aria-label="Session progress" />
      <span className="muted">
        {done} of {total} done
      </span>
    </div>
  );

  if (!card) {
    return (
      <div className="page page-study stack">
        {context}
        {progress}
        <SessionSummary graded={graded} reader={reader} />
      </div>
    );
  }

  return (
    <div className="page page-study stack">
      {context}
      {progress}
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <article className="card study-card" ref={cardRef} tabIndex={-1} aria-labelledby="study-prompt">
        <p className="muted study-meta">
          {card.deckTitle} · {KIND_LABELS[card.kind]}
        </p>
        <h1 id="study-prompt" className="study-prompt">
          {card.view.prompt}
        </h1>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void reveal();
          }}
        >
          <AnswerInput view={card.view} value={response} onChange={respond} disabled={revealed !== null} />
          {revealed ? null : (
            <div className="actions study-actions">
              <button type="submit" className="button" disabled={phase.name === "revealing"}>
                Show answer
              </button>
              <span className="muted">
                or press <kbd>Enter</kbd>
              </span>
            </div>
          )}
        </form>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        {revealed ? <RevealPanel reveal={revealed} kind={card.kind} grading={phase.name === "grading"} onGrade={(value) => void grade(value)} headingRef={resultRef} /> : null}
      </article>
      {graded.length > 0 ? (
        <p className="muted">
          <button type="button" className="button button-quiet" onClick={() => void undo()}>
            Undo last grade
          </button>{" "}
          <kbd>Ctrl</kbd>+<kbd>Z</kbd>
        </p>
      ) : null}
    </div>
  );
}
