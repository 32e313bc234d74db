import { afterEach, describe, expect, it } from "vitest";
import { addressKey, clientAddress, isSecureRequest, withoutClientForwarding } from "@/lib/throttle/client-address";

const env = { RECALL_TRUST_PROXY: process.env.RECALL_TRUST_PROXY, NEXTAUTH_URL: process.env.NEXTAUTH_URL };
afterEach(() => {
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

function trusting(proxies: string | undefined) {
  if (proxies === undefined) delete process.env.RECALL_TRUST_PROXY;
  else process.env.RECALL_TRUST_PROXY = proxies;
}

describe("clientAddress", () => {
  it("served directly, takes the address next start put in X-Forwarded-For", () => {
    trusting(undefined);
    expect(clientAddress({ "x-forwarded-for": "::ffff:127.0.0.1" })).toBe("127.0.0.1");
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.4" }))).toBe("198.51.100.4");
  });

  it("behind the trusted proxy, takes the entry that proxy added, not what the client claimed", () => {
    trusting("1");
    expect(clientAddress({ "x-forwarded-for": "10.0.0.1, 203.0.113.9" })).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6,203.0.113.9" }))).toBe("203.0.113.9");
  });

  it("keys IPv6 clients by their /64 and ignores ports", () => {
    trusting("1");
    expect(clientAddress({ "x-forwarded-for": "2001:db8:1:2:aaaa::1" })).toBe("2001:db8:1:2::/64");
    expect(clientAddress({ "x-forwarded-for": "2001:db8:1:2:bbbb::9" })).toBe("2001:db8:1:2::/64");
    expect(clientAddress({ "x-forwarded-for": "[2001:db8::1]:443" })).toBe("2001:db8:0:0::/64");
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9:5123" })).toBe("203.0.113.9");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
  });

  it("puts missing and malformed addresses in one bucket", () => {
    trusting(undefined);
    expect(clientAddress({})).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": "not an address" })).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": ["", " "] })).toBe("unknown");
  });
});

describe("isSecureRequest", () => {
  it("believes X-Forwarded-Proto only from a trusted proxy", () => {
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    trusting(undefined);
    expect(isSecureRequest(new Headers({ "x-forwarded-proto": "https" }))).toBe(false);
    trusting("1");
    expect(isSecureRequest(new Headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(isSecureRequest(new Headers({ "x-forwarded-proto": "http" }))).toBe(false);
  });

  it("is always true when the public URL is https", () => {
    process.env.NEXTAUTH_URL = "https://recall.example";
    trusting(undefined);
    expect(isSecureRequest(new Headers())).toBe(true);
  });
});

describe("withoutClientForwarding", () => {
  it("strips forwarding headers when no proxy is trusted, so next start fills in the socket's", () => {
    trusting(undefined);
    const cleaned = withoutClientForwarding(new Headers({ "x-forwarded-for": "6.6.6.6", "x-forwarded-proto": "https", cookie: "a=b" }));
    expect(cleaned && [...cleaned.keys()]).toEqual(["cookie"]);
    expect(withoutClientForwarding(new Headers({ cookie: "a=b" }))).toBeNull();
  });

  it("leaves them for a trusted proxy", () => {
    trusting("1");
    expect(withoutClientForwarding(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBeNull();
  });
});
