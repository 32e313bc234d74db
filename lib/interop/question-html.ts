// Owns how a Recall question reads as an Anki note, and how Recall reads it back. A question is
// written as ordinary HTML an Anki user can study (the prompt, the choices as a lettered list,
// the answer and explanation on the back); class names on those elements let Recall rebuild the
// exact question from a note it exported, however Anki's editor re-wrapped the markup.
//
// Mapping (see README, "Anki, Quizlet and CSV"):
// - short_answer → Basic note: Front = prompt, Back = answer (+ accepted answers) + explanation.
// - mcq / true_false → Basic note, the choices listed on the Front; Back = the right choice.
// - ordering → Basic note, the items (shuffled) on the Front; Back = the items in order.
// - matching → Basic note, the left items and the options on the Front; Back = the pairs.
// - cloze → Cloze note: "Fill in the blank: … ____ …" becomes "… {{c1::answer}} …".
import { DomUtils, parseDocument } from "htmlparser2";
import type { Element } from "domhandler";
import { MATCH_SEPARATOR } from "@/lib/content/bank-schema";
import { htmlToText, textToHtml } from "./html";
import type { PortableQuestion, QuestionType } from "./model";

export const CLOZE_PROMPT_PREFIX = "Fill in the blank: ";
export const BLANK = "____";

const list = (tag: "ol" | "ul", cls: string, items: string[], extra = "") =>
  `<${tag} class="${cls}"${extra}>${items.map((item) => `<li>${textToHtml(item)}</li>`).join("")}</${tag}>`;

const TRUE_FALSE_LABELS: Record<string, string> = { true: "True", false: "False" };

function leftItems(question: PortableQuestion): string[] {
  return (question.answer as string[]).map((pair) => pair.slice(0, pair.indexOf(MATCH_SEPARATOR)));
}

/** The front of a Basic note: the prompt and, for choice questions, what to choose from. */
export function frontHtml(question: PortableQuestion): string {
  const prompt = `<div class="recall-prompt">${textToHtml(question.prompt)}</div>`;
  let body = "";
  switch (question.type) {
    case "mcq":
      body = list("ol", "recall-choices", question.choices ?? [], ' type="A"');
      break;
    case "true_false":
      body = list("ol", "recall-choices", ["True", "False"], ' type="A"');
      break;
    case "ordering":
      body = list("ul", "recall-choices", question.choices ?? []);
      break;
    case "matching":
      body = list("ol", "recall-left", leftItems(question)) + `<div class="recall-options-label">Options:</div>` + list("ul", "recall-choices", question.choices ?? []);
      break;
  }
  return `<div class="recall-question" data-type="${question.type}">${prompt}${body}</div>`;
}

function answerHtml(question: PortableQuestion): string {
  if (Array.isArray(question.answer)) return list("ol", "recall-answer", question.answer);
  const answer = question.type === "true_false" ? TRUE_FALSE_LABELS[question.answer] ?? question.answer : question.answer;
  return `<div class="recall-answer">${textToHtml(answer)}</div>`;
}

function acceptedHtml(question: PortableQuestion): string {
  const accepted = question.acceptedAnswers ?? [];
  return accepted.length ? `<div class="recall-accepted-label">Also accepted:</div>${list("ul", "recall-accepted", accepted)}` : "";
}

const explanationHtml = (question: PortableQuestion) => `<div class="recall-explanation">${textToHtml(question.explanation)}</div>`;

/** The back of a Basic note: the answer, any accepted alternatives, the explanation. */
export function backHtml(question: PortableQuestion): string {
  return answerHtml(question) + acceptedHtml(question) + explanationHtml(question);
}

/** The Text field of a Cloze note, or null when the prompt has no single blank to turn into one. */
export function clozeText(question: PortableQuestion): string | null {
  if (question.type !== "cloze" || typeof question.answer !== "string") return null;
  const text = question.prompt.startsWith(CLOZE_PROMPT_PREFIX) ? question.prompt.slice(CLOZE_PROMPT_PREFIX.length) : question.prompt;
  const at = text.indexOf(BLANK);
  if (at < 0 || text.indexOf(BLANK, at + 1) >= 0) return null;
  // Cloze syntax cannot carry these inside a deletion; such a question travels as a Basic note.
  if (/::|[{}]/.test(question.answer) || /[{}]/.test(text)) return null;
  return `${textToHtml(text.slice(0, at))}{{c1::${textToHtml(question.answer)}}}${textToHtml(text.slice(at + BLANK.length))}`;
}

/** The Back Extra field of a Cloze note. */
export function clozeExtraHtml(question: PortableQuestion): string {
  return acceptedHtml(question) + explanationHtml(question);
}

// ---- reading back -------------------------------------------------------------------------

const textOf = (el: Element) => htmlToText(DomUtils.getInnerHTML(el)).text;
const byClass = (root: ReturnType<typeof parseDocument>, cls: string) => DomUtils.getElementsByClassName(cls, root, true)[0] as Element | undefined;
const itemsOf = (el: Element | undefined) => (el ? DomUtils.getElementsByTagName("li", el, true).map((li) => textOf(li as Element)).filter(Boolean) : []);

export type StructuredParts = Omit<PortableQuestion, "id" | "sourceSentence" | "sourceCitation" | "topic" | "factKey">;

/** Extras written on the back (accepted answers, explanation), whichever note type carried them. */
export function readBackExtras(backHtml: string): { acceptedAnswers?: string[]; explanation?: string } {
  const back = parseDocument(backHtml);
  const accepted = itemsOf(byClass(back, "recall-accepted"));
  const explanation = byClass(back, "recall-explanation");
  return { acceptedAnswers: accepted.length ? accepted : undefined, explanation: explanation ? textOf(explanation) : undefined };
}

/** Rebuilds a question Recall exported, or null when the note was not written by Recall. */
export function readStructuredQuestion(frontHtmlText: string, backHtmlText: string): StructuredParts | null {
  const front = parseDocument(frontHtmlText);
  const wrapper = byClass(front, "recall-question");
  const type = wrapper?.attribs["data-type"] as QuestionType | undefined;
  const promptEl = byClass(front, "recall-prompt");
  if (!wrapper || !type || !promptEl) return null;
  const back = parseDocument(backHtmlText);
  const answerEl = byClass(back, "recall-answer");
  if (!answerEl) return null;
  const prompt = textOf(promptEl);
  const choices = itemsOf(byClass(front, "recall-choices"));
  const extras = readBackExtras(backHtmlText);
  const explanation = extras.explanation ?? "";
  const base = { prompt, explanation, acceptedAnswers: extras.acceptedAnswers };
  switch (type) {
    case "mcq":
      return { ...base, type, choices, answer: textOf(answerEl) };
    case "true_false":
      return { ...base, type, choices: ["true", "false"], answer: textOf(answerEl).toLowerCase() };
    case "ordering":
      return { ...base, type, choices, answer: itemsOf(answerEl) };
    case "matching":
      return { ...base, type, choices, answer: itemsOf(answerEl) };
    case "cloze":
    case "short_answer":
      return { ...base, type, answer: textOf(answerEl) };
    default:
      return null;
  }
}
