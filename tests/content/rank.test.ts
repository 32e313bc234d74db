// Rules of rank.ts on hand-made candidates, and of the generators on fixture sentences: how many
// questions a fact gets, which ones win, and which questions are too ambiguous to ask.
import { describe, expect, it } from "vitest";
import { generateBank, type BankQuestion, type QuestionType } from "@/lib/content";
import { MAX_PER_FACT, MAX_PER_SENTENCE, rankQuestions } from "@/lib/content/rank";
import { extractFacts } from "@/lib/content/facts";
import { parseDocument } from "@/lib/content/parse";
import { buildIndex, type Candidate } from "@/lib/content/questions/context";
import { objectDistractors } from "@/lib/content/questions/distractors";
import { splitSentences } from "@/lib/content/sentences";

let n = 0;
function cand(type: QuestionType, factIds: string[], over: Partial<BankQuestion> & { score?: number } = {}): Candidate {
  const { score = 3, ...rest } = over;
  n++;
  const question: BankQuestion = {
    id: `q_${type}_${factIds.join("_")}_${n}`,
    factIds,
    type,
    prompt: `Prompt ${n} about ${factIds.join(" and ")}?`,
    answer: type === "true_false" ? "true" : type === "ordering" || type === "matching" ? factIds : `answer ${n}`,
    ...(type === "mcq" ? { choices: [`answer ${n}`, "other one", "other two"] } : {}),
    explanation: "Because the review says so.",
    source: { sentence: `Sentence about ${factIds[0]}.` },
    ...rest,
  };
  if (type === "mcq" && over.answer && !over.choices) question.choices = [String(over.answer), "other one", "other two"];
  return { question, score };
}

const falseTf = (fact: string, field: "subject" | "object", over: Partial<BankQuestion> & { score?: number } = {}) =>
  cand("true_false", [fact], { answer: "false", corruption: { field, original: "a", replacement: "b" }, ...over } as Partial<BankQuestion>);

const typesOf = (qs: BankQuestion[], fact: string) => qs.filter((q) => q.factIds.includes(fact)).map((q) => `${q.type}${q.type === "true_false" ? `:${q.answer}` : ""}`).sort();

describe("rank: how many questions a fact gets", () => {
  it("keeps a restated true statement only when the fact has nothing else", () => {
    const out = rankQuestions([cand("cloze", ["f1"]), cand("true_false", ["f1"], { score: 2 }), cand("true_false", ["f2"], { score: 2 })], ["f1", "f2"]);
    expect(typesOf(out, "f1")).toEqual(["cloze"]);
    expect(typesOf(out, "f2")).toEqual(["true_false:true"]);
  });

  it("asks for a fact's object once: the best of mcq, short answer and cloze, plus a false statement", () => {
    const out = rankQuestions(
      [
        cand("short_answer", ["f1"], { score: 3, prompt: "When did X ship?" }),
        cand("mcq", ["f1"], { score: 4, prompt: "When did X ship?", answer: "May 2012" }),
        cand("cloze", ["f1"], { score: 3 }),
        falseTf("f1", "subject"),
      ],
      ["f1"],
    );
    expect(typesOf(out, "f1")).toEqual(["mcq", "true_false:false"]);
    expect(out.length).toBeLessThanOrEqual(MAX_PER_FACT);
  });

  it("drops a false statement that swaps the object when an mcq already offers that wrong value", () => {
    const objectSwap = rankQuestions([cand("mcq", ["f1"], { score: 4 }), falseTf("f1", "object")], ["f1"]);
    expect(typesOf(objectSwap, "f1")).toEqual(["mcq"]);
    const subjectSwap = rankQuestions([cand("mcq", ["f1"], { score: 4 }), falseTf("f1", "subject")], ["f1"]);
    expect(typesOf(subjectSwap, "f1")).toEqual(["mcq", "true_false:false"]);
    const clozeAndSwap = rankQuestions([cand("cloze", ["f1"]), falseTf("f1", "object")], ["f1"]);
    expect(typesOf(clozeAndSwap, "f1")).toEqual(["cloze", "true_false:false"]);
  });

  it("counts ordering and matching questions against the per-fact cap", () => {
    const out = rankQuestions(
      [cand("ordering", ["f1", "f2", "f3"]), cand("mcq", ["f1"], { score: 4 }), falseTf("f1", "subject"), cand("true_false", ["f2"], { score: 2 })],
      ["f1", "f2", "f3"],
    );
    expect(typesOf(out, "f1")).toEqual(["mcq", "ordering"]);
    // f2 is quizzed by the ordering question: its restated true statement is padding
    expect(typesOf(out, "f2")).toEqual(["ordering"]);
  });

  it("drops a matching question whose facts a better ordering question already covers", () => {
    const out = rankQuestions(
      [cand("ordering", ["f1", "f2", "f3"], { score: 4 }), cand("matching", ["f1", "f2", "f3"], { score: 4 }), cand("matching", ["f4", "f5", "f6"], { score: 4 })],
      ["f1", "f2", "f3", "f4", "f5", "f6"],
    );
    expect(out.map((q) => `${q.type}:${q.factIds.join(",")}`)).toEqual(["ordering:f1,f2,f3", "matching:f4,f5,f6"]);
  });

  it("caps questions per source sentence without leaving a fact unquizzed", () => {
    const sentence = { sentence: "X was built by A as a tool, and Y was built by B." };
    const out = rankQuestions(
      [
        cand("short_answer", ["f1"], { source: sentence }),
        falseTf("f1", "subject", { source: sentence }),
        cand("short_answer", ["f2"], { source: sentence }),
        falseTf("f2", "subject", { source: sentence }),
        cand("cloze", ["f3"], { source: sentence }),
      ],
      ["f1", "f2", "f3"],
    );
    expect(out.length).toBe(MAX_PER_SENTENCE);
    for (const f of ["f1", "f2", "f3"]) expect(typesOf(out, f).length).toBeGreaterThan(0);
    expect(out.filter((q) => q.type === "true_false")).toHaveLength(0);
  });
});

function bankOf(text: string) {
  return generateBank(text, { slug: "fixture" });
}

describe("generators: only questions with one right answer", () => {
  const tools = (reason: string) =>
    `# Tools\n\n## Debugging\n\nAcme can use standard debugging tools such as gdb. Acme also works with Zeta Debugger${reason}. Bolt code is debugged with the Bolt debugger. Acme does not have a chart tool of its own, but it can use Orbit.\n`;

  it("sharpens an ambiguous question with the sentence's own reason clause", () => {
    const prompts = bankOf(tools(" because it uses eager execution")).questions.filter((q) => q.answer === "Zeta Debugger").map((q) => `${q.type}: ${q.prompt}`);
    expect(prompts).toContain("short_answer: Which debugger does Acme work with because it uses eager execution?");
    expect(prompts.join("\n")).not.toMatch(/What does Acme work with\?/);
  });

  it("drops a question another fact of the same subject also answers when nothing can sharpen it", () => {
    const qs = bankOf(tools("")).questions;
    expect(qs.filter((q) => (q.type === "short_answer" || q.type === "mcq") && q.answer === "Zeta Debugger")).toEqual([]);
    // the fact is still quizzed, by a cloze of its own sentence
    expect(qs.some((q) => q.type === "cloze" && q.answer === "Zeta Debugger")).toBe(true);
    // a "Which debugger …?" question with a single debugger in its subject's family stays
    expect(qs.some((q) => q.type === "short_answer" && q.prompt === "Which debugger is Bolt code debugged with?")).toBe(true);
  });

  it("asks who said a quotation as multiple choice among the people the review names", () => {
    const b = bankOf(
      "# Quotes\n\n## People\n\nAda Lovelace, the first programmer, has said that “the engine might compose elaborate music” (Smith, 2020). Acme was built by Grace Hopper. Bolt was written by Alan Turing.\n",
    );
    const who = b.questions.find((q) => q.prompt.startsWith("Who said"))!;
    expect(who.type).toBe("mcq");
    expect(who.answer).toBe("Ada Lovelace");
    expect([...who.choices!].sort()).toEqual(["Ada Lovelace", "Alan Turing", "Grace Hopper"]);
  });

  it("never offers as a distractor something the review says of the subject inside a longer phrase", () => {
    const text = "# Tools\n\n## Editors\n\nAcme can use standard editing tools such as Vim. Acme works with Zeta Studio. Bolt works with Vim. Crux works with Orbit Studio. Dart works with Vela Studio.\n";
    const doc = parseDocument(text);
    const { facts, entities } = extractFacts(doc, splitSentences(doc.blocks), "fixture");
    const ctx = { slug: "fixture", facts, entities, index: buildIndex(facts, entities) };
    const acme = facts.find((f) => f.fact.subject === "Acme" && f.fact.object === "Zeta Studio")!;
    const bolt = facts.find((f) => f.fact.subject === "Bolt" && f.fact.object === "Vim")!;
    expect(objectDistractors(ctx, acme, 3)).not.toContain("Vim");
    expect(objectDistractors(ctx, acme, 3)).toContain("Orbit Studio");
    expect(objectDistractors(ctx, bolt, 3)).toContain("Zeta Studio");
    // …and "What does Acme work with?" is not asked: Acme's editing tools include Vim too
    expect(generateBank(text, { slug: "fixture" }).questions.filter((q) => q.prompt === "What does Acme work with?")).toEqual([]);
  });

  it("states a false version of every fact it can corrupt, and a true one only when it cannot", () => {
    const b = bankOf(
      "# Frameworks\n\n## Origins\n\nAcme defines its graphs at the start of training. Acme was built by Grace Hopper. Bolt was built by Alan Turing. Bolt builds dynamic graphs as operations run. Bolt offers lower-level APIs.\n",
    );
    const tf = b.questions.filter((q) => q.type === "true_false");
    expect(tf.map((q) => q.prompt).sort()).toEqual(["True or false: Acme was built by Alan Turing.", "True or false: Bolt was built by Grace Hopper."]);
    expect(tf.every((q) => q.answer === "false")).toBe(true);
  });
});
