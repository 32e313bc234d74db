// A person the document names in full and later by one name ("Aaron Meurer … Aaron left
// Continuum"): the card shows one sentence, so it says the full name (blind-rated unresolved on
// conda-forge's and curl's histories when it did not).
import { describe, expect, it } from "vitest";
import { namedAfterPerson } from "@/lib/content/people";
import { tokenize } from "@/lib/content/tokens";
import { generateWithTrace } from "@/lib/content";

const history = [
  "# History of conda-forge",
  "",
  "Concurrently, Aaron Meurer led the conda and conda-build projects at Continuum. Phil Elson maintained the SciTools channel.",
  "",
  "Aaron left Continuum in late 2015, leaving the community side of the projects in need of new leadership. In 2016, Phil had implemented CI pipelines to build conda packages for SciTools.",
  "",
  "Phil Smith joined the project later. Phil wrote the conda-smithy tool in 2017.",
  "",
].join("\n");
const candidates = generateWithTrace(history, { slug: "people" }).candidates;
const prompts = candidates.map((c) => c.question.prompt);

describe("people called by one name", () => {
  it("says the full name the document gave before, in the prompt and in the answer", () => {
    expect(prompts).toContainEqual(expect.stringContaining("Aaron Meurer left ____ in late 2015"));
    expect(prompts.some((p) => /\bAaron left\b/.test(p))).toBe(false);
    const who = candidates.find((c) => c.question.type === "cloze" && c.question.prompt.includes("____ left Continuum"));
    expect(who?.question.answer).toBe("Aaron Meurer");
    expect(prompts).toContainEqual(expect.stringContaining("Phil Elson had implemented"));
  });

  it("says the full name after a date that opens the sentence ('In August, Dan released …': August is no part of Dan's name)", () => {
    const appium = ["# Appium Project History", "", "Dan Cuellar was the Test Manager at Zoosk in 2011. Jason Huggins worked at Sauce Labs.", "", "In August, Dan released the source code on GitHub in C#. Jason encouraged Dan to change the language.", ""].join("\n");
    const asked = generateWithTrace(appium, { slug: "appium" }).candidates;
    const who = asked.find((c) => c.question.type === "cloze" && c.question.prompt.includes("____ released the source code"));
    expect(who?.question.answer).toBe("Dan Cuellar");
  });

  it("learns a name with a middle initial or an inner capital, and finds the first name where the tagger no longer sees one (sixteenth round: 'Gavin', 'Henk' asked alone)", () => {
    const mirrors = [
      "# The history of the mirror system",
      "",
      "In 2002, Henk P. Penning appeared in the mailing list for the first time. In 2007 Gavin McDonald joined the Infrastructure team.",
      "",
      "In 2003, Henk started generating statistics about the mirror network. Gavin continued maintaining the mirror system for another couple of years.",
      "",
    ].join("\n");
    const asked = generateWithTrace(mirrors, { slug: "mirrors" }).candidates;
    const answerOf = (prompt: string) => asked.find((c) => c.question.type === "cloze" && c.question.prompt.includes(prompt))?.question.answer;
    expect(answerOf("____ started generating statistics")).toBe("Henk P. Penning");
    expect(answerOf("____ continued maintaining the mirror system")).toBe("Gavin McDonald");
  });

  it("learns a first name the tagger knows followed by a surname it does not ('Rich Hickey' … 'In return, Rich promises': 'Rich' alone was rated incomplete, eighteenth round)", () => {
    const clojure = ["# Clojure governance", "", "That guy was Rich Hickey, and his idea was to combine Lisp with a managed runtime.", "", "In return, Rich promises that Clojure will always be available under an open-source license.", ""].join("\n");
    const asked = generateWithTrace(clojure, { slug: "clojure" }).candidates;
    expect(asked.find((c) => c.question.type === "cloze" && c.question.prompt.includes("____ promises that Clojure"))?.question.answer).toBe("Rich Hickey");
  });

  it("learns a full name the tagger does not know when the document calls the person by its first word before a verb ('Martijn Faassen' … 'In 2006 Martijn co-founded …': 'Martijn' was offered among products, rated given away, twenty-sixth round)", () => {
    const morepath = ["# History of Morepath", "", "Morepath was originally created by Martijn Faassen, but now has a team of developers.", "", "In 2006 Martijn co-founded the Grok web framework. Grok used Martian for configuration.", "", "Venusian was written by Chris McDonough. Morepath originally used Venusian for its configuration system.", ""].join("\n");
    const asked = generateWithTrace(morepath, { slug: "morepath" }).candidates;
    const founder = asked.filter((c) => c.question.prompt.includes("co-founded the Grok web framework"));
    expect(founder.length).toBeGreaterThan(0);
    expect(founder.every((c) => !/\bMartijn co-founded|____ co-founded/.test(c.question.prompt) || c.question.answer === "Martijn Faassen")).toBe(true);
    expect(founder.some((c) => c.question.prompt.includes("Martijn Faassen co-founded"))).toBe(true);
    // a person is never a choice among products
    expect(asked.filter((c) => c.question.type === "mcq" && c.question.choices?.includes("Martijn Faassen") && c.question.choices.includes("Venusian"))).toEqual([]);
    // a product of two words no dictionary knows, never called by its first word alone, stays a product
    expect(generateWithTrace("# Tools\n\nZorblax Quuxify renders documents. Zorblax Quuxify was released in 2019.\n", { slug: "tools" }).candidates.some((c) => c.question.prompt.includes("Which person"))).toBe(false);
  });

  it("leaves a first name with an initial after it as the writer shortened it ('Stuart H.' had read 'Stuart Halloway H.', rated garbled, eighteenth round)", () => {
    const text = ["# Clojure governance", "", "In the Summer of 2008, Stuart Halloway started blogging about Clojure.", "", "With his co-founder Justin Gehtland, Stuart H. had already built a consulting business around Ruby on Rails.", ""].join("\n");
    const prompts = generateWithTrace(text, { slug: "clojure" }).candidates.map((c) => c.question.prompt);
    expect(prompts.some((p) => p.includes("Stuart H. had already built"))).toBe(true);
    expect(prompts.some((p) => p.includes("Halloway H."))).toBe(false);
  });

  it("leaves a name alone when two people the document named share it", () => {
    expect(prompts.some((p) => /\bPhil wrote\b/.test(p))).toBe(true);
    expect(prompts.some((p) => /Phil (?:Elson|Smith) wrote/.test(p))).toBe(false);
  });
});

describe("things named after a person", () => {
  const named = (text: string) => namedAfterPerson(tokenize(text));
  it("reads a name ending in a given name as a thing ('Apple Dylan', 'Open Dylan'), and people as people ('Robin Milner', 'Guy Cousineau', 'Keith Playford')", () => {
    expect(named("Apple Dylan")).toBe(true);
    expect(named("Open Dylan")).toBe(true);
    for (const person of ["Robin Milner", "Guy Cousineau", "Keith Playford", "Scott Fahlman"]) expect(named(person), person).toBe(false);
    expect(named("Dylan")).toBe(false);
  });
});
