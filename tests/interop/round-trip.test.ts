// Export → import gives back the same questions, for every question type and every format that
// carries types (Anki package, Anki text, Recall CSV), with open-ended text: HTML-looking
// characters, quotes, tabs inside the text, unicode.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readAnkiPackage } from "@/lib/interop/apkg-reader";
import { writeApkg } from "@/lib/interop/apkg-writer";
import { readDelimited } from "@/lib/interop/delimited-import";
import { tidyText } from "@/lib/interop/html";
import type { PortableQuestion } from "@/lib/interop/model";
import { writeAnkiText, writeCsv } from "@/lib/interop/text-export";
import { DECK, QUESTIONS, comparable } from "./helpers";

// Text as Recall stores it: trimmed, single spaces (forms trim input; HTML cannot keep runs of spaces).
const word = fc.stringMatching(/^[A-Za-z0-9éüß中文&<>"'’;,.?!()\-\/:{}=*_|]{1,12}$/);
const text = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => tidyText(words.join(" "))).filter((t) => t.length > 0 && !t.includes("→") && !t.includes("____"));
const distinct = (n: number, m: number) => fc.uniqueArray(text, { minLength: n, maxLength: m, selector: (t) => t.toLowerCase() });

const base = fc.record({ prompt: text, explanation: text, sourceSentence: text, sourceCitation: fc.option(text, { nil: undefined }), accepted: fc.option(distinct(1, 3), { nil: undefined }) });

const question: fc.Arbitrary<Omit<PortableQuestion, "id">> = fc.oneof(
  fc.tuple(base, distinct(3, 4), fc.nat()).map(([b, choices, i]) => ({ ...b, type: "mcq" as const, choices, answer: choices[i % choices.length] })),
  fc.tuple(base, fc.boolean()).map(([b, t]) => ({ ...b, type: "true_false" as const, choices: ["true", "false"], answer: String(t) })),
  fc.tuple(base, text, text, text).map(([b, before, answer, after]) => ({ ...b, type: "cloze" as const, prompt: `Fill in the blank: ${before} ____ ${after}`, answer })),
  fc.tuple(base, text).map(([b, answer]) => ({ ...b, type: "short_answer" as const, answer })),
  fc.tuple(base, distinct(3, 4)).map(([b, items]) => ({ ...b, type: "ordering" as const, choices: [...items].reverse(), answer: items })),
  fc.tuple(base, distinct(2, 4), distinct(4, 4)).map(([b, left, right]) => ({ ...b, type: "matching" as const, choices: right.slice(0, left.length).reverse(), answer: left.map((l, i) => `${l} → ${right[i]}`) })),
).map(({ accepted, ...q }) => ({ ...q, ...(accepted && (q.type === "short_answer" || q.type === "cloze") ? { acceptedAnswers: accepted } : {}) }));

const questions = fc.array(question, { minLength: 1, maxLength: 6 }).map((qs) => qs.map((q, i) => ({ ...q, id: `q_${i}` }) as PortableQuestion));

describe("round trip", () => {
  it("keeps the example of every type through an Anki package", () => {
    const back = readAnkiPackage(writeApkg(DECK, QUESTIONS), "frameworks.apkg");
    expect(back.title).toBe(DECK.title);
    expect(back.notes).toBe(QUESTIONS.length);
    expect(back.skipped).toEqual([]);
    expect(back.questions.map(comparable)).toEqual(QUESTIONS.map(comparable));
    // Tags bring back the topic and groups questions by fact.
    expect(back.questions.map((q) => [q.topic, q.factKey])).toEqual(QUESTIONS.map((q) => [q.topic, q.factKey]));
  });

  it("Anki package: export → import gives the same questions (property)", () => {
    fc.assert(
      fc.property(questions, (qs) => {
        expect(readAnkiPackage(writeApkg(DECK, qs)).questions.map(comparable)).toEqual(qs.map(comparable));
      }),
      { numRuns: 60 },
    );
  });

  it("Anki text: export → import gives the same questions (property)", () => {
    fc.assert(
      fc.property(questions, (qs) => {
        const back = readDelimited(writeAnkiText(DECK, qs), "frameworks.txt");
        expect(back.format).toBe("Anki text");
        expect(back.title).toBe(DECK.title);
        expect(back.questions.map(comparable)).toEqual(qs.map(comparable));
      }),
      { numRuns: 60 },
    );
  });

  it("CSV: export → import gives the same questions (property)", () => {
    fc.assert(
      fc.property(questions, (qs) => {
        const back = readDelimited(writeCsv(qs), "frameworks.csv");
        expect(back.questions.map(comparable)).toEqual(qs.map(comparable));
      }),
      { numRuns: 60 },
    );
  });
});
