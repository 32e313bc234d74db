// Owns the pipeline end to end: text → parsed document → sentences → facts → candidate
// questions → ranked bank with its deck metadata. Pure: no I/O, no clock, no randomness.
import type { Bank, BankFact } from "./bank-schema";
import { extractFacts } from "./facts";
import { parseDocument, type ParsedDocument } from "./parse";
import { clozeQuestions } from "./questions/cloze";
import { buildIndex, type GenerationContext } from "./questions/context";
import { matchingQuestions } from "./questions/matching";
import { mcqQuestions } from "./questions/mcq";
import { orderingQuestions } from "./questions/ordering";
import { shortAnswerQuestions } from "./questions/short-answer";
import { trueFalseQuestions } from "./questions/true-false";
import { rankQuestions } from "./rank";
import { splitSentences } from "./sentences";

export interface GenerateOptions {
  /** Deck slug; defaults to the file name, then the first heading. */
  slug?: string;
  /** File name the text came from (only its base name is used). */
  fileName?: string;
  /** Told as each stage of the pipeline starts (e.g. to show progress). */
  onProgress?: (stage: GenerationStage) => void;
}

export type GenerationStage = "parse" | "sentences" | "facts" | "questions" | "rank";

export function slugify(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\.[a-z0-9]+$/, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

function deckOf(doc: ParsedDocument, options: GenerateOptions): Bank["deck"] {
  const base = options.fileName?.split(/[\\/]/).pop();
  const title = doc.title ?? (base ? base.replace(/\.[^.]+$/, "") : "Untitled review");
  const slug = slugify(options.slug ?? doc.frontMatter.slug ?? base ?? title) || "deck";
  // Source: explicit front matter, else "Author, “Title” (course)" from a header block, else the title.
  const header = doc.header.map((l) => l.split(/\s+/).filter((w) => !/@/.test(w)).join(" ")).filter(Boolean);
  const author = header[0];
  const source =
    doc.frontMatter.source ??
    (author ? `${author}, “${title}”${header[1] ? ` (${header[1]})` : ""}` : title);
  return { slug, title, source };
}

export function generateBank(text: string, options: GenerateOptions = {}): Bank {
  options.onProgress?.("parse");
  const doc = parseDocument(text);
  const deck = deckOf(doc, options);
  options.onProgress?.("sentences");
  const sentences = splitSentences(doc.blocks);
  options.onProgress?.("facts");
  const { facts, entities } = extractFacts(doc, sentences, deck.slug);
  const ctx: GenerationContext = { slug: deck.slug, facts, entities, index: buildIndex(facts, entities) };
  options.onProgress?.("questions");
  const candidates = [
    ...mcqQuestions(ctx),
    ...shortAnswerQuestions(ctx),
    ...clozeQuestions(ctx),
    ...trueFalseQuestions(ctx),
    ...orderingQuestions(ctx),
    ...matchingQuestions(ctx),
  ];
  options.onProgress?.("rank");
  const questions = rankQuestions(
    candidates,
    facts.map((f) => f.fact.id),
  );
  // A fact no question survived for is not part of the deck.
  const used = new Set(questions.flatMap((q) => q.factIds));
  const bankFacts: BankFact[] = facts.filter((f) => used.has(f.fact.id)).map((f) => ({ ...f.fact }));
  return { deck, facts: bankFacts, questions };
}
