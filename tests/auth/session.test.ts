// Which session tokens count (lib/auth/session.ts getCurrentUser, and next-auth's own callbacks):
// a token is honoured only while its session row is open.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";

const request = vi.hoisted(() => ({ cookies: new Map<string, string>(), headers: new Headers() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })) }),
  headers: async () => request.headers,
}));

import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/session";
import { authOptions } from "@/lib/auth/options";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { endAllSessions, endOtherSessions, endSession, startSession } from "@/lib/auth/sessions";
import { createUser } from "../support/fixtures";

/** Puts a session token in the request's cookie, as next-auth would after a log-in. */
async function presentToken(claims: Record<string, unknown>, cookie = "next-auth.session-token") {
  request.cookies = new Map([[cookie, await encode({ token: claims, secret: resolveAuthSecret() })]]);
}

async function loggedIn() {
  const user = await createUser();
  const sessionId = await startSession(user.id, "Vitest");
  await presentToken({ sub: user.id, sid: sessionId, email: user.email });
  return { user, sessionId };
}

beforeEach(() => {
  request.cookies = new Map();
  request.headers = new Headers();
});

describe("getCurrentUser", () => {
  it("answers the user and their session for an open session", async () => {
    const { user, sessionId } = await loggedIn();
    expect(await getCurrentUser()).toEqual({
      id: user.id,
      email: user.email,
      name: user.name,
      timezone: "UTC",
      dayStartsAtHour: 4,
      newPerDay: 20,
      sessionId,
    });
  });

  it("treats a copied token as signed out once its session ended (sign-out)", async () => {
    const { sessionId } = await loggedIn();
    await endSession(sessionId);
    expect(await getCurrentUser()).toBeNull();
  });

  it("ends every browser's session with log-out-everywhere, and the others' with a password change", async () => {
    const { user, sessionId } = await loggedIn();
    const other = await startSession(user.id, "Phone");
    await endOtherSessions(user.id, sessionId);
    expect(await getCurrentUser()).toMatchObject({ id: user.id });
    await presentToken({ sub: user.id, sid: other });
    expect(await getCurrentUser()).toBeNull();
    await presentToken({ sub: user.id, sid: sessionId });
    await endAllSessions(user.id);
    expect(await getCurrentUser()).toBeNull();
  });

  it("refuses an expired session, another user's session, a token without a session and a forged token", async () => {
    const { user, sessionId } = await loggedIn();
    await db.session.update({ where: { id: sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getCurrentUser()).toBeNull();

    const someoneElse = await createUser();
    const theirs = await startSession(someoneElse.id, "Elsewhere");
    await presentToken({ sub: user.id, sid: theirs });
    expect(await getCurrentUser()).toBeNull();

    // Tokens from before sessions had rows carry no sid.
    await presentToken({ sub: someoneElse.id });
    expect(await getCurrentUser()).toBeNull();

    request.cookies = new Map([["next-auth.session-token", "not-a-token"]]);
    expect(await getCurrentUser()).toBeNull();
  });

  it("reads the __Secure- cookie when the request came over HTTPS through a trusted proxy", async () => {
    const previous = process.env.RECALL_TRUST_PROXY;
    process.env.RECALL_TRUST_PROXY = "1";
    try {
      const user = await createUser();
      const sid = await startSession(user.id, "Vitest");
      await presentToken({ sub: user.id, sid }, "__Secure-next-auth.session-token");
      request.headers = new Headers({ "x-forwarded-proto": "https" });
      expect(await getCurrentUser()).toMatchObject({ id: user.id });
      // The plain-HTTP name is not read over HTTPS (and the other way round).
      await presentToken({ sub: user.id, sid });
      expect(await getCurrentUser()).toBeNull();
    } finally {
      if (previous === undefined) delete process.env.RECALL_TRUST_PROXY;
      else process.env.RECALL_TRUST_PROXY = previous;
    }
  });
});

describe("next-auth callbacks", () => {
  it("puts the new session in the token at log-in, and refuses to renew an ended one", async () => {
    const { jwt } = authOptions().callbacks!;
    const user = await createUser();
    const sessionId = await startSession(user.id, "Vitest");
    const token = await jwt!({ token: {}, user: { id: user.id, sessionId }, account: null } as never);
    expect(token).toMatchObject({ sub: user.id, sid: sessionId });
    await expect(jwt!({ token } as never)).resolves.toMatchObject({ sid: sessionId });
    await endSession(sessionId);
    await expect(jwt!({ token } as never)).rejects.toThrow("This session has ended.");
  });

  it("ends the session on sign-out", async () => {
    const user = await createUser();
    const sessionId = await startSession(user.id, "Vitest");
    await authOptions().events!.signOut!({ token: { sub: user.id, sid: sessionId }, session: null as never });
    expect(await db.session.count({ where: { id: sessionId } })).toBe(0);
  });

  it("marks cookies Secure only for HTTPS requests", () => {
    expect(authOptions(true).useSecureCookies).toBe(true);
    expect(authOptions(false).useSecureCookies).toBe(false);
  });
});
