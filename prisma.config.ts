// Prisma CLI configuration: the JS engine with a driver adapter, so nothing downloads a native
// engine (see README, "Database and migrations"). DATABASE_URL picks the schema: file: URLs use
// prisma/schema.prisma (SQLite, the one you edit), postgresql:// URLs the generated
// prisma/postgres/schema.prisma. PostgreSQL migrations are applied by scripts/db-migrate.ts,
// not by `prisma migrate deploy` (see lib/db/postgres-migrations.ts).
import "dotenv/config";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { preparePrivateSqliteFile } from "./lib/db/data-files";
import { SqliteMigrationAdapter } from "./lib/db/migration-adapters";
import { databaseUrl, isPostgres } from "./lib/db/provider";
import { POSTGRES_MIGRATIONS, POSTGRES_SCHEMA, SOURCE_SCHEMA, SQLITE_MIGRATIONS } from "./lib/db/provider-schema";

const url = (process.env.DATABASE_URL = databaseUrl());
const postgres = isPostgres(url);
if (!postgres) preparePrivateSqliteFile(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? POSTGRES_SCHEMA : SOURCE_SCHEMA,
  migrations: { path: postgres ? POSTGRES_MIGRATIONS : SQLITE_MIGRATIONS, seed: "tsx --conditions=react-server prisma/seed.ts" },
  async adapter() {
    return postgres ? new PrismaPg({ connectionString: url }) : new SqliteMigrationAdapter({ url });
  },
});
