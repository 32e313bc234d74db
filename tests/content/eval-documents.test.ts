// Every real document committed for the evaluation (tests/content/eval/{documents,held-out}) makes
// a bank the store accepts: valid against the schema and one question per id. Uploading Fossil's
// comparison with Git failed once because two questions shared an id.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BankSchema, generateBank } from "@/lib/content";

const root = path.join(__dirname, "eval");
const files = ["documents", "held-out"].flatMap((dir) =>
  readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith(".md") && f !== "SOURCES.md")
    .map((f) => path.join(root, dir, f)),
);

describe("banks of the committed evaluation documents", () => {
  it("finds the documents", () => {
    expect(files.length).toBeGreaterThanOrEqual(50);
  });

  it.each(files.map((f) => [path.basename(f), f]))("%s: a valid bank, one question per id", (name, file) => {
    const bank = generateBank(readFileSync(file, "utf8"), { fileName: name });
    expect(() => BankSchema.parse(bank)).not.toThrow();
    const ids = bank.questions.map((q) => q.id);
    expect(ids.length - new Set(ids).size).toBe(0);
  });

  // a bare number the tagger read as a name ("Apache NetBeans (Incubating) ____ was announced" → 11)
  // was offered among Sun Microsystems and Oracle: every choice of a multiple choice is one kind
  it("never offers a bare number among names ('11' among Sun Microsystems and Oracle, NetBeans' history)", () => {
    const file = files.find((f) => path.basename(f) === "netbeans-history.md")!;
    const bank = generateBank(readFileSync(file, "utf8"), { fileName: "netbeans-history.md" });
    const mixed = bank.questions.filter((q) => q.type === "mcq" && q.choices!.some((c) => /^\d+(?:\.\d+)*$/.test(c)) && q.choices!.some((c) => /^\p{L}/u.test(c)));
    expect(mixed.map((q) => q.prompt)).toEqual([]);
  });
});
