"use client";

import { useActionState, useRef } from "react";
import { TextField } from "@/app/components/text-field";
import { fieldError, fieldErrors, type FormState } from "@/lib/actions/result";
import { FormFooter } from "@/app/components/form-messages";
import { TitledForm } from "@/app/components/titled-form";
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
    <TitledForm title="Create a class" level={2} action={formAction} className="form">
      <TextField label="Class name" name="name" maxLength={CLASS_NAME_MAX} required autoComplete="off" error={fieldError(state, "name")} />
      <FormFooter state={state} pending={pending} label={"Create class"} />
    </TitledForm>
  );
}

export function JoinClassForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <TitledForm title="Join a class" level={2} action={formAction} className="form">
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
    </TitledForm>
  );
}

type AssignProps = { action: Action; classId: string; decks: { id: string; title: string }[]; minDate: string };

export function AssignDeckForm({ action, classId, decks, minDate }: AssignProps) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = fieldErrors(state);
  return (
    <TitledForm title="Assign a deck" level={3} action={formAction} className="form">
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
    </TitledForm>
  );
}
