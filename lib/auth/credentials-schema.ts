// What a valid sign-up or log-in form holds. Shared by the server (authoritative) and the
// browser (instant field errors), so the rules live in one place.
import { z } from "zod";

export const NAME_MAX = 100;
export const PASSWORD_MIN = 8;
// argon2 hashes any length, but a cap keeps a 1 MB "password" from tying up a core.
export const PASSWORD_MAX = 200;

const email = z
  .string({ error: "Enter your email address." })
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@example.com."))
  .transform((value) => value.toLowerCase());

export const signUpSchema = z.object({
  name: z
    .string({ error: "Enter your name." })
    .trim()
    .min(1, "Enter your name.")
    .max(NAME_MAX, `Keep your name under ${NAME_MAX} characters.`),
  email,
  password: z
    .string({ error: "Choose a password." })
    .min(1, "Choose a password.")
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters for your password.`)
    .max(PASSWORD_MAX, `Keep your password under ${PASSWORD_MAX} characters.`),
});

export const logInSchema = z.object({
  email,
  password: z
    .string({ error: "Enter your password." })
    .min(1, "Enter your password.")
    .max(PASSWORD_MAX, "Email or password is incorrect."),
});

export type SignUpInput = z.infer<typeof signUpSchema>;
export type LogInInput = z.infer<typeof logInSchema>;

export type FieldErrors<T> = Partial<Record<keyof T, string>>;

/** The first message for each field, as forms show it. */
export function firstFieldErrors<T>(error: z.ZodError<T>): FieldErrors<T> {
  const errors: FieldErrors<T> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as keyof T | undefined;
    if (field !== undefined && errors[field] === undefined) errors[field] = issue.message;
  }
  return errors;
}
