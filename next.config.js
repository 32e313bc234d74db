// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Native modules stay outside the server bundle and are loaded from node_modules.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@node-rs/argon2"],
  // A second build (e.g. a parallel e2e run) can live beside the main one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Reviews up to 2 MB are uploaded through a server action (see lib/decks/review-file.ts).
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
  reactStrictMode: true,
  typedRoutes: false,
};

module.exports = nextConfig;
