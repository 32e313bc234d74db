// Owns "where does this request come from": the client address that per-address limits key on,
// and whether the request reached us over HTTPS.
//
// What `next start` does (next/dist/server/base-server.js, handleRequestImpl): it sets
// X-Forwarded-For to the socket's remote address, and X-Forwarded-Proto to the socket's scheme,
// only when the request does not carry them already (`??=`). A header the client sent itself is
// passed on untouched. So served directly, these headers are whatever the client chose unless
// the request proxy (proxy.ts) removes client-sent ones first (withoutClientForwarding below);
// behind a reverse proxy, only the entries that proxy added can be believed. RECALL_TRUST_PROXY
// says how many proxies stand in front of the app.
import { isIP } from "node:net";

export type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/** Stands in for a missing or malformed address: such requests share one bucket. */
export const UNKNOWN_ADDRESS = "unknown";

const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "forwarded"];

/**
 * How many reverse proxies in front of the app append to X-Forwarded-For: RECALL_TRUST_PROXY
 * as a count ("1" for one nginx/Caddy/load balancer), 0 when unset (served directly).
 */
export function trustedProxyCount(): number {
  const value = process.env.RECALL_TRUST_PROXY?.trim().toLowerCase();
  if (!value || value === "0" || value === "false") return 0;
  if (value === "true") return 1;
  const count = Number(value);
  return Number.isInteger(count) && count > 0 ? count : 0;
}

function header(headers: HeaderSource, name: string): string {
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return (Array.isArray(value) ? value.join(",") : value) ?? "";
}

/**
 * The entry of a comma-separated forwarding header that can be believed: the one the outermost
 * trusted proxy added (with N proxies, the Nth from the right; everything left of it is what
 * the client claimed). Served directly, the single entry `next start` filled in.
 */
function trustedEntry(headers: HeaderSource, name: string): string | undefined {
  const entries = header(headers, name)
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const proxies = trustedProxyCount();
  return proxies === 0 ? entries.at(-1) : (entries.at(-proxies) ?? entries[0]);
}

/**
 * An address as a limit key: IPv4-mapped IPv6 as plain IPv4, and IPv6 by its /64 prefix (one
 * subscriber gets a whole /64, so single IPv6 addresses cost an attacker nothing).
 */
export function addressKey(raw: string | undefined): string {
  if (!raw) return UNKNOWN_ADDRESS;
  // "[2001:db8::1]:443" or "203.0.113.7:443" (some proxies add the port).
  const address = raw.replace(/^\[([^\]]+)\](?::\d+)?$/, "$1").replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped && isIP(mapped[1]) === 4) return mapped[1];
  const version = isIP(address);
  if (version === 4) return address;
  if (version !== 6) return UNKNOWN_ADDRESS;
  return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head, tail = ""] = address.toLowerCase().replace(/%.*$/, "").split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // An embedded IPv4 tail ("::1.2.3.4") fills two groups; only the first four groups are used.
  const missing = Math.max(0, 8 - left.length - right.length);
  return [...left, ...Array(missing).fill("0"), ...right].map((group) => group.replace(/^0+(?=.)/, ""));
}

/** The client's address for per-address limits (see the header comment for what it rests on). */
export function clientAddress(headers: HeaderSource): string {
  return addressKey(trustedEntry(headers, "x-forwarded-for"));
}

/**
 * Whether the browser reached the app over HTTPS: the public URL (NEXTAUTH_URL) says so, or a
 * trusted proxy reports it in X-Forwarded-Proto. Cookies are marked Secure when it is.
 */
export function isSecureRequest(headers: HeaderSource): boolean {
  if (process.env.NEXTAUTH_URL?.startsWith("https://")) return true;
  return trustedProxyCount() > 0 && trustedEntry(headers, "x-forwarded-proto")?.toLowerCase() === "https";
}

/**
 * For the request proxy (proxy.ts), served directly (no trusted proxy): the request headers
 * without the X-Forwarded-* / Forwarded headers a client sent, so `next start` fills in the
 * socket's real address and scheme. Null when there is nothing to remove.
 */
export function withoutClientForwarding(headers: Headers): Headers | null {
  if (trustedProxyCount() > 0 || !FORWARDING_HEADERS.some((name) => headers.has(name))) return null;
  const cleaned = new Headers(headers);
  for (const name of FORWARDING_HEADERS) cleaned.delete(name);
  return cleaned;
}
