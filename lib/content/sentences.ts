// Owns sentence segmentation (sbd) of prose blocks, with offsets into the original source and
// each sentence's citations lifted out.
import sbd from "sbd";
import { scanCitations } from "./citations";
import type { Block } from "./parse";

export interface Sentence {
  /** The sentence as written (markdown removed, citations kept) — shown to students as the source. */
  text: string;
  /** The sentence with in-text citations removed — what the NLP steps analyse. */
  clean: string;
  /** Offsets of the sentence in the original source text. */
  start: number;
  end: number;
  citations: string[];
  attribution?: string;
  section?: string;
  /** Index of the paragraph the sentence belongs to (pronouns do not cross sections). */
  paragraph: number;
}

// Abbreviations that must not end a sentence in technical prose, in addition to sbd's list.
const ABBREVIATIONS = ["n.d", "e.g", "i.e", "etc", "vs", "cf", "approx", "al", "fig", "no", "vol", "pp"];

export function splitSentences(blocks: Block[]): Sentence[] {
  const out: Sentence[] = [];
  blocks.forEach((block, paragraph) => {
    if (block.kind !== "paragraph") return;
    const text = block.text.text;
    const pieces = sbd.sentences(text, { preserve_whitespace: true, newline_boundaries: false, abbreviations: ABBREVIATIONS });
    let cursor = 0;
    for (const piece of pieces) {
      // sbd with preserve_whitespace returns contiguous pieces; indexOf keeps us honest if not.
      const at = text.indexOf(piece, cursor);
      const from = at >= 0 ? at : cursor;
      cursor = from + piece.length;
      const lead = piece.length - piece.trimStart().length;
      const sentenceText = piece.trim();
      if (!sentenceText) continue;
      const s = from + lead;
      const { text: clean, citations, attribution } = scanCitations(sentenceText);
      out.push({
        text: sentenceText,
        clean,
        start: block.text.sourceOffset(s),
        end: block.text.sourceOffset(s + sentenceText.length - 1) + 1,
        citations,
        attribution,
        section: block.section,
        paragraph,
      });
    }
  });
  return out;
}
