import { afterEach, describe, expect, it } from "vitest";
import { contentSecurityPolicy, pageSecurityHeaders } from "@/lib/http/security-headers";
import { publicOrigin, servedOverHttps } from "@/lib/http/request-origin";

afterEach(() => {
  delete process.env.RECALL_TRUST_PROXY;
});

describe("security headers", () => {
  it("allow only the app's own scripts and those carrying this response's nonce, and no framing", () => {
    const csp = contentSecurityPolicy({ inline: { nonce: "abc", scriptHashes: [], styleHashes: [] }, https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc';");
    expect(csp).toContain("style-src 'self' 'nonce-abc';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("allow a prerendered page's own inline scripts and styles by hash, without a nonce", () => {
    const csp = contentSecurityPolicy({ inline: { scriptHashes: ["sha256-AAA=", "sha256-BBB="], styleHashes: [] }, https: false });
    expect(csp).toContain("script-src 'self' 'sha256-AAA=' 'sha256-BBB=';");
    expect(csp).toContain("style-src 'self';");
    expect(csp).not.toMatch(/nonce-|unsafe-inline'; style-src|strict-dynamic/);
  });

  it("allow a page rendered per request the prerendered error pages' inline code beside its nonce", () => {
    const csp = contentSecurityPolicy({ inline: { nonce: "abc", scriptHashes: ["sha256-NF="], styleHashes: [] }, https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'sha256-NF=';");
    // 'strict-dynamic' would ignore 'self', and the static page's script tags carry no nonce
    expect(csp).not.toContain("strict-dynamic");
  });

  it("let next dev's own inline styles and eval run, in development only", () => {
    const dev = contentSecurityPolicy({ inline: { nonce: "abc", scriptHashes: [], styleHashes: [] }, https: false, development: true });
    expect(dev).toContain("style-src 'self' 'unsafe-inline';");
    expect(dev).toContain("'unsafe-eval'");
  });

  it("add HSTS and upgrade-insecure-requests only over HTTPS", () => {
    expect(pageSecurityHeaders({ inline: { nonce: "n", scriptHashes: [], styleHashes: [] }, https: false })).not.toHaveProperty("Strict-Transport-Security");
    const https = pageSecurityHeaders({ inline: { nonce: "n", scriptHashes: [], styleHashes: [] }, https: true });
    expect(https["Strict-Transport-Security"]).toMatch(/^max-age=\d+; includeSubDomains$/);
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });
});

describe("request origin", () => {
  const headers = (values: Record<string, string>) => new Headers(values);

  it("believes X-Forwarded-Proto only behind a trusted proxy", () => {
    expect(servedOverHttps({ headers: headers({ "x-forwarded-proto": "https" }) })).toBe(false);
    process.env.RECALL_TRUST_PROXY = "1";
    expect(servedOverHttps({ headers: headers({ "x-forwarded-proto": "https" }) })).toBe(true);
    expect(servedOverHttps({ nextUrl: { protocol: "https:" }, headers: headers({}) })).toBe(true);
  });

  it("links to the address the person reached the app at, unless the operator configured one", () => {
    expect(publicOrigin(headers({ host: "192.168.1.20:3000" }), "http://localhost:3000")).toBe("http://192.168.1.20:3000");
    expect(publicOrigin(headers({ host: "192.168.1.20:3000" }), "https://recall.school.example")).toBe("https://recall.school.example");
    expect(publicOrigin(headers({ host: "internal:3000", "x-forwarded-host": "recall.example", "x-forwarded-proto": "https" }), undefined)).toBe("http://internal:3000");
    process.env.RECALL_TRUST_PROXY = "1";
    expect(publicOrigin(headers({ host: "internal:3000", "x-forwarded-host": "recall.example", "x-forwarded-proto": "https" }), undefined)).toBe("https://recall.example");
  });
});
