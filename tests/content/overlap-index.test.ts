// The overlap index must answer exactly as scanning with `overlaps` would: the bank may not change
// because a lookup got faster. (Scaling itself is measured by bench/content.ts.)
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { overlaps } from "@/lib/content/questions/distractors";
import { OverlapIndex } from "@/lib/content/questions/overlap-index";

const WORDS = ["TensorFlow", "tensorflow", "2.0", "the", "The", "a", "Google", "Brain", "team", "pdb", "such", "as", "-", "“x”", "'s", ""];
const phrase = fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }).map((w) => w.join(" "));

describe("OverlapIndex", () => {
  it("finds exactly the phrases `overlaps` accepts, in insertion order", () => {
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 12 }), phrase, (phrases, query) => {
        const index = new OverlapIndex<number>();
        phrases.forEach((p, i) => index.add(p, i));
        const expected = phrases.flatMap((p, i) => (overlaps(p, query) ? [i] : []));
        expect(index.overlapping(query)).toEqual(expected);
        expect(index.hasOverlap(query)).toBe(expected.length > 0);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it("matches whole words only", () => {
    const index = new OverlapIndex<string>();
    index.add("Google Brain team", "g");
    expect(index.hasOverlap("the Google Brain")).toBe(true);
    expect(index.hasOverlap("Googles")).toBe(false);
  });
});
