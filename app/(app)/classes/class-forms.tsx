"use client";

import { useActionState, useRef } from "react";
import { TextField } from "@/app/components/text-field";
import { fieldError, fieldErrors, type FormState } from "@/lib/actions/result";
import { FormFooter } from "@/app/components/form-messages";
import { CLASS_NAME_MAX } from "@/lib/classes/forms";

type ClassFormState = FormState<{ notice?: string }>;
type Action = (state: ClassFormState, formData: FormData) => Promise<ClassFormState>;

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
      <TextField label="Class name" name="name" maxLength={CLASS_NAME_MAX} required autoComplete="off" error={fieldError(state, "name")} />
      <FormFooter state={state} pending={pending} label={"Create class"} />
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
      <FormFooter state={state} pending={pending} label={"Join class"} />
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
      <FormFooter state={state} pending={pending} label={"Assign deck"} />
    </form>
  );
}
