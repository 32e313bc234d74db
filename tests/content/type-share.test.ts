// The type-share cap (lib/content/select.ts) keeps its counts and prompts up to date and, after a
// demotion, looks only for a swap the freed prompt allows: it must swap and demote exactly as the
// plain version that recomputes everything on every step (kept here as the reference).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { QuestionType } from "@/lib/content/bank-schema";
import { askedText } from "@/lib/content/defects";
import type { Candidate } from "@/lib/content/questions/candidate";
import { MAX_TYPE_SHARE, capTypeShare } from "@/lib/content/select";

const RECALL = new Set<QuestionType>(["cloze", "mcq", "short_answer"]);

function better(a: Candidate, b: Candidate): number {
  return (b.score ?? 0) - (a.score ?? 0) || (a.question.id < b.question.id ? -1 : a.question.id > b.question.id ? 1 : 0);
}

/** The cap as it was first written: counts, prompts and the best swap recomputed on every step. */
function reference(published: Candidate[], eligible: Candidate[]): { kept: Candidate[]; demoted: Candidate[] } {
  let kept = [...published];
  const demoted: Candidate[] = [];
  const alternatives = new Map<string, Candidate[]>();
  for (const c of eligible) if (c.question.factIds.length === 1 && RECALL.has(c.question.type)) alternatives.set(c.question.factIds[0], [...(alternatives.get(c.question.factIds[0]) ?? []), c]);
  for (let guard = 0; guard < 4 * published.length + 4; guard++) {
    const counts = new Map<QuestionType, number>();
    for (const c of kept) counts.set(c.question.type, (counts.get(c.question.type) ?? 0) + 1);
    const [type, n] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [];
    if (!type || n === undefined || n <= MAX_TYPE_SHARE * kept.length) break;
    const room = (t: QuestionType) => (counts.get(t) ?? 0) + 1 <= MAX_TYPE_SHARE * kept.length;
    const prompts = new Set(kept.map((c) => askedText(c.question)));
    let best: { out: Candidate; in: Candidate; loss: number } | undefined;
    for (const c of kept) {
      if (c.question.type !== type || c.question.factIds.length !== 1) continue;
      for (const alt of alternatives.get(c.question.factIds[0]) ?? []) {
        if (alt.question.type === type || !room(alt.question.type) || prompts.has(askedText(alt.question))) continue;
        const loss = (c.score ?? 0) - (alt.score ?? 0);
        if (!best || loss < best.loss || (loss === best.loss && better(alt, best.in) < 0)) best = { out: c, in: alt, loss };
      }
    }
    if (best) {
      const { out, in: alt } = best;
      kept = kept.map((c) => (c === out ? alt : c));
      continue;
    }
    if (n <= Math.max(MAX_TYPE_SHARE, 1 / counts.size) * kept.length || counts.size < 2) break;
    const weakest = kept.filter((c) => c.question.type === type).sort(better).at(-1)!;
    kept = kept.filter((c) => c !== weakest);
    demoted.push(weakest);
  }
  return { kept, demoted };
}

const TYPES: QuestionType[] = ["cloze", "mcq", "short_answer", "true_false", "matching"];

/** Few facts, prompts and scores, so that swaps, ties, shared prompts and freed prompts all happen. */
const candidate = fc.record({
  type: fc.constantFrom(...TYPES),
  facts: fc.oneof(fc.constantFrom(["f0"], ["f1"], ["f2"], ["f3"], ["f4"]), fc.constant(["f0", "f1"])),
  prompt: fc.constantFrom("p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7"),
  score: fc.constantFrom(0.6, 0.7, 0.8, 0.9),
});

function build(specs: Array<{ type: QuestionType; facts: readonly string[]; prompt: string; score: number }>, from: number): Candidate[] {
  return specs.map((s, i) => ({
    question: { id: `q${String(from + i).padStart(3, "0")}`, factIds: [...s.facts], type: s.type, prompt: s.prompt, answer: "a", explanation: "", source: { sentence: "" } },
    statements: [],
    builder: s.type,
    source: { start: 0, end: 0 },
    key: "",
    score: s.score,
  })) as unknown as Candidate[];
}

/**
 * Most of a tier of one type, alternatives asking what the tier asks: demotions free prompts that
 * make swaps, the case the cap's shortcut is about.
 */
const crowded = fc.record({
  type: fc.constantFrom<QuestionType>("mcq", "mcq", "mcq", "cloze", "short_answer", "true_false"),
  facts: fc.constantFrom(["f0"], ["f1"], ["f2"], ["f3"]),
  prompt: fc.constantFrom("p0", "p1", "p2", "p3", "p4", "p5"),
  score: fc.constantFrom(0.6, 0.7, 0.8, 0.9),
});

/** The cap keeps and demotes what the reference does, for a tier and the other eligible questions `more`. */
function expectSameAsReference(published: Candidate[], more: Parameters<typeof build>[0]): void {
  const eligible = [...published, ...build(more, 100)];
  const got = capTypeShare(published, eligible);
  const want = reference(published, eligible);
  expect(got.kept.map((c) => c.question.id)).toEqual(want.kept.map((c) => c.question.id));
  expect(got.demoted.map((c) => c.question.id)).toEqual(want.demoted.map((c) => c.question.id));
}

describe("the type-share cap", () => {
  it("never swaps a multiple choice among the document's names for the open blank of the same name ('____ is effectively an alternate Python interpreter', rated ambiguous blind)", () => {
    const published = build([
      { type: "mcq", facts: ["f0"], prompt: "p0", score: 0.7 },
      { type: "mcq", facts: ["f1"], prompt: "p1", score: 0.7 },
      { type: "mcq", facts: ["f2"], prompt: "p2", score: 0.7 },
      { type: "true_false", facts: ["f3"], prompt: "p3", score: 0.7 },
    ], 0);
    const [nameBlank, otherBlank] = build([
      { type: "cloze", facts: ["f0"], prompt: "p4", score: 0.65 },
      { type: "cloze", facts: ["f1"], prompt: "p5", score: 0.62 },
    ], 10);
    nameBlank.span = { from: 0, to: 1, role: "subject", kind: "name", text: "Nuitka" } as Candidate["span"];
    otherBlank.span = { from: 3, to: 5, role: "object", kind: "phrase", text: "single executables" } as Candidate["span"];
    const { kept } = capTypeShare(published, [...published, nameBlank, otherBlank]);
    expect(kept).not.toContain(nameBlank);
    expect(kept).toContain(otherBlank);
  });


  it("keeps and demotes the same questions as the version that recomputes every step", () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 40 }), fc.array(candidate, { maxLength: 40 }), fc.boolean(), (p, e, distinct) => {
        // a tier's prompts are distinct (the picker sees to it); both kinds are checked
        expectSameAsReference(build(distinct ? p.filter((x, i) => p.findIndex((y) => y.prompt === x.prompt) === i) : p, 0), e);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.array(crowded, { minLength: 4, maxLength: 30 }), fc.array(crowded, { maxLength: 30 }), (p, e) => {
        expectSameAsReference(build(p.filter((x, i) => p.findIndex((y) => y.prompt === x.prompt && y.facts[0] === x.facts[0]) === i), 0), e);
      }),
      { numRuns: 2000 },
    );
  });
});
