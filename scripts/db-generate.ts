// `npm run db:generate`: both Prisma clients, SQLite's (lib/generated/prisma) from
// prisma/schema.prisma and PostgreSQL's (lib/generated/postgres) from the generated
// prisma/postgres/schema.prisma. lib/db picks one at start from DATABASE_URL.
//
// A client already generated from the same schema by the same Prisma is left as it is: `npm test`
// generates once, and the browser tests' server setup (`db:setup`, run beside the PostgreSQL pass)
// then finds nothing to do. Regenerating there had replaced lib/generated/prisma while a
// PostgreSQL test's CLI child was loading it ("Cannot find module '@/lib/generated/prisma/client'").
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { POSTGRES_SCHEMA, SOURCE_SCHEMA } from "@/lib/db/provider-schema";
import { offlineUrl, prismaSync } from "./db-prisma";

const clients = [
  { schema: SOURCE_SCHEMA, url: offlineUrl("sqlite") },
  { schema: POSTGRES_SCHEMA, url: offlineUrl("postgresql") },
];

/** Where a schema's client goes (its generator's `output`, relative to the schema), and the stamp of what it was made from. */
function stampOf(schema: string): { file: string; value: string } {
  const text = readFileSync(schema, "utf8");
  const output = /generator\s+client\s*\{[^}]*?\boutput\s*=\s*"([^"]+)"/.exec(text)?.[1];
  if (!output) throw new Error(`${schema}: the client generator has no output`);
  const prisma = (JSON.parse(readFileSync("node_modules/prisma/package.json", "utf8")) as { version: string }).version;
  return { file: path.join(path.dirname(schema), output, ".generated-from"), value: createHash("sha256").update(`${prisma}\n${text}`).digest("hex") };
}

let failed = false;
for (const { schema, url } of clients) {
  const stamp = stampOf(schema);
  if (existsSync(path.join(path.dirname(stamp.file), "client.ts")) && existsSync(stamp.file) && readFileSync(stamp.file, "utf8") === stamp.value) {
    console.log(`db:generate: client for ${schema} is up to date`);
    continue;
  }
  const result = prismaSync(["generate", "--no-hints", "--schema", schema], url);
  if (result.status !== 0) {
    failed = true;
    process.stderr.write(result.stdout + result.stderr);
  } else {
    writeFileSync(stamp.file, stamp.value);
    console.log(`db:generate: client for ${schema}`);
  }
}
process.exit(failed ? 1 : 0);
