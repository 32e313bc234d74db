"use client";

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { MAX_REVIEW_BYTES } from "@/lib/decks/review-file";
import { fieldErrors, formMessages } from "@/lib/actions/result";
import type { JobView } from "@/lib/jobs/job-view";
import { createDeckAction } from "./actions";
import { JobProgress } from "./job-progress";
import { TextField } from "@/app/components/text-field";

/** Checked in the browser too: a body over the server's limit never reaches the action. */
function tooLarge(form: HTMLFormElement): string | null {
  const file = (form.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
  const text = (form.elements.namedItem("text") as HTMLTextAreaElement | null)?.value ?? "";
  const size = file ? file.size : new TextEncoder().encode(text).length;
  const name = file ? file.name : "The pasted text";
  return size > MAX_REVIEW_BYTES ? `${name} is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is 2 MB.` : null;
}

/**
 * The deck builder: the review goes to the server, which generates the deck in a worker while
 * this page follows the job (its address, /decks/new/jobs/<id>, survives a reload). The form is
 * only hidden meanwhile, so a failure shows its message above the form as it was filled in.
 */
export function NewDeckForm({ job: resumed }: { job?: JobView }) {
  const router = useRouter();
  const [state, action, pending] = useActionState(createDeckAction, null);
  const [sizeError, setSizeError] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ jobId: string; message: string } | null>(
    resumed?.status === "failed" ? { jobId: resumed.id, message: resumed.error ?? "" } : null,
  );
  const failureRef = useRef<HTMLParagraphElement>(null);
  const started = state?.ok ? state.value.job : undefined;
  const job = started ?? resumed;
  const following = job !== undefined && failure?.jobId !== job.id;

  useEffect(() => {
    if (started) window.history.pushState(null, "", `/decks/new/jobs/${started.id}`);
  }, [started]);

  const errors = fieldErrors(state);
  const { error } = formMessages(state);
  // A refusal of the latest submission replaces the failure of the job before it.
  const failed = failure !== null && failure.jobId === job?.id && !(state && !state.ok) ? failure.message : null;

  useEffect(() => {
    if (failed) failureRef.current?.focus();
  }, [failed]);

  function finished(done: JobView) {
    // Replace the job's address, so Back from the editor returns to the form, not to the job.
    if (done.status === "succeeded" && done.href) router.replace(done.href);
    else setFailure({ jobId: done.id, message: done.error ?? "Generating questions failed. Please try again." });
  }

  const documentError = sizeError ?? errors.document ?? errors.file ?? errors.text;
  function submit(event: FormEvent<HTMLFormElement>) {
    // Sent by hand: React resets a form after its action succeeds, and this one must keep what
    // was filled in until the job it starts has succeeded.
    event.preventDefault();
    const error = tooLarge(event.currentTarget);
    setSizeError(error);
    const data = new FormData(event.currentTarget);
    if (!error) startTransition(() => action(data));
  }
  return (
    <>
      {following ? <JobProgress key={job.id} initial={job} title="Generating questions" onFinished={finished} /> : null}
      <form className="form card" action={action} onSubmit={submit} hidden={following}>
        {failed ? (
          <p className="form-error" role="alert" tabIndex={-1} ref={failureRef}>
            {failed}
          </p>
        ) : null}
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
        {/* Its hint and error stand under the pasted text below: they speak of either. */}
        <TextField
          id="deck-file"
          label="Review file"
          name="file"
          type="file"
          accept=".md,.markdown,.txt,.rst,.adoc,.asciidoc,text/plain,text/markdown"
          aria-describedby="deck-document-hint"
          aria-invalid={documentError ? true : undefined}
        />
        <div className="field">
          <label htmlFor="deck-text">Or paste the review</label>
          <textarea id="deck-text" name="text" rows={10} aria-describedby="deck-document-hint" aria-invalid={documentError ? true : undefined} />
          <p className="field-hint" id="deck-document-hint">
            Markdown, reStructuredText, AsciiDoc or plain text, up to 2 MB. Headings, dates and citations such as (Author, 2022) are picked up.
          </p>
          {documentError ? (
            <p className="field-error" role="alert">
              {documentError}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Sending the review…" : "Generate questions"}
        </button>
      </form>
    </>
  );
}
