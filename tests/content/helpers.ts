// Shared fixtures for content tests: the project review, the original seed review and the
// evaluation corpus (read from ../shared, never copied into the repository), and the pipeline up
// to statements for a snippet.
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyseSentences } from "@/lib/content/analysis";
import { publicationYear } from "@/lib/content/deixis";
import { splitSentences } from "@/lib/content/sentences";
import { buildStatements, renderStatement } from "@/lib/content/statements";
import { structureDocument } from "@/lib/content/structure/document";

export const root = path.resolve(__dirname, "../..");
export const reviewPath = path.join(root, "content/reviews/tensorflow-vs-pytorch.md");
export const bankPath = path.join(root, "content/banks/tensorflow-vs-pytorch.json");
export const seedPath = path.resolve(root, "../shared/seed/000_77448f97e77955cc.txt");
export const corpusDir = path.resolve(root, "../shared/eval-corpus");

export function readReview(): string {
  return readFileSync(reviewPath, "utf8");
}

/** Each sentence of `text` as the standalone statement the generator would use, or null when it yields none. */
/** Each sentence and the statement the generator makes of it, read as generateBank reads the document. */
export function statementsOf(text: string, fileName?: string): Array<{ sentence: string; statement: string | null; kind: string }> {
  const { blocks, title, frontMatter } = structureDocument(text);
  const { analysed, entities, project } = analyseSentences(splitSentences(blocks), blocks.filter((b) => b.kind === "heading").map((b) => b.text.text), { title, year: publicationYear(frontMatter, fileName, title) });
  const { statements, resolutions } = buildStatements(analysed, entities, project);
  return analysed.map((a) => {
    const st = statements.find((s) => s.analysed === a);
    return { sentence: a.sentence.text, statement: st ? renderStatement(st, {}, resolutions) : null, kind: resolutions.get(a)?.kind ?? "none" };
  });
}
