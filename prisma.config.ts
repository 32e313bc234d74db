// Prisma CLI configuration: the JS engine with the better-sqlite3 adapter, so nothing
// downloads a native engine (see README, "Database").
import "dotenv/config";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { preparePrivateSqliteFile } from "./lib/db/data-files";

process.env.DATABASE_URL ??= "file:./data/app.db";
preparePrivateSqliteFile(process.env.DATABASE_URL);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  async adapter() {
    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL! });
  },
});
