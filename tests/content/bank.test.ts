// The TensorFlow/PyTorch bank end to end: committed bank = fresh generation, schema-valid,
// deterministic, stable ids, every fact quizzed, every answer grounded in its source sentence.
import { readFileSync, existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BankSchema, MATCH_SEPARATOR, generateBank, serialiseBank, type Bank, type BankQuestion } from "@/lib/content";
import { parseDateAnswer, truncate } from "@/lib/content/dates";
import { containsWords, normaliseAnswer } from "@/lib/content/normalise";
import { MAX_PER_FACT } from "@/lib/content/rank";
import { bankPath, readReview, seedPath } from "./helpers";

const review = readReview();
const bank = generateBank(review, { fileName: "tensorflow-vs-pytorch.md" });

/** Is `answer` stated by `sentence`? Dates count when the sentence has the same date at that precision. */
function grounded(sentence: string, answer: string): boolean {
  if (containsWords(sentence, answer)) return true;
  const date = parseDateAnswer(answer);
  if (!date) return false;
  return sentence.split(/[.;]\s+|\s*\(/).some((part) => {
    const d = parseDateAnswer(part.replace(/^.*?\b(in|on)\s+/, ""));
    return d !== null && truncate(d, date.precision) === truncate(date, date.precision);
  }) || sentence.includes(answer);
}

describe("tensorflow-vs-pytorch bank", () => {
  it("matches the committed content/banks JSON byte for byte", () => {
    expect(existsSync(bankPath)).toBe(true);
    expect(readFileSync(bankPath, "utf8")).toBe(serialiseBank(bank));
  });

  it("validates against the exported schema", () => {
    expect(() => BankSchema.parse(bank)).not.toThrow();
  });

  it("has deck metadata from the file and the first heading", () => {
    expect(bank.deck.slug).toBe("tensorflow-vs-pytorch");
    expect(bank.deck.title).toBe("TensorFlow vs PyTorch");
    expect(bank.deck.source).toContain("Adrienne Caby");
  });

  it("has 45–80 questions across all six types", () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(45);
    expect(bank.questions.length).toBeLessThanOrEqual(80);
    const types = new Set(bank.questions.map((q) => q.type));
    expect([...types].sort()).toEqual(["cloze", "matching", "mcq", "ordering", "short_answer", "true_false"]);
  });

  it("keeps true/false to about a quarter of the bank, mostly false statements", () => {
    const tf = bank.questions.filter((q) => q.type === "true_false");
    const falses = tf.filter((q) => q.answer === "false").length;
    expect(tf.length / bank.questions.length).toBeLessThanOrEqual(0.25);
    expect(falses).toBeGreaterThanOrEqual(2 * (tf.length - falses));
  });

  it("quizzes each fact at most twice and asks for its object only once", () => {
    const perFact = new Map<string, BankQuestion[]>();
    for (const q of bank.questions) for (const id of q.factIds) perFact.set(id, [...(perFact.get(id) ?? []), q]);
    const over = [...perFact].filter(([, qs]) => qs.length > MAX_PER_FACT).map(([id]) => id);
    expect(over).toEqual([]);
    const recallTwice = [...perFact].filter(([, qs]) => qs.filter((q) => q.type === "mcq" || q.type === "short_answer" || q.type === "cloze").length > 1);
    expect(recallTwice.map(([id]) => id)).toEqual([]);
    // no prompt is asked twice, whatever its type
    const prompts = bank.questions.map((q) => q.prompt);
    expect(prompts.length).toBe(new Set(prompts).size);
  });

  it("asks no question another fact of the review also answers", () => {
    const prompts = bank.questions.map((q) => q.prompt);
    expect(prompts).not.toContain("What does PyTorch work with?");
    const pycharm = bank.questions.filter((q) => q.type === "short_answer" && q.answer === "PyCharm Debugger").map((q) => q.prompt);
    expect(pycharm).toEqual(["Which debugger does PyTorch work with because it uses immediate execution?"]);
  });

  it("asks multiple choice about dates, people and publications with same-role distractors", () => {
    const mcq = (answer: string) => bank.questions.find((q) => q.type === "mcq" && q.answer === answer);
    for (const answer of ["November 2015", "Sundar Pichai", "Aminu Abdullahi", "Catherine Clifford", "CIO Insight", "CNBC"]) expect(mcq(answer), answer).toBeDefined();
    expect([...mcq("Sundar Pichai")!.choices!].sort()).toEqual(["Aminu Abdullahi", "Catherine Clifford", "Sundar Pichai"]);
    expect(mcq("CIO Insight")!.choices).toContain("CNBC");
  });

  it("is deterministic: same input, byte-identical bank", () => {
    expect(serialiseBank(generateBank(review, { fileName: "tensorflow-vs-pytorch.md" }))).toBe(serialiseBank(bank));
  });

  it("keeps fact and question ids when unrelated text is added", () => {
    const edited = review.replace("## References", "## Aside\n\nJAX was released by Google in December 2018.\n\n## References");
    const again = generateBank(edited, { fileName: "tensorflow-vs-pytorch.md" });
    const ids = new Set(again.questions.map((q) => q.id));
    const factIds = new Set(again.facts.map((f) => f.id));
    const singleFact = bank.questions.filter((q) => q.type !== "ordering" && q.type !== "matching");
    expect(singleFact.filter((q) => !ids.has(q.id))).toEqual([]);
    expect(bank.facts.filter((f) => !factIds.has(f.id))).toEqual([]);
  });

  it("has unique ids", () => {
    expect(new Set(bank.questions.map((q) => q.id)).size).toBe(bank.questions.length);
    expect(new Set(bank.facts.map((f) => f.id)).size).toBe(bank.facts.length);
  });

  it("quizzes every fact at least once", () => {
    const quizzed = new Set(bank.questions.flatMap((q) => q.factIds));
    expect(bank.facts.filter((f) => !quizzed.has(f.id)).map((f) => f.statement)).toEqual([]);
  });

  it("covers every fact of the original review", () => {
    const text = bank.questions.map((q) => [q.prompt, JSON.stringify(q.answer), q.explanation].join(" ")).join("\n");
    const mustCover = [
      "Sundar Pichai", "Google Brain team", "internal research tool", "November 2015", "October 2019", "user feedback",
      "backward compatible", "September 2016", "Meta's artificial intelligence team", "prototyping to deployment",
      "academic and research settings", "window of opportunity", "industrial production", "computational graphs",
      "start of training", "performance for large models", "cannot be changed during training", "dynamic graphs",
      "intermediate nodes", "performance issues", "lower-level APIs", "both high-level and low-level APIs", "ease of use",
      "more control", "pdb", "PyCharm Debugger", "immediate execution", "TensorFlow debugger", "TensorBoard",
      "visualization tool", "wider range of features", "individual research", "production", "larger models",
      "Aminu Abdullahi", "CIO Insight", "July 26, 2022", "Catherine Clifford", "CNBC", "February 1, 2018", "Why Tensorflow",
    ];
    expect(mustCover.filter((phrase) => !text.includes(phrase))).toEqual([]);
  });

  it("grounds every answer in its source sentence", () => {
    const ungrounded: string[] = [];
    const factById = new Map(bank.facts.map((f) => [f.id, f]));
    for (const q of bank.questions) {
      const sentence = q.source.sentence;
      const fact = factById.get(q.factIds[0])!;
      // Reference entries invert names ("Abdullahi, Aminu"): a person is grounded by all their name words.
      const isPerson = fact.value?.kind === "entity" && fact.value.entityType === "person";
      const ok = (answer: string) => grounded(sentence, answer) || (isPerson && answer.split(/\s+/).every((w) => containsWords(sentence, w)));
      if (q.type === "mcq" || q.type === "short_answer" || q.type === "cloze") {
        if (!ok(q.answer as string)) ungrounded.push(`${q.type}: ${q.answer}`);
      } else if (q.type === "true_false") {
        if (!ok(fact.object)) ungrounded.push(`true_false: ${fact.object}`);
      } else if (q.type === "matching") {
        for (const pair of q.answer as string[]) {
          const right = pair.split(MATCH_SEPARATOR)[1];
          if (!grounded(sentence, right)) ungrounded.push(`matching: ${right}`);
        }
      } else {
        for (const id of q.factIds) if (!grounded(sentence, factById.get(id)!.object)) ungrounded.push(`ordering: ${id}`);
      }
    }
    expect(ungrounded).toEqual([]);
  });

  it("gives every question an explanation and its source with citation where the review has one", () => {
    for (const q of bank.questions) {
      expect(q.explanation.length).toBeGreaterThan(10);
      expect(q.source.sentence.length).toBeGreaterThan(10);
    }
    const cited = bank.questions.find((q) => q.prompt.includes("When did TensorFlow become publicly available"));
    expect(cited?.source.citation).toBe("(TensorFlow, n.d.)");
  });

  it("orders the timeline by explicit dates only", () => {
    const ordering = bank.questions.find((q) => q.type === "ordering")!;
    expect(ordering.answer).toEqual(["TensorFlow became publicly available", "PyTorch arrived", "Google released TensorFlow 2.0"]);
    expect(ordering.choices).not.toEqual(ordering.answer);
  });

  it("accepts the alias spelling of PyTorch where PyTorch is the answer", () => {
    const qs: BankQuestion[] = bank.questions.filter((q) => q.answer === "PyTorch" || (q.acceptedAnswers ?? []).includes("Pytorch"));
    for (const q of qs) expect([q.answer, ...(q.acceptedAnswers ?? [])].map((a) => normaliseAnswer(String(a)))).toContain("pytorch");
  });
});

describe("other inputs", () => {
  function summary(b: Bank) {
    return new Set(b.questions.map((q) => q.type));
  }

  it.skipIf(!existsSync(seedPath))("works on the original plain-text review as given", () => {
    const original = generateBank(readFileSync(seedPath, "utf8"), { fileName: "000_77448f97e77955cc.txt" });
    expect(() => BankSchema.parse(original)).not.toThrow();
    expect(original.deck.title).toBe("TensorFlow and PyTorch");
    expect(original.questions.length).toBeGreaterThan(40);
    expect(summary(original).size).toBeGreaterThanOrEqual(5);
    const answers = original.questions.map((q) => JSON.stringify(q.answer)).join(" ");
    for (const fact of ["November 2015", "September 2016", "Sundar Pichai", "the Google Brain team"]) expect(answers).toContain(fact);
  });

  it("does not crash on other technical prose and still finds something", () => {
    for (const file of ["node_modules/zod/README.md", "node_modules/next/README.md", "node_modules/chrono-node/README.md"]) {
      if (!existsSync(file)) continue;
      const b = generateBank(readFileSync(file, "utf8"), { fileName: file });
      expect(() => BankSchema.parse(b)).not.toThrow();
    }
  });

  it("returns an empty bank for text without facts", () => {
    expect(generateBank("Hello.\n\nNothing to see here!", { slug: "empty" }).questions).toEqual([]);
  });
});
