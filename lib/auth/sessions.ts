// Owns log-in sessions: one row per log-in whose id travels in the session token (JWT `sid`).
// A token is honoured only while its row exists and has not expired (lib/auth/session.ts checks
// that in the same query that loads the user), so ending a session is deleting its row.
import "server-only";
import { randomBytes } from "node:crypto";
import Bowser from "bowser";
import { db } from "@/lib/db";

/** How long a log-in lasts, whatever the browser does with its cookie. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

const USER_AGENT_MAX = 200;

export type SessionSummary = { id: string; createdAt: Date; userAgent: string };

/** Records a new log-in and answers the id to put in its token. Drops the user's expired rows. */
export async function startSession(userId: string, userAgent: string | undefined): Promise<string> {
  const now = new Date();
  const id = randomBytes(24).toString("base64url");
  await db.session.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  await db.session.create({
    data: {
      id,
      userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      userAgent: (userAgent ?? "").slice(0, USER_AGENT_MAX),
    },
  });
  return id;
}

/** Whether the token's session is still open (for next-auth's own /api/auth/session). */
export async function isSessionOpen(userId: string, sessionId: string): Promise<boolean> {
  const session = await db.session.findUnique({ where: { id: sessionId }, select: { userId: true, expiresAt: true } });
  return session !== null && session.userId === userId && session.expiresAt > new Date();
}

/** Sign-out: this session only. */
export async function endSession(sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

/** "Log out everywhere": every session of the user, this one included. Answers how many ended. */
export async function endAllSessions(userId: string): Promise<number> {
  return (await db.session.deleteMany({ where: { userId } })).count;
}

/** After a password change: every session but the one that changed it. */
export async function endOtherSessions(userId: string, keepSessionId: string): Promise<number> {
  return (await db.session.deleteMany({ where: { userId, id: { not: keepSessionId } } })).count;
}

/** The user's open sessions, newest first. */
export async function openSessions(userId: string): Promise<SessionSummary[]> {
  return db.session.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    select: { id: true, createdAt: true, userAgent: true },
    orderBy: { createdAt: "desc" },
  });
}

/** "Chrome on Linux", "Safari on iOS", or "Unknown browser": how the account page names a session. */
export function browserLabel(userAgent: string): string {
  if (!userAgent.trim()) return "Unknown browser";
  const parser = Bowser.getParser(userAgent);
  const browser = parser.getBrowserName();
  const os = parser.getOSName();
  if (!browser) return "Unknown browser";
  return os ? `${browser} on ${os}` : browser;
}
