"use client";

import { useActionState } from "react";
import { fieldErrors, formMessages, refusalMessage } from "@/lib/actions/result";
import { FormFooter, FormMessages } from "@/app/components/form-messages";
import { PasswordField } from "@/app/components/password-field";
import { TitledForm } from "@/app/components/titled-form";
import { changePasswordAction, deleteAccountAction, logOutEverywhereAction } from "./actions";

export function LogOutEverywhereForm() {
  const [state, action, pending] = useActionState(logOutEverywhereAction, null);
  return (
    <form action={action} className="actions">
      <button type="submit" className="button button-secondary" disabled={pending}>
        {pending ? "Logging out…" : "Log out everywhere"}
      </button>
      <FormMessages error={refusalMessage(state)} />
    </form>
  );
}

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, null);
  const errors = fieldErrors(state);
  const { error, notice } = formMessages(state);
  return (
    <TitledForm title="Change password" level={3} className="form card" action={action} noValidate>
      <p className="muted">Your other browsers are logged out; this one stays logged in.</p>
      <PasswordField purpose="current" label="Current password" name="currentPassword" error={errors.currentPassword} />
      <PasswordField purpose="new" label="New password" name="newPassword" error={errors.newPassword} />
      <PasswordField purpose="confirm" label="Confirm new password" name="confirmPassword" error={errors.confirmPassword} />
      <FormFooter error={error} notice={notice} pending={pending} label={pending ? "Changing…" : "Change password"} />
    </TitledForm>
  );
}

export function DeleteAccountForm({ children }: { children: React.ReactNode }) {
  const [state, action, pending] = useActionState(deleteAccountAction, null);
  const errors = fieldErrors(state);
  const { error } = formMessages(state);
  return (
    <TitledForm title="Delete account" level={3} className="form card" action={action} noValidate>
      {children}
      <PasswordField purpose="current" id="delete-password" label="Your password" name="password" hint="Deleting cannot be undone." error={errors.password} />
      <FormFooter error={error} pending={pending} label={pending ? "Deleting…" : "Delete my account"} danger />
    </TitledForm>
  );
}
