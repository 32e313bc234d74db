// Fixture sentences for each extraction rule: pronouns, aliases, typed dates and their
// precision, relative dates, citations and versions that look like dates, quotes, references.
import { describe, expect, it } from "vitest";
import { parseDocument } from "@/lib/content/parse";
import { splitSentences } from "@/lib/content/sentences";
import { findDates } from "@/lib/content/dates";
import { parseReference, scanCitations } from "@/lib/content/citations";
import { factsOf } from "./helpers";

describe("sentences and parsing", () => {
  it("reports sentence offsets into the original source", () => {
    const src = "# Title\n\nTensorFlow was built by **Google**. It shipped in November 2015.\n";
    const [first, second] = splitSentences(parseDocument(src).blocks);
    expect(src.slice(first.start, first.end)).toBe("TensorFlow was built by **Google**.");
    expect(first.text).toBe("TensorFlow was built by Google.");
    expect(src.slice(second.start, second.end)).toBe("It shipped in November 2015.");
  });

  it("reads '## **bold**' headings, a header block and mid-sentence paragraph breaks", () => {
    const doc = parseDocument("Jane Doe\n\njane@example.com\n\n## **Frameworks**\n\nPyTorch was given a\n\nwindow of opportunity.\n");
    expect(doc.title).toBe("Frameworks");
    expect(doc.header.join(" ")).toContain("Jane Doe");
    const sentences = splitSentences(doc.blocks);
    expect(sentences.map((s) => s.text)).toEqual(["PyTorch was given a window of opportunity."]);
  });

  it("skips code fences and keeps link text", () => {
    const doc = parseDocument("# Lib\n\n```ts\nconst x = 1;\n```\n\nZod is a [schema library](https://zod.dev) for TypeScript.\n");
    expect(splitSentences(doc.blocks).map((s) => s.text)).toEqual(["Zod is a schema library for TypeScript."]);
  });
});

describe("citations", () => {
  it("lifts in-text citations out of the sentence and normalises n.d", () => {
    const scan = scanCitations("It was released in November 2015 (TensorFlow, n.d).");
    expect(scan.text).toBe("It was released in November 2015.");
    expect(scan.citations).toEqual(["(TensorFlow, n.d.)"]);
  });

  it("treats a parenthesised name after a quote as the speaker, not a citation", () => {
    const scan = scanCitations("“AI is important” (Sundar Pichai).");
    expect(scan.attribution).toBe("Sundar Pichai");
    expect(scan.citations).toEqual([]);
  });

  it("parses Chicago-style reference entries", () => {
    const ref = parseReference('Abdullahi, Aminu. "Pytorch vs Tensorflow: Deep Learning Framework Comparison." CIO Insight, July 26, 2022. <https://www.cioinsight.com/big-data/pytorch-vs-tensorflow/>.');
    expect(ref).toMatchObject({
      author: "Aminu Abdullahi",
      title: "Pytorch vs Tensorflow: Deep Learning Framework Comparison",
      publication: "CIO Insight",
      citation: "(Abdullahi, 2022)",
      url: "https://www.cioinsight.com/big-data/pytorch-vs-tensorflow/",
      date: { iso: "2022-07-26", precision: "day" },
    });
  });
});

describe("dates", () => {
  it("types dates with the precision the text gives", () => {
    expect(findDates("It shipped in November 2015.")[0]).toMatchObject({ iso: "2015-11", precision: "month" });
    expect(findDates("It shipped on July 26, 2022.")[0]).toMatchObject({ iso: "2022-07-26", precision: "day" });
    expect(findDates("It shipped in 2016.")[0]).toMatchObject({ iso: "2016", precision: "year" });
  });

  it("does not read versions, counts or citations as dates", () => {
    expect(findDates("TensorFlow 2.0 replaced version 1.15 and Node 20.")).toEqual([]);
    expect(findDates(scanCitations("Graphs are static (Abdullahi, 2022).").text)).toEqual([]);
  });

  it("never anchors a relative date on today", () => {
    expect(findDates("PyTorch arrived one year later.")).toEqual([]);
    const anchored = findDates("PyTorch arrived one year later.", { kind: "date", iso: "2015-11", precision: "month", text: "November 2015" });
    expect(anchored[0]).toMatchObject({ iso: "2016", precision: "year", relative: true });
  });
});

describe("facts", () => {
  it("resolves a pronoun subject to the previous subject", () => {
    const facts = factsOf("TensorFlow was built by the Google Brain team. It was released in November 2015.");
    const date = facts.find((f) => f.value.kind === "date");
    expect(date).toMatchObject({ subject: "TensorFlow", object: "November 2015", value: { iso: "2015-11", precision: "month" } });
  });

  it("resolves a possessive pronoun inside the subject", () => {
    const facts = factsOf("PyTorch was built by Meta's team. Its design favours quick prototyping.");
    expect(facts.map((f) => f.subject)).toContain("PyTorch’s design");
  });

  it("maps aliases to one canonical spelling", () => {
    const facts = factsOf("PyTorch was built by Meta's team. Pytorch arrived in September 2016.");
    expect(facts.find((f) => f.value.kind === "date")?.subject).toBe("PyTorch");
  });

  it("extracts the passive agent as the object", () => {
    const [f] = factsOf("TensorFlow was originally built by the Google Brain team.");
    expect(f).toMatchObject({ subject: "TensorFlow", predicate: "was originally built by", object: "the Google Brain team", role: "agent" });
  });

  it("keeps version numbers in names and carries the citation", () => {
    const [f] = factsOf("Google released TensorFlow 2.0 in October 2019 (TensorFlow, n.d.).");
    expect(f).toMatchObject({ subject: "Google", object: "October 2019", citation: "(TensorFlow, n.d.)", value: { iso: "2019-10" } });
    expect(f.predicate).toContain("TensorFlow 2.0");
  });

  it("prefers an explicit date over a relative one in the same sentence", () => {
    const facts = factsOf("TensorFlow appeared in November 2015. Pytorch arrived one year later, in September 2016.");
    const pt = facts.find((f) => f.subject === "Pytorch" || f.subject === "PyTorch");
    expect(pt?.value).toMatchObject({ iso: "2016-09", precision: "month" });
  });

  it("resolves a relative date against the previous explicit date", () => {
    const facts = factsOf("TensorFlow appeared in November 2015. PyTorch arrived one year later.");
    expect(facts.find((f) => f.subject === "PyTorch")?.value).toMatchObject({ kind: "date", iso: "2016", relative: true });
  });

  it("splits clauses and resolves 'it' in the second one", () => {
    const facts = factsOf("PyTorch does not have a visualization tool of its own, but it can use TensorBoard.");
    expect(facts.find((f) => f.object === "TensorBoard")).toMatchObject({ subject: "PyTorch", predicate: "can use" });
    expect(facts.find((f) => f.negated)).toMatchObject({ subject: "PyTorch" });
  });

  it("attributes quotations to their speaker", () => {
    const facts = factsOf("Sundar Pichai, the chief executive of Google, has said that “AI is one of the most important things humanity is working on”.");
    expect(facts[0]).toMatchObject({ subject: "Sundar Pichai", value: { kind: "quote" } });
  });

  it("skips demonstrative subjects it cannot resolve", () => {
    expect(factsOf("This can be beneficial in performance for large models.")).toEqual([]);
  });
});
