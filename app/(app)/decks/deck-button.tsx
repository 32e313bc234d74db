"use client";

import { useActionState } from "react";
import type { DeckActionState } from "./actions";

type Props = {
  deckId: string;
  deckTitle: string;
  label: string;
  action: (state: DeckActionState, formData: FormData) => Promise<DeckActionState>;
  variant?: "primary" | "quiet";
};

/** A one-button form for a deck action, with its error shown next to it. */
export function DeckButton({ deckId, deckTitle, label, action, variant = "primary" }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
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
      {state.error ? (
        <p className="field-error" role="status">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
