// Owns cloze questions: a standalone statement (references resolved, context shown when needed)
// with one whole constituent blanked. The answer must not appear elsewhere in the prompt.
import { formatDate } from "../dates";
import { containsWords } from "../normalise";
import type { Span } from "../spans";
import { BLANK, renderStatement, type Statement } from "../statements";
import type { GenerationContext } from "./context";
import { type Candidate, explanationOf, labelKey, questionId, sourceOf, sourceRange } from "./candidate";
import { sentenceKey } from "../sentences";

export function clozeCandidate(ctx: GenerationContext, st: Statement, span: Span): Candidate | null {
  const prompt = renderStatement(st, { blank: [span.from, span.to] }, ctx.resolutions);
  if (!prompt.includes(BLANK)) return null;
  const answer = span.text;
  if (containsWords(prompt.replace(BLANK, " "), answer)) return null; // the answer would leak
  if (ctx.hasRival(st, span)) return null; // another statement fills the same blank differently
  const sentences = [sentenceKey(st.analysed.sentence)];
  const source = sourceRange([st]);
  const date = span.kind === "date" && span.date && !span.date.relative ? span.date : undefined;
  const accepted = date && formatDate(date) !== answer ? [formatDate(date)] : [];
  return {
    question: {
      id: questionId(ctx.slug, "cloze", sentences, answer),
      factIds: [ctx.factId(st)],
      type: "cloze",
      prompt: `Fill in the blank: ${prompt}`,
      answer,
      ...(accepted.length ? { acceptedAnswers: accepted } : {}),
      ...(date ? { answerValue: { kind: "date" as const, iso: date.iso, precision: date.precision, text: date.text } } : {}),
      explanation: explanationOf([st]),
      source: sourceOf([st]),
    },
    statements: [st],
    span,
    builder: "cloze",
    source,
    key: labelKey("cloze", source, answer),
  };
}
