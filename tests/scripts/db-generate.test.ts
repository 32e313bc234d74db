// `npm run db:generate` leaves a client generated from the same schema alone: the browser tests'
// server setup runs it beside the PostgreSQL pass, and regenerating had replaced
// lib/generated/prisma while a test's CLI child was loading it (a red CI: "Cannot find module
// '@/lib/generated/prisma/client'"). `npm test` generates both clients before Vitest starts.
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

describe("npm run db:generate", () => {
  it("does not touch clients already generated from the current schemas", () => {
    const clients = ["lib/generated/prisma/client.ts", "lib/generated/postgres/client.ts"].map((f) => path.join(root, f));
    const before = clients.map((f) => statSync(f).mtimeMs);
    const run = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts/db-generate.ts")], { cwd: root, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("client for prisma/schema.prisma is up to date");
    expect(run.stdout).toContain("client for prisma/postgres/schema.prisma is up to date");
    expect(clients.map((f) => statSync(f).mtimeMs)).toEqual(before);
  });
});
