"use client";

import { useActionState, useState, type FormEvent } from "react";
import { MAX_REVIEW_BYTES } from "@/lib/decks/review-file";
import { fieldErrors, formMessages } from "@/lib/actions/result";
import { createDeckAction } from "./actions";

/** Checked in the browser too: a body over the server's limit never reaches the action. */
function tooLarge(form: HTMLFormElement): string | null {
  const file = (form.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
  const text = (form.elements.namedItem("text") as HTMLTextAreaElement | null)?.value ?? "";
  const size = file ? file.size : new TextEncoder().encode(text).length;
  const name = file ? file.name : "The pasted text";
  return size > MAX_REVIEW_BYTES ? `${name} is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is 2 MB.` : null;
}

export function NewDeckForm() {
  const [state, action, pending] = useActionState(createDeckAction, null);
  const [sizeError, setSizeError] = useState<string | null>(null);
  const errors = fieldErrors(state);
  const { error } = formMessages(state);
  const documentError = sizeError ?? errors.document ?? errors.file ?? errors.text;
  function checkSize(event: FormEvent<HTMLFormElement>) {
    const error = tooLarge(event.currentTarget);
    setSizeError(error);
    if (error) event.preventDefault();
  }
  return (
    <form className="form card" action={action} onSubmit={checkSize}>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="deck-title">Title (optional)</label>
        <input id="deck-title" name="title" maxLength={200} aria-describedby="deck-title-hint" />
        <p className="field-hint" id="deck-title-hint">
          Defaults to the document&apos;s first heading.
        </p>
        {errors.title ? <p className="field-error">{errors.title}</p> : null}
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
