// Owns sentence segmentation (sbd) of prose blocks, with offsets into the original source and
// each sentence's in-text citations lifted out. A sentence never spans two blocks, so a question
// never runs list items together.
import sbd from "sbd";
import { scanCitations } from "./citations";
import type { Block } from "./structure/document";

export interface Sentence {
  /** Document order. */
  id: number;
  block: Block;
  /** Position within its block (0 = first). */
  index: number;
  /** The sentence as written (markup removed, citations kept): shown to students as the source. */
  text: string;
  /** The sentence without in-text citations: what the language steps analyse. */
  clean: string;
  /** Offsets of the sentence in the original source text. */
  start: number;
  end: number;
  citations: string[];
  /** "(Sundar Pichai)" after a closing quote names the speaker. */
  attribution?: string;
  /** A timeline line's date label ("March 14:" under a "1998" heading), lifted out of `clean`. */
  datePrefix?: { month: number; day?: number; year?: number; /** the line went on in lower case ("added …") */ lowerStart?: boolean };
}

// Abbreviations that must not end a sentence in technical prose, in addition to sbd's own.
const ABBREVIATIONS = ["n.d", "e.g", "i.e", "etc", "vs", "cf", "approx", "al", "fig", "no", "vol", "pp", "v", "ca", "resp", "incl", "esp"];
/** Longer "sentences" are run-on text or debris, never quiz material, and not worth the tagger's time. */
export const MAX_SENTENCE_CHARS = 600;

/**
 * sbd keeps "… Python and R. It interoperates …" together (it reads "R." as an initial): split
 * after a one-letter word when the next word is a typical sentence opener.
 */
function splitAfterInitial(piece: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of piece.matchAll(/\b[A-Z]\.(\s+)(?=(?:It|Its|This|These|They|Their|The|There|That|He|She|We|In|A|An|But|And|However|So)\b)/g)) {
    const cut = (m.index ?? 0) + 2;
    out.push(piece.slice(last, cut));
    last = cut;
  }
  out.push(piece.slice(last));
  return out;
}

export function splitSentences(blocks: Block[]): Sentence[] {
  const out: Sentence[] = [];
  for (const block of blocks) {
    if (block.kind === "heading" || block.role !== "body" || block.kind === "row") continue;
    const text = block.text.text;
    const pieces = sbd.sentences(text, { preserve_whitespace: true, newline_boundaries: false, abbreviations: ABBREVIATIONS }).flatMap(splitAfterInitial);
    let cursor = 0;
    let index = 0;
    for (const piece of pieces) {
      // sbd with preserve_whitespace returns contiguous pieces; the bounded search keeps us honest if not
      const at = text.slice(cursor, cursor + piece.length + 64).indexOf(piece);
      const from = at >= 0 ? cursor + at : cursor;
      cursor = from + piece.length;
      const lead = piece.length - piece.trimStart().length;
      const sentenceText = piece.trim();
      if (!sentenceText) continue;
      const s = from + lead;
      const range = block.text.sourceRange(s, s + sentenceText.length);
      const scanned = sentenceText.length <= MAX_SENTENCE_CHARS ? scanCitations(sentenceText) : { text: sentenceText, citations: [] as string[] };
      out.push({
        id: out.length,
        block,
        index: index++,
        text: sentenceText,
        clean: scanned.text,
        start: range.start,
        end: range.end,
        citations: scanned.citations,
        ...("attribution" in scanned && scanned.attribution ? { attribution: scanned.attribution } : {}),
      });
    }
  }
  return out;
}
