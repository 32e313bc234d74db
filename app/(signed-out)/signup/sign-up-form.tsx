"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import type { FormEvent } from "react";
import { signUpSchema, type SignUpInput } from "@/lib/auth/credentials-schema";
import { firstFieldErrors } from "@/lib/forms/field-errors";
import { HOME_PATH } from "@/lib/auth/return-path";
import { TextField } from "@/app/components/text-field";
import { PasswordField } from "@/app/components/password-field";
import { useCredentialsForm } from "../use-credentials-form";
import { signUpAction } from "../actions";

export function SignUpForm() {
  const router = useRouter();
  const { fieldErrors, setFieldErrors, formError, setFormError, pending, setPending, ready } = useCredentialsForm<SignUpInput>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    };
    setFormError(null);
    const parsed = signUpSchema.safeParse(input);
    if (!parsed.success) {
      setFieldErrors(firstFieldErrors(parsed.error));
      return;
    }
    setPending(true);
    try {
      const result = await signUpAction(input);
      if (!result.ok) {
        setFieldErrors(result.fieldErrors ?? {});
        if (!result.fieldErrors) setFormError(result.error ?? "That sign-up was not accepted. Please try again.");
        return;
      }
      setFieldErrors({});
      const login = await signIn("credentials", { email: parsed.data.email, password: input.password, redirect: false });
      if (!login || login.error) {
        router.push("/login");
        return;
      }
      router.replace(HOME_PATH);
      router.refresh();
    } catch {
      setFormError("Something went wrong on our side. Please try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="form card" method="post" onSubmit={onSubmit} noValidate>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <TextField label="Name" name="name" autoComplete="name" required error={fieldErrors.name} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required error={fieldErrors.email} />
      <PasswordField purpose="new" label="Password" name="password" error={fieldErrors.password} />
      <button type="submit" className="button" disabled={pending || !ready}>
        {pending ? "Creating your account…" : "Sign up"}
      </button>
      <p className="muted">
        Already have an account? <Link href="/login">Log in</Link>
      </p>
    </form>
  );
}
