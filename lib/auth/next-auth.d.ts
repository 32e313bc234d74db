import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user?: DefaultSession["user"] & { id?: string };
  }
  interface User {
    /** The session row opened by this log-in (lib/auth/sessions.ts). */
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The session row this token belongs to: the token is honoured only while the row exists. */
    sid?: string;
  }
}
