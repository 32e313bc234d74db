// What a valid sign-up or log-in form holds. Shared by the server (authoritative) and the
// browser (instant field errors), so the rules live in one place.
import { z } from "zod";
import { isValidTimezone } from "@/lib/calendar/study-day";

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

/** A password someone chooses (sign-up, password change). */
export const newPasswordField = z
  .string({ error: "Choose a password." })
  .min(1, "Choose a password.")
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters for your password.`)
  .max(PASSWORD_MAX, `Keep your password under ${PASSWORD_MAX} characters.`);

export const signUpSchema = z.object({
  name: z
    .string({ error: "Enter your name." })
    .trim()
    .min(1, "Enter your name.")
    .max(NAME_MAX, `Keep your name under ${NAME_MAX} characters.`),
  email,
  password: newPasswordField,
  // The browser's timezone, so "today" starts at 4 a.m. where the student lives; changeable in Settings.
  timezone: z
    .string()
    .optional()
    .transform((timezone) => (timezone && isValidTimezone(timezone) ? timezone : "UTC")),
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
