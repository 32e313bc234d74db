// What a review says each name is: "Packer is a tool for automating the creation of machine
// images" asked as a matching question among the review's own descriptions, where "Which
// technology is a tool for …?" had more right answers than the review's (rejected blind).
import { describe, expect, it } from "vitest";
import { generateWithTrace } from "@/lib/content";
import { structureDocument } from "@/lib/content/structure/document";

const projects = [
  "# Four years of Gadget",
  "",
  "The community has embraced Gadget. Some popular projects:",
  "",
  "  - [Boxer](http://boxer.example) is a tool for packaging and running applications",
  "    in lightweight containers.",
  "  - [Stamper](http://stamper.example) is a tool for automating the creation of",
  "    machine images for deployment to virtual machines.",
  "  - [Bitly](http://bit.ly)'s [Courier](http://courier.example) is a realtime",
  "    distributed messaging platform designed for fault-tolerance and high-availability,",
  "    and is used in production at bitly and other companies.",
  "  - [Soundwave](http://soundwave.example) is an audio distribution service",
  "    that has dozens of systems in Gadget.",
  "  - Rivet is a monitoring system.",
  "",
].join("\n");

const descriptionsMatching = (text: string) => generateWithTrace(text, { slug: "gadget" }).candidates.filter((c) => c.builder === "descriptions");

describe("descriptions of the names a review presents", () => {
  it("keeps a link's text, so a linked word opening a sentence is a name ('[Stamper](…) is a tool …')", () => {
    const item = structureDocument(projects).blocks.find((b) => b.text.text.startsWith("Stamper"));
    expect(item?.links).toEqual(["Stamper"]);
  });

  it("takes no name from a link to a page of the same site ('[Managing State](/learn/managing-state) teaches …': a chapter, rated no technology blind)", () => {
    const doc = structureDocument("# Docs\n\n- [Managing State](/learn/managing-state) teaches how to organize your logic.\n- [Escape Hatches](../escape-hatches) teaches how to step outside React.\n");
    expect(doc.blocks.flatMap((b) => b.links ?? [])).toEqual([]);
  });

  it("matches each name to what the review says it is, the description cut at its clause's end", () => {
    const [matching, ...more] = descriptionsMatching(projects);
    expect(more).toEqual([]);
    expect(matching.question.type).toBe("matching");
    expect(matching.question.prompt).toBe("Match each name to what the review says it is.");
    expect(matching.question.answer).toEqual([
      "Boxer → a tool for packaging and running applications in lightweight containers",
      "Stamper → a tool for automating the creation of machine images for deployment to virtual machines",
      // ", and is used in production …" is a second predicate; "that has …" a relative clause
      "Bitly's Courier → a realtime distributed messaging platform designed for fault-tolerance and high-availability",
      "Soundwave → an audio distribution service",
    ]);
    // one statement, and so one fact, per pair: the question tests each
    expect(matching.statements).toHaveLength(4);
    expect(new Set(matching.question.factIds).size).toBe(4);
  });

  it("keeps a list inside a description whole ('data validation, serialization and documentation'), and stops at an aside", () => {
    const text = [
      "# Web tools",
      "",
      "PyCheck is a library to define data validation, serialization and documentation based on type hints.",
      "",
      "StarRoute is a lightweight framework for building services, which is ideal for asyncio.",
      "",
      "UviServe is a lightning-fast server for web applications, built on uvloop.",
      "",
      "GuitarKit is a set of guitar tools - recently migrated to SvelteKit.",
      "",
      "PaintShop is an online paint shop for (mostly amateur) painters.",
      "",
    ].join("\n");
    expect(descriptionsMatching(text)[0]?.question.answer).toEqual([
      "PyCheck → a library to define data validation, serialization and documentation based on type hints",
      "StarRoute → a lightweight framework for building services",
      "UviServe → a lightning-fast server for web applications",
      // a dash or a bracket sets off an aside, and no description ends on a word that needs what was cut
      "GuitarKit → a set of guitar tools",
      "PaintShop → an online paint shop",
    ]);
  });

  it("asks nothing when a description says only what another says ('a distributed monitoring and alerting system' beside 'a full distributed monitoring and trending system')", () => {
    const text = (lantern: string) =>
      ["# Monitoring", "", "BeaconDB is a full distributed monitoring and trending system.", "", `LanternMon is ${lantern} that originated in the 1990s.`, "", "TorchTS is a distributed time series database.", ""].join("\n");
    expect(descriptionsMatching(text("a log shipping agent for remote servers"))).toHaveLength(1);
    // half its words or more fit BeaconDB too: two right answers
    expect(descriptionsMatching(text("a distributed monitoring system"))).toEqual([]);
    expect(descriptionsMatching(text("a distributed monitoring and alerting system"))).toEqual([]);
    // three words tell no name apart: two descriptions are left, too few to match
    expect(descriptionsMatching(text("a monitoring system"))).toEqual([]);
  });

  it("never asks about fewer than three names, nor a name by a pronoun resolved to it", () => {
    const text = (second: string) =>
      ["# Tools", "", "[Boxer](http://boxer.example) is a tool for packaging applications in containers.", "", second, "", "StampIt is a tool for automating the creation of machine images.", ""].join("\n");
    expect(descriptionsMatching(text("ShipIt is a service for deploying containers to the cloud."))).toHaveLength(1);
    expect(descriptionsMatching(text("It is a favourite of system administrators everywhere."))).toEqual([]);
  });
});
