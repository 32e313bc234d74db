// How rejected form input is reported: the first message for each field, shown next to it.
// Issues that belong to no field are reported under "form".
import type { z } from "zod";

export type FieldErrors<T = Record<string, unknown>> = Partial<Record<(keyof T & string) | "form", string>>;

export function firstFieldErrors<T>(error: z.ZodError<T>): FieldErrors<T> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  return errors as FieldErrors<T>;
}
