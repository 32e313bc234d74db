// Owns where a request came from as the person sees it: the public origin of the app (for links
// people share, such as a class's join link) and whether it was reached over HTTPS. A proxy's
// X-Forwarded-* headers are believed only when RECALL_TRUST_PROXY=1 says one sits in front;
// served directly, a client could send anything in them.

type HeaderSource = { get(name: string): string | null };

export function trustsProxy(): boolean {
  return process.env.RECALL_TRUST_PROXY === "1";
}

const first = (value: string | null) => value?.split(",")[0]?.trim() || null;

/** True when the browser's connection is HTTPS: Next served TLS itself, or a trusted proxy says so. */
export function servedOverHttps(request: { nextUrl?: { protocol: string }; headers: HeaderSource }): boolean {
  if (request.nextUrl?.protocol === "https:") return true;
  return trustsProxy() && first(request.headers.get("x-forwarded-proto")) === "https";
}

/**
 * The origin people use to reach the app: NEXTAUTH_URL when the operator set one, otherwise the
 * host this request addressed (so a class on a school network gets a link that works there).
 */
export function publicOrigin(headers: HeaderSource, configured = process.env.NEXTAUTH_URL): string {
  const host = (trustsProxy() && first(headers.get("x-forwarded-host"))) || headers.get("host");
  if (host) {
    const https = trustsProxy() && first(headers.get("x-forwarded-proto")) === "https";
    const fromConfig = configured ? safeOrigin(configured) : null;
    // A configured origin wins unless it is the localhost default and the request says otherwise.
    if (fromConfig && !isLocalDefault(fromConfig)) return fromConfig;
    return `${https ? "https" : "http"}://${host}`;
  }
  return (configured && safeOrigin(configured)) || "http://localhost:3000";
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function isLocalDefault(origin: string): boolean {
  const { hostname } = new URL(origin);
  return hostname === "localhost" || hostname === "127.0.0.1";
}
