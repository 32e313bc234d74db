// Runs the Prisma CLI for the database scripts, with a DATABASE_URL that picks the schema in
// prisma.config.ts. The offline commands (generate, migrate diff) get a placeholder: a scratch
// SQLite file, or a PostgreSQL URL that is never connected to.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DatabaseProvider } from "@/lib/db/provider";

const PRISMA = path.resolve(__dirname, "../node_modules/.bin/prisma");

let scratch: string | undefined;

/** A URL of the provider's kind for commands that read schemas only. */
export function offlineUrl(provider: DatabaseProvider): string {
  if (provider === "postgresql") return "postgresql://recall@127.0.0.1:1/offline";
  scratch ??= mkdtempSync(path.join(tmpdir(), "recall-prisma-"));
  return `file:${path.join(scratch, "scratch.db")}`;
}

function environment(databaseUrl: string): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
}

export type PrismaResult = { status: number; stdout: string; stderr: string };

/** Runs `prisma <args>` and returns its exit status and output. */
export function prismaSync(args: string[], databaseUrl: string): PrismaResult {
  const result = spawnSync(PRISMA, args, { env: environment(databaseUrl), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `prisma <args>` with its output on ours; resolves with the exit status. */
export function prismaInherit(args: string[], databaseUrl: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(PRISMA, args, { env: environment(databaseUrl), stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}
