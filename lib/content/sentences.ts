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
  /** A trailing clause was cut off (`clean` says less than `text`): never context for the next sentence. */
  trimmed?: boolean;
  /** Ranges of `clean` the generator wrote in place of the writer's words ("Curl's developers" for "we"): never an answer. */
  restated?: Array<[number, number]>;
  /**
   * Others of whom the sentence holds too: "Black, like Ruff's formatter, makes …" (the restatement
   * dropped the company its subject keeps), or a section on a feature a table gives all alike.
   */
  sharedWith?: string;
  /** Who "I" is in this sentence (an interview's answers), when the first person names someone. */
  speaker?: string;
  /** Stated by an apposition of the sentence ("GopherCon is the first major Go conference."), not as written. */
  apposition?: boolean;
  /** A timeline line's date label ("March 14:" under a "1998" heading), lifted out of `clean`. */
  datePrefix?: { month?: number; day?: number; year?: number; /** set by the paragraph's opening "In 2009," (a year only) */ paragraph?: boolean; /** the line went on in lower case ("added …") */ lowerStart?: boolean; /** taken from the line's first sentence */ inherited?: boolean };
}

/** What identifies a sentence's facts and questions: its text, and for an apposition also what it states. */
export function sentenceKey(s: Sentence): string {
  return s.apposition ? `${s.text}\u0000${s.clean}` : s.text;
}

// Abbreviations that must not end a sentence in technical prose, in addition to sbd's own.
const ABBREVIATIONS = ["n.d", "e.g", "i.e", "a.k.a", "etc", "vs", "cf", "approx", "al", "fig", "no", "vol", "pp", "v", "ca", "resp", "incl", "esp"];
/** Longer "sentences" are run-on text or debris, never quiz material, and not worth the tagger's time. */
export const MAX_SENTENCE_CHARS = 600;

/**
 * sbd keeps "… Python and R. It interoperates …" together (it reads "R." as an initial): split
 * after a one-letter word when the next word is a typical sentence opener, or when a preposition
 * no initial follows comes before it ("… an interpreter written in C. Damien Doligez contributed …"). It also keeps an FAQ's
 * opening "Yes." or "No." with the sentence after it, which then reads "Yes. The linter is ____",
 * and a list's closing "etc." with the sentence after it ("… physics, rendering, audio, etc. They
 * are, however, separate systems …").
 */
function splitAfterInitial(piece: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of piece.matchAll(/\b[A-Z]\.(\s+)(?=(?:It|Its|This|These|They|Their|The|There|That|He|She|We|In|A|An|But|And|However|So)\b)|^\s*(?:Yes|No)[.!](\s+)(?=\p{Lu})|(?<=\b(?:in|with|like|than)\s)[A-Z]\.(\s+)(?=\p{Lu})|\betc\.(\s+)(?=(?:It|Its|This|These|They|Their|The|There|That|He|She|We|However|But|So)\b)/gu)) {
    const cut = (m.index ?? 0) + m[0].length - (m[1] ?? m[2] ?? m[3] ?? m[4]).length;
    out.push(piece.slice(last, cut));
    last = cut;
  }
  out.push(piece.slice(last));
  return out;
}

/** Titles and abbreviations a capitalised word before a full stop may be ("Dr. Smith", "Inc. said"). */
const SHORT_LEAD_ABBREVIATIONS = /^(?:dr|mr|mrs|ms|prof|st|jr|sr|inc|ltd|co|corp|no|vol|fig|vs|etc|approx|e\.g|i\.e)$/i;

/**
 * sbd keeps a short opening sentence that ends on a capitalised word with the next one ("Similar
 * to Dask. In 2023, Snowflake …", a list item's "1) Pods. A pod is …"): split it off when it has at
 * most four words and its last word is no abbreviation.
 */
function splitShortLead(piece: string): string[] {
  const m = /^(\s*(?:\d+[.)]\s*)?(?:\S+\s+){0,3}?(\p{Lu}[\p{L}\p{N}-]*)[.!])(\s+)(?=[\p{Lu}\d])/u.exec(piece);
  if (!m || SHORT_LEAD_ABBREVIATIONS.test(m[2]) || m[2].length === 1) return [piece];
  return [piece.slice(0, m[1].length), piece.slice(m[1].length)];
}

/**
 * A full stop, question or exclamation mark followed by a letter or digit inside a word of two or
 * more characters ("history.pushState()", "?pjax=1", "intercooler.js", "GitHub.com") never ends a
 * sentence: sbd sees an "x" there (same length, so offsets hold). "e.g." and "U.S." are left to sbd.
 */
export function maskInnerPunctuation(text: string): string {
  // a fixed-width look-behind (two non-space characters, a space or the start): linear on any input,
  // where a greedy \S{2,} before the mark was quadratic on 100 KB without a space ("[a][a][a]…")
  return text.replace(/(?<=^|\s|\S\S)[.?!](?=[\p{L}\p{N}_=/#])/gu, "x");
}

/**
 * sbd knows "e.g." only as a word of its own: after a bracket or quote ("name (e.g. server, …)")
 * it ends the sentence there. The bracket is seen as a space (same length, so offsets hold).
 */
function maskBracketBeforeAbbreviation(text: string): string {
  return text.replace(/[(\[“"](?=(?:e\.g|i\.e|a\.k\.a|cf|etc|vs|incl|esp|approx)\.)/g, " ");
}

/**
 * sbd also cuts inside inline code and symbols ("The era of the #! began", "history.pushState()
 * function", "appending ?pjax=1 to every request"): a piece that starts in lower case after a piece
 * that does not end with a full stop continues the same sentence. (After a full stop a lower-case
 * start is a name written in lower case: "curl supports …".)
 */
const NEVER_LAST = /(?:^|[\s(\[“"])(?:e\.g|i\.e|a\.k[.x]a|cf|vs|incl|esp|approx)\.\s*$/i;

function mergeContinuations(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    // sbd ends a sentence at an abbreviation a capital follows ("The tool, e.g. Foo, …", "(a.k.a.
    // N-dimensional, ND) arrays"): one that never closes a sentence joins the next piece ("etc."
    // may close one; inner dots may be masked already, "a.kxa.")
    if (prev !== undefined && NEVER_LAST.test(prev)) out[out.length - 1] = prev + piece;
    else if (prev !== undefined && /^\s*\p{Ll}/u.test(piece) && !/\.["”’)]*\s*$/.test(prev)) out[out.length - 1] = prev + piece;
    else out.push(piece);
  }
  return out;
}

export function splitSentences(blocks: Block[]): Sentence[] {
  const out: Sentence[] = [];
  for (const block of blocks) {
    if (block.kind === "heading" || block.role !== "body" || block.kind === "row") continue;
    const text = block.text.text;
    const masked = maskInnerPunctuation(maskBracketBeforeAbbreviation(text));
    const pieces = sbd.sentences(masked, { preserve_whitespace: true, newline_boundaries: false, abbreviations: ABBREVIATIONS }).flatMap(splitAfterInitial).flatMap(splitShortLead);
    const merged = mergeContinuations(pieces);
    let cursor = 0;
    let index = 0;
    for (const piece of merged) {
      // sbd with preserve_whitespace returns contiguous pieces; the bounded search keeps us honest if not
      const at = masked.slice(cursor, cursor + piece.length + 64).indexOf(piece);
      const from = at >= 0 ? cursor + at : cursor;
      cursor = from + piece.length;
      const lead = piece.length - piece.trimStart().length;
      const sentenceText = text.slice(from, from + piece.length).trim();
      if (!sentenceText) continue;
      const s = from + lead;
      const range = block.text.sourceRange(s, s + sentenceText.length);
      const scanned = sentenceText.length <= MAX_SENTENCE_CHARS ? scanCitations(sentenceText) : { text: sentenceText, citations: [] as string[] };
      out.push({
        id: out.length,
        block,
        index: index++,
        text: sentenceText,
        // a list item closed by ";" or "," (the list reads as one sentence) ends as a sentence of its own
        clean: block.kind === "item" ? scanned.text.replace(/\s*[;,]$/, ".") : scanned.text,
        start: range.start,
        end: range.end,
        citations: scanned.citations,
        ...("attribution" in scanned && scanned.attribution ? { attribution: scanned.attribution } : {}),
      });
    }
  }
  return out;
}
