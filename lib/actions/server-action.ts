// Owns the one way a server action runs: check the shape of what the browser (or a script)
// sent, find who is asking, call one lib function, and turn its refusals into one result type.
// Anything can call a server action with any arguments, so nothing here trusts them.
import "server-only";
import { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { Refusal } from "@/lib/errors/refusal";
import { INVALID_REQUEST_MESSAGE, SIGNED_OUT_MESSAGE, type ActionResult } from "./result";
import { firstFieldErrors } from "@/lib/forms/field-errors";
import { containsNul, NUL_MESSAGE } from "@/lib/validation/nul";

export type Context<Auth extends "user" | "anyone"> = { user: Auth extends "user" ? CurrentUser : CurrentUser | null };

export type Options<Auth extends "user" | "anyone"> = {
  /** "user" (the default) refuses the signed-out; "anyone" runs for them too. */
  auth?: Auth;
};

/**
 * Runs `handler` for input from outside: refuses the signed-out (unless `auth: "anyone"`) and
 * input that does not fit `schema`, and turns a Refusal into the result. Server actions (below)
 * and the study loop's JSON routes (lib/http/json-route.ts) both answer through it.
 */
export async function runAction<S extends z.ZodType, T, Auth extends "user" | "anyone">(
  schema: S,
  input: unknown,
  handler: (data: z.output<S>, context: Context<Auth>) => Promise<T>,
  options: Options<Auth>,
): Promise<ActionResult<T>> {
  const user = await getCurrentUser();
  if (!user && (options.auth ?? "user") === "user") return { ok: false, code: "signed_out", error: SIGNED_OUT_MESSAGE };
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = firstFieldErrors(parsed.error) as Record<string, string>;
    if ("form" in fieldErrors) return { ok: false, code: "invalid", error: INVALID_REQUEST_MESSAGE };
    return { ok: false, code: "invalid", fieldErrors };
  }
  if (containsNul(parsed.data)) return { ok: false, code: "invalid", error: NUL_MESSAGE };
  try {
    return { ok: true, value: await handler(parsed.data, { user } as Context<Auth>) };
  } catch (error) {
    // Everything else — redirect() and notFound() signals included — belongs to Next.
    if (!(error instanceof Refusal)) throw error;
    return error.field
      ? { ok: false, code: error.code, fieldErrors: { [error.field]: error.message } }
      : { ok: false, code: error.code, error: error.message };
  }
}

/**
 * A server action called with one plain argument (from client code). The returned function is
 * what a "use server" module exports.
 */
export function serverAction<S extends z.ZodType, T, Auth extends "user" | "anyone" = "user">(
  schema: S,
  handler: (data: z.output<S>, context: Context<Auth>) => Promise<T>,
  options: Options<Auth> = {},
): (input: unknown) => Promise<ActionResult<T>> {
  return (input) => runAction(schema, input, handler, options);
}

/**
 * A server action behind a `<form action>` with useActionState: called with the previous state
 * (ignored: the browser sends it) and the form's FormData.
 */
export function formAction<S extends z.ZodType, T, Auth extends "user" | "anyone" = "user">(
  schema: S,
  handler: (data: z.output<S>, context: Context<Auth>) => Promise<T>,
  options: Options<Auth> = {},
): (state: unknown, formData: unknown) => Promise<ActionResult<T>> {
  return async (_state, formData) => {
    if (!(formData instanceof FormData)) return { ok: false, code: "invalid", error: INVALID_REQUEST_MESSAGE };
    return runAction(schema, formFields(formData), handler, options);
  };
}

/** FormData as a plain object: one value per field, a list where a field repeats. */
export function formFields(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const fields: Record<string, FormDataEntryValue | FormDataEntryValue[]> = Object.create(null);
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key);
    fields[key] = values.length === 1 ? values[0] : values;
  }
  return fields;
}
