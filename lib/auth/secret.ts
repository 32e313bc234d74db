// The secret that signs session tokens: NEXTAUTH_SECRET when set, otherwise one generated on
// first start and kept in the data directory, so a fresh clone works without committing one.
import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_DATA_DIR, ensurePrivateDirectory } from "@/lib/db/data-files";

export function authSecretPath(): string {
  return path.resolve(process.env.RECALL_DATA_DIR ?? DEFAULT_DATA_DIR, "nextauth-secret");
}

export function resolveAuthSecret(): string {
  const fromEnv = process.env.NEXTAUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const file = authSecretPath();
  if (!existsSync(file)) {
    ensurePrivateDirectory(path.dirname(file));
    // "wx" fails if another process created it first; then we read theirs.
    try {
      writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  const secret = readFileSync(file, "utf8").trim();
  // next-auth reads the variable directly in a few places (e.g. getToken).
  process.env.NEXTAUTH_SECRET = secret;
  return secret;
}
