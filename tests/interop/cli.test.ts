// The deck CLI: a JSON summary on stdout; exit 2 and one line on stderr for a bad file.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readAnkiPackage } from "@/lib/interop/apkg-reader";
import { readFileSync } from "node:fs";
import { createDeck, createUser } from "../support/fixtures";

const root = path.resolve(__dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "recall-deck-cli-"));

function deck(...args: string[]) {
  return spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts/deck.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
  });
}

describe("npm run deck", () => {
  it("exports a deck as an Anki package and imports it back as the owner's draft", async () => {
    const owner = await createUser();
    const { deck: source } = await createDeck({ ownerId: owner.id, visibility: "PUBLIC" });
    const out = path.join(dir, "deck.apkg");
    const exported = deck("export", source.slug, "--format", "apkg", "--out", out, "--user", owner.email);
    expect(exported.stderr).toBe("");
    expect(JSON.parse(exported.stdout)).toMatchObject({ deck: source.slug, format: "apkg", questions: 3, reviews: 0 });
    expect(readAnkiPackage(new Uint8Array(readFileSync(out))).questions).toHaveLength(3);

    const checked = deck("import", out);
    expect(JSON.parse(checked.stdout)).toEqual({ title: source.title, format: "Anki package (collection.anki2)", notes: 3, questions: 3, skipped: [], written: false });

    const imported = deck("import", out, "--owner", owner.email, "--title", "CLI copy");
    expect(imported.status).toBe(0);
    const summary = JSON.parse(imported.stdout);
    expect(summary).toMatchObject({ title: "CLI copy", notes: 3, questions: 3, skipped: [], written: true, slug: "cli-copy" });
    expect(await db.deck.findUniqueOrThrow({ where: { slug: "cli-copy" } })).toMatchObject({ ownerId: owner.id, publishedAt: null });
  }, 90_000);

  it.each([
    ["missing", ["import", path.join(dir, "nope.apkg")], null],
    ["not a package", ["import", path.join(dir, "bad.apkg")], "PK\u0003\u0004 not really"],
    ["one column", ["import", path.join(dir, "list.txt")], "one\ntwo\n"],
    ["bad format flag", ["export", "x", "--format", "pdf", "--out", path.join(dir, "x")], undefined],
    ["unknown deck", ["export", "no-such-deck", "--format", "csv", "--out", path.join(dir, "x.csv")], undefined],
  ])("exits 2 with one line on stderr: %s", (_name, args, content) => {
    if (typeof content === "string") writeFileSync(args[1], content);
    const r = deck(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^deck: /);
  }, 30_000);
});
