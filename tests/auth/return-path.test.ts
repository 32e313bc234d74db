import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HOME_PATH, SIGNED_OUT_PAGES, safeRedirectUrl, safeReturnPath, signedInDestination, signedOutPage } from "@/lib/auth/return-path";

const APP = "http://localhost:3000";

/** What a browser does with a Location header or router.replace: resolve it against the page. */
const landsOn = (location: string, page = `${APP}/login`) => new URL(location, page);

/** Characters that may appear raw in an HTTP header value without a 500 (visible ASCII). */
const HEADER_SAFE = /^[\x21-\x7e]*$/;

/** The pieces attackers build return paths from. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "/", "//", "///", "\\", "/\\", "\\\\", ".", "..", "/./", "/../", "/.//", "/..//", "%2F", "%2f", "%5C", "%09", "%0A",
        "evil.example", "@evil.example", ":", "http:", "https:", "javascript:", "data:", "http://evil.example",
        "https://evil.example/", "//evil.example", "?", "#", "&", "decks", "/decks", "localhost:3000", `${APP}`,
        "\t", "\n", "\r", "\0", "\x7f", "\x1b", " ", "\u00a0", "\u3000", "\u2028", "\ufeff", "\u200b", "ｅｖｉｌ", "💥",
      ),
      fc.string({ unit: "binary", maxLength: 4 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(""));

function expectSafe(path: string) {
  expect(path.startsWith("/")).toBe(true);
  expect(path.startsWith("//")).toBe(false);
  expect(path).toMatch(HEADER_SAFE);
  // Wherever the browser resolves it, it stays on that page's origin.
  expect(landsOn(path).origin).toBe(APP);
  expect(landsOn(path, "https://recall.example/x/y").origin).toBe("https://recall.example");
}

describe("safeReturnPath", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeReturnPath("/decks")).toBe("/decks");
    expect(safeReturnPath("/study/abc?x=1#card")).toBe("/study/abc?x=1#card");
    expect(safeReturnPath("/join/ABC-123")).toBe("/join/ABC-123");
    expect(safeReturnPath(`${APP}/classes`, APP)).toBe("/classes");
  });

  it("percent-encodes what is not header-safe instead of passing it on", () => {
    expect(safeReturnPath("/\u3000/evil.example")).toBe("/%E3%80%80/evil.example");
    expect(safeReturnPath("/décks?q=ü")).toBe("/d%C3%A9cks?q=%C3%BC");
  });

  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    // Browsers drop tabs and newlines, so these are //evil.example.
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "\t//evil.example",
    // Dot segments collapse into a protocol-relative path.
    "/.//evil.example",
    "/..//evil.example",
    "/a/..//evil.example",
    "javascript:alert(1)",
    "http:evil.example",
    "https://localhost:3000@evil.example/",
    `${APP}.evil.example/`,
    "",
    undefined,
    null,
    42,
    ["/decks"],
  ])("sends %j home", (value) => {
    expect(safeReturnPath(value, APP)).toBe(HOME_PATH);
  });

  it("answers a header-safe path on this origin for any input", () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: "binary" }), fc.webUrl()), (value) => {
        const path = safeReturnPath(value, APP);
        expectSafe(path);
        // Checking twice changes nothing: what was accepted is exactly what is used.
        expect(safeReturnPath(path, APP)).toBe(path);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("safeRedirectUrl (next-auth's redirect callback)", () => {
  it("keeps same-origin URLs and paths, and sends everything else home", () => {
    expect(safeRedirectUrl({ url: "/decks", baseUrl: APP })).toBe(`${APP}/decks`);
    expect(safeRedirectUrl({ url: `${APP}/study?x=1`, baseUrl: APP })).toBe(`${APP}/study?x=1`);
    expect(safeRedirectUrl({ url: "https://evil.example/", baseUrl: APP })).toBe(`${APP}${HOME_PATH}`);
    expect(safeRedirectUrl({ url: "/\t/evil.example", baseUrl: APP })).toBe(`${APP}${HOME_PATH}`);
  });

  it("always answers a URL on the app's origin", () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: "binary" }), fc.webUrl()), (url) => {
        const target = safeRedirectUrl({ url, baseUrl: APP });
        expect(target).toMatch(HEADER_SAFE);
        expect(new URL(target).origin).toBe(APP);
        expectSafe(target.slice(APP.length));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("a signed-out page visited with a session cookie (app/api/session-return)", () => {
  it("names the signed-out page asked for, with its query, and the landing page for anything else", () => {
    expect(signedOutPage("/login?callbackUrl=%2Fdecks")).toBe("/login?callbackUrl=%2Fdecks");
    expect(signedOutPage("/signup")).toBe("/signup");
    expect(signedOutPage("/api/session-return")).toBe("/");
    expect(signedOutPage("/dashboard")).toBe("/");
    expect(signedOutPage("//evil.example/login")).toBe("/");
  });

  it("sends a live session back where the log-in was asked for, from the log-in page only", () => {
    expect(signedInDestination("/login?callbackUrl=%2Fstudy%2Fabc")).toBe("/study/abc");
    expect(signedInDestination("/login?callbackUrl=https%3A%2F%2Fevil.example%2F", APP)).toBe(HOME_PATH);
    expect(signedInDestination("/login")).toBe(HOME_PATH);
    expect(signedInDestination("/signup?callbackUrl=%2Fstudy")).toBe(HOME_PATH);
    expect(signedInDestination("/")).toBe(HOME_PATH);
  });

  it("answers a signed-out page, and a safe destination, for any address", () => {
    const addresses = fc.oneof(
      hostile,
      fc.string({ unit: "binary" }),
      hostile.map((callback) => `/login?callbackUrl=${encodeURIComponent(callback)}`),
      fc.tuple(fc.constantFrom(...SIGNED_OUT_PAGES), hostile).map(([page, rest]) => `${page}${rest}`),
    );
    fc.assert(
      fc.property(addresses, (address) => {
        const page = signedOutPage(address);
        expect(SIGNED_OUT_PAGES.has(new URL(page, APP).pathname)).toBe(true);
        expectSafe(page);
        expectSafe(signedInDestination(page, APP));
      }),
      { numRuns: 2_000 },
    );
  });
});
