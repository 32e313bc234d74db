// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Native modules stay outside the server bundle and are loaded from node_modules.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@node-rs/argon2"],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
};

module.exports = nextConfig;
