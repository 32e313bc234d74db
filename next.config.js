// @ts-check

// Headers that do not depend on the request (lib/http/security-headers.ts; proxy.ts adds the CSP).
const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Native modules stay outside the server bundle and are loaded from node_modules.
  // The English word list (3.3 MB of JSON, lib/content/dictionary.ts) is read by Node on first use.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@node-rs/argon2", "an-array-of-english-words"],
  // A second build (e.g. a parallel e2e run) can live beside the main one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Reviews up to 2 MB are uploaded through a server action (see lib/decks/review-file.ts);
  // lib/http/request-guards.ts answers 413 above the same limit.
  // Deck imports (up to 20 MB, lib/interop/limits.ts) are uploaded to a route handler; the proxy
  // buffers request bodies up to this size (Next's default, 10 MB, would cut larger files short).
  experimental: { serverActions: { bodySizeLimit: "3mb" }, proxyClientMaxBodySize: "21mb" },
  reactStrictMode: true,
  // zod without eval in the browser, so the Content-Security-Policy needs no 'unsafe-eval'.
  turbopack: { resolveAlias: { zod: { browser: "./lib/validation/zod-browser.ts" } } },
  typedRoutes: false,
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

module.exports = nextConfig;
