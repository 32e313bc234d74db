// A signed-out page (landing, log-in, sign-up) asked for with a session cookie: proxy.ts sends
// the request here, since the prerendered page itself cannot look at the session. A live
// session goes on into the app, as the page used to redirect; a dead cookie (signed out
// elsewhere, expired, account deleted) is removed and the visitor gets the page they asked for.
import { getCurrentUser } from "@/lib/auth/session";
import { forgetSessionCookie } from "@/lib/auth/session-cookie";
import { signedInDestination, signedOutPage } from "@/lib/auth/return-path";

export const dynamic = "force-dynamic";

const redirectTo = (location: string) => new Response(null, { status: 307, headers: { Location: location, "Cache-Control": "no-store" } });

export async function GET(request: Request): Promise<Response> {
  // A rewrite keeps the address the browser asked for: that is the page in question.
  const { pathname, search } = new URL(request.url);
  const page = signedOutPage(`${pathname}${search}`);
  if (await getCurrentUser()) return redirectTo(signedInDestination(page, process.env.NEXTAUTH_URL));
  await forgetSessionCookie();
  return redirectTo(page);
}
