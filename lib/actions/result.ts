// What a server action answers, as client components see it (client-safe: no server imports).
import type { RefusalCode } from "@/lib/errors/refusal";

export type ActionResult<T = null> =
  | { ok: true; value: T }
  | { ok: false; code: RefusalCode; error?: string; fieldErrors?: Record<string, string> };

/** What a form shows before its first submission (null), then the result of the latest one. */
export type FormState<T = null> = ActionResult<T> | null;

export const SIGNED_OUT_MESSAGE = "Your session has ended. Log in again.";
export const INVALID_REQUEST_MESSAGE = "That request was not valid. Reload the page and try again.";

/** The messages a form shows under its fields: the refusal, or the success notice if any. */
export function formMessages(state: FormState<unknown>): { error?: string; notice?: string } {
  if (!state) return {};
  if (!state.ok) return { error: state.error };
  const value = state.value as { notice?: unknown } | null;
  return typeof value?.notice === "string" ? { notice: value.notice } : {};
}

/** The message for one field, if the latest submission was refused because of it. */
export function fieldError(state: FormState<unknown>, field: string): string | undefined {
  return fieldErrors(state)[field];
}

/** Every field message of the latest submission ({} when it was not refused field by field). */
export function fieldErrors(state: FormState<unknown>): Record<string, string> {
  return (state && !state.ok ? state.fieldErrors : undefined) ?? {};
}

/** One sentence for a refused call whose form has no field to show a message beside. */
export function refusalMessage(state: FormState<unknown>): string | undefined {
  if (!state || state.ok) return undefined;
  return state.error ?? Object.values(state.fieldErrors ?? {})[0] ?? INVALID_REQUEST_MESSAGE;
}
