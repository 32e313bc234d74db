// What the proxy refuses before Next.js would answer a bare 500.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, refuseRequest } from "@/lib/http/request-guards";

const request = (method: string, pathname: string, headers: Record<string, string> = {}) => ({ method, pathname, headers: new Headers(headers) });
const action = (headers: Record<string, string>) => request("POST", "/classes", { "next-action": "abc123", host: "recall.test", "content-length": "2", ...headers });

describe("refuseRequest", () => {
  it("refuses a server action posted from another site with 403", () => {
    expect(refuseRequest(action({ origin: "https://evil.example" }))).toMatchObject({ status: 403 });
    expect(refuseRequest(action({ origin: "null" }))).toMatchObject({ status: 403 });
    expect(refuseRequest(action({ origin: "http://recall.test" }))).toBeNull();
    // No Origin: not a browser form; Next itself lets it through, and so do we.
    expect(refuseRequest(action({}))).toBeNull();
    // A plain form POST to a page is not a server action.
    expect(refuseRequest(request("POST", "/api/auth/callback/credentials", { origin: "https://evil.example", host: "recall.test" }))).toBeNull();
  });

  it("answers 413 for a server action body over the limit, with the sizes", () => {
    const over = action({ origin: "http://recall.test", "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) });
    expect(refuseRequest(over)).toEqual({ status: 413, message: "That request is 3.0 MB, over the 3.0 MB limit. A review can be up to 2 MB." });
    expect(refuseRequest(action({ origin: "http://recall.test", "content-length": String(ACTION_BODY_LIMIT_BYTES) }))).toBeNull();
    const chunked = request("POST", "/decks/new", { "next-action": "abc123", host: "recall.test", origin: "http://recall.test" });
    expect(refuseRequest(chunked)).toMatchObject({ status: 411 });
  });

  it("answers 400 for a path whose percent-encoding is broken", () => {
    for (const path of ["/classes/%E0%A4%A", "/join/%", "/study/%zz", "/%C0%AF"]) expect(refuseRequest(request("GET", path))).toMatchObject({ status: 400 });
    expect(refuseRequest(request("GET", "/classes/%E2%9C%93"))).toBeNull();
  });

  it("never throws, whatever the path and headers", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (path, origin, length) => {
        const outcome = refuseRequest(action({ origin, "content-length": length.replace(/[^\x20-\x7e]/g, "") }));
        const pathOutcome = refuseRequest(request("GET", `/${path}`));
        return (outcome === null || [403, 411, 413].includes(outcome.status)) && (pathOutcome === null || pathOutcome.status === 400);
      }),
    );
  });
});
