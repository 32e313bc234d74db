"use client";

import { useActionState } from "react";
import { refusalMessage, type FormState } from "@/lib/actions/result";

type Props = {
  deckId: string;
  deckTitle: string;
  label: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  variant?: "primary" | "quiet";
};

/** A one-button form for a deck action, with its error shown next to it. */
export function DeckButton({ deckId, deckTitle, label, action, variant = "primary" }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const problem = refusalMessage(state);
  return (
    <form action={formAction}>
      <input type="hidden" name="deckId" value={deckId} />
      <button
        type="submit"
        className={variant === "primary" ? "button" : "button button-quiet"}
        disabled={pending}
        aria-label={`${label}: ${deckTitle}`}
      >
        {label}
      </button>
      {problem ? (
        <p className="field-error" role="status">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
