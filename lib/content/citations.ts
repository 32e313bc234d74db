// Owns in-text citations and reference-list entries: "(Abdullahi, 2022)" / "(TensorFlow, n.d.)"
// (and a changelog's "(#6388)") are provenance, not prose, so they are lifted out of sentences before any date or NLP step.
// Citation syntax is a small formal grammar, which is why it is matched with patterns here.
import { findDates, type DateValue } from "./dates";

export interface CitationScan {
  /** The sentence with citations removed (quote attributions kept out too). */
  text: string;
  citations: string[];
  /** "(Sundar Pichai)" right after a closing quote names the speaker, it is not a citation. */
  attribution?: string;
}

const AUTHOR = String.raw`[A-Z][\p{L}.'&-]*(?:\s+(?:[A-Z][\p{L}.'&-]*|et al\.?|and|&))*`;
const YEAR = String.raw`(?:\d{4}[a-z]?|n\.\s?d\.?)`;
const CITATION = new RegExp(
  String.raw`\s*\((${AUTHOR},?\s+${YEAR}(?:,\s*(?:p|pp)\.\s*[\d–-]+)?(?:;\s*${AUTHOR},?\s+${YEAR})*)\)`,
  "gu",
);
/** "(#6388)", "(#12, #13)", "(PR #6388)": a changelog's pointer to its pull request or issue, no prose. */
const ISSUE_REFERENCE = /\s*\((?:(?:PR|pull request|issue|see|fixes|closes)\s+)?#\d+(?:\s*,\s*#\d+)*\)/giu;
const ATTRIBUTION = /([”"])\s*\(([A-Z][\p{L}.'-]*(?:\s+[A-Z][\p{L}.'-]*){0,3})\)/u;

/** "(TensorFlow, n.d)" → "(TensorFlow, n.d.)": one spelling per source so citations group. */
export function normaliseCitation(inner: string): string {
  return `(${inner
    .replace(/\bn\.\s?d\.?/g, "n.d.")
    .replace(/\s+/g, " ")
    .trim()})`;
}

export function scanCitations(sentence: string): CitationScan {
  const citations: string[] = [];
  let text = sentence.replace(CITATION, (_m, inner: string) => {
    for (const part of inner.split(/;\s*/)) citations.push(normaliseCitation(part));
    return "";
  });
  text = text.replace(ISSUE_REFERENCE, "");
  let attribution: string | undefined;
  const att = ATTRIBUTION.exec(text);
  if (att) {
    attribution = att[2];
    text = text.replace(ATTRIBUTION, "$1");
  }
  // a mark the removal left after a space ("built (Smith, 2020) .") closes the sentence; a word that
  // starts with one (".svelte files", ".NET") keeps its space
  text = text.replace(/\s+([.,;:!?])(?=\s|$|["”’)\]])/g, "$1").replace(/\s+/g, " ").trim();
  return { text, citations, attribution };
}

export interface Reference {
  /** The entry as written (cleaned of markdown). */
  text: string;
  /** In-text form this entry is cited by, e.g. "(Abdullahi, 2022)". */
  citation: string;
  author?: string;
  title?: string;
  publication?: string;
  date?: DateValue;
  accessed?: DateValue;
  url?: string;
}

/** "Abdullahi, Aminu" → "Aminu Abdullahi" (Chicago/APA invert the first author). */
function displayName(author: string): string {
  const m = /^([^,]+),\s*([^,]+)$/.exec(author.trim());
  return m ? `${m[2].trim()} ${m[1].trim()}` : author.trim();
}

/** Parses a Chicago/APA-style entry: Author. "Title." Publication, Date. Accessed Date. <URL>. */
export function parseReference(entry: string): Reference | null {
  const text = entry.replace(/\s+/g, " ").trim();
  const url = /<?(https?:\/\/[^\s>]+?)>?\.?(?=\s|$)/.exec(text)?.[1];
  const titleMatch = /[“"]([^”"]+?)[.,]?[”"]/.exec(text);
  if (!titleMatch) return null;
  const title = titleMatch[1].trim();
  const before = text.slice(0, titleMatch.index).replace(/[.\s]+$/, "").trim();
  const after = text.slice(titleMatch.index + titleMatch[0].length).replace(/<?https?:\/\/\S+/g, "").trim();
  const author = before && !/\d/.test(before) ? before : undefined;
  const publication = /^([^.,]+?)\s*[.,]/.exec(after)?.[1]?.trim();
  const accessedText = /Accessed\s+([^.]+)\./i.exec(after);
  const accessed = accessedText ? findDates(accessedText[1])[0] : undefined;
  const published = findDates(after.replace(/Accessed\s+[^.]+\./i, ""))[0];
  const year = published?.iso.slice(0, 4) ?? "n.d.";
  const citedAs = author ? author.split(",")[0].trim() : publication;
  if (!citedAs) return null;
  return {
    text,
    citation: normaliseCitation(`${citedAs}, ${year}`),
    author: author ? displayName(author) : undefined,
    title,
    publication,
    date: published ? stripIndex(published) : undefined,
    accessed: accessed ? stripIndex(accessed) : undefined,
    url,
  };
}

function stripIndex(d: DateValue & { index?: number; length?: number }): DateValue {
  const { index: _i, length: _l, ...rest } = d;
  return rest;
}
