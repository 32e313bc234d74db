"use client";

import { pairOf, splitPair, type QuestionView, type Response } from "@/lib/study/question-view";
import { TextField } from "@/app/components/text-field";

type Props = { view: QuestionView; value: Response; onChange: (value: Response) => void; disabled: boolean };

/** Each question type answered in its own natural way, every control reachable by keyboard. */
export function AnswerInput({ view, value, onChange, disabled }: Props) {
  switch (view.type) {
    case "mcq":
    case "true_false":
      return (
        <fieldset className="choices" disabled={disabled}>
          <legend className="visually-hidden">Choices</legend>
          {view.choices.map((choice, index) => (
            <label key={choice} className={`choice ${value === choice ? "is-selected" : ""}`}>
              <input
                type="radio"
                name="choice"
                value={choice}
                checked={value === choice}
                onChange={() => onChange(choice)}
              />
              <kbd aria-hidden="true">{index + 1}</kbd>
              <span>{choice}</span>
            </label>
          ))}
        </fieldset>
      );
    case "cloze":
    case "short_answer":
      return (
        <TextField
          id="typed-answer"
          label="Your answer"
          name="answer"
          autoComplete="off"
          spellCheck={false}
          value={typeof value === "string" ? value : ""}
          onChange={(event) => onChange(event.target.value)}
          disabled={disabled}
          data-autofocus=""
        />
      );
    case "ordering": {
      const items = Array.isArray(value) ? value : view.items;
      const move = (from: number, to: number) => {
        const next = items.slice();
        [next[from], next[to]] = [next[to], next[from]];
        onChange(next);
      };
      return (
        <ol className="ordering" aria-label="Order, earliest first">
          {items.map((item, index) => (
            <li key={item}>
              <span>{item}</span>
              <span className="ordering-buttons">
                <button
                  type="button"
                  className="button button-quiet"
                  aria-label={`Move "${item}" earlier`}
                  disabled={disabled || index === 0}
                  onClick={() => move(index, index - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button-quiet"
                  aria-label={`Move "${item}" later`}
                  disabled={disabled || index === items.length - 1}
                  onClick={() => move(index, index + 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          ))}
        </ol>
      );
    }
    case "matching": {
      const picks = Array.isArray(value) ? value.map((pair) => splitPair(pair)[1]) : view.left.map(() => "");
      return (
        <div className="matching">
          {view.left.map((left, index) => (
            <div className="field" key={left}>
              <label htmlFor={`match-${index}`}>{left}</label>
              <select
                id={`match-${index}`}
                value={picks[index] ?? ""}
                disabled={disabled}
                onChange={(event) => {
                  const next = picks.slice();
                  next[index] = event.target.value;
                  onChange(view.left.map((item, at) => pairOf(item, next[at])));
                }}
                data-autofocus={index === 0 ? "" : undefined}
              >
                <option value="">Choose…</option>
                {view.options.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      );
    }
  }
}
