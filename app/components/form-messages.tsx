// The outcome of a form under its fields: the refusal (announced at once) or the success notice
// (announced politely). Every form shows them the same way, from its action's state or from
// messages it worked out itself.
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
