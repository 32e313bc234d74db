// Who is asking: the signed-in user for server components, actions and route handlers.
import "server-only";
import { cache } from "react";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { statements } from "@/lib/db/statements";
import { isSecureRequest } from "@/lib/throttle/client-address";
import { resolveAuthSecret } from "./secret";
import { sessionCookieName } from "./session-cookie";

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  timezone: string;
  dayStartsAtHour: number;
  newPerDay: number;
  /** The session row of this log-in (lib/auth/sessions.ts). */
  sessionId: string;
};

/** The user as the study queue and scheduler see them: who, and their study day and daily limit. */
export type Student = Pick<CurrentUser, "id" | "timezone" | "dayStartsAtHour" | "newPerDay">;

/**
 * The signed-in user, or null. The session token names a user and a session row; the user is
 * loaded only while that row is open, in one query (primary-key lookups on both tables), so a
 * signed-out, revoked or expired session, or a deleted account, counts as signed out at once.
 * Memoized for one request (React `cache()`): the layout, the page and its parts share one
 * token check and one query. Nothing outlives the request, so a revoked session still counts
 * as signed out on the next one.
 */
export const getCurrentUser = cache(loadCurrentUser);

async function loadCurrentUser(): Promise<CurrentUser | null> {
  const secure = isSecureRequest(await headers());
  const token = await getToken({
    // The cookie only: no "Authorization: Bearer" stand-in for it.
    req: { cookies: await cookies(), headers: {} } as never,
    secureCookie: secure,
    cookieName: sessionCookieName(secure),
    secret: resolveAuthSecret(),
  });
  const userId = token?.sub;
  const sessionId = token?.sid;
  if (typeof userId !== "string" || typeof sessionId !== "string") return null;
  // Sent without Prisma (lib/db/statements.ts): every request that needs the user runs it.
  const [user] = await statements().rows<Omit<CurrentUser, "sessionId">>(
    `SELECT u."id", u."email", u."name", u."timezone", u."dayStartsAtHour", u."newPerDay" FROM "User" u JOIN "Session" s ON s."userId" = u."id"
     WHERE u."id" = $1 AND s."id" = $2 AND s."expiresAt" > $3`,
    [userId, sessionId, new Date()],
  );
  return user ? { ...user, sessionId } : null;
}

/** For pages: the signed-in user, or a redirect to the log-in page that comes back here. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
