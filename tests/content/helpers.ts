// Shared fixtures for content tests: the project review, the original seed review and the
// evaluation corpus (read from ../shared, never copied into the repository).
import { readFileSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(__dirname, "../..");
export const reviewPath = path.join(root, "content/reviews/tensorflow-vs-pytorch.md");
export const bankPath = path.join(root, "content/banks/tensorflow-vs-pytorch.json");
export const seedPath = path.resolve(root, "../shared/seed/000_77448f97e77955cc.txt");
export const corpusDir = path.resolve(root, "../shared/eval-corpus");

export function readReview(): string {
  return readFileSync(reviewPath, "utf8");
}
