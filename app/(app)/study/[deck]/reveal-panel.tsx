"use client";

import type { Ref } from "react";
import { STUDY_BUTTONS } from "@/lib/srs/buttons";
import type { Reveal, StudyCard } from "@/lib/study/session";
import type { Grade } from "./use-study-session";

type Props = {
  reveal: Reveal;
  kind: StudyCard["kind"];
  grading: boolean;
  onGrade: (grade: Grade) => void;
  headingRef: Ref<HTMLHeadingElement>;
};

/** The verdict, the right answer with its source, and the grade buttons with their next intervals. */
export function RevealPanel({ reveal, kind, grading, onGrade, headingRef }: Props) {
  return (
    <section className={`study-result ${reveal.correct ? "is-correct" : "is-wrong"}`} aria-labelledby="study-result">
      <h2 id="study-result" ref={headingRef} tabIndex={-1}>
        {reveal.correct ? "Correct" : "Not quite"}
      </h2>
      <div>
        <span className="muted">Answer: </span>
        {reveal.answer.length === 1 ? (
          <strong>{reveal.answer[0]}</strong>
        ) : (
          <ol className="study-answer-list">
            {reveal.answer.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        )}
      </div>
      <p>{reveal.explanation}</p>
      <blockquote className="study-source">
        <p>{reveal.sourceSentence}</p>
        {reveal.sourceCitation ? <footer>— {reveal.sourceCitation}</footer> : null}
      </blockquote>
      <div className="grade-buttons" role="group" aria-label="How well did you recall it?">
        {STUDY_BUTTONS.filter((button) => reveal.correct || button.grade === 1).map((button) => {
          const interval = reveal.intervals?.[button.button];
          return (
            <button
              key={button.label}
              type="button"
              className={button.grade === 1 ? "button button-quiet" : "button"}
              disabled={grading}
              onClick={() => onGrade(button.grade)}
              aria-keyshortcuts={reveal.correct ? button.key : "1"}
            >
              {interval ? `${button.label} · ${interval}` : button.label}
            </button>
          );
        })}
      </div>
      <p className="muted">
        {reveal.correct ? (
          <>
            Press <kbd>1</kbd>–<kbd>4</kbd> to grade.
          </>
        ) : (
          <>
            Press <kbd>1</kbd> to continue{kind === "PRACTICE" ? "." : "; this card comes back later in the session."}
          </>
        )}{" "}
        {reveal.intervals ? null : "This answer does not change when the card comes back."}
      </p>
    </section>
  );
}
