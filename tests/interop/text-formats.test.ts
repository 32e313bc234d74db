// Text import and export with tricky fields: tabs, quotes, newlines, HTML and unicode; CSV/TSV
// with a column mapping; Quizlet's export with its separators.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { readDelimited, readQuizlet } from "@/lib/interop/delimited-import";
import { InteropInputError } from "@/lib/interop/model";
import { readImportFile } from "@/lib/interop/read-import";
import { writeAnkiText, writeCsv, ANKI_TEXT_COLUMNS, CSV_COLUMNS } from "@/lib/interop/text-export";
import type { PortableQuestion } from "@/lib/interop/model";
import { DECK, QUESTIONS, comparable } from "./helpers";

const TRICKY: PortableQuestion = {
  id: "q_tricky",
  type: "short_answer",
  prompt: 'Which "framework"\tuses <tensors> & graphs — ÄÖÜ 中文 🚀?',
  answer: "TensorFlow, 'of course'",
  acceptedAnswers: ["TF\t2", 'the "TF"'],
  explanation: "Line one.\nLine two; with a comma, and a tab\there.",
  sourceSentence: "<b>not bold</b> &amp; kept as text",
};

describe("Anki text export", () => {
  const text = writeAnkiText(DECK, [...QUESTIONS, TRICKY]);

  it("starts with the headers Anki reads", () => {
    expect(text.split("\n").slice(0, 7)).toEqual([
      "#separator:tab",
      "#html:true",
      "#guid column:1",
      "#notetype:Basic",
      "#deck:Deep learning frameworks",
      "#tags column:6",
      `#columns:${ANKI_TEXT_COLUMNS.join("\t")}`,
    ]);
  });

  it("has one record of six fields per question, HTML escaped, tabs and quotes quoted", () => {
    const records = Papa.parse<string[]>(text.split("\n").slice(7).join("\n"), { delimiter: "\t", skipEmptyLines: true }).data;
    expect(records).toHaveLength(QUESTIONS.length + 1);
    expect(records.every((r) => r.length === 6)).toBe(true);
    const tricky = records.at(-1)!;
    expect(tricky[1]).toContain("&lt;tensors&gt; &amp; graphs");
    expect(tricky[2]).toContain("Line one.<br>Line two");
    expect(tricky[4]).toBe("");
  });

  it("reads back the tricky question; a tab inside a field reads as a space, as HTML has no tabs", () => {
    const untabbed = JSON.parse(JSON.stringify(comparable(TRICKY)).replace(/\\t/g, " "));
    expect(readDelimited(text, "deck.txt").questions.at(-1)).toMatchObject(untabbed);
  });
});

describe("CSV export", () => {
  it("writes a header, a byte-order mark for spreadsheets, and reads back exactly", () => {
    const csv = writeCsv([...QUESTIONS, TRICKY]);
    expect(csv.startsWith(`\uFEFF${CSV_COLUMNS.join(",")}\r\n`)).toBe(true);
    const back = readDelimited(csv, "deck.csv");
    expect(back.format).toBe("CSV");
    expect(back.questions.map(comparable)).toEqual([...QUESTIONS, TRICKY].map(comparable));
  });
});

describe("CSV/TSV import with a column mapping", () => {
  const sheet = "Notes\tTerm\tDefinition\nfrom chapter 1\tTensorFlow\tGoogle's framework\n\tPyTorch\t\n\tJAX\tAnother one\n";

  it("guesses the question and answer columns from the header", () => {
    const read = readDelimited(sheet, "words.tsv");
    expect(read.table.columns).toEqual(["Notes", "Term", "Definition"]);
    expect(read.table.mapping).toMatchObject({ prompt: 1, answer: 2, explanation: 0 });
    expect(read.questions.map((q) => [q.prompt, q.answer])).toEqual([
      ["TensorFlow", "Google's framework"],
      ["JAX", "Another one"],
    ]);
    expect(read.skipped).toEqual([{ reason: "Rows with an empty question or answer", count: 1, examples: ["PyTorch"] }]);
  });

  it("follows the mapping it is given", () => {
    const read = readDelimited(sheet, "words.tsv", { mapping: { prompt: 2, answer: 1 } });
    expect(read.questions[0]).toMatchObject({ prompt: "Google's framework", answer: "TensorFlow" });
  });

  it("reads a headerless CSV with quoted commas and newlines", () => {
    const read = readDelimited('"Capital of France, the country?",Paris\n"Two\nlines",yes\n', "plain.csv");
    expect(read.table.hasHeader).toBe(false);
    expect(read.questions.map((q) => [q.prompt, q.answer])).toEqual([
      ["Capital of France, the country?", "Paris"],
      ["Two\nlines", "yes"],
    ]);
  });

  it("refuses a mapping that reads the same column twice or a missing column", () => {
    expect(() => readDelimited(sheet, "w.tsv", { mapping: { prompt: 1, answer: 1 } })).toThrow("The question and the answer must come from different columns.");
    expect(() => readDelimited(sheet, "w.tsv", { mapping: { prompt: 1, answer: 7 } })).toThrow("Column 8 does not exist in w.tsv.");
  });

  it("refuses a text file with one column, and a binary file", () => {
    expect(() => readImportFile("list.txt", new TextEncoder().encode("one\ntwo\n"))).toThrow(/one column only/);
    expect(() => readImportFile("x.csv", new Uint8Array([1, 0, 2, 3]))).toThrow(InteropInputError);
  });
});

describe("Quizlet export", () => {
  it("reads term and definition with the default tab and new line", () => {
    const deck = readQuizlet("Hund\tdog\nKatze\tcat\n\nbroken line\n", "german.txt");
    expect(deck.questions.map((q) => [q.type, q.prompt, q.answer])).toEqual([
      ["short_answer", "Hund", "dog"],
      ["short_answer", "Katze", "cat"],
    ]);
    expect(deck.skipped).toEqual([{ reason: "Cards without the separator between term and definition", count: 1, examples: ["broken line"] }]);
  });

  it("reads custom separators, with definitions over several lines", () => {
    const deck = readImportFile("q.txt", new TextEncoder().encode("Hund - dog\nan animal;;Katze - cat;;"), { format: "quizlet", termSeparator: " - ", cardSeparator: ";;" });
    expect(deck.questions.map((q) => [q.prompt, q.answer])).toEqual([
      ["Hund", "dog\nan animal"],
      ["Katze", "cat"],
    ]);
  });

  it("says when the separators match nothing", () => {
    expect(() => readQuizlet("Hund dog\nKatze cat", "q.txt")).toThrow(/check the separators chosen in Quizlet's export/);
  });
});
