// Owns multiple-choice questions: a wh-question (or a statement to complete) about a fact's
// object — or "Who said …?" about a quotation — with the right answer plus 2–3 same-role
// distractors, in a seeded order. Questions another fact would also answer are not asked.
import { seededShuffle } from "../ids";
import { type Candidate, type GenerationContext, explain, questionId, sourceOf } from "./context";
import { unambiguousObjectQuestion } from "./ambiguity";
import { objectDistractors, speakerDistractors } from "./distractors";
import { completionPrompt, displayAnswer, objectQuestion } from "./phrasing";

export function mcqQuestions(ctx: GenerationContext): Candidate[] {
  const out: Candidate[] = [];
  for (const ef of ctx.facts) {
    const { fact } = ef;
    if (fact.negated || fact.value.kind === "number") continue;
    let prompt: string;
    let answer: string;
    let distractors: string[];
    let score: number;
    if (fact.value.kind === "quote") {
      // "Who said …?" — the other people the review names are the honest alternatives.
      distractors = speakerDistractors(ctx, ef, 3);
      prompt = `Who said ${fact.object}?`;
      answer = fact.subject;
      score = 4;
    } else {
      if (fact.object.split(/\s+/).length > 8) continue;
      distractors = objectDistractors(ctx, ef, 3);
      answer = displayAnswer(ef);
      // A question another fact also answers is not rescued by a completion prompt: drop it.
      const plain = objectQuestion(ef);
      const wh = plain ? unambiguousObjectQuestion(ctx, ef) : null;
      if (plain && !wh) continue;
      prompt = wh ?? `Which option completes the statement? “${completionPrompt(ef)}”`;
      score = 2 + (wh ? 1 : 0) + (fact.value.kind === "date" || fact.value.kind === "entity" ? 1 : 0);
    }
    if (distractors.length < 2) continue;
    const id = questionId(ctx.slug, "mcq", [fact]);
    out.push({
      score,
      question: {
        id,
        factIds: [fact.id],
        type: "mcq",
        prompt,
        choices: seededShuffle([answer, ...distractors], id),
        answer,
        explanation: explain(fact),
        source: sourceOf(fact),
      },
    });
  }
  return out;
}
