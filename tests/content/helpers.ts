// Shared fixtures for content tests: the project review, the original seed review, and a way to
// run the pipeline up to facts on a snippet.
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractFacts } from "@/lib/content/facts";
import { parseDocument } from "@/lib/content/parse";
import { splitSentences } from "@/lib/content/sentences";

export const root = path.resolve(__dirname, "../..");
export const reviewPath = path.join(root, "content/reviews/tensorflow-vs-pytorch.md");
export const bankPath = path.join(root, "content/banks/tensorflow-vs-pytorch.json");
export const seedPath = path.resolve(root, "../shared/seed/000_77448f97e77955cc.txt");

export function readReview(): string {
  return readFileSync(reviewPath, "utf8");
}

export function factsOf(text: string) {
  const doc = parseDocument(text);
  return extractFacts(doc, splitSentences(doc.blocks), "test").facts.map((f) => f.fact);
}
