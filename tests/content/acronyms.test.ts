// What an acronym stands for, where the review spells it out: one right answer, checked letter by
// letter, and asked even from a sentence whose other references are unresolved.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { generateWithTrace } from "@/lib/content";
import { spellsOut } from "@/lib/content/spelling";

const asked = (text: string) =>
  generateWithTrace(text, { slug: "acronyms" })
    .candidates.filter((c) => c.builder === "acronym")
    .map((c) => [c.question.prompt, c.question.answer]);

describe("spelling an acronym out", () => {
  it("takes each word's initial, a function word's or none, inner capitals and hyphenated parts", () => {
    expect(spellsOut("AJAX", "Asynchronous JavaScript and XML")).toBe(true);
    expect(spellsOut("HATEOAS", "Hypermedia As The Engine of Application State")).toBe(true);
    expect(spellsOut("REST", "REpresentational State Transfer")).toBe(true);
    expect(spellsOut("MIR", "Mid-level Intermediate Representation")).toBe(true);
    expect(spellsOut("NLL", "non-lexical lifetimes")).toBe(true);
    expect(spellsOut("RPC", "Remote Procedure Call")).toBe(true);
  });

  it("refuses words that do not spell it", () => {
    expect(spellsOut("RPC", "Remote Call")).toBe(false);
    expect(spellsOut("API", "Application Programming")).toBe(false);
    expect(spellsOut("DOM", "Document Object Model Tree")).toBe(false);
    expect(spellsOut("JS", "JavaScript")).toBe(false); // one word is no expansion
  });

  it("always accepts the initials of any words (function words aside), and never words one letter short", () => {
    // a function word ("Of", "And") may give no letter, so the property holds for the others
    const word = fc.stringMatching(/^[A-Z][a-z]{1,8}$/).filter((w) => !/^(?:of|and|the|for|as|to|in|on|a|an|at|by|with|or)$/i.test(w));
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 6 }), (words) => {
        const acronym = words.map((w) => w[0]).join("");
        expect(spellsOut(acronym, words.join(" "))).toBe(true);
        expect(spellsOut(acronym.slice(0, -1), words.join(" "))).toBe(false);
      }),
    );
  });
});

describe("questions on acronyms", () => {
  it("asks what an acronym stands for in each way a review spells one out, once per acronym", () => {
    const text = [
      "# The web and its APIs: AJAX, REST, RPC and HMR",
      "",
      "Also arriving at this moment was AJAX, or Asynchronous JavaScript and XML.",
      "",
      "The term REST, short for REpresentational State Transfer, came from a dissertation.",
      "",
      "The second response is a Remote Procedure Call (RPC) style of API. RPC couples client and server.",
      "",
      "HMR stands for Hot Module Reload, and Vite has it. Vite made HMR (Hot Module Reload) fast.",
      "",
      "AJAX pages, REST APIs, RPC endpoints and HMR all changed how the web is built; AJAX and HMR made pages faster, REST and RPC made APIs.",
      "",
    ].join("\n");
    expect(asked(text)).toEqual([
      ["What does AJAX stand for?", "Asynchronous JavaScript and XML"],
      ["What does REST stand for?", "REpresentational State Transfer"],
      ["What does RPC stand for?", "Remote Procedure Call"],
      ["What does HMR stand for?", "Hot Module Reload"],
    ]);
  });

  it("asks nothing about an acronym the review uses fewer than three times ('an IRC bot', in passing: rejected blind as trivia)", () => {
    const text = "# History of Fetchy\n\n## The IRC days\n\nIn 1996 Ada was writing an IRC bot. The bot answered Internet Relay Chat (IRC) users. Fetchy grew out of it.\n";
    expect(asked(text)).toEqual([]);
    expect(asked(`${text}\nMost IRC networks still run today.\n`)).toEqual([["What does IRC stand for?", "Internet Relay Chat"]]);
  });

  it("asks nothing of a participle spelt out ('a garbage collected (GC) language': GC stands for garbage collection, rated wrong blind)", () => {
    const text = "# GC in Nim\n\n## GC\n\nNim has been a garbage collected (GC) language. The GC runs in the background. Every GC pauses the program. The new GC is faster.\n";
    expect(asked(text)).toEqual([]);
    expect(asked(text.replace("garbage collected (GC) language", "language with garbage collection (GC)"))).toEqual([["What does GC stand for?", "garbage collection"]]);
  });

  it("asks about an acronym no heading names only when the review uses it ten times ('ESM' six times in 'Why Vite' was rejected blind as general knowledge)", () => {
    const uses = (n: number) => Array.from({ length: n - 1 }, (_, k) => `Tool ${k + 1} loads ESM files.`).join(" ");
    const text = (n: number) => `# Why Vite\n\nBrowsers gained support for ES modules (ESM). ${uses(n)}\n`;
    expect(asked(text(6))).toEqual([]);
    expect(asked(text(10))).toEqual([["What does ESM stand for?", "ES modules"]]);
  });

  it("asks nothing the deck's title spells out: it shows above every card ('What does PGO stand for?' under 'Profile-guided optimization in Go 1.21', rated given away)", () => {
    const body = `Go 1.21 ships profile-guided optimization (PGO). ${Array.from({ length: 10 }, (_, k) => `Build ${k + 1} uses PGO.`).join(" ")}\n`;
    expect(asked(`# Profile-guided optimization in Go 1.21\n\n${body}`)).toEqual([]);
    expect(asked(`# Faster builds in Go 1.21: PGO\n\n${body}`)).toEqual([["What does PGO stand for?", "profile-guided optimization"]]);
  });

  it("asks nothing where the words in brackets are no expansion ('JSON (a format)')", () => {
    const text = "# Formats\n\nThe API returns JSON (a simple text format) to clients. XML (the older format) is still common.\n";
    expect(asked(text)).toEqual([]);
  });
});
