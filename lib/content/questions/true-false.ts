// Owns true/false questions, built only from contrasts the document itself draws: the swapped
// statement ("Dask is written in Scala …") is false per the document, the unswapped one true.
// No swap is ever made where the document is silent.
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

export function trueFalseCandidates(ctx: GenerationContext, contrasts: Contrast[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of contrasts) {
    out.push(candidate(ctx, c.a, c.b, c, true), candidate(ctx, c.b, c.a, c, true));
    out.push(candidate(ctx, c.a, c.b, c, false), candidate(ctx, c.b, c.a, c, false));
  }
  return out;
}
