// Owns true/false questions, built only from what the document itself says: a contrast it draws
// (the swapped statement "Dask is written in Scala …" is false per the document, the unswapped one
// true) or a denial it makes ("Ruff supports Python 2" is false where it says "does not support").
// No swap is ever made where the document is silent.
import { isComparative } from "../anaphors";
import { namesItself, renderComparison, renderSide, swapMayHold, type Comparison, type Contrast, type ContrastSide } from "../contrasts";
import { renderNegation, type Negation } from "../negations";
import type { GenerationContext } from "./context";
import { type Candidate, explanationOf, labelKey, questionId, sourceOf, sourceRange } from "./candidate";
import { sentenceKey } from "../sentences";
import type { Statement } from "../statements";

/** One true/false question of a statement `st`: what it shows, its answer and how it is told apart from its siblings. */
function trueFalse(ctx: GenerationContext, st: Statement, q: { statement: string; answer: boolean; lead: string; idExtra: string; builder: string; keyValue: string }): Candidate {
  const answer = q.answer ? "true" : "false";
  const statements = [st];
  const source = sourceRange(statements);
  return {
    question: {
      id: questionId(ctx.slug, "true_false", [sentenceKey(st.analysed.sentence)], answer, q.idExtra),
      factIds: [ctx.factId(st)],
      type: "true_false",
      prompt: `True or false: ${q.statement}`,
      choices: ["true", "false"],
      answer,
      explanation: explanationOf(statements, q.lead),
      source: sourceOf(statements),
    },
    statements,
    builder: q.builder,
    source,
    key: labelKey("true_false", source, `${answer}:${q.keyValue}`),
  };
}

function candidate(ctx: GenerationContext, side: ContrastSide, other: ContrastSide, contrast: Contrast, swapped: boolean): Candidate {
  const rendered = swapped ? renderSide(side, other.name) : renderSide(side);
  // "While TensorFlow has a wider range of features, PyTorch …": wider than the other side
  const against = swapped ? side : other;
  const statement = comparesWithoutThan(side) ? `Compared with ${against.kindOf ?? against.name}, ${side.kindOf ? rendered.charAt(0).toLowerCase() + rendered.slice(1) : rendered.replace(/^(?:The|A|An)\s/, (m) => m.toLowerCase())}` : rendered;
  return trueFalse(ctx, side.st, {
    statement,
    answer: !swapped,
    lead: swapped ? `False — the review says this of ${side.kindOf ?? side.name}, not ${other.kindOf ?? other.name}.` : "True.",
    // the second side's true statement is another question of the same sentence (the first keeps the id it always had)
    idExtra: swapped ? other.name : side === contrast.a ? "" : side.name,
    builder: `contrast-${contrast.kind}-${swapped ? "swap" : "true"}`,
    keyValue: swapped ? other.name : side.name,
  });
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
      if (!swapMayHold(side, other, ctx.entities) && !namesItself(side)) out.push(candidate(ctx, side, other, c, true));
      out.push(candidate(ctx, side, other, c, false));
    }
  }
  return out;
}

/** The statement as the document makes it (true) and turned false: both questions of one fact. */
function trueAndFalse(ctx: GenerationContext, st: Statement, describe: (turnedFalse: boolean) => Omit<Parameters<typeof trueFalse>[2], "answer">): Candidate[] {
  return [false, true].map((turnedFalse) => trueFalse(ctx, st, { ...describe(turnedFalse), answer: !turnedFalse }));
}

/** "Dask is smaller … than Spark" (true) and "Spark is smaller … than Dask" (false). */
export function comparisonCandidates(ctx: GenerationContext, comparisons: Comparison[]): Candidate[] {
  return comparisons.flatMap((c) =>
    trueAndFalse(ctx, c.st, (swapped) => ({
      statement: renderComparison(c, swapped),
      lead: swapped ? `False — the review says this of ${c.name}, compared with ${c.other}.` : "True.",
      idExtra: swapped ? c.other : "",
      builder: `comparison-${swapped ? "swap" : "true"}`,
      keyValue: swapped ? c.other : c.name,
    })),
  );
}

/** "Ruff does not support Python 2" (true) and "Ruff supports Python 2" (false). */
export function negationCandidates(ctx: GenerationContext, negations: Negation[]): Candidate[] {
  return negations.flatMap((n) =>
    trueAndFalse(ctx, n.st, (flipped) => ({
      statement: renderNegation(n, flipped),
      lead: flipped ? "False — the review says the opposite." : "True.",
      idExtra: "denied",
      builder: `negation-${flipped ? "flip" : "true"}`,
      keyValue: "denied",
    })),
  );
}
