// Owns true/false questions. A false statement is the fact with one part swapped for a
// same-role alternative that no other fact makes true — never a naive "not" inserted. Whenever
// such a swap exists the statement is false: a true one merely restates the source sentence, so
// it is only a fallback (rank.ts keeps it only for a fact that has no other question).
import type { ExtractedFact } from "../facts";
import { type Candidate, type GenerationContext, explain, questionId, sourceOf } from "./context";
import { objectDistractors, subjectSwap } from "./distractors";
import { displayAnswer } from "./phrasing";

interface Corruption {
  statement: string;
  field: "subject" | "object";
  original: string;
  replacement: string;
}

function replaceOnce(text: string, from: string, to: string): string | null {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + from.length) >= 0) return null;
  return text.slice(0, at) + to + text.slice(at + from.length);
}

function corrupt(ctx: GenerationContext, ef: ExtractedFact): Corruption | null {
  const { fact } = ef;
  if (fact.negated) return null; // "X does not have Y" swapped stays unprovable either way
  // Only typed objects (dates, names) are swapped: a swapped free phrase is usually nonsense, not false.
  const [alt] = fact.value.kind === "date" || fact.value.kind === "entity" ? objectDistractors(ctx, ef, 1) : [];
  if (alt) {
    const statement = replaceOnce(fact.statement, fact.object, alt);
    if (statement) return { statement, field: "object", original: displayAnswer(ef), replacement: alt };
  }
  const other = subjectSwap(ctx, ef);
  if (other && fact.statement.startsWith(fact.subject)) {
    return { statement: other + fact.statement.slice(fact.subject.length), field: "subject", original: fact.subject, replacement: other };
  }
  return null;
}

export function trueFalseQuestions(ctx: GenerationContext): Candidate[] {
  const out: Candidate[] = [];
  for (const ef of ctx.facts) {
    const { fact } = ef;
    const bad = corrupt(ctx, ef);
    const id = questionId(ctx.slug, "true_false", [fact]);
    if (bad) {
      out.push({
        score: 3,
        question: {
          id,
          factIds: [fact.id],
          type: "true_false",
          prompt: `True or false: ${bad.statement}`,
          choices: ["true", "false"],
          answer: "false",
          explanation: explain(fact, `False — it is ${bad.original}, not ${bad.replacement}:`),
          source: sourceOf(fact),
          corruption: { field: bad.field, original: bad.original, replacement: bad.replacement },
        },
      });
    } else {
      out.push({
        score: 2,
        question: {
          id,
          factIds: [fact.id],
          type: "true_false",
          prompt: `True or false: ${fact.statement}`,
          choices: ["true", "false"],
          answer: "true",
          explanation: explain(fact, "True:"),
          source: sourceOf(fact),
        },
      });
    }
  }
  return out;
}
