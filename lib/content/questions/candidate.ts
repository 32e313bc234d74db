// Owns what every question builder shares: the candidate shape (a question plus the statement,
// span and features it came from), stable ids and the provenance shown with each question.
import type { BankQuestion, QuestionType } from "../bank-schema";
import { stableId } from "../ids";
import { normaliseAnswer, normaliseText } from "../normalise";
import type { Span } from "../spans";
import type { Statement } from "../statements";

export interface Candidate {
  question: BankQuestion;
  /** Statements the question draws on (the first is its own). */
  statements: Statement[];
  span?: Span;
  /** How the question was built ("cloze", "definition", "contrast-swap" …): a ranker feature. */
  builder: string;
  /** Source offsets of the sentence(s) the question tests. */
  source: { start: number; end: number };
  /** Label key: survives rewording of the prompt (document + source span + type + answer). */
  key: string;
  features?: Record<string, number>;
  score?: number;
  /**
   * The opening that scopes a prompt to the names it lists ("Which of Dask and Spark"): it names
   * the answer among the choices, so it is no giveaway and is left out when the prompt is checked
   * for one (features.ts).
   */
  scope?: string;
}

/** Whether the question asks when its event happened (the builders of questions/dates.ts), whatever the date's span. */
export function asksWhen(c: Candidate): boolean {
  return c.builder === "date-mcq" || c.builder === "date-year";
}

/** Stable question id: deck slug, type, the sentence(s) as written and the answer — never position or time. */
export function questionId(slug: string, type: QuestionType, sentences: string[], answer: string | string[], variant = ""): string {
  const answerKey = Array.isArray(answer) ? answer.map(normaliseAnswer).join("|") : normaliseAnswer(answer);
  return stableId("q", slug, type, ...sentences.map(normaliseText), answerKey, variant);
}

export function labelKey(type: QuestionType, source: { start: number; end: number }, answer: string | string[]): string {
  const a = Array.isArray(answer) ? answer.map(normaliseAnswer).join("|") : normaliseAnswer(answer);
  return `${type}@${source.start}-${source.end}=${a}`;
}

export function sourceOf(statements: Statement[]): BankQuestion["source"] {
  const sentences = statements.map((s) => s.analysed.sentence);
  const citations = [...new Set(sentences.flatMap((s) => s.citations))];
  return { sentence: sentences.map((s) => s.text).join(" "), ...(citations.length ? { citation: citations.join("; ") } : {}) };
}

export function sourceRange(statements: Statement[]): { start: number; end: number } {
  const sentences = statements.flatMap((s) => [s.analysed.sentence, ...[s.resolution.context, s.resolution.contextBefore].filter((c) => !!c).map((c) => c!.sentence)]);
  return { start: Math.min(...sentences.map((s) => s.start)), end: Math.max(...sentences.map((s) => s.end)) };
}

/** The explanation shown after answering: the source sentence and its citation. */
export function explanationOf(statements: Statement[], lead = ""): string {
  const src = sourceOf(statements);
  const body = `The review says: “${src.sentence}”${src.citation ? ` ${src.citation}` : ""}`;
  return lead ? `${lead} ${body}` : body;
}
