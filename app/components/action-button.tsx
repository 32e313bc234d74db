"use client";

// A one-button form for a server action (join, leave, remove, add a deck…): its fields travel as
// hidden inputs, an irreversible change asks first, and the outcome is announced beside it.
import { useActionState } from "react";
import { formMessages, refusalMessage, type FormState } from "@/lib/actions/result";

type Props<T> = {
  action: (state: FormState<T>, formData: FormData) => Promise<FormState<T>>;
  fields: Record<string, string>;
  label: string;
  /** The accessible name when the visible label alone is ambiguous (e.g. "Remove" in a list). */
  accessibleLabel?: string;
  variant?: "primary" | "secondary" | "quiet" | "danger";
  /** Asks before a change that cannot be undone. */
  confirm?: string;
};

const VARIANTS = { primary: "button", secondary: "button button-secondary", quiet: "button button-quiet", danger: "button button-danger" };

export function ActionButton<T>({ action, fields, label, accessibleLabel, variant = "quiet", confirm }: Props<T>) {
  const [state, formAction, pending] = useActionState(action, null);
  const { notice } = formMessages(state);
  const problem = refusalMessage(state);
  return (
    <form
      action={formAction}
      className="action-button"
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
