// Owns the pipeline end to end: text → structure → sentences → analysis → statements (references
// resolved) → candidate questions → scores → a published and a suggested tier, with the deck's
// metadata and facts. Pure and deterministic: no I/O, no clock, no randomness.
import { analyseSentences } from "./analysis";
import type { Bank, BankFact } from "./bank-schema";
import { publicationYear } from "./deixis";
import { buildCandidates } from "./questions/build";
import { oddOneBankFact, oddOneCandidates, tableBankFact, tableCandidates } from "./questions/tables";
import { buildContext, type GenerationContext } from "./questions/context";
import { scoreCandidates } from "./scoring";
import { selectTiers } from "./select";
import { splitSentences } from "./sentences";
import { buildStatements, renderTokens, type Statement } from "./statements";
import { spanText } from "./tokens";
import { structureDocument, type StructuredDocument } from "./structure/document";
import { tableFacts, tableOddOnes, tableSharedFeatures } from "./tables";
import type { Candidate } from "./questions/candidate";
import type { Ranker } from "./ranker";

export interface GenerateOptions {
  /** Deck slug; defaults to the file name, then the first heading. */
  slug?: string;
  /** File name the text came from (only its base name is used). */
  fileName?: string;
  /** The ranker to score with (the evaluation's leave-one-document-out models); defaults to the shipped one. */
  ranker?: Ranker;
  /** Told as each stage of the pipeline starts (e.g. to show progress). */
  onProgress?: (stage: GenerationStage) => void;
}

export type GenerationStage = "structure" | "sentences" | "analysis" | "statements" | "questions" | "rank";

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

function deckOf(doc: StructuredDocument, options: GenerateOptions): Bank["deck"] {
  const base = options.fileName?.split(/[\\/]/).pop();
  // without a title of its own, the file's name says what it is: "01-prometheus-vs-alternatives.md" → "Prometheus vs alternatives"
  const named = base?.replace(/\.[^.]+$/, "").replace(/^\d+[-_.\s]+/, "").replace(/[-_]+/g, " ").trim();
  const title = doc.title ?? (named ? named.charAt(0).toUpperCase() + named.slice(1) : "Untitled review");
  const slug = slugify(options.slug ?? doc.frontMatter.slug ?? base ?? title) || "deck";
  // Source: explicit front matter, else "Author, “Title” (course)" from a header block, else the title.
  const header = doc.header.map((l) => l.split(/\s+/).filter((w) => !/@/.test(w)).join(" ")).filter(Boolean);
  const author = header[0];
  const source = doc.frontMatter.source ?? (author ? `${author}, “${title}”${header[1] ? ` (${header[1]})` : ""}` : title);
  return { slug, title, source };
}

function factOf(ctx: GenerationContext, st: Statement): BankFact {
  const { tokens, main, sentence } = st.analysed;
  const subject = main ? renderTokens(st, { range: [Math.max(st.from, main.subject[0]), main.subject[1]] }) : "";
  const predicate = main ? spanText(sentence.clean, tokens, main.verb[0], main.verb[1]) : "";
  const object = main && main.complement[1] > main.complement[0] ? spanText(sentence.clean, tokens, main.complement[0], main.complement[1]) : "";
  return {
    id: ctx.factId(st),
    subject: subject || sentence.clean,
    predicate: predicate || "states",
    object: object || sentence.clean,
    sentence: sentence.text,
    ...(sentence.citations.length ? { citation: sentence.citations.join("; ") } : {}),
    statement: renderTokens(st),
    ...(sentence.block.headingPath.length ? { section: sentence.block.headingPath.join(" › ") } : {}),
    span: { start: sentence.start, end: sentence.end },
  };
}

/** Everything the generator considered, scored: the evaluation command and the ranker's training read this. */
export interface GenerationTrace {
  bank: Bank;
  candidates: Candidate[];
}

export function generateWithTrace(text: string, options: GenerateOptions = {}): GenerationTrace {
  options.onProgress?.("structure");
  const doc = structureDocument(text);
  const deck = deckOf(doc, options);
  options.onProgress?.("sentences");
  const sentences = splitSentences(doc.blocks);
  options.onProgress?.("analysis");
  const { analysed, entities, project } = analyseSentences(sentences, doc.blocks.filter((b) => b.kind === "heading").map((b) => b.text.text), { title: doc.title, year: publicationYear(doc.frontMatter, options.fileName, doc.title) });
  // a section whose heading is a row of a feature matrix that gives every thing alike says of one what holds of all
  const shared = tableSharedFeatures(doc.blocks);
  if (shared.size) for (const a of analysed) {
    const things = shared.get(a.sentence.block.headingPath.at(-1)?.toLowerCase() ?? "");
    if (things) a.sentence = { ...a.sentence, sharedWith: things };
  }
  options.onProgress?.("statements");
  const { statements, resolutions } = buildStatements(analysed, entities, project);
  options.onProgress?.("questions");
  const opening = doc.blocks.find((b) => b.kind === "paragraph" && b.role === "body");
  // the deck's title is what every card shows above its prompt: what it gives away is no question
  const ctx = buildContext(deck.slug, statements, resolutions, entities, analysed.filter((a) => a.sentence.block === opening), project, deck.title);
  const tables = tableFacts(doc.blocks);
  const oddOnes = tableOddOnes(doc.blocks);
  const built = [...buildCandidates(ctx), ...tableCandidates(deck.slug, tables), ...oddOneCandidates(deck.slug, oddOnes)];
  options.onProgress?.("rank");
  const candidates = scoreCandidates(ctx, built, options.ranker);
  const chosen = selectTiers(candidates);
  const used = new Set(chosen.flatMap((c) => c.question.factIds));
  const tableBankFacts = [...tables.map((t) => tableBankFact(deck.slug, t)), ...oddOnes.map((o) => oddOneBankFact(deck.slug, o))];
  const facts = [...statements.filter((st) => used.has(ctx.factId(st))).map((st) => factOf(ctx, st)), ...tableBankFacts.filter((f) => used.has(f.id))];
  const uniqueFacts = [...new Map(facts.map((f) => [f.id, f])).values()];
  return { bank: { deck, facts: uniqueFacts, questions: chosen.map((c) => c.question) }, candidates };
}

export function generateBank(text: string, options: GenerateOptions = {}): Bank {
  return generateWithTrace(text, options).bank;
}
