// Owns how Recall's files on disk are created: the SQLite database (it holds password hashes)
// and the data directory are readable by the server's own user only (0600 / 0700), whoever
// creates them first — the app, the Prisma CLI or the seed. Used by prisma.config.ts too, so no
// server-only import here.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";

/** The directory Recall keeps its database and generated secret in unless told otherwise. */
export const DEFAULT_DATA_DIR = "data";

const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;

/**
 * Creates the directory private to this user; tightens the default data directory of an older
 * install too. A directory someone else chose and created (DATABASE_URL=file:/srv/…) keeps the
 * permissions they gave it.
 */
export function ensurePrivateDirectory(dir: string): void {
  const absolute = path.resolve(dir);
  const existed = existsSync(absolute);
  mkdirSync(absolute, { recursive: true, mode: PRIVATE_DIR });
  if (!existed || absolute === path.resolve(DEFAULT_DATA_DIR)) chmodSync(absolute, PRIVATE_DIR);
}

/** The file behind a `file:` URL, or null for an in-memory database. */
export function sqliteFileOf(url: string): string | null {
  const file = url.replace(/^file:/, "").replace(/\?.*$/, "");
  return file === ":memory:" || file === "" ? null : file;
}

/** Creates the database file (and its directory) private to this user before SQLite opens it. */
export function preparePrivateSqliteFile(url: string): void {
  const file = sqliteFileOf(url);
  if (!file) return;
  ensurePrivateDirectory(path.dirname(path.resolve(file)));
  closeSync(openSync(file, "a", PRIVATE_FILE));
  // SQLite gives its -wal and -shm files the database file's mode; fix files an older version left.
  for (const existing of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(existing)) chmodSync(existing, PRIVATE_FILE);
}
