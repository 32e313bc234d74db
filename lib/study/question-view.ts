// How a stored question is shown to a student before they answer (no answer inside), and the
// shape answer checking needs.
import { MATCH_SEPARATOR, type QuestionType } from "@/lib/content/question-types";
import type { CheckableQuestion } from "./check-answer";

type QuestionRow = {
  id: string;
  type: string;
  prompt: string;
  choices: unknown;
  answer: unknown;
  acceptedAnswers: unknown;
  answerValue: unknown;
};

export type { QuestionType };

/** What the browser gets to render a question: never the answer. */
export type QuestionView =
  | { type: "mcq"; prompt: string; choices: string[] }
  | { type: "true_false"; prompt: string; choices: ["True", "False"] }
  | { type: "cloze" | "short_answer"; prompt: string }
  | { type: "ordering"; prompt: string; items: string[] }
  | { type: "matching"; prompt: string; left: string[]; options: string[] };

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** A student's answer: a choice or typed text, or a list for ordering and matching. */
export type Response = string | string[] | null;

/** Matching answers are stored as "Left → Right" pairs, in the order of the left items. */
export const pairOf = (left: string, right: string) => `${left}${MATCH_SEPARATOR}${right}`;

export function splitPair(pair: string): [string, string] {
  const at = pair.indexOf(MATCH_SEPARATOR);
  return at < 0 ? [pair, ""] : [pair.slice(0, at), pair.slice(at + MATCH_SEPARATOR.length)];
}

export function questionView(question: QuestionRow): QuestionView {
  const { prompt } = question;
  switch (question.type as QuestionType) {
    case "mcq":
      return { type: "mcq", prompt, choices: strings(question.choices) };
    case "true_false":
      return { type: "true_false", prompt, choices: ["True", "False"] };
    case "ordering":
      return { type: "ordering", prompt, items: strings(question.choices) };
    case "matching":
      return {
        type: "matching",
        prompt,
        left: strings(question.answer).map((pair) => splitPair(pair)[0]),
        options: strings(question.choices),
      };
    default:
      return { type: question.type as "cloze" | "short_answer", prompt };
  }
}

/** What an unanswered card's answer field holds. */
export function emptyResponse(view: QuestionView | undefined): Response {
  if (!view) return null;
  if (view.type === "ordering") return view.items;
  if (view.type === "matching") return view.left.map((left) => pairOf(left, ""));
  if (view.type === "cloze" || view.type === "short_answer") return "";
  return null;
}

export function checkableQuestion(question: QuestionRow): CheckableQuestion {
  return {
    type: question.type as QuestionType,
    answer: question.answer as string | string[],
    acceptedAnswers: question.acceptedAnswers ? strings(question.acceptedAnswers) : undefined,
    choices: question.choices ? strings(question.choices) : undefined,
    answerValue: (question.answerValue ?? undefined) as CheckableQuestion["answerValue"],
  };
}

/** The right answer as a student reads it after answering: one line, or one per item/pair. */
export function answerLines(question: QuestionRow): string[] {
  const answer = question.answer;
  if (question.type === "true_false") return [answer === "true" ? "True" : "False"];
  return Array.isArray(answer) ? answer.map(String) : [String(answer)];
}
