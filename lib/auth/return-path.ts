// Where to send someone after they log in (or out): only paths on this site, never another
// origin. Client-safe: the log-in page and next-auth's redirect callback share it.
export const HOME_PATH = "/dashboard";

// Any origin works for deciding "is this a path on the page's own origin"; the real one is
// passed when known (next-auth's baseUrl).
const PLACEHOLDER_ORIGIN = "http://recall.invalid";

// Browsers silently drop tabs and newlines from URLs (so "/\t/evil.example" is
// "//evil.example"), and raw control characters make an invalid Location header: refuse them
// rather than guess what the browser will make of them.
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f-\u009f\\]/;

/**
 * The path to return to, parsed as a URL against the app's origin: accepted only when it stays
 * on that origin, and answered in its serialised (percent-encoded) form, so the Location header
 * and router.replace get exactly what was checked. Anything else answers the home path.
 */
export function safeReturnPath(value: unknown, origin: string = PLACEHOLDER_ORIGIN): string {
  if (typeof value !== "string" || value === "" || value.length > 2_048 || CONTROL_OR_BACKSLASH.test(value)) return HOME_PATH;
  let url: URL;
  let base: URL;
  try {
    base = new URL(origin);
    url = new URL(value, base);
  } catch {
    return HOME_PATH;
  }
  if (url.origin !== base.origin || (!value.startsWith("/") && !value.startsWith(`${base.origin}/`))) return HOME_PATH;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments can collapse "/.//evil.example" into "//evil.example", which a browser reads
  // as another host.
  if (path.startsWith("//")) return HOME_PATH;
  return path;
}

/** next-auth's redirect callback: an absolute URL on baseUrl (the app's origin), never elsewhere. */
export function safeRedirectUrl({ url, baseUrl }: { url: string; baseUrl: string }): string {
  return `${baseUrl}${safeReturnPath(url, baseUrl)}`;
}

/**
 * The pages for signed-out visitors (app/(signed-out)): prerendered, the same for everyone. A
 * visitor with a session cookie is sent past them by app/api/session-return.
 */
export const SIGNED_OUT_PAGES: ReadonlySet<string> = new Set(["/", "/login", "/signup"]);

/**
 * Which signed-out page (path and query) a request asked for, given the path and query it
 * named; anything that is not one of them answers the landing page.
 */
export function signedOutPage(requested: unknown): string {
  const path = safeReturnPath(requested);
  return SIGNED_OUT_PAGES.has(new URL(path, PLACEHOLDER_ORIGIN).pathname) ? path : "/";
}

/** Where a signed-in visitor of a signed-out page goes: back where the log-in was asked for, or home. */
export function signedInDestination(signedOut: string, origin: string = PLACEHOLDER_ORIGIN): string {
  const url = new URL(signedOut, PLACEHOLDER_ORIGIN);
  return url.pathname === "/login" ? safeReturnPath(url.searchParams.get("callbackUrl"), origin) : HOME_PATH;
}
