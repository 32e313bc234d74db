// Owns short typed-answer questions: a wh-question about a fact whose answer is short, with
// aliases as accepted answers and dates carried as values so checking can use their precision.
import type { ExtractedFact } from "../facts";
import { keyOf } from "../normalise";
import { type Candidate, type GenerationContext, explain, questionId, sourceOf } from "./context";
import { unambiguousObjectQuestion } from "./ambiguity";
import { displayAnswer } from "./phrasing";

/** Other spellings a student may reasonably type: aliases, and a name without its generic head. */
function accepted(ef: ExtractedFact, answer: string): string[] {
  const out = new Set<string>(ef.fact.objectAliases ?? []);
  if (ef.fact.value.kind === "date" && ef.fact.object !== answer) out.add(ef.fact.object);
  const m = /^(?:the\s+)?(.+?)\s+(?:team|company|lab|group)$/i.exec(ef.fact.object);
  if (m && /^[A-Z]/.test(m[1])) out.add(m[1]);
  out.delete(answer);
  return [...out].sort();
}

export function shortAnswerQuestions(ctx: GenerationContext): Candidate[] {
  const out: Candidate[] = [];
  // A question is ambiguous when another fact about the same subject answers it too.
  const bySubjectRelation = new Map<string, number>();
  for (const ef of ctx.facts) {
    const k = keyOf(ef.fact.subject, ef.fact.relation);
    bySubjectRelation.set(k, (bySubjectRelation.get(k) ?? 0) + 1);
  }
  for (const ef of ctx.facts) {
    const { fact } = ef;
    let prompt: string | null;
    let answer: string;
    if (fact.value.kind === "quote") {
      prompt = `Who said ${fact.object}?`;
      answer = fact.subject;
    } else {
      if ((bySubjectRelation.get(keyOf(fact.subject, fact.relation)) ?? 0) > 1) continue;
      if (fact.object.split(/\s+/).length > 5 || (fact.value.kind === "date" && fact.value.relative)) continue;
      // "What does TensorFlow have?" has many right answers; a preposition pins the question down.
      if (fact.value.kind === "phrase" && !ef.grammar.tail) continue;
      prompt = unambiguousObjectQuestion(ctx, ef);
      answer = displayAnswer(ef);
    }
    if (!prompt) continue;
    const id = questionId(ctx.slug, "short_answer", [fact]);
    const alts = fact.value.kind === "quote" ? [] : accepted(ef, answer);
    out.push({
      score: 2 + (fact.value.kind === "phrase" ? 0 : 1),
      question: {
        id,
        factIds: [fact.id],
        type: "short_answer",
        prompt,
        answer,
        ...(alts.length ? { acceptedAnswers: alts } : {}),
        ...(fact.value.kind === "date" ? { answerValue: fact.value } : {}),
        explanation: explain(fact),
        source: sourceOf(fact),
      },
    });
  }
  return out;
}
