// Owns one log-in attempt, as next-auth's credentials provider runs it: count the attempt
// against the limits (before any password is checked), check the credentials, and on success
// open a session row whose id goes into the token.
import "server-only";
import { clientAddress, type HeaderSource } from "@/lib/throttle/client-address";
import { authenticate } from "./accounts";
import { logInSchema } from "./credentials-schema";
import { beginLoginAttempt, loginSucceeded } from "./login-throttle";
import { startSession } from "./sessions";

export const INVALID_CREDENTIALS_MESSAGE = "Email or password is incorrect.";

export type LoggedInUser = { id: string; email: string; name: string; sessionId: string };

/**
 * The user and their new session for valid credentials. Throws with a message for the log-in
 * form otherwise: wrong credentials (one message for a wrong email and a wrong password), or
 * TooManyAttemptsError when a limit is used up.
 */
export async function logIn(credentials: unknown, headers: HeaderSource): Promise<LoggedInUser> {
  const parsed = logInSchema.safeParse(credentials);
  if (!parsed.success) throw new Error(INVALID_CREDENTIALS_MESSAGE);
  const { email } = parsed.data;
  const address = clientAddress(headers);
  await beginLoginAttempt(email, address);
  const user = await authenticate(parsed.data);
  if (!user) throw new Error(INVALID_CREDENTIALS_MESSAGE);
  await loginSucceeded(email, address);
  const userAgent = headers instanceof Headers ? headers.get("user-agent") : headers["user-agent"];
  return { ...user, sessionId: await startSession(user.id, typeof userAgent === "string" ? userAgent : undefined) };
}
