// Writes a deck as text: Anki's text-import format (tab-separated, with the `#` headers Anki
// reads, HTML fields and a GUID column so a re-import updates notes) and a plain CSV for
// spreadsheets (one question a row; list answers one item a line inside their cell).
import Papa from "papaparse";
import { noteGuid } from "./anki-ids";
import { ankiTag, questionTags } from "./apkg-writer";
import { textToHtml } from "./html";
import type { PortableDeck, PortableQuestion } from "./model";
import { backHtml, frontHtml } from "./question-html";

export const ANKI_TEXT_COLUMNS = ["GUID", "Front", "Back", "Source", "Citation", "Tags"] as const;
export const CSV_COLUMNS = ["id", "type", "prompt", "choices", "answer", "accepted_answers", "explanation", "source", "citation", "topic"] as const;

/** A header value on one line: Anki reads each `#key:value` up to the end of the line. */
const headerValue = (text: string) => text.replace(/[\r\n\t]+/g, " ").trim();

export function writeAnkiText(deck: PortableDeck, questions: PortableQuestion[]): string {
  const headers = [
    "#separator:tab",
    "#html:true",
    "#guid column:1",
    "#notetype:Basic",
    `#deck:${headerValue(deck.title)}`,
    `#tags column:${ANKI_TEXT_COLUMNS.length}`,
    `#columns:${ANKI_TEXT_COLUMNS.join("\t")}`,
  ];
  const rows = questions.map((q) => [
    noteGuid(q.id),
    frontHtml(q),
    backHtml(q),
    textToHtml(q.sourceSentence),
    textToHtml(q.sourceCitation ?? ""),
    questionTags(deck, q).map(ankiTag).join(" "),
  ]);
  return `${headers.join("\n")}\n${Papa.unparse(rows, { delimiter: "\t", newline: "\n", quotes: (value: unknown) => /[\t\n\r"]/.test(String(value)) })}\n`;
}

const lines = (items: string[] | undefined) => (items ?? []).join("\n");

export function writeCsv(questions: PortableQuestion[]): string {
  const rows = questions.map((q) => [
    q.id,
    q.type,
    q.prompt,
    lines(q.choices),
    Array.isArray(q.answer) ? lines(q.answer) : q.answer,
    lines(q.acceptedAnswers),
    q.explanation,
    q.sourceSentence,
    q.sourceCitation ?? "",
    q.topic ?? "",
  ]);
  // A byte-order mark so spreadsheet programs read the file as UTF-8.
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: "\r\n" })}\r\n`;
}
