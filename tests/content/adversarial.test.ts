// Issue #9.1: parsing is linear on any input. Each hostile 100 KB input goes through the whole
// pipeline; a quadratic step would blow the test timeout long before finishing (bench/content.ts
// reports the time per KB next to normal prose). Property tests: any text parses, and every
// block and sentence offset points inside the source.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateBank } from "@/lib/content";
import { ADVERSARIAL_INPUTS } from "@/lib/content/adversarial";
import { splitSentences } from "@/lib/content/sentences";
import { structureDocument } from "@/lib/content/structure/document";

const KB100 = 100 * 1024;

describe("adversarial 100 KB inputs", () => {
  it.each(Object.keys(ADVERSARIAL_INPUTS))("%s: the whole pipeline finishes and yields a valid bank", (name) => {
    const text = ADVERSARIAL_INPUTS[name](KB100);
    expect(text.length).toBeGreaterThanOrEqual(KB100 * 0.9);
    const bank = generateBank(text, { slug: "adversarial" });
    expect(bank.deck.slug).toBe("adversarial");
    for (const q of bank.questions) expect(q.prompt).not.toMatch(/https?:|<!--|\*\*|```/);
  });
});

describe("parser properties", () => {
  const markdownish = fc.array(fc.constantFrom("#", " ", "*", "_", "[", "]", "(", ")", "<", "!", "-", "`", ">", "\n", "|", ":", "=", "~", "a", "B", ".", "1"), { maxLength: 400 }).map((cs) => cs.join(""));

  it("parses any text, and every block and sentence maps inside the source", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), markdownish), (src) => {
        const doc = structureDocument(src);
        for (const b of doc.blocks) {
          const r = b.text.sourceRange(0, b.text.length);
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeLessThanOrEqual(src.length + 1);
        }
        for (const s of splitSentences(doc.blocks)) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(src.length + 1);
          expect(s.start).toBeLessThanOrEqual(s.end);
        }
      }),
      { numRuns: 300, seed: 91 },
    );
  });

  it("keeps the words of plain prose, in order", () => {
    const word = fc.stringMatching(/^[A-Za-z]{2,9}$/);
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 3, maxLength: 10 }), { minLength: 1, maxLength: 5 }), (paragraphs) => {
        const src = paragraphs.map((ws) => `${ws.join(" ")}.`).join("\n\n");
        const words = structureDocument(src).blocks.flatMap((b) => b.text.text.split(/[\s.]+/).filter(Boolean));
        expect(words).toEqual(paragraphs.flat());
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
