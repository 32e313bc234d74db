// The bank CLI: JSON on stdout for a review; exit 2 and one line on stderr for bad input.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BankSchema } from "@/lib/content";
import { reviewPath, root } from "./helpers";

function bank(file: string) {
  return spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts/bank.ts"), file], { cwd: root, encoding: "utf8" });
}

const dir = mkdtempSync(path.join(tmpdir(), "recall-cli-"));

describe("npm run bank", () => {
  it("prints a valid bank for the review", () => {
    const r = bank(reviewPath);
    expect(r.status).toBe(0);
    expect(() => BankSchema.parse(JSON.parse(r.stdout))).not.toThrow();
  });

  it.each([
    ["missing", path.join(dir, "nope.md"), null],
    ["empty", path.join(dir, "empty.md"), ""],
    ["binary", path.join(dir, "bin.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])],
    ["huge", path.join(dir, "huge.md"), "TensorFlow was released in 2015. ".repeat(70_000)],
    ["factless", path.join(dir, "none.txt"), "Hello there!\n\nGoodbye."],
  ])("exits 2 with one line on stderr for a %s file", (_name, file, content) => {
    if (content !== null) writeFileSync(file, content);
    const r = bank(file);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});
