// Owns "which client is this" for per-address limits: the address a limit keys on, and whether
// the request reached us over HTTPS (for Secure cookies).
//
// What `next start` does (next/dist/server/base-server.js, handleRequestImpl): it sets
// X-Forwarded-For to the socket's remote address, and X-Forwarded-Proto to the socket's scheme,
// only when the request does not carry them already (`??=`). A header the client sent itself is
// passed on untouched. So the last X-Forwarded-For entry is the one to use either way — the
// socket's address when served directly, the entry a trusted proxy appended behind one
// (RECALL_TRUST_PROXY=1, lib/http/request-origin trustsProxy) — but served directly it is only
// the socket's if the request proxy first removes what the client sent (withoutClientForwarding).
import { isIP } from "node:net";
import { servedOverHttps, trustsProxy } from "@/lib/http/request-origin";

export type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/** Stands in for a missing or malformed address: such requests share one bucket. */
export const UNKNOWN_ADDRESS = "unknown";

const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "forwarded"];

function header(headers: HeaderSource, name: string): string {
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return (Array.isArray(value) ? value.join(",") : value) ?? "";
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

/**
 * The client's address for per-address limits: the last X-Forwarded-For entry (see the header
 * comment); whatever a client wrote to the left of a trusted proxy's entry is ignored.
 */
export function clientAddress(headers: HeaderSource): string {
  const entries = header(headers, "x-forwarded-for")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return addressKey(entries.at(-1));
}

/**
 * Whether the browser reached the app over HTTPS: the public URL (NEXTAUTH_URL) says so, or the
 * trusted proxy reports it. Cookies are marked Secure when it is.
 */
export function isSecureRequest(headers: { get(name: string): string | null }): boolean {
  return process.env.NEXTAUTH_URL?.startsWith("https://") === true || servedOverHttps({ headers });
}

/**
 * For the request proxy (proxy.ts) when no proxy is trusted: the request headers without the
 * X-Forwarded-* / Forwarded headers a client may have sent, so `next start` fills in the socket's
 * own address and scheme when it handles the request. Null when there is nothing to remove.
 */
export function withoutClientForwarding(headers: Headers): Headers | null {
  if (trustsProxy() || !FORWARDING_HEADERS.some((name) => headers.has(name))) return null;
  const cleaned = new Headers(headers);
  for (const name of FORWARDING_HEADERS) cleaned.delete(name);
  return cleaned;
}
