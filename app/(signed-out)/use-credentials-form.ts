"use client";

import { useState } from "react";
import type { FieldErrors } from "@/lib/forms/field-errors";
import { useInBrowser } from "@/app/components/use-in-browser";

/** What the log-in and sign-up forms keep: field and form errors, whether a submit is under way, and whether it may start. */
export function useCredentialsForm<Input>() {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Input>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // The pages are prerendered: until this script runs, a submit would be the browser's own, with
  // the password in a plain request the server does not handle. The button waits for it.
  const ready = useInBrowser();
  return { fieldErrors, setFieldErrors, formError, setFormError, pending, setPending, ready };
}
