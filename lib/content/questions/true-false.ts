// Owns true/false questions, built only from what the document itself says: a contrast it draws
// (the swapped statement "Dask is written in Scala …" is false per the document, the unswapped one
// true) or a denial it makes ("Ruff supports Python 2" is false where it says "does not support").
// No swap is ever made where the document is silent.
import { isComparative } from "../anaphors";
import { renderComparison, renderSide, type Comparison, type Contrast, type ContrastSide } from "../contrasts";
import { renderNegation, type Negation } from "../negations";
import type { GenerationContext } from "./context";
import { type Candidate, explanationOf, labelKey, questionId, sourceOf, sourceRange } from "./candidate";
import { sentenceKey } from "../sentences";

function candidate(ctx: GenerationContext, side: ContrastSide, other: ContrastSide, contrast: Contrast, swapped: boolean): Candidate {
  const rendered = swapped ? renderSide(side, other.name) : renderSide(side);
  // "While TensorFlow has a wider range of features, PyTorch …": wider than the other side
  const against = swapped ? side : other;
  const statement = comparesWithoutThan(side) ? `Compared with ${against.kindOf ?? against.name}, ${side.kindOf ? rendered.charAt(0).toLowerCase() + rendered.slice(1) : rendered.replace(/^(?:The|A|An)\s/, (m) => m.toLowerCase())}` : rendered;
  const answer = swapped ? "false" : "true";
  const statements = [side.st];
  const source = sourceRange(statements);
  const lead = swapped ? `False — the review says this of ${side.kindOf ?? side.name}, not ${other.kindOf ?? other.name}.` : "True.";
  return {
    question: {
      // the second side's true statement is another question of the same sentence (the first keeps the id it always had)
      id: questionId(ctx.slug, "true_false", [sentenceKey(side.st.analysed.sentence)], answer, swapped ? other.name : side === contrast.a ? "" : side.name),
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

/**
 * "AngularJS …, while Vue is a more flexible, modular solution": said of one side alone, "more
 * flexible" has lost what it is measured against ("AngularJS is a more flexible solution" is
 * neither true nor false by itself), so the statement names it ("Compared with AngularJS, …").
 */
function comparesWithoutThan(s: ContrastSide): boolean {
  const { tokens } = s.st.analysed;
  const [from, to] = [s.clause.subject[0], s.clause.complement[1]];
  if (tokens.slice(from, to).some((t) => t.lower === "than")) return false;
  for (let i = from; i < to; i++) if (isComparative(tokens, i)) return true;
  return false;
}

export function trueFalseCandidates(ctx: GenerationContext, contrasts: Contrast[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of contrasts) {
    // each side's predicate is asked of its own name (true) and of the other's (false)
    for (const [side, other] of [[c.a, c.b], [c.b, c.a]] as const) {
      out.push(candidate(ctx, side, other, c, true), candidate(ctx, side, other, c, false));
    }
  }
  return out;
}

/** "Dask is smaller … than Spark" (true) and "Spark is smaller … than Dask" (false). */
export function comparisonCandidates(ctx: GenerationContext, comparisons: Comparison[]): Candidate[] {
  return comparisons.flatMap((c) =>
    [false, true].map((swapped): Candidate => {
      const answer = swapped ? "false" : "true";
      const statements = [c.st];
      const source = sourceRange(statements);
      const lead = swapped ? `False — the review says this of ${c.name}, compared with ${c.other}.` : "True.";
      return {
        question: {
          id: questionId(ctx.slug, "true_false", [sentenceKey(c.st.analysed.sentence)], answer, swapped ? c.other : ""),
          factIds: [ctx.factId(c.st)],
          type: "true_false",
          prompt: `True or false: ${renderComparison(c, swapped)}`,
          choices: ["true", "false"],
          answer,
          explanation: explanationOf(statements, lead),
          source: sourceOf(statements),
        },
        statements,
        builder: `comparison-${swapped ? "swap" : "true"}`,
        source,
        key: labelKey("true_false", source, `${answer}:${swapped ? c.other : c.name}`),
      };
    }),
  );
}

/** "Ruff does not support Python 2" (true) and "Ruff supports Python 2" (false). */
export function negationCandidates(ctx: GenerationContext, negations: Negation[]): Candidate[] {
  return negations.flatMap((n) =>
    [false, true].map((flipped): Candidate => {
      const answer = flipped ? "false" : "true";
      const statements = [n.st];
      const source = sourceRange(statements);
      return {
        question: {
          id: questionId(ctx.slug, "true_false", [sentenceKey(n.st.analysed.sentence)], answer, "denied"),
          factIds: [ctx.factId(n.st)],
          type: "true_false",
          prompt: `True or false: ${renderNegation(n, flipped)}`,
          choices: ["true", "false"],
          answer,
          explanation: explanationOf(statements, flipped ? "False — the review says the opposite." : "True."),
          source: sourceOf(statements),
        },
        statements,
        builder: `negation-${flipped ? "flip" : "true"}`,
        source,
        key: labelKey("true_false", source, `${answer}:denied`),
      };
    }),
  );
}
