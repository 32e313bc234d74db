"use client";

import { useActionState } from "react";
import { createDeckAction, type NewDeckState } from "./actions";

export function NewDeckForm() {
  const [state, action, pending] = useActionState<NewDeckState, FormData>(createDeckAction, {});
  const documentError = state.fieldErrors?.document;
  return (
    <form className="form card" action={action}>
      {state.error ? (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="deck-title">Title (optional)</label>
        <input id="deck-title" name="title" maxLength={200} aria-describedby="deck-title-hint" />
        <p className="field-hint" id="deck-title-hint">
          Defaults to the document&apos;s first heading.
        </p>
        {state.fieldErrors?.title ? <p className="field-error">{state.fieldErrors.title}</p> : null}
      </div>
      <div className="field">
        <label htmlFor="deck-file">Review file</label>
        <input
          id="deck-file"
          name="file"
          type="file"
          accept=".md,.markdown,.txt,text/plain,text/markdown"
          aria-describedby="deck-document-hint"
          aria-invalid={documentError ? true : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor="deck-text">Or paste the review</label>
        <textarea id="deck-text" name="text" rows={10} aria-describedby="deck-document-hint" aria-invalid={documentError ? true : undefined} />
        <p className="field-hint" id="deck-document-hint">
          Markdown or plain text, up to 2 MB. Headings, dates and citations such as (Author, 2022) are picked up.
        </p>
        {documentError ? (
          <p className="field-error" role="alert">
            {documentError}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Generating questions…" : "Generate questions"}
      </button>
    </form>
  );
}
