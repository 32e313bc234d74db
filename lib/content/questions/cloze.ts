// Owns cloze questions: the source sentence (citation removed, a pronoun subject replaced by
// its referent) with the fact's object blanked; the answer must occur nowhere else in it.
import { containsWords } from "../normalise";
import { type Candidate, type GenerationContext, explain, questionId, sourceOf } from "./context";

export const BLANK = "____";

export function clozeQuestions(ctx: GenerationContext): Candidate[] {
  const out: Candidate[] = [];
  for (const ef of ctx.facts) {
    const { fact, grammar } = ef;
    if (fact.reference) continue; // a blanked bibliography entry is a formatting puzzle, not recall
    let text: string;
    let answer: string;
    if (fact.value.kind === "quote") {
      // Blank the speaker, not the quotation.
      text = `${fact.object} — ${BLANK}`;
      answer = fact.subject;
    } else {
      const at = grammar.objectStart;
      const written = fact.value.kind === "date" ? fact.value.text : fact.object;
      if (at < 0 || grammar.cloze.slice(at, at + written.length) !== written) continue;
      if (written.split(/\s+/).length > 7) continue;
      text = grammar.cloze.slice(0, at) + BLANK + grammar.cloze.slice(at + written.length);
      answer = written;
    }
    if (containsWords(text.replace(BLANK, " "), answer)) continue; // the answer would leak
    const id = questionId(ctx.slug, "cloze", [fact]);
    out.push({
      score: 2 + (fact.value.kind === "date" || fact.value.kind === "entity" ? 1 : 0) - (answer.split(/\s+/).length > 4 ? 1 : 0),
      question: {
        id,
        factIds: [fact.id],
        type: "cloze",
        prompt: `Fill in the blank: ${text}`,
        answer,
        ...(fact.objectAliases && fact.value.kind !== "quote" ? { acceptedAnswers: fact.objectAliases } : {}),
        ...(fact.value.kind === "date" && !fact.value.relative ? { answerValue: fact.value } : {}),
        explanation: explain(fact),
        source: sourceOf(fact),
      },
    });
  }
  return out;
}
