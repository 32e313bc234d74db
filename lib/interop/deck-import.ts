// The database side of importing: reads the file with the pure readers (nothing is written
// while previewing), then stores it as the importer's draft deck through the same path as a
// deck generated from a review (lib/decks), so it opens in the deck editor and publishes alike.
import "server-only";
import { createDraftDeckWithFreshSlug } from "@/lib/decks/deck-editor";
import { readImportFile, type ImportOptions, type ReadImport } from "./read-import";
import { bankFromImport } from "./to-bank";
import { InteropInputError, answerText, type SkipNotice } from "./model";

export type ImportPreview = {
  title: string;
  format: string;
  notes: number;
  questions: number;
  byType: Record<string, number>;
  sample: { type: string; prompt: string; answer: string }[];
  skipped: SkipNotice[];
  table?: ReadImport["table"];
};

export type ImportSummary = { title: string; slug: string; deckId: string; notes: number; questions: number; skipped: SkipNotice[] };

function preparedBank(read: ReadImport, slug: string, title: string, fileName: string) {
  const prepared = bankFromImport(read, { slug, title, source: `Imported from ${fileName} (${read.format})` });
  if (prepared.bank.questions.length === 0) {
    throw new InteropInputError(`None of the ${read.questions.length} questions read from ${fileName} is well formed: ${prepared.skipped.map((s) => s.reason).join("; ")}.`);
  }
  return prepared;
}

/** Reads the file and says what an import would create, writing nothing. */
export function previewImport(fileName: string, bytes: Uint8Array, options: ImportOptions = {}): ImportPreview {
  const read = readImportFile(fileName, bytes, options);
  // Validate exactly as the import will, so the counts in the preview are the import's.
  const { bank, skipped } = preparedBank(read, "preview", read.title, fileName);
  const byType: Record<string, number> = {};
  for (const q of bank.questions) byType[q.type] = (byType[q.type] ?? 0) + 1;
  return {
    title: read.title,
    format: read.format,
    notes: read.notes,
    questions: bank.questions.length,
    byType,
    sample: bank.questions.slice(0, 5).map((q) => ({ type: q.type, prompt: q.prompt, answer: answerText(q.answer) })),
    skipped: [...read.skipped, ...skipped],
    table: read.table,
  };
}

/** Imports the file as a new draft deck owned by `ownerId`. A bad file throws InteropInputError before anything is written. */
export async function importDeckFile(ownerId: string, fileName: string, bytes: Uint8Array, options: ImportOptions & { title?: string } = {}): Promise<ImportSummary> {
  const read = readImportFile(fileName, bytes, options);
  const title = options.title?.trim() || read.title;
  let skipped: SkipNotice[] = [];
  let questions = 0;
  const { deckId, slug } = await createDraftDeckWithFreshSlug(ownerId, title, (slug) => {
    const prepared = preparedBank(read, slug, title, fileName);
    skipped = prepared.skipped;
    questions = prepared.bank.questions.length;
    return prepared.bank;
  });
  return { title, slug, deckId, notes: read.notes, questions, skipped: [...read.skipped, ...skipped] };
}
