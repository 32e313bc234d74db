/** A form's refusal (announced at once) and its success notice (announced politely). */
export function FormMessages({ error, notice }: { error?: string; notice?: string }) {
  return (
    <>
      {error ? (
        <p className="form-error" role="alert">
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
