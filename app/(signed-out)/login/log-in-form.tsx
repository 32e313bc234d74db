"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { safeReturnPath } from "@/lib/auth/return-path";
import { logInSchema, type LogInInput } from "@/lib/auth/credentials-schema";
import { firstFieldErrors, type FieldErrors } from "@/lib/forms/field-errors";
import { TextField } from "@/app/components/text-field";
import { PasswordField } from "@/app/components/password-field";
import { useInBrowser } from "@/app/components/use-in-browser";

export function LogInForm() {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<LogInInput>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // The page is prerendered: until this script runs, a submit would be the browser's own, with
  // the password in a plain request the server does not handle. The button waits for it.
  const ready = useInBrowser();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = logInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    setFormError(null);
    if (!parsed.success) {
      setFieldErrors(firstFieldErrors(parsed.error));
      return;
    }
    setFieldErrors({});
    setPending(true);
    const result = await signIn("credentials", { ...parsed.data, redirect: false });
    if (!result || result.error) {
      setPending(false);
      setFormError(result?.error && result.error !== "CredentialsSignin" ? result.error : "Email or password is incorrect.");
      return;
    }
    // The page is prerendered, so where to go next is read from the address here.
    const returnTo = safeReturnPath(new URLSearchParams(window.location.search).get("callbackUrl"), window.location.origin);
    router.replace(returnTo);
    router.refresh();
  }

  return (
    <form className="form card" method="post" onSubmit={onSubmit} noValidate aria-describedby={formError ? "login-error" : undefined}>
      {formError ? (
        <p className="form-error" role="alert" id="login-error">
          {formError}
        </p>
      ) : null}
      <TextField label="Email" name="email" type="email" autoComplete="email" required error={fieldErrors.email} />
      <PasswordField purpose="current" label="Password" name="password" error={fieldErrors.password} />
      <button type="submit" className="button" disabled={pending || !ready}>
        {pending ? "Logging in…" : "Log in"}
      </button>
      <p className="muted">
        New to Recall? <Link href="/signup">Create an account</Link>
      </p>
    </form>
  );
}
