import { createHash } from "node:crypto";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inlineHashes, prerenderedPages } from "@/lib/http/prerendered-pages";

const sha256 = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

describe("the inline code a prerendered page may run", () => {
  it("is every inline script and style, hashed byte for byte as written, and no script file", () => {
    // Next's payload scripts hold escaped markup and entities the browser does not decode.
    const payload = 'self.__next_f.push([1,"a &amp; b \\u003c/script\\u003e é"])';
    const html = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script><style>.x{color:red}</style></head><body><main>hi</main><script>${payload}</script><script>(self.__next_s=self.__next_s||[]).push(0)</script><script async src="/b.js"></script></body></html>`;
    expect(inlineHashes(html)).toEqual({
      scriptHashes: [sha256(payload), sha256("(self.__next_s=self.__next_s||[]).push(0)")],
      styleHashes: [sha256(".x{color:red}")],
    });
  });

  it("names each script once, and nothing for a page without inline code", () => {
    expect(inlineHashes("<script>a()</script><p>x</p><script>a()</script>").scriptHashes).toEqual([sha256("a()")]);
    expect(inlineHashes('<html><body><script src="/x.js"></script></body></html>')).toEqual({ scriptHashes: [], styleHashes: [] });
  });
});

describe("the prerendered pages of a build", () => {
  const files: Record<string, string> = {
    [path.join(".next", "prerender-manifest.json")]: JSON.stringify({ routes: { "/": {}, "/login": {}, "/icon.svg": {} } }),
    [path.join(".next", "server", "app", "index.html")]: "<script>landing()</script>",
    [path.join(".next", "server", "app", "login.html")]: "<script>login()</script>",
  };
  const readFile = (file: string) => files[file] ?? null;

  it("are the manifest's routes that have an HTML file, each with its own hashes", () => {
    const pages = prerenderedPages({ distDir: ".next", readFile });
    expect([...pages.keys()]).toEqual(["/", "/login"]);
    expect(pages.get("/login")?.scriptHashes).toEqual([sha256("login()")]);
  });

  it("are none when there is no build (next dev)", () => {
    expect(prerenderedPages({ distDir: ".next", readFile: () => null }).size).toBe(0);
  });
});
