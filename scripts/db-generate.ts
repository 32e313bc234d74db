// `npm run db:generate`: both Prisma clients, SQLite's (lib/generated/prisma) from
// prisma/schema.prisma and PostgreSQL's (lib/generated/postgres) from the generated
// prisma/postgres/schema.prisma. lib/db picks one at start from DATABASE_URL.
import { POSTGRES_SCHEMA, SOURCE_SCHEMA } from "@/lib/db/provider-schema";
import { offlineUrl, prismaSync } from "./db-prisma";

const clients = [
  { schema: SOURCE_SCHEMA, url: offlineUrl("sqlite") },
  { schema: POSTGRES_SCHEMA, url: offlineUrl("postgresql") },
];

let failed = false;
for (const { schema, url } of clients) {
  const result = prismaSync(["generate", "--no-hints", "--schema", schema], url);
  if (result.status !== 0) {
    failed = true;
    process.stderr.write(result.stdout + result.stderr);
  } else {
    console.log(`db:generate: client for ${schema}`);
  }
}
process.exit(failed ? 1 : 0);
