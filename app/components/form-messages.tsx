// The outcome of a form under its fields: the refusal (announced at once) or the success notice
// (announced politely). Every form shows them the same way, from its action's state or from
// messages it worked out itself.
import type { ReactNode } from "react";
import { formMessages, type FormState } from "@/lib/actions/result";

type Props = { state?: FormState<unknown>; error?: string | null; notice?: string | null };

export function FormMessages({ state, error, notice }: Props) {
  const fromState = formMessages(state ?? null);
  const problem = error ?? fromState.error;
  const success = notice ?? fromState.notice;
  return (
    <>
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      {success ? (
        <p className="notice" role="status">
          {success}
        </p>
      ) : null}
    </>
  );
}

/** `pending` is left out by a form that only navigates (method="get"): nothing runs on submit. */
type FooterProps = Props & { pending?: boolean; label: ReactNode; danger?: boolean };

/** The end of every form: its outcome, then its submit button (disabled while it runs). */
export function FormFooter({ pending = false, label, danger = false, ...messages }: FooterProps) {
  return (
    <>
      <FormMessages {...messages} />
      <div className="actions">
        <button type="submit" className={danger ? "button button-danger" : "button"} disabled={pending}>
          {label}
        </button>
      </div>
    </>
  );
}
