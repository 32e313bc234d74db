// Owns which database Recall talks to: DATABASE_URL's scheme picks the engine — `file:` is the
// embedded SQLite database (the default), `postgresql://` (or `postgres://`) a PostgreSQL server.
// No server-only import: prisma.config.ts and the scripts use it too.

export type DatabaseProvider = "sqlite" | "postgresql";

export const DEFAULT_DATABASE_URL = "file:./data/app.db";

type Environment = Record<string, string | undefined>;

/** DATABASE_URL, or the embedded database in ./data when it is unset or empty. */
export function databaseUrl(env: Environment = process.env): string {
  return env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

/** The engine a URL names; anything else is refused with the forms that work. */
export function providerOf(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  throw new Error(
    `DATABASE_URL ${scheme ? `uses "${scheme}:", which Recall does not support` : "is not a database URL"}. ` +
      `Use file:./data/app.db for the embedded SQLite database or postgresql://user:password@host:5432/recall for PostgreSQL.`,
  );
}

export function isPostgres(url: string = databaseUrl()): boolean {
  return providerOf(url) === "postgresql";
}

/**
 * PostgreSQL is how Recall runs as several instances, and every instance must accept the session
 * tokens the others signed: a secret generated per machine (the SQLite default) would log users
 * out whenever the load balancer switched instances. So it must be given, and the same, everywhere.
 */
export function assertSharedSecret(env: Environment = process.env): void {
  if (!isPostgres(databaseUrl(env)) || env.NEXTAUTH_SECRET?.trim()) return;
  throw new Error(
    "NEXTAUTH_SECRET must be set when Recall runs on PostgreSQL: every app instance signs and checks " +
      "session tokens with it, so all of them need the same one. Generate one with `openssl rand -base64 32`, " +
      "set it in the environment of every instance (or in .env), and start again.",
  );
}
