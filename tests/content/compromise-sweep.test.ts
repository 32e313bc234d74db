// The faster bulkMatch (lib/content/compromise-sweep.ts) tags exactly as compromise's own: the same
// tags and chunks for every term of the demo review, sentence batch by sentence batch.
import { readFileSync } from "node:fs";
import nlp from "compromise";
import { describe, expect, it } from "vitest";
import { installFastSweep } from "@/lib/content/compromise-sweep";

// read directly: the content library's own import installs the sweep
const review = readFileSync("content/reviews/tensorflow-vs-pytorch.md", "utf8");

type World = { methods: { one: { bulkMatch: unknown } } };
const world = () => nlp.world() as unknown as World;

/** Every term's text, tags and chunk (compromise includes the chunk; not its random term ids). */
function tagged(text: string): string {
  return JSON.stringify(nlp(text).json({ terms: { tags: true, normal: true }, text: false }), (key, value) => (key === "id" ? undefined : value));
}

describe("compromise's pattern sweep", () => {
  it("tags the demo review, and sentences where the patterns' order shows, exactly as compromise's own bulkMatch does", () => {
    const own = world().methods.one.bulkMatch;
    // and sentences where the order patterns run in shows (tags in another order, another tag)
    const ordered = [
      "Redis is maintained by a single commercial company following the open-core model.",
      "One operation on a graph might add a node like Map and Filter to the plan.",
      "The plan is turned into many little tasks to execute on individual workers.",
      "These two were chosen for being fairly popular, and you could find dozens of alternative user interfaces for the format.",
    ];
    const paragraphs = [...review.split(/\n{2,}/).filter((p) => p.trim() && !p.startsWith("#")), ...ordered];
    expect(paragraphs.length).toBeGreaterThan(5);
    try {
      world().methods.one.bulkMatch = own;
      const before = paragraphs.map(tagged);
      installFastSweep(nlp as never);
      expect(world().methods.one.bulkMatch).not.toBe(own);
      expect(paragraphs.map(tagged)).toEqual(before);
    } finally {
      world().methods.one.bulkMatch = own;
    }
  });
});
