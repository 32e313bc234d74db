// next-auth configuration: email + password credentials, JWT sessions backed by session rows.
import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { logIn } from "./log-in";
import { safeRedirectUrl } from "./return-path";
import { resolveAuthSecret } from "./secret";
import { endSession, isSessionOpen, SESSION_MAX_AGE_SECONDS } from "./sessions";

// next-auth builds absolute URLs from NEXTAUTH_URL; the app is served on localhost by default.
process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT ?? 3000}`;

/** A token whose session row is gone (signed out, logged out everywhere, password changed). */
class SessionEndedError extends Error {
  constructor() {
    super("This session has ended.");
    this.name = "SessionEndedError";
  }
}

const options = new Map<boolean, AuthOptions>();

/**
 * Built on first use, so the secret is read (or created) at run time, not at build time. With
 * `secureCookies` (the request came over HTTPS: lib/throttle/client-address isSecureRequest)
 * the cookies are marked Secure and carry next-auth's __Secure-/__Host- names.
 */
export function authOptions(secureCookies = false): AuthOptions {
  const built = options.get(secureCookies);
  if (built) return built;
  const created: AuthOptions = {
    secret: resolveAuthSecret(),
    useSecureCookies: secureCookies,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        authorize: (credentials, request) => logIn(credentials, request?.headers ?? {}),
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) return { ...token, sub: user.id, sid: user.sessionId };
        // Pages and actions read the token themselves (lib/auth/session.ts); this runs for
        // next-auth's /api/auth/session, which must not vouch for an ended session either.
        // Throwing makes next-auth answer "no session" and clear the cookie.
        if (!token.sub || !token.sid || !(await isSessionOpen(token.sub, token.sid))) throw new SessionEndedError();
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
      redirect: safeRedirectUrl,
    },
    events: {
      async signOut({ token }) {
        if (token?.sid) await endSession(token.sid);
      },
    },
    logger: {
      error(code, metadata) {
        if (metadata instanceof SessionEndedError) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
    },
  };
  options.set(secureCookies, created);
  return created;
}
