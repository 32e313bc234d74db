// A simple table states facts (#10 item 1, "tables: rows as facts where they are simple"): each
// column of short, distinct values set against the things the table compares becomes a matching
// question with its own fact in the bank; ticks, yes/no and repeated values do not.
import { describe, expect, it } from "vitest";
import { BankSchema } from "@/lib/content/bank-schema";
import { generateWithTrace } from "@/lib/content";
import { structureDocument } from "@/lib/content/structure/document";
import { cellText, tableFacts } from "@/lib/content/tables";

const matrix = [
  "# Documentation tools",
  "",
  "Static site generators differ in what they are built on and how they search.",
  "",
  "| Feature | docmd | Docusaurus | MkDocs | Docsify |",
  "| --- | --- | --- | --- | --- |",
  "| **Core Tech** | Node.js | React.js | Python | Vue plugins |",
  "| Search | Built-in (Offline) | Algolia | Built-in (Lunr) | Client-side plugin |",
  "| SEO | Excellent | Excellent | Excellent | Poor |",
  "| Versioning | ✅ | ✅ | ❌ | ❌ |",
  "",
].join("\n");

const byRow = ["# Languages", "", "| Tool | Language | First release |", "|---|---|---|", "| Spark | Scala | 2014 |", "| Dask | Python | 2015 |", "| Flink | Java | 2011 |", ""].join("\n");

describe("table facts", () => {
  it("reads a feature matrix row by row: the header names the things", () => {
    const facts = tableFacts(structureDocument(matrix).blocks);
    expect(facts.map((f) => f.attribute)).toEqual(["Core Tech"]);
    expect(facts[0].pairs).toEqual([
      { thing: "docmd", value: "Node.js" },
      { thing: "Docusaurus", value: "React.js" },
      { thing: "MkDocs", value: "Python" },
      { thing: "Docsify", value: "Vue plugins" },
    ]);
  });

  it("reads a table of things column by column: the first column names them", () => {
    const facts = tableFacts(structureDocument(byRow).blocks);
    expect(facts.map((f) => [f.things, f.attribute, f.pairs.map((p) => `${p.thing}=${p.value}`)])).toEqual([
      ["Tool", "Language", ["Spark=Scala", "Dask=Python", "Flink=Java"]],
      ["Tool", "First release", ["Spark=2014", "Dask=2015", "Flink=2011"]],
    ]);
  });

  it("drops emphasis and code marks from cells", () => {
    expect(cellText("**Tiny (< 15kb)**")).toBe("Tiny (< 15kb)");
    expect(cellText("`docmd`")).toBe("docmd");
  });
});

describe("table questions", () => {
  it("ask to match each thing to its value, with the table's fact in the bank", () => {
    const { bank, candidates } = generateWithTrace(byRow, { slug: "table-tools" });
    const language = candidates.find((c) => c.question.prompt === "Match each tool to its language, as the review's table gives it.");
    expect(language?.question.answer).toEqual(["Spark → Scala", "Dask → Python", "Flink → Java"]);
    expect([...(language?.question.choices ?? [])].sort()).toEqual(["Java", "Python", "Scala"]);
    expect(() => BankSchema.parse(bank)).not.toThrow();
    for (const q of bank.questions) for (const id of q.factIds) expect(bank.facts.map((f) => f.id)).toContain(id);
  });

  it("never asks about values that are repeated, ticks or yes/no", () => {
    const prompts = generateWithTrace(matrix, { slug: "table-matrix" }).candidates.map((c) => c.question.prompt);
    expect(prompts).toContain("Match each to its core tech, as the review's table gives it.");
    expect(prompts.filter((p) => /search|SEO|versioning/i.test(p) && p.startsWith("Match"))).toEqual([]);
  });
});
