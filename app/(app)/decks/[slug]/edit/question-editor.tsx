"use client";

import { useActionState, useState } from "react";
import { fieldErrors, formMessages, refusalMessage, type FormState } from "@/lib/actions/result";
import { editQuestionAction, questionTierAction, rejectQuestionAction } from "./actions";

export type EditableQuestion = {
  id: string;
  type: string;
  prompt: string;
  choices: string[];
  answer: string | string[];
  explanation: string;
  rejected: boolean;
  /** "published" questions are studied; "suggested" ones wait for the author to promote them. */
  tier: string;
};

const TYPE_LABELS: Record<string, string> = {
  mcq: "Multiple choice",
  true_false: "True or false",
  cloze: "Fill in the blank",
  short_answer: "Short answer",
  ordering: "Timeline",
  matching: "Matching",
};

export function QuestionEditor({ question }: { question: EditableQuestion }) {
  const [editing, setEditing] = useState(false);
  const [editState, editAction, saving] = useActionState(async (state: FormState<{ notice: string }>, formData: FormData) => {
    const result = await editQuestionAction(state, formData);
    if (result.ok) setEditing(false);
    return result;
  }, null);
  const [rejectState, rejectAction, rejecting] = useActionState(rejectQuestionAction, null);
  const [tierState, tierAction, moving] = useActionState(questionTierAction, null);
  const suggested = question.tier === "suggested";
  const editErrors = fieldErrors(editState);
  const editMessages = formMessages(editState);
  const rejectError = refusalMessage(rejectState) ?? refusalMessage(tierState);
  const listAnswer = Array.isArray(question.answer);
  const label = TYPE_LABELS[question.type] ?? question.type;

  return (
    <li className={`card ${suggested ? "suggestion-editor" : "question-editor"} ${question.rejected ? "is-rejected" : ""}`} aria-label={`${label}: ${question.prompt}`}>
      <p className="muted question-meta">
        {label}
        {suggested ? <strong className="badge">Suggested</strong> : null}
        {question.rejected ? <strong className="badge">Rejected</strong> : null}
      </p>
      {editing ? (
        <form className="form" action={editAction}>
          <input type="hidden" name="questionId" value={question.id} />
          <div className="field">
            <label htmlFor={`prompt-${question.id}`}>Question</label>
            <textarea id={`prompt-${question.id}`} name="prompt" defaultValue={question.prompt} rows={3} required />
            {editErrors.prompt ? <p className="field-error">{editErrors.prompt}</p> : null}
          </div>
          {listAnswer ? null : (
            <div className="field">
              <label htmlFor={`answer-${question.id}`}>Answer</label>
              {question.type === "mcq" || question.type === "true_false" ? (
                <select id={`answer-${question.id}`} name="answer" defaultValue={String(question.answer)}>
                  {question.choices.map((choice) => (
                    <option key={choice} value={choice}>
                      {question.type === "true_false" ? (choice === "true" ? "True" : "False") : choice}
                    </option>
                  ))}
                </select>
              ) : (
                <input id={`answer-${question.id}`} name="answer" defaultValue={String(question.answer)} required />
              )}
              {editErrors.answer ? <p className="field-error">{editErrors.answer}</p> : null}
            </div>
          )}
          <div className="field">
            <label htmlFor={`explanation-${question.id}`}>Explanation</label>
            <textarea id={`explanation-${question.id}`} name="explanation" defaultValue={question.explanation} rows={3} required />
            {editErrors.explanation ? <p className="field-error">{editErrors.explanation}</p> : null}
          </div>
          {editMessages.error || editErrors.questionId ? <p className="form-error">{editMessages.error ?? editErrors.questionId}</p> : null}
          <div className="actions">
            <button type="submit" className="button" disabled={saving}>
              Save
            </button>
            <button type="button" className="button button-quiet" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="question-prompt">{question.prompt}</p>
          {question.type === "mcq" || question.type === "ordering" || question.type === "matching" ? (
            <ul className="question-choices">
              {question.choices.map((choice) => (
                <li key={choice}>{choice}</li>
              ))}
            </ul>
          ) : null}
          <p>
            <span className="muted">Answer: </span>
            {listAnswer ? (question.answer as string[]).join("; ") : question.type === "true_false" ? (question.answer === "true" ? "True" : "False") : question.answer}
          </p>
          <p className="muted">{question.explanation}</p>
          <div className="actions">
            <button type="button" className="button button-quiet" onClick={() => setEditing(true)} aria-label={`Edit question: ${question.prompt}`}>
              Edit
            </button>
            <form action={tierAction}>
              <input type="hidden" name="questionId" value={question.id} />
              <input type="hidden" name="tier" value={suggested ? "published" : "suggested"} />
              <button
                type="submit"
                className="button button-quiet"
                disabled={moving}
                aria-label={`${suggested ? "Promote" : "Move to suggestions"} question: ${question.prompt}`}
              >
                {suggested ? "Promote" : "Move to suggestions"}
              </button>
            </form>
            <form action={rejectAction}>
              <input type="hidden" name="questionId" value={question.id} />
              <input type="hidden" name="rejected" value={question.rejected ? "false" : "true"} />
              <button
                type="submit"
                className="button button-quiet"
                disabled={rejecting}
                aria-label={`${question.rejected ? "Restore" : "Reject"} question: ${question.prompt}`}
              >
                {question.rejected ? "Restore" : "Reject"}
              </button>
            </form>
          </div>
          {rejectError ? <p className="form-error">{rejectError}</p> : null}
          {editMessages.notice ? (
            <p className="muted" role="status">
              {editMessages.notice}
            </p>
          ) : null}
        </>
      )}
    </li>
  );
}
