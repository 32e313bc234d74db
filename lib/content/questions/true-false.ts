// Owns true/false questions, built only from contrasts the document itself draws: the swapped
// statement ("Dask is written in Scala …") is false per the document, the unswapped one true.
// No swap is ever made where the document is silent.
import { isComparative } from "../anaphors";
import { renderSide, type Contrast, type ContrastSide } from "../contrasts";
import type { GenerationContext } from "./context";
import { type Candidate, explanationOf, labelKey, questionId, sourceOf, sourceRange } from "./candidate";
import { sentenceKey } from "../sentences";

function candidate(ctx: GenerationContext, side: ContrastSide, other: ContrastSide, contrast: Contrast, swapped: boolean): Candidate {
  const statement = swapped ? renderSide(side, other.name) : renderSide(side);
  const answer = swapped ? "false" : "true";
  const statements = [side.st];
  const source = sourceRange(statements);
  const lead = swapped ? `False — the review says this of ${side.name}, not ${other.name}.` : "True.";
  return {
    question: {
      id: questionId(ctx.slug, "true_false", [sentenceKey(side.st.analysed.sentence)], answer, swapped ? other.name : ""),
      factIds: [ctx.factId(side.st)],
      type: "true_false",
      prompt: `True or false: ${statement}`,
      choices: ["true", "false"],
      answer,
      explanation: explanationOf(statements, lead),
      source: sourceOf(statements),
    },
    statements,
    builder: `contrast-${contrast.kind}-${swapped ? "swap" : "true"}`,
    source,
    key: labelKey("true_false", source, `${answer}:${swapped ? other.name : side.name}`),
  };
}

const MAX_COMPARATIVE_PREDICATE = 6;

/**
 * "AngularJS …, while Vue is a more flexible, modular solution": said of one side alone, "more
 * flexible" has lost what it is measured against ("AngularJS is a more flexible solution" is
 * neither true nor false by itself).
 */
function comparesWithoutThan(s: ContrastSide): boolean {
  const { tokens } = s.st.analysed;
  const [from, to] = [s.clause.subject[0], s.clause.complement[1]];
  // a longer predicate says more than the comparison ("is higher level, providing good high level optimizations …")
  if (s.clause.complement[1] - s.clause.complement[0] > MAX_COMPARATIVE_PREDICATE) return false;
  if (tokens.slice(from, to).some((t) => t.lower === "than")) return false;
  for (let i = from; i < to; i++) if (isComparative(tokens, i)) return true;
  return false;
}

export function trueFalseCandidates(ctx: GenerationContext, contrasts: Contrast[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of contrasts) {
    // each side's predicate is asked of its own name (true) and of the other's (false)
    for (const [side, other] of [[c.a, c.b], [c.b, c.a]] as const) {
      if (comparesWithoutThan(side)) continue;
      out.push(candidate(ctx, side, other, c, true), candidate(ctx, side, other, c, false));
    }
  }
  return out;
}
