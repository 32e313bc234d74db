// `npm run db:migrate` (part of `npm start`): brings the database DATABASE_URL names up to the
// committed migrations. SQLite: `prisma migrate deploy` over prisma/migrations. PostgreSQL:
// lib/db/postgres-migrations.ts over prisma/postgres/migrations (tracking table + advisory lock,
// so instances starting together are safe), after checking that NEXTAUTH_SECRET is set.
import "dotenv/config";
import { migratePostgres } from "@/lib/db/postgres-migrations";
import { assertSharedSecret, databaseUrl, providerOf } from "@/lib/db/provider";
import { prismaInherit } from "./db-prisma";

function redacted(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

async function main(): Promise<number> {
  const url = databaseUrl();
  if (providerOf(url) === "sqlite") return prismaInherit(["migrate", "deploy"], url);
  assertSharedSecret();
  const report = await migratePostgres(url, { log: console.log });
  const total = report.applied.length + report.alreadyApplied;
  console.log(
    report.applied.length
      ? `db:migrate: applied ${report.applied.length} of ${total} migrations to ${redacted(url)}`
      : `db:migrate: ${redacted(url)} is up to date (${total} migrations)`,
  );
  if (report.unknown.length) {
    console.warn(`db:migrate: the database has migrations this code does not know (a newer version ran here?): ${report.unknown.join(", ")}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`db:migrate: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
