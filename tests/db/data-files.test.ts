// The database holds password hashes: it and its directory are private to the server's user.
import { chmodSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ensurePrivateDirectory, preparePrivateSqliteFile } from "@/lib/db/data-files";

const modeOf = (file: string) => statSync(file).mode & 0o777;
const scratch = () => mkdtempSync(path.join(tmpdir(), "recall-files-"));
const startDir = process.cwd();

afterEach(() => process.chdir(startDir));

describe("data files", () => {
  it("creates the database 0600 in a new directory 0700", () => {
    const dir = path.join(scratch(), "data");
    preparePrivateSqliteFile(`file:${dir}/app.db`);
    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(path.join(dir, "app.db"))).toBe(0o600);
  });

  it("tightens an older install's world-readable database, WAL files and default data directory", () => {
    process.chdir(scratch());
    mkdirSync("data", { mode: 0o755 });
    chmodSync("data", 0o755);
    for (const name of ["app.db", "app.db-wal", "app.db-shm"]) writeFileSync(path.join("data", name), "", { mode: 0o644 });
    preparePrivateSqliteFile("file:./data/app.db");
    expect(modeOf("data")).toBe(0o700);
    for (const name of ["app.db", "app.db-wal", "app.db-shm"]) expect(modeOf(path.join("data", name))).toBe(0o600);
  });

  it("leaves the permissions of a directory someone else created alone", () => {
    const shared = path.join(scratch(), "srv");
    mkdirSync(shared, { mode: 0o755 });
    chmodSync(shared, 0o755);
    ensurePrivateDirectory(shared);
    preparePrivateSqliteFile(`file:${shared}/recall.db`);
    expect(modeOf(shared)).toBe(0o755);
    expect(modeOf(path.join(shared, "recall.db"))).toBe(0o600);
  });

  it("ignores an in-memory database", () => {
    expect(() => preparePrivateSqliteFile("file::memory:")).not.toThrow();
  });
});
