// The outcome of a form under its fields: the refusal (announced at once) or the success notice
// (announced politely). Every form shows them the same way.
import { formMessages, type FormState } from "@/lib/actions/result";

export function FormMessages({ state, error }: { state: FormState<unknown>; error?: string | null }) {
  const messages = formMessages(state);
  const problem = error ?? messages.error;
  return (
    <>
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      {messages.notice ? (
        <p className="notice" role="status">
          {messages.notice}
        </p>
      ) : null}
    </>
  );
}
