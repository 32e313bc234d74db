// Databases on the test PostgreSQL server: a template with the committed migrations applied once
// per run, then a copy of it per test file (CREATE DATABASE … TEMPLATE copies files: ~50 ms),
// dropped when the file is done.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { migratePostgres } from "@/lib/db/postgres-migrations";
import { withDatabase } from "./postgres-cluster";

/** The server the PostgreSQL pass runs on: an administrator's URL (may create databases). */
export function testPostgresUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.TEST_POSTGRES_URL;
  if (!url) throw new Error("RECALL_TEST_ENGINE=postgresql needs TEST_POSTGRES_URL (or run `npm run test:postgres`, which starts a server)");
  return url;
}

export const usesPostgres = (env: NodeJS.ProcessEnv = process.env) => env.RECALL_TEST_ENGINE === "postgresql";

const uniqueName = (prefix: string) => `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;

async function onServer<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new empty database; returns its name and URL. */
export async function createDatabase(adminUrl: string, options: { template?: string; prefix?: string } = {}) {
  const name = uniqueName(options.prefix ?? "recall_test");
  const template = options.template ? ` TEMPLATE "${options.template}"` : "";
  await onServer(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"${template}`));
  return { name, url: withDatabase(adminUrl, name) };
}

/** The template every test file's database is copied from: all PostgreSQL migrations applied. */
export async function createMigratedTemplate(adminUrl: string): Promise<string> {
  const { name, url } = await createDatabase(adminUrl, { prefix: "recall_template" });
  await migratePostgres(url);
  return name;
}

/** Drops the database, ending any connection still open to it. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await onServer(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
