"use client";

import Link from "next/link";
import { refusalMessage } from "@/lib/actions/result";
import { useCallback, useEffect, useRef, useState } from "react";
import type { StudyCard, StudySession as Session, Reveal } from "@/lib/study/session";
import type { ReviewOutcome } from "@/lib/study/review";
import { revealAction, reviewAction, undoAction } from "../actions";
import { AnswerInput, emptyResponse, type Response } from "./answer-input";

const GRADE_BUTTONS = [
  { key: "1", label: "Again", grade: 1, interval: "again" },
  { key: "2", label: "Hard", grade: 3, interval: "hard" },
  { key: "3", label: "Good", grade: 4, interval: "good" },
  { key: "4", label: "Easy", grade: 5, interval: "easy" },
] as const;

type Grade = (typeof GRADE_BUTTONS)[number]["grade"];

type Scheduled = { questionId: string; prompt: string; dueAt: string; correct: boolean };

type Phase =
  | { name: "answering" }
  | { name: "revealing" }
  | { name: "revealed"; reveal: Reveal }
  | { name: "grading"; reveal: Reveal };

type Graded = { clientReviewId: string; card: StudyCard; outcome: ReviewOutcome };

/** Keys typed into a text field or a select belong to it, not to the study shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !["radio", "checkbox", "button", "submit"].includes(target.type);
  return target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

function newReviewId(): string {
  return crypto.randomUUID();
}

const UNREACHABLE = "Could not reach Recall. Check your connection and try again; nothing was lost.";

/** A server action's answer, or null when it never arrived (network down, server restarting). */
async function reach<T>(call: () => Promise<T>): Promise<T | null> {
  try {
    return await call();
  } catch {
    return null;
  }
}

export function StudySession({ initial, timezone }: { initial: Session; timezone: string }) {
  const [queue, setQueue] = useState<StudyCard[]>(initial.cards);
  const [done, setDone] = useState(initial.doneToday);
  const [phase, setPhase] = useState<Phase>({ name: "answering" });
  const [response, setResponse] = useState<Response>(() => emptyResponse(initial.cards[0]?.view));
  const [reviewId, setReviewId] = useState(newReviewId);
  const [shownAt, setShownAt] = useState(() => Date.now());
  const [graded, setGraded] = useState<Graded[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const cardRef = useRef<HTMLElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  // One request at a time: a key pressed while the server answers must not act on stale state.
  const busy = useRef(false);

  const card = queue[0];

  const showCard = useCallback((next: StudyCard | undefined) => {
    setPhase({ name: "answering" });
    setResponse(emptyResponse(next?.view));
    setReviewId(newReviewId());
    setShownAt(Date.now());
    setError(null);
  }, []);

  // Move focus to the new card (or its answer field) so the keyboard flow never stalls.
  useEffect(() => {
    if (phase.name !== "answering") return;
    const field = cardRef.current?.querySelector<HTMLElement>("[data-autofocus]");
    (field ?? cardRef.current)?.focus();
  }, [card?.questionId, phase.name]);

  useEffect(() => {
    if (phase.name === "revealed") resultRef.current?.focus();
  }, [phase.name]);

  const reveal = useCallback(async () => {
    if (!card || phase.name !== "answering" || busy.current) return;
    busy.current = true;
    setPhase({ name: "revealing" });
    setError(null);
    const result = await reach(() => revealAction({ questionId: card.questionId, response, practice: card.kind === "PRACTICE" }));
    busy.current = false;
    if (!result?.ok) {
      setPhase({ name: "answering" });
      setError(refusalMessage(result) ?? UNREACHABLE);
      return;
    }
    // The answer that counts is the first one given for this card: show that one.
    setResponse(result.value.response as Response);
    if (result.value.repeated) setNotice("You had already seen this answer, so your first answer counts.");
    setPhase({ name: "revealed", reveal: result.value });
  }, [card, phase.name, response]);

  const grade = useCallback(
    async (value: Grade) => {
      if (!card || phase.name !== "revealed" || busy.current) return;
      if (!phase.reveal.correct && value !== 1) return;
      busy.current = true;
      setPhase({ name: "grading", reveal: phase.reveal });
      setError(null);
      // The same id on every retry: the server applies a review exactly once.
      const result = await reach(() =>
        reviewAction({
          clientReviewId: reviewId,
          questionId: card.questionId,
          grade: value,
          durationMs: Math.min(Date.now() - shownAt, 24 * 60 * 60 * 1000),
          seenVersion: card.seenVersion,
          practice: card.kind === "PRACTICE",
        }),
      );
      busy.current = false;
      if (!result?.ok) {
        if (result?.code === "conflict") {
          setNotice(refusalMessage(result) ?? null);
          const rest = queue.slice(1);
          setQueue(rest);
          showCard(rest[0]);
          return;
        }
        setPhase({ name: "revealed", reveal: phase.reveal });
        setError(refusalMessage(result) ?? UNREACHABLE);
        return;
      }
      const outcome = result.value;
      setNotice(null);
      setGraded((list) => [...list, { clientReviewId: reviewId, card, outcome }]);
      // SM-2 repeats a card graded below 4 later in the same session.
      const rest = outcome.redrill ? [...queue.slice(1), { ...card, kind: "REDRILL" as const, seenVersion: outcome.version }] : queue.slice(1);
      if (!outcome.redrill) setDone((count) => count + 1);
      setQueue(rest);
      showCard(rest[0]);
    },
    [card, phase, queue, reviewId, shownAt, showCard],
  );

  const undo = useCallback(async () => {
    const last = graded.at(-1);
    if (!last || busy.current) return;
    busy.current = true;
    const result = await reach(() => undoAction({ clientReviewId: last.clientReviewId }));
    busy.current = false;
    if (!result) {
      // The undo may or may not have happened; the server knows, and a reload asks it.
      setError("Could not confirm the undo. Reload the page to see where you are.");
      return;
    }
    if (!result.ok) {
      setError(refusalMessage(result) ?? UNREACHABLE);
      return;
    }
    // A practice card stays practice: undoing must not turn it into a scheduled review.
    const { card: undone, reveal: answered } = result.value;
    const restored = last.card.kind === "PRACTICE" ? { ...undone, kind: "PRACTICE" as const } : undone;
    setGraded((list) => list.slice(0, -1));
    if (!last.outcome.redrill) setDone((count) => Math.max(0, count - 1));
    // Show the card again first, without any re-drill copy the undone grade had queued, answered
    // as it was: only the grade is taken back.
    setQueue([restored, ...queue.filter((entry) => entry.questionId !== restored.questionId)]);
    showCard(restored);
    setResponse(answered.response as Response);
    setPhase({ name: "revealed", reveal: answered });
    setNotice("Last grade undone. Grade the card again.");
  }, [graded, queue, showCard]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      // In a text field with text in it, Ctrl+Z belongs to the field; otherwise it undoes the last grade.
      const fieldHasText = isTyping(event.target) && "value" in event.target! && Boolean((event.target as HTMLInputElement).value);
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "z" && !fieldHasText) {
        event.preventDefault();
        void undo();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (phase.name === "revealed") {
        const button = GRADE_BUTTONS.find((entry) => entry.key === event.key);
        if (button) {
          event.preventDefault();
          void grade(button.grade);
        }
        return;
      }
      if (phase.name !== "answering" || !card) return;
      // Buttons and links keep their own Enter and Space; a focused radio keeps Space to pick it.
      const target = event.target instanceof HTMLElement ? event.target : null;
      const onControl = target instanceof HTMLButtonElement || target?.closest("a") != null;
      const onRadio = target instanceof HTMLInputElement && target.type === "radio";
      const revealKey = event.key === "Enter" || (event.key === " " && !onRadio);
      if (revealKey && !isTyping(event.target) && !onControl) {
        event.preventDefault();
        void reveal();
        return;
      }
      if (/^[1-9]$/.test(event.key) && !isTyping(event.target)) {
        const choices = card.view.type === "mcq" || card.view.type === "true_false" ? card.view.choices : [];
        const choice = choices[Number(event.key) - 1];
        if (choice !== undefined) {
          event.preventDefault();
          setResponse(choice);
        }
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [card, phase.name, grade, reveal, undo]);

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
        {progress}
        <SessionSummary graded={graded} timezone={timezone} />
      </div>
    );
  }

  const revealed = phase.name === "revealed" || phase.name === "grading" ? phase.reveal : null;

  return (
    <div className="page page-study stack">
      {progress}
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <article className="card study-card" ref={cardRef} tabIndex={-1} aria-labelledby="study-prompt">
        <p className="muted study-meta">
          {card.deckTitle} · {kindLabel(card.kind)}
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
          <AnswerInput view={card.view} value={response} onChange={setResponse} disabled={revealed !== null} />
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
        {revealed ? (
          <section className={`study-result ${revealed.correct ? "is-correct" : "is-wrong"}`} aria-labelledby="study-result">
            <h2 id="study-result" ref={resultRef} tabIndex={-1}>
              {revealed.correct ? "Correct" : "Not quite"}
            </h2>
            <div>
              <span className="muted">Answer: </span>
              {revealed.answer.length === 1 ? (
                <strong>{revealed.answer[0]}</strong>
              ) : (
                <ol className="study-answer-list">
                  {revealed.answer.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ol>
              )}
            </div>
            <p>{revealed.explanation}</p>
            <blockquote className="study-source">
              <p>{revealed.sourceSentence}</p>
              {revealed.sourceCitation ? <footer>— {revealed.sourceCitation}</footer> : null}
            </blockquote>
            <div className="grade-buttons" role="group" aria-label="How well did you recall it?">
              {GRADE_BUTTONS.filter((button) => revealed.correct || button.grade === 1).map((button) => {
                const interval = revealed.intervals?.[button.interval];
                return (
                  <button
                    key={button.label}
                    type="button"
                    className={button.grade === 1 ? "button button-quiet" : "button"}
                    disabled={phase.name === "grading"}
                    onClick={() => void grade(button.grade)}
                    aria-keyshortcuts={revealed.correct ? button.key : "1"}
                  >
                    {interval ? `${button.label} · ${interval}` : button.label}
                  </button>
                );
              })}
            </div>
            <p className="muted">
              {revealed.correct ? (
                <>
                  Press <kbd>1</kbd>–<kbd>4</kbd> to grade.
                </>
              ) : (
                <>
                  Press <kbd>1</kbd> to continue{card.kind === "PRACTICE" ? "." : "; this card comes back later in the session."}
                </>
              )}{" "}
              {revealed.intervals ? null : "This answer does not change when the card comes back."}
            </p>
          </section>
        ) : null}
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

function kindLabel(kind: StudyCard["kind"]): string {
  return { NEW: "New card", DUE: "Review", REDRILL: "Again today", PRACTICE: "Practice" }[kind];
}

function SessionSummary({ graded, timezone }: { graded: Graded[]; timezone: string }) {
  const scheduled = new Map<string, Scheduled>();
  for (const { card, outcome } of graded) {
    // The first grade of the day schedules the card; re-drills keep that date.
    if (outcome.kind === "REDRILL" && scheduled.has(card.questionId)) continue;
    scheduled.set(card.questionId, { questionId: card.questionId, prompt: card.view.prompt, dueAt: outcome.dueAt, correct: outcome.correct });
  }
  const rows = [...scheduled.values()].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const correct = graded.filter(({ outcome }) => outcome.correct).length;
  const format = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: timezone });
  return (
    <section className="card stack" aria-labelledby="session-done">
      <h1 id="session-done" tabIndex={-1}>
        {graded.length === 0 ? "Nothing due right now" : "Session complete"}
      </h1>
      {graded.length === 0 ? (
        <p>You are all caught up. Come back when your next cards are due, or add another deck.</p>
      ) : (
        <>
          <p>
            Reviewed <strong>{graded.length}</strong> · Correct <strong>{correct}</strong>
            {rows[0] ? (
              <>
                {" "}
                · Next due <strong>{format.format(new Date(rows[0].dueAt))}</strong>
              </>
            ) : null}
          </p>
          <table>
            <caption>Next reviews</caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Next due</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.questionId}>
                  <td>{row.prompt}</td>
                  <td>{format.format(new Date(row.dueAt))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p className="actions">
        <Link href="/study" className="button">
          Back to study
        </Link>
        <Link href="/dashboard" className="button button-secondary">
          Dashboard
        </Link>
      </p>
    </section>
  );
}
