"use client";

import { useActionState, useRef } from "react";
import { TextField } from "@/app/components/text-field";
import { fieldError, fieldErrors, formMessages, refusalMessage, type FormState } from "@/lib/actions/result";

type ClassFormState = FormState<{ notice?: string }>;
type Action = (state: ClassFormState, formData: FormData) => Promise<ClassFormState>;

function FormMessages({ state }: { state: ClassFormState }) {
  const { error, notice } = formMessages(state);
  return (
    <>
      {error ? (
        <p className="form-error" role="status">
          {error}
        </p>
      ) : null}
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
    </>
  );
}

export function CreateClassForm({ action }: { action: Action }) {
  // One key for this form, sent with every submission of it: a double submit makes one class.
  const creationKey = useRef<string | null>(null);
  const [state, formAction, pending] = useActionState((previous: ClassFormState, formData: FormData) => {
    formData.set("creationKey", (creationKey.current ??= crypto.randomUUID()));
    return action(previous, formData);
  }, null);
  return (
    <form action={formAction} className="form" aria-labelledby="create-class-heading">
      <h2 id="create-class-heading">Create a class</h2>
      <TextField label="Class name" name="name" maxLength={100} required autoComplete="off" error={fieldError(state, "name")} />
      <FormMessages state={state} />
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          Create class
        </button>
      </div>
    </form>
  );
}

export function JoinClassForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="form" aria-labelledby="join-class-heading">
      <h2 id="join-class-heading">Join a class</h2>
      <TextField
        label="Join code"
        name="joinCode"
        hint="The 8 letters and digits your instructor gave you."
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        error={fieldError(state, "joinCode")}
      />
      <FormMessages state={state} />
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          Join class
        </button>
      </div>
    </form>
  );
}

type ButtonProps = {
  action: Action;
  fields: Record<string, string>;
  label: string;
  /** The accessible name when the visible label alone is ambiguous (e.g. "Remove" in a list). */
  accessibleLabel?: string;
  variant?: "primary" | "secondary" | "quiet" | "danger";
  /** Asks before a change that cannot be undone. */
  confirm?: string;
};

const VARIANTS = { primary: "button", secondary: "button button-secondary", quiet: "button button-quiet", danger: "button button-danger" };

/** A one-button form for a class action, with its outcome announced beside it. */
export function ClassActionButton({ action, fields, label, accessibleLabel, variant = "quiet", confirm }: ButtonProps) {
  const [state, formAction, pending] = useActionState(action, null);
  const { notice } = formMessages(state);
  const problem = refusalMessage(state);
  return (
    <form
      action={formAction}
      className="class-action"
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={VARIANTS[variant]} disabled={pending} aria-label={accessibleLabel}>
        {label}
      </button>
      {problem || notice ? (
        <p className={problem ? "field-error" : "muted"} role="status">
          {problem ?? notice}
        </p>
      ) : null}
    </form>
  );
}

type AssignProps = { action: Action; classId: string; decks: { id: string; title: string }[]; minDate: string };

export function AssignDeckForm({ action, classId, decks, minDate }: AssignProps) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = fieldErrors(state);
  return (
    <form action={formAction} className="form" aria-labelledby="assign-heading">
      <h3 id="assign-heading">Assign a deck</h3>
      <input type="hidden" name="classId" value={classId} />
      <div className="field">
        <label htmlFor="assign-deck">Deck</label>
        <select id="assign-deck" name="deckId" required aria-invalid={errors.deckId ? true : undefined} aria-describedby={errors.deckId ? "assign-deck-error" : undefined}>
          {decks.map((deck) => (
            <option key={deck.id} value={deck.id}>
              {deck.title}
            </option>
          ))}
        </select>
        {errors.deckId ? (
          <p className="field-error" id="assign-deck-error">
            {errors.deckId}
          </p>
        ) : null}
      </div>
      <TextField
        label="Finish the deck by (optional)"
        name="dueDate"
        id="assign-due-date"
        type="date"
        min={minDate}
        hint="Due at the end of that day in your time zone: every question reviewed at least once, with the target share correct."
        error={errors.dueDate}
      />
      <TextField
        label="Target: % of questions correct on their last review"
        name="targetCorrectPct"
        id="assign-target"
        type="number"
        min={1}
        max={100}
        step={1}
        defaultValue={80}
        inputMode="numeric"
        error={errors.targetCorrectPct}
      />
      <FormMessages state={state} />
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          Assign deck
        </button>
      </div>
    </form>
  );
}
