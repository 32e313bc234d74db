// Next.js runs this before every page and server action (the file must live at the top level).
// It refuses what Next would otherwise answer with a bare 500 (lib/http/request-guards), sends a
// visitor with a session cookie past the prerendered signed-out pages (app/api/session-return),
// and adds the per-response security headers (lib/http/security-headers): a fresh CSP nonce for
// pages rendered per request, the hashes of a prerendered page's inline code for the others.
// Servers reached directly ignore forwarding headers a client made up.
import { NextResponse, type NextRequest } from "next/server";
import { refuseRequest } from "@/lib/http/request-guards";
import { pageSecurityHeaders } from "@/lib/http/security-headers";
import { errorPageHashes, prerenderedPageHashes } from "@/lib/http/prerendered-pages";
import { SIGNED_OUT_PAGES } from "@/lib/auth/return-path";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { servedOverHttps } from "@/lib/http/request-origin";
import { isSecureRequest, withoutClientForwarding } from "@/lib/throttle/client-address";

function refusal(status: number, message: string): NextResponse {
  const page = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Recall</title><main><h1>${message}</h1><p><a href="/">Go to Recall</a></p></main></html>`;
  return new NextResponse(page, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}

export function proxy(request: NextRequest): NextResponse {
  const refused = refuseRequest({ method: request.method, pathname: request.nextUrl.pathname, headers: request.headers });
  if (refused) return refusal(refused.status, refused.message);

  const { pathname } = request.nextUrl;
  const reading = request.method === "GET" || request.method === "HEAD";
  if (reading && SIGNED_OUT_PAGES.has(pathname) && request.cookies.has(sessionCookieName(isSecureRequest(request.headers)))) {
    const check = request.nextUrl.clone();
    check.pathname = "/api/session-return";
    return NextResponse.rewrite(check);
  }

  const inline = prerenderedPageHashes(pathname) ?? { nonce: Buffer.from(crypto.randomUUID()).toString("base64"), ...errorPageHashes() };
  const headers = pageSecurityHeaders({ inline, https: servedOverHttps(request), development: process.env.NODE_ENV === "development" });
  // Next reads a nonce from the request's CSP header and puts it on the scripts it writes. With
  // no trusted proxy, X-Forwarded-* a client sent are dropped here, so `next start` fills in the
  // socket's own address and scheme (lib/throttle/client-address).
  const requestHeaders = withoutClientForwarding(request.headers) ?? new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [key, value] of Object.entries(headers)) response.headers.set(key, value);
  return response;
}

export const config = {
  // Pages, server actions and route handlers; not Next's own static files, nor the study loop's
  // JSON routes (app/api/study): they answer JSON, which needs no CSP, they make their own checks
  // (lib/http/json-route.ts) and read no forwarded header that only a trusted proxy may set — and
  // skipping this run cut a review's server CPU by a fifth (issue #12).
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/study/).*)" }],
};
