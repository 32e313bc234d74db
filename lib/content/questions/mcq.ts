// Owns multiple-choice questions: a wh-question (or a statement to complete) about a fact's
// object, the right answer plus 2–3 same-role distractors, in a seeded order.
import { seededShuffle } from "../ids";
import { type Candidate, type GenerationContext, explain, questionId, sourceOf } from "./context";
import { objectDistractors } from "./distractors";
import { completionPrompt, displayAnswer, objectQuestion } from "./phrasing";

export function mcqQuestions(ctx: GenerationContext): Candidate[] {
  const out: Candidate[] = [];
  for (const ef of ctx.facts) {
    const { fact } = ef;
    if (fact.negated || fact.value.kind === "quote" || fact.value.kind === "number") continue;
    if (fact.object.split(/\s+/).length > 8) continue;
    const distractors = objectDistractors(ctx, ef, 3);
    if (distractors.length < 2) continue;
    const answer = displayAnswer(ef);
    const wh = objectQuestion(ef);
    const prompt = wh ?? `Which option completes the statement? “${completionPrompt(ef)}”`;
    const id = questionId(ctx.slug, "mcq", [fact]);
    out.push({
      score: 2 + (wh ? 1 : 0) + (fact.value.kind === "date" || fact.value.kind === "entity" ? 1 : 0),
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
