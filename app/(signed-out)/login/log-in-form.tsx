"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import type { FormEvent } from "react";
import { safeReturnPath } from "@/lib/auth/return-path";
import { logInSchema, type LogInInput } from "@/lib/auth/credentials-schema";
import { firstFieldErrors } from "@/lib/forms/field-errors";
import { TextField } from "@/app/components/text-field";
import { PasswordField } from "@/app/components/password-field";
import { useCredentialsForm } from "../use-credentials-form";

export function LogInForm() {
  const router = useRouter();
  const { fieldErrors, setFieldErrors, formError, setFormError, pending, setPending, ready } = useCredentialsForm<LogInInput>();

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
