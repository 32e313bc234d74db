// The browser's side of a session: removing next-auth's session cookie once its session row is
// gone (log out everywhere, account deletion), so a dead cookie does not linger.
import "server-only";
import { cookies, headers } from "next/headers";
import { isSecureRequest } from "@/lib/throttle/client-address";

/** next-auth's cookie name, as getToken reads it: __Secure- over HTTPS. */
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export async function forgetSessionCookie(): Promise<void> {
  const secure = isSecureRequest(await headers());
  (await cookies()).delete({ name: sessionCookieName(secure), path: "/", secure, httpOnly: true, sameSite: "lax" });
}
