// Appositions (#10, recall on documents nobody here wrote): a name set off by commas and followed
// by a noun phrase with an article states who or what it is — a fact of its own, even inside a
// sentence that yields none (an instruction, the writer's first person).
import { describe, expect, it } from "vitest";
import { generateWithTrace } from "@/lib/content";
import { analyseSentences } from "@/lib/content/analysis";
import { splitSentences } from "@/lib/content/sentences";
import { buildStatements, renderStatement } from "@/lib/content/statements";
import { structureDocument } from "@/lib/content/structure/document";

/** Every statement of `text`, appositions included, as the generator would render it. */
function statements(text: string): string[] {
  const { blocks } = structureDocument(text);
  const { analysed, entities, project } = analyseSentences(splitSentences(blocks), []);
  const built = buildStatements(analysed, entities, project);
  return built.statements.map((st) => renderStatement(st, {}, built.resolutions));
}

describe("appositions", () => {
  it("state who or what a name is, as a sentence of its own", () => {
    const text = "# Frameworks\n\nHug was created by Timothy Crosley, the same creator of isort, a tool to sort imports.\n\nAttend GopherCon, the first major Go conference, in Denver in April 2014.\n";
    const all = statements(text);
    expect(all).toContain("Timothy Crosley is the creator of isort.");
    expect(all).toContain("GopherCon is the first major Go conference.");
    // a name's possessive opens a description too, a short relative clause belongs to it, and the
    // apposition holds in the writer's first-person sentence
    const more = statements("# Borg\n\nToday, we took the wraps off of Borg, Google's long-rumored internal cluster-management system, at a conference. In 2023, Snowflake acquired Ponder, the organisation that maintains Modin.\n");
    expect(more).toContain("Borg is Google's long-rumored internal cluster-management system.");
    expect(more).toContain("Ponder is the organisation that maintains Modin.");
    // a first name the tagger does not know still belongs to the name that opens the sentence
    expect(statements("# AI\n\nSundar Pichai, the creator of AlphaLang, has said that AI matters.\n")).toContain("Sundar Pichai is the creator of AlphaLang.");
    // someone's post is trivia (rated so on the Go blog: "a Distinguished Engineer at American Express")
    expect(statements("# AI\n\nSundar Pichai, the chief executive of Google, has said that AI matters.\n").filter((s) => s.includes(" is the chief executive"))).toEqual([]);
  });

  it("chain: the name that ends one description may head the next", () => {
    // the pjax interview opens "… interview @defunkt, the author of pjax, an early hypermedia-oriented
    // javascript library that served as an inspiration for intercooler.js": two facts, not one
    const all = statements("# An interview\n\nI'm very excited to interview Chris Wanstrath, the author of Pjax, an early JavaScript library that inspired Intercooler.\n");
    expect(all).toContain("Chris Wanstrath is the author of Pjax.");
    expect(all).toContain("Pjax is an early JavaScript library that inspired Intercooler.");
  });

  it("never read a list, a date or a phrase that runs into a verb as one", () => {
    // "a renewed Gradle Support, a Maven First project wizard, Java EE …" was read "Gradle Support is a Maven First project wizard" (rated wrong blind)
    const text = "# Tools\n\nIt runs on Spark, the Hadoop ecosystem, and Dask today.\n\nIn March 2020, the curl website moved to a new host.\n\nPyTorch, the framework researchers chose, grew quickly.\n\nNetBeans 11 was announced, sporting a renewed Gradle Support, a Maven First project wizard, Java EE and JDK 12 support.\n";
    expect(statements(text).filter((s) => / is (?:the|a|an) /.test(s))).toEqual([]);
  });

  it("ask about both facts of the sentence, each question with its own id", () => {
    const text = "# Spark\n\nSpark is an engine for data processing. Spark provides GraphX, a library for graph processing. Spark is written in Scala.\n";
    const { candidates, bank } = generateWithTrace(text, { slug: "graphx" });
    const prompts = candidates.map((c) => c.question.prompt);
    expect(prompts).toContain("Fill in the blank: ____ is a library for graph processing.");
    expect(prompts.some((p) => p.startsWith("Fill in the blank: ____ provides GraphX"))).toBe(true);
    const ids = bank.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
