// Owns what the Content-Security-Policy of a prerendered page allows inline. A page Next.js
// prerendered at build time (the landing, log-in and sign-up pages) is served as the same file
// to everyone, so it cannot carry a per-request nonce; instead its own inline scripts and styles
// are allowed by their SHA-256 hashes, read from the build output the first time the page is
// asked for. Anything injected into it has another hash and does not run. Nothing may
// revalidate these pages (revalidatePath("/", "layout") would): regenerated at run time, their
// inline scripts differ from the build's, and the browser would refuse to run them.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Parser } from "htmlparser2";

export type InlineHashes = { scriptHashes: string[]; styleHashes: string[] };

const sha256 = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

/** The hashes of an HTML document's inline <script> (those without src) and <style> elements. */
export function inlineHashes(html: string): InlineHashes {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  let open: { kind: "script" | "style"; text: string } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if ((name === "script" && attributes.src === undefined) || name === "style") open = { kind: name, text: "" };
      },
      ontext(text) {
        if (open) open.text += text;
      },
      onclosetag(name) {
        if (!open || name !== open.kind) return;
        (open.kind === "script" ? scripts : styles).add(sha256(open.text));
        open = null;
      },
    },
    // Script and style bodies are raw text: hashed exactly as the browser reads them.
    { decodeEntities: false },
  );
  parser.end(html);
  return { scriptHashes: [...scripts], styleHashes: [...styles] };
}

type BuildOutput = { distDir: string; readFile: (file: string) => string | null };

/**
 * The prerendered pages of a production build, by path, with the hashes of their inline code:
 * the routes Next lists in prerender-manifest.json that have an HTML file.
 */
export function prerenderedPages({ distDir, readFile }: BuildOutput): Map<string, InlineHashes> {
  const pages = new Map<string, InlineHashes>();
  const manifest = readFile(path.join(distDir, "prerender-manifest.json"));
  if (!manifest) return pages;
  const routes = Object.keys((JSON.parse(manifest) as { routes?: Record<string, unknown> }).routes ?? {});
  for (const route of routes) {
    const html = readFile(path.join(distDir, "server", "app", `${route === "/" ? "/index" : route}.html`));
    if (html) pages.set(route, inlineHashes(html));
  }
  return pages;
}

function readIfPresent(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/**
 * The inline hashes for this path when `next start` serves it as a prerendered page, else null
 * (the page is rendered per request and gets a nonce). The build does not change under a
 * running server, so it is read once. `next dev` renders every page per request.
 */
export function prerenderedPageHashes(pathname: string): InlineHashes | null {
  return build().pages.get(pathname) ?? null;
}

/**
 * The inline hashes of the prerendered error pages: an address that matches no page is answered
 * with the static "not found" page (and a failing root layout with the static global error), so a
 * response rendered per request allows their inline code beside its own nonce.
 */
export function errorPageHashes(): InlineHashes {
  return build().errorPages;
}

type Build = { pages: Map<string, InlineHashes>; errorPages: InlineHashes };

let cache: Build | null = null;

/** Read once, on the first request: every later one (the proxy runs on each) only looks it up. */
function build(): Build {
  if (cache) return cache;
  if (process.env.NODE_ENV !== "production") return { pages: new Map(), errorPages: { scriptHashes: [], styleHashes: [] } };
  // Read at run time from the build beside the server, not traced into it at build time.
  const distDir = path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR || ".next");
  const pages = prerenderedPages({ distDir, readFile: readIfPresent });
  const errors = ["/_not-found", "/_global-error"].flatMap((route) => pages.get(route) ?? []);
  const errorPages = { scriptHashes: [...new Set(errors.flatMap((p) => p.scriptHashes))], styleHashes: [...new Set(errors.flatMap((p) => p.styleHashes))] };
  return (cache = { pages, errorPages });
}
