// Reads what the evaluation, training and labelling commands share: the corpus documents of a
// folder, their committed labels and key-fact lists, and each document's scored candidates.
import { generateWithTrace, type GenerationTrace, type KeyFactFile, type LabelFile } from "../lib/content/index";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(__dirname, "..");
export const defaultCorpus = path.resolve(root, "../shared/eval-corpus");
/** The original seed review (not our restatement): evaluated with the corpus, its facts listed like theirs. */
export const seedReview = path.resolve(root, "../shared/seed/000_77448f97e77955cc.txt");
/** More real reviews, committed with their licences (see its SOURCES.md): evaluated and trained on with the corpus. */
export const moreDocuments = path.join(root, "tests/content/eval/documents");
/** Reviews kept out of training (see its SOURCES.md): evaluated only, what the generator does on writing it has not learnt from. */
export const heldOutDocuments = path.join(root, "tests/content/eval/held-out");

export function isHeldOut(file: string): boolean {
  return path.dirname(path.resolve(file)) === heldOutDocuments;
}
export const labelDir = path.join(root, "tests/content/eval/labels");
export const keyFactDir = path.join(root, "tests/content/eval/key-facts");

export interface EvalDocument {
  file: string;
  name: string;
  text: string;
  trace: GenerationTrace;
  labels: LabelFile;
  keyFacts?: KeyFactFile;
}

/** The corpus documents, the original seed review when it is there, and the committed reviews (held out last). */
export function defaultDocuments(): string[] {
  return [...documentFiles(defaultCorpus), ...(existsSync(seedReview) ? [seedReview] : []), ...documentFiles(moreDocuments), ...documentFiles(heldOutDocuments)];
}

export function documentFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(?:md|txt|rst)$/i.test(f) && !/^(?:SOURCES|README|LICENSE)/i.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

const base = (file: string) => path.basename(file).replace(/\.[^.]+$/, "");

export function labelPath(file: string): string {
  return path.join(labelDir, `${base(file)}.json`);
}

export function readLabels(file: string): LabelFile {
  const p = labelPath(file);
  return existsSync(p) ? (JSON.parse(readFileSync(p, "utf8")) as LabelFile) : { document: path.basename(file), labels: [] };
}

export function writeLabels(file: string, labels: LabelFile): void {
  const sorted = { document: labels.document, labels: [...labels.labels].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.prompt < b.prompt ? -1 : 1)) };
  writeFileSync(labelPath(file), `${JSON.stringify(sorted, null, 1)}\n`);
}

export function readKeyFacts(file: string): KeyFactFile | undefined {
  const p = path.join(keyFactDir, `${base(file)}.json`);
  return existsSync(p) ? (JSON.parse(readFileSync(p, "utf8")) as KeyFactFile) : undefined;
}

export function loadDocument(file: string): EvalDocument {
  const text = readFileSync(file, "utf8");
  return { file, name: path.basename(file), text, trace: generateWithTrace(text, { fileName: path.basename(file) }), labels: readLabels(file), keyFacts: readKeyFacts(file) };
}
