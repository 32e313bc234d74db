// Reads spreadsheet-style files: CSV and TSV (with a column-mapping step: which column is the
// question, the answer, …), Anki's own text format (its `#` headers name the separator, the
// columns and whether fields are HTML), Recall's CSV export (typed questions come back whole),
// and Quizlet's export text (term and definition per card, with its separators).
import Papa from "papaparse";
import { QUESTION_TYPES } from "@/lib/content/bank-schema";
import { htmlToText, tidyText } from "./html";
import { MAX_IMPORT_NOTES } from "./limits";
import { InteropInputError, SkipTally, type ImportedDeck, type PortableQuestion, type QuestionType } from "./model";
import { readStructuredQuestion } from "./question-html";

export const MAPPABLE_FIELDS = ["prompt", "answer", "explanation", "type", "choices", "acceptedAnswers", "source", "citation", "topic"] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];
/** Which column (0-based) holds each field; prompt and answer are required. */
export type ColumnMapping = Partial<Record<MappableField, number>>;

export type DelimitedOptions = { delimiter?: string; hasHeader?: boolean; mapping?: ColumnMapping };

export type TableInfo = { columns: string[]; mapping: ColumnMapping; delimiter: string; hasHeader: boolean; sampleRows: string[][] };

const HEADER_NAMES: Record<MappableField, RegExp> = {
  prompt: /^(prompt|question|front|term|q|word|text)$/i,
  answer: /^(answer|back|definition|a|meaning|translation)$/i,
  explanation: /^(explanation|notes?|extra|back extra|comment)$/i,
  type: /^(type|question type)$/i,
  choices: /^(choices|options)$/i,
  acceptedAnswers: /^(accepted[ _]answers|accepted|aliases)$/i,
  source: /^(source|source sentence)$/i,
  citation: /^(citation|reference)$/i,
  topic: /^(topic|tags?|subject)$/i,
};

type AnkiTextHeaders = { separator?: string; html?: boolean; columns?: string[]; tagsColumn?: number; deck?: string; guidColumn?: number };

const SEPARATOR_NAMES: Record<string, string> = { tab: "\t", comma: ",", semicolon: ";", pipe: "|", space: " ", colon: ":" };

/** Anki's `#key:value` lines at the top of a text export. */
function splitAnkiHeaders(text: string): { headers: AnkiTextHeaders; body: string } {
  const headers: AnkiTextHeaders = {};
  let rest = text;
  for (;;) {
    const match = /^#([a-z ]+):(.*)(?:\r?\n|$)/i.exec(rest);
    if (!match) break;
    const key = match[1].trim().toLowerCase();
    const value = match[2].replace(/\r$/, "");
    if (key === "separator") headers.separator = SEPARATOR_NAMES[value.trim().toLowerCase()] ?? value;
    else if (key === "html") headers.html = value.trim().toLowerCase() === "true";
    else if (key === "columns") headers.columns = value.split(headers.separator ?? "\t").map((c) => c.trim());
    else if (key === "tags column") headers.tagsColumn = Number(value) - 1;
    else if (key === "guid column") headers.guidColumn = Number(value) - 1;
    else if (key === "deck") headers.deck = value.trim();
    rest = rest.slice(match[0].length);
  }
  return { headers, body: rest };
}

function guessDelimiter(body: string, fileName: string): string {
  if (/\.csv$/i.test(fileName)) return ",";
  const firstLines = body.split(/\r?\n/, 5).join("\n");
  const count = (c: string) => firstLines.split(c).length - 1;
  if (count("\t") > 0) return "\t";
  return count(";") > count(",") ? ";" : ",";
}

function guessMapping(columns: string[], hasHeader: boolean): ColumnMapping {
  const mapping: ColumnMapping = {};
  if (hasHeader) {
    for (const field of MAPPABLE_FIELDS) {
      const index = columns.findIndex((name) => HEADER_NAMES[field].test(name.trim()));
      if (index >= 0 && !Object.values(mapping).includes(index)) mapping[field] = index;
    }
  }
  if (mapping.prompt === undefined && columns.length >= 1) mapping.prompt = [0, 1].find((i) => !Object.values(mapping).includes(i));
  if (mapping.answer === undefined && columns.length >= 2) mapping.answer = [1, 0].find((i) => i !== mapping.prompt && !Object.values(mapping).includes(i));
  return mapping;
}

const looksLikeHeader = (row: string[]) => row.some((cell) => Object.values(HEADER_NAMES).some((re) => re.test(cell.trim())));

const trimLines = (cell: string) => cell.replace(/\r\n?/g, "\n").split("\n").map((line) => line.trim()).join("\n").trim();

const cellLines = (cell: string) => cell.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);

export type DelimitedResult = ImportedDeck & { table: TableInfo };

export function readDelimited(rawText: string, fileName: string, options: DelimitedOptions = {}): DelimitedResult {
  const text = rawText.replace(/^\uFEFF/, "");
  if (!text.trim()) throw new InteropInputError(`${fileName} is empty.`);
  const { headers, body } = splitAnkiHeaders(text);
  const isAnkiText = headers.separator !== undefined || headers.html !== undefined || headers.columns !== undefined;
  const delimiter = options.delimiter || headers.separator || guessDelimiter(body, fileName);
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: "greedy", quoteChar: '"' });
  let rows = parsed.data.filter((row) => row.some((cell) => cell.trim() !== ""));
  if (rows.length === 0) throw new InteropInputError(`${fileName} has no rows to import.`);
  const width = Math.max(...rows.map((row) => row.length));
  if (width < 2 && !headers.columns) {
    throw new InteropInputError(`${fileName} has one column only: Recall needs a question and an answer on each row (tab, comma or semicolon between them).`);
  }
  const hasHeader = options.hasHeader ?? (!headers.columns && looksLikeHeader(rows[0]));
  const columns = headers.columns ?? (hasHeader ? rows[0].map((c, i) => c.trim() || `Column ${i + 1}`) : Array.from({ length: width }, (_, i) => `Column ${i + 1}`));
  if (hasHeader) rows = rows.slice(1);
  if (rows.length > MAX_IMPORT_NOTES) throw new InteropInputError(`${fileName} has ${rows.length.toLocaleString("en")} rows; Recall imports at most ${MAX_IMPORT_NOTES.toLocaleString("en")} at a time.`);
  const mapping = options.mapping ?? guessMapping(columns, hasHeader || !!headers.columns);
  if (mapping.prompt === undefined || mapping.answer === undefined) throw new InteropInputError("Choose which column holds the question and which holds the answer.");
  if (mapping.prompt === mapping.answer) throw new InteropInputError("The question and the answer must come from different columns.");
  for (const index of Object.values(mapping)) {
    if (index !== undefined && (index < 0 || index >= columns.length)) throw new InteropInputError(`Column ${index + 1} does not exist in ${fileName}.`);
  }

  const html = headers.html === true;
  const cell = (row: string[], field: MappableField) => (mapping[field] === undefined ? "" : row[mapping[field]!] ?? "");
  // HTML has no tabs or runs of spaces; plain cells keep their inner whitespace as written.
  const plain = (value: string) => (html ? htmlToText(value).text : trimLines(value));
  const skips = new SkipTally();
  const questions: PortableQuestion[] = [];
  for (const [index, row] of rows.entries()) {
    const rawPrompt = cell(row, "prompt");
    const rawAnswer = cell(row, "answer");
    const source = plain(cell(row, "source"));
    const citation = plain(cell(row, "citation"));
    const topic = plain(cell(row, "topic")).split(/\s+/).find((t) => t.startsWith("topic::"))?.slice(7).replace(/_/g, " ") ?? (isAnkiText ? undefined : plain(cell(row, "topic")) || undefined);
    const common = { id: `row-${index + 1}`, sourceCitation: citation || undefined, topic };
    const structured = html ? readStructuredQuestion(rawPrompt, rawAnswer) : null;
    if (structured) {
      questions.push({ ...structured, ...common, explanation: structured.explanation || plain(rawAnswer), sourceSentence: source || structured.prompt });
      continue;
    }
    const prompt = plain(rawPrompt);
    const explanation = plain(cell(row, "explanation"));
    const typeCell = cell(row, "type").trim().toLowerCase();
    const type = (typeCell || "short_answer") as QuestionType;
    if (!(QUESTION_TYPES as readonly string[]).includes(type)) {
      skips.add(`Rows with a question type Recall does not have (${QUESTION_TYPES.join(", ")})`, typeCell);
      continue;
    }
    const listAnswer = type === "ordering" || type === "matching";
    const answer = listAnswer ? cellLines(rawAnswer) : plain(rawAnswer);
    if (!prompt || answer.length === 0) {
      skips.add("Rows with an empty question or answer", prompt || (Array.isArray(answer) ? answer.join(" ") : answer));
      continue;
    }
    const choices = cellLines(cell(row, "choices"));
    const accepted = cellLines(cell(row, "acceptedAnswers"));
    const answerText = Array.isArray(answer) ? answer.join("\n") : answer;
    questions.push({
      ...common,
      type,
      prompt,
      answer: type === "true_false" ? answerText.toLowerCase() : answer,
      ...(choices.length ? { choices: type === "true_false" ? choices.map((c) => c.toLowerCase()) : choices } : type === "true_false" ? { choices: ["true", "false"] } : {}),
      ...(accepted.length ? { acceptedAnswers: accepted } : {}),
      explanation: explanation || answerText,
      sourceSentence: source || `${prompt} — ${answerText}`,
    });
  }
  if (questions.length === 0) {
    const reasons = skips.notices().map((s) => s.reason);
    throw new InteropInputError(`None of the ${rows.length} rows in ${fileName} can become questions${reasons.length ? `: ${reasons.join("; ")}` : ""}.`);
  }
  return {
    title: headers.deck?.split("::").at(-1)?.trim() || fileName.replace(/\.[a-z0-9]+$/i, ""),
    format: isAnkiText ? "Anki text" : delimiter === "\t" ? "TSV" : "CSV",
    notes: rows.length,
    questions,
    skipped: skips.notices(),
    table: { columns, mapping, delimiter, hasHeader, sampleRows: rows.slice(0, 5).map((row) => columns.map((_, i) => (html ? htmlToText(row[i] ?? "").text : row[i] ?? "").slice(0, 200))) },
  };
}

export type QuizletOptions = { termSeparator?: string; cardSeparator?: string };

const QUIZLET_SEPARATORS: Record<string, string> = { tab: "\t", comma: ",", newline: "\n", semicolon: ";" };
export const quizletSeparator = (value: string | undefined, fallback: string) => (value ? QUIZLET_SEPARATORS[value] ?? value : fallback);

/** Quizlet's "Export" text: a term and its definition per card, with the separators chosen there. */
export function readQuizlet(rawText: string, fileName: string, options: QuizletOptions = {}): ImportedDeck {
  const text = rawText.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const termSeparator = quizletSeparator(options.termSeparator, "\t");
  const cardSeparator = quizletSeparator(options.cardSeparator, "\n");
  if (termSeparator === cardSeparator) throw new InteropInputError("The separator between term and definition must differ from the one between cards.");
  const cards = text.split(cardSeparator).filter((card) => card.trim());
  if (cards.length === 0) throw new InteropInputError(`${fileName} is empty.`);
  if (cards.length > MAX_IMPORT_NOTES) throw new InteropInputError(`${fileName} has ${cards.length.toLocaleString("en")} cards; Recall imports at most ${MAX_IMPORT_NOTES.toLocaleString("en")} at a time.`);
  const skips = new SkipTally();
  const questions: PortableQuestion[] = [];
  for (const [index, card] of cards.entries()) {
    const at = card.indexOf(termSeparator);
    const term = at < 0 ? "" : tidyText(card.slice(0, at));
    const definition = at < 0 ? "" : tidyText(card.slice(at + termSeparator.length));
    if (!term || !definition) {
      skips.add(at < 0 ? "Cards without the separator between term and definition" : "Cards with an empty term or definition", card.trim());
      continue;
    }
    questions.push({ id: `card-${index + 1}`, type: "short_answer", prompt: term, answer: definition, explanation: definition, sourceSentence: `${term} — ${definition}` });
  }
  if (questions.length === 0) {
    throw new InteropInputError(`None of the ${cards.length} cards in ${fileName} has a term and a definition: check the separators chosen in Quizlet's export.`);
  }
  return { title: fileName.replace(/\.[a-z0-9]+$/i, ""), format: "Quizlet export", notes: cards.length, questions, skipped: skips.notices() };
}
