// Dated events: a timeline line is asked about only when it is a statement of what happened,
// never a changelog note ("Removed axTLS support."), which the blind ratings rejected as fragments.
import { describe, expect, it } from "vitest";
import { generateWithTrace } from "@/lib/content";

const timeline = [
  "# History of Fetchy",
  "",
  "Fetchy is a command line tool for transferring data, written by Ada Lovelace in 2015.",
  "",
  "## 2018",
  "",
  "January: New SSH backend powered by libssh.",
  "",
  "March: Removed axTLS support.",
  "",
  "July: Fetchy shows headers using bold type face.",
  "",
  "## 2024",
  "",
  "May: Experimental support for ECH, dropped NTLM_WB.",
  "",
  "June: First 0RTT for QUIC, SSL session import/export.",
  "",
  "July: The Fetchy container has been pulled more than six billion times.",
  "",
].join("\n");

describe("dated events", () => {
  const { candidates } = generateWithTrace(timeline, { slug: "fetchy" });
  const dated = candidates.filter((c) => /did this happen|In which year/.test(c.question.prompt)).map((c) => c.question.prompt);

  it("ask about timeline lines that say what happened", () => {
    expect(dated.some((p) => p.includes("shows headers using bold type face"))).toBe(true);
    expect(dated.some((p) => p.includes("has been pulled more than six billion times"))).toBe(true);
  });

  it("never ask about a changelog note that is not a sentence", () => {
    for (const note of ["New SSH backend", "Removed axTLS", "dropped NTLM_WB", "import/export"]) expect(dated.filter((p) => p.includes(note)), note).toEqual([]);
  });
});

describe("the document's topic", () => {
  it("counts words built on it as the topic: a version of it, or 'RESTful' in an essay on REST", () => {
    const essay = [
      "# What REST means",
      "",
      "REST was described by Roy Fielding in his dissertation in 2000. REST is an architectural style for hypermedia systems. REST relies on a uniform interface between components. REST APIs must be hypertext-driven, according to Roy Fielding. Few JSON APIs are RESTful in that sense.",
      "",
    ].join("\n");
    const { candidates } = generateWithTrace(essay, { slug: "rest" });
    const topical = candidates.filter((c) => c.features?.answer_is_topic).map((c) => c.question.answer);
    expect(topical).toContain("REST");
    expect(topical.some((a) => a === "RESTful" || a === "REST APIs")).toBe(true);
    expect(candidates.filter((c) => c.question.tier === "published" && c.features?.answer_is_topic)).toEqual([]);
  });
});
