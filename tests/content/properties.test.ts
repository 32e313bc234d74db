// Property tests (fast-check) over banks generated from random selections of the review's
// paragraphs: no leaked cloze answers, well-formed MCQs, false statements that contradict a fact.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateBank, type Bank } from "@/lib/content";
import { containsWords, normaliseAnswer } from "@/lib/content/normalise";
import { checkAnswer } from "@/lib/study/check-answer";
import { readReview } from "./helpers";

const review = readReview();
const [front, ...rest] = review.split(/\n(?=## )/);
const sections = rest.filter((s) => !s.startsWith("## References"));
const references = rest.find((s) => s.startsWith("## References")) ?? "";

/** A review made of a random non-empty subset of sections, in random order, with or without references. */
const documents = fc
  .tuple(fc.shuffledSubarray(sections, { minLength: 1 }), fc.boolean())
  .map(([picked, withRefs]) => [front, ...picked, ...(withRefs ? [references] : [])].join("\n"));

const cache = new Map<string, Bank>();
function bankOf(text: string): Bank {
  let b = cache.get(text);
  if (!b) {
    b = generateBank(text, { slug: "prop" });
    cache.set(text, b);
  }
  return b;
}

const runs = { numRuns: 12, seed: 410 };

describe("bank properties", () => {
  it("never leaks a cloze answer into its prompt", () => {
    fc.assert(
      fc.property(documents, (text) => {
        for (const q of bankOf(text).questions.filter((q) => q.type === "cloze")) {
          expect(q.prompt).toContain("____");
          expect(containsWords(q.prompt.replace("____", " "), q.answer as string)).toBe(false);
        }
      }),
      runs,
    );
  });

  it("gives MCQs 3–4 unique choices containing the answer exactly once", () => {
    fc.assert(
      fc.property(documents, (text) => {
        for (const q of bankOf(text).questions.filter((q) => q.type === "mcq")) {
          const choices = q.choices!.map(normaliseAnswer);
          expect(choices.length).toBeGreaterThanOrEqual(3);
          expect(choices.length).toBeLessThanOrEqual(4);
          expect(new Set(choices).size).toBe(choices.length);
          expect(choices.filter((c) => c === normaliseAnswer(q.answer as string))).toHaveLength(1);
        }
      }),
      runs,
    );
  });

  it("labels false only statements that contradict a fact of the bank", () => {
    fc.assert(
      fc.property(documents, (text) => {
        const bank = bankOf(text);
        for (const q of bank.questions.filter((q) => q.type === "true_false" && q.answer === "false")) {
          const fact = bank.facts.find((f) => f.id === q.factIds[0])!;
          const c = (q as { corruption?: { field: string; original: string; replacement: string } }).corruption!;
          expect(c).toBeDefined();
          // the statement swaps one part of the fact for a different value…
          expect(normaliseAnswer(c.replacement)).not.toBe(normaliseAnswer(c.original));
          expect(q.prompt).toContain(c.replacement);
          // …and no fact of the bank states the corrupted version
          const corrupted = c.field === "subject" ? [c.replacement, fact.object] : [fact.subject, c.replacement];
          expect(bank.facts.some((f) => normaliseAnswer(f.subject) === normaliseAnswer(corrupted[0]) && normaliseAnswer(f.object) === normaliseAnswer(corrupted[1]))).toBe(false);
        }
      }),
      runs,
    );
  });

  it("accepts its own answers for every typed question", () => {
    fc.assert(
      fc.property(documents, (text) => {
        for (const q of bankOf(text).questions) {
          if (q.type === "short_answer" || q.type === "cloze") {
            expect(checkAnswer(q, (q.answer as string).toUpperCase()).correct).toBe(true);
          }
          if (q.type === "ordering" || q.type === "matching" || q.type === "mcq" || q.type === "true_false") {
            expect(checkAnswer(q, q.answer).correct).toBe(true);
          }
        }
      }),
      runs,
    );
  });

  it("is deterministic for any input", () => {
    fc.assert(
      fc.property(documents, (text) => {
        expect(JSON.stringify(generateBank(text, { slug: "prop" }))).toBe(JSON.stringify(bankOf(text)));
      }),
      { numRuns: 4, seed: 7 },
    );
  });

  it("normalisation is idempotent", () => {
    fc.assert(fc.property(fc.string(), (s) => normaliseAnswer(normaliseAnswer(s)) === normaliseAnswer(s)));
  });
});
