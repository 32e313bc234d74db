// A simple table states facts (#10 item 1, "tables: rows as facts where they are simple"): each
// column of short, distinct values set against the things the table compares becomes a matching
// question with its own fact in the bank; ticks, yes/no and repeated values do not.
import { describe, expect, it } from "vitest";
import { BankSchema } from "@/lib/content/bank-schema";
import { generateWithTrace } from "@/lib/content";
import { structureDocument } from "@/lib/content/structure/document";
import { candidateDefects } from "@/lib/content/select";
import { cellText, tableFacts, tableOddOnes, tableSharedFeatures } from "@/lib/content/tables";

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

const ticks = [
  "# Package managers",
  "",
  "How the three managers compare.",
  "",
  "| Feature | Alpha | Beta | Gamma | Notes |",
  "| --- | :-: | :-: | :-: | --- |",
  "| Offline mode | ✅ | ❌ | ❌ | Alpha caches every tarball. |",
  "| [Plugins] | :white_check_mark: | :white_check_mark: | :x: |",
  "| Has a lockfile | ✅ | ✅ | ✅ | |",
  "| Sync | ✅ | — | ❌ | |",
  "| Has a cache | ❌ | ✅ | ✅ | |",
  "| Registry support | ❌ | ✅ | ❌ | |",
  "",
].join("\n");

describe("a feature matrix of ticks", () => {
  it("names the one thing a row sets apart: the only one with a feature, or the only one without", () => {
    const rows = tableOddOnes(structureDocument(ticks).blocks);
    expect(rows.map((r) => [r.feature, r.odd, r.has])).toEqual([
      ["Offline mode", "Alpha", true],
      ["Plugins", "Gamma", false],
      ["Has a cache", "Alpha", false],
      ["Registry support", "Beta", true],
    ]);
    // the notes column answers neither yes nor no: it is no thing compared
    expect(rows[0].things).toEqual(["Alpha", "Beta", "Gamma"]);
  });

  it("asks it as multiple choice among the things, with the row as its fact and source", () => {
    const { bank, candidates } = generateWithTrace(ticks, { slug: "ticks" });
    const asked = candidates.filter((c) => c.builder === "table-odd-one");
    expect(asked.map((c) => [c.question.prompt, c.question.answer])).toEqual([
      ["According to the review's table, which of Alpha, Beta and Gamma is the only one that supports “Offline mode”?", "Alpha"],
      ["According to the review's table, which of Alpha, Beta and Gamma is the only one that does not support “Plugins”?", "Gamma"],
      ["According to the review's table, which of Alpha, Beta and Gamma is the only one that does not have a cache?", "Alpha"],
      ["According to the review's table, which of Alpha, Beta and Gamma is the only one that supports “Registry”?", "Beta"],
    ]);
    for (const c of asked) {
      expect([...(c.question.choices ?? [])].sort()).toEqual(["Alpha", "Beta", "Gamma"]);
      expect(candidateDefects(c)).toEqual([]);
    }
    // each row is its own fact, located on its own line of the source
    expect(new Set(asked.map((c) => c.source.start)).size).toBe(4);
    expect(ticks.slice(asked[0].source.start)).toMatch(/^\| Offline mode/);
    expect(() => BankSchema.parse(bank)).not.toThrow();
    for (const q of bank.questions) for (const id of q.factIds) expect(bank.facts.map((f) => f.id)).toContain(id);
  });

  it("with two things asks which one has it", () => {
    const two = ["# Two tools", "", "| Feature | Alpha | Beta |", "|---|---|---|", "| Hot reload | yes | no |", "| Watch mode | yes | yes |", ""].join("\n");
    const asked = generateWithTrace(two, { slug: "two" }).candidates.filter((c) => c.builder === "table-odd-one");
    expect(asked.map((c) => c.question.prompt)).toEqual(["According to the review's table, which of Alpha and Beta supports “Hot reload”?"]);
  });
});

describe("table values not worth matching", () => {
  it("drops figures, values that repeat their thing and things that are repository paths (blind: trivia, given away, not producible)", () => {
    const money = ["# Donations", "", "| Sponsor | Donation | Focus |", "|---|---|---|", "| Acme | $24,500.00 | Linting |", "| Globex | $9,000.00 | Formatting |", "| Initech | $2,450.00 | Bundling |", ""].join("\n");
    expect(tableFacts(structureDocument(money).blocks).map((f) => f.attribute)).toEqual(["Focus"]);
    const sizes = ["# Desktop", "", "| | Alpha | Beta | Gamma |", "|---|---|---|---|", "| App size | ~100 MB+ | ~61 MB | ~5 MB |", "| Engine | Chromium | WebKit | Servo |", ""].join("\n");
    expect(tableFacts(structureDocument(sizes).blocks).map((f) => f.attribute)).toEqual(["Engine"]);
    const echo = ["# Surfaces", "", "| Surface | Details |", "|---|---|", "| Node built-ins | Use a Node built-in |", "| Globals | Import the global |", "| Packages | Install a package |", ""].join("\n");
    expect(tableFacts(structureDocument(echo).blocks)).toEqual([]);
    const repos = ["# Bundlers", "", "| Feature | webpack/webpack | rollup/rollup | jspm/jspm-cli |", "|---|---|---|---|", "| Minimizing | Terser | uglify-plugin | builtin |", ""].join("\n");
    expect(tableFacts(structureDocument(repos).blocks)).toEqual([]);
  });
});

describe("a feature a matrix gives every thing alike", () => {
  // modelled on a file-system comparison rated blind while unseen: "Which of GlusterFS and JuiceFS
  // supports ACLs …?" and "True or false: JuiceFS supports ACLs … (false)" were both wrong, the
  // table saying both support them
  const alike = [
    "# Alpha vs Beta",
    "",
    "| Comparison basis | Alpha | Beta |",
    "| --- | --- | --- |",
    "| Metadata | Purely distributed | Independent database |",
    "| POSIX ACLs | Supported | Supported |",
    "",
    "## Extended features",
    "",
    "### POSIX ACLs",
    "",
    "Alpha supports ACLs, including access ACLs and default ACLs.",
    "",
    "Beta supports the POSIX ACLs feature starting from version 1.2.",
    "",
    "### Snapshots",
    "",
    "Alpha supports volume-level snapshots on thinly provisioned volumes.",
    "",
    "Beta supports directory-level cloning instead of snapshots.",
    "",
  ].join("\n");

  it("is read with the things it names", () => {
    expect(tableSharedFeatures(structureDocument(alike).blocks)).toEqual(new Map([["posix acls", "Alpha and Beta"]]));
  });

  it("makes no question of which one has it in the section under that heading, and no swap between its sentences", () => {
    const asked = generateWithTrace(alike, { slug: "alike" }).candidates;
    const which = (c: (typeof asked)[number]) => c.question.answer === "Alpha" || c.question.answer === "Beta" || c.builder.startsWith("contrast-");
    const about = (needle: string) => asked.filter((c) => which(c) && c.question.prompt.includes(needle));
    expect(about("ACLs")).toEqual([]);
    // the section on a feature the table sets apart still asks
    expect(about("snapshots").length).toBeGreaterThan(0);
  });
});
