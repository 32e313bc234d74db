// next-auth configuration: email + password credentials, JWT sessions.
import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./accounts";
import { assertLoginAllowed, recordFailedLogin, recordSuccessfulLogin } from "./login-throttle";
import { resolveAuthSecret } from "./secret";

export const INVALID_CREDENTIALS_MESSAGE = "Email or password is incorrect.";

// next-auth builds absolute URLs from NEXTAUTH_URL; the app is served on localhost by default.
process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT ?? 3000}`;

/**
 * The client's address, when a proxy we trust reports it (RECALL_TRUST_PROXY=1): the last
 * x-forwarded-for entry is the one that proxy added. Served directly, the header is whatever
 * the client sent, so there is no address to throttle on.
 */
function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  if (process.env.RECALL_TRUST_PROXY !== "1") return null;
  const forwarded = headers?.["x-forwarded-for"];
  return (typeof forwarded === "string" ? forwarded.split(",").at(-1)?.trim() : undefined) || null;
}

let options: AuthOptions | undefined;

/** Built on first use, so the secret is read (or created) at run time, not at build time. */
export function authOptions(): AuthOptions {
  options ??= {
    secret: resolveAuthSecret(),
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, req) {
          const email = String(credentials?.email ?? "").trim().toLowerCase();
          const address = clientAddress(req?.headers);
          await assertLoginAllowed(email, address);
          const user = await authenticate(credentials);
          if (!user) {
            await recordFailedLogin(email, address);
            throw new Error(INVALID_CREDENTIALS_MESSAGE);
          }
          await recordSuccessfulLogin(email);
          return user;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
  return options;
}
