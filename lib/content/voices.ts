// Owns who speaks in the first person. In an interview ("I'm excited to interview @defunkt, …",
// "An interview with Ada Lovelace") the answers — the block quotes — are the interviewee's, so
// their "I", "me" and "my" name that person; everywhere else the first person is the writer,
// unnamed, and a sentence leaning on it yields no fact. A trailing clause in the first person
// ("…, after we had been using it") is cut off when the rest of the sentence stands on its own.
import type { Sentence } from "./sentences";

/** "interview @defunkt", "interview with Chris Wanstrath", "interviewed Ada Lovelace". */
const INTERVIEW = /\binterview(?:ing|ed)?\s+(?:with\s+)?(@[\w-]+|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u;
/** How many opening sentences (and headings) may name the interviewee. */
const OPENING = 6;

/** The interviewee, when the document presents itself as an interview near its start. */
export function interviewee(sentences: Sentence[], headings: string[] = []): string | undefined {
  for (const text of [...headings.slice(0, 2), ...sentences.slice(0, OPENING).map((s) => s.clean)]) {
    const m = INTERVIEW.exec(text);
    if (m) return m[1].replace(/[’']s$/, "");
  }
  return undefined;
}

/** First person the writer never resolves: plural ("we", "our") and reflexive. */
export const UNRESOLVED_FIRST_PERSON = /\b(?:[Ww]e|[Ww]e're|[Ww]e’re|[Ww]e've|[Ww]e’ve|[Ww]e'd|[Ww]e’d|[Uu]s|[Oo]ur|[Oo]urs|[Oo]urselves|[Mm]yself|[Mm]ine)\b|(?:^|[^\p{L}'’])(?:I'd|I’d|I'll|I’ll)(?![\p{L}'’])/u;
const SINGULAR = /(?:^|[^\p{L}'’])(?:I|I'm|I’m|I've|I’ve)(?![\p{L}'’])|\b(?:[Mm]e|[Mm]y)\b/u;

/** Can the first person of this text be read as the speaker's (singular only, nothing the speaker's name cannot stand for)? */
export function speakerCanResolve(own: string): boolean {
  return SINGULAR.test(own) && !UNRESOLVED_FIRST_PERSON.test(own);
}

const TAIL = /,\s+(?:after|because|since|when|while|as|so|though|although|but|until|before|which|where|what|who|whom)\s/g;

/**
 * "The first commit to Pjax was Feb 26, 2011 and it was released publicly in late March 2011,
 * after we had been using it to power GitHub.com for some time." → the sentence up to the comma.
 * Only a trailing subordinate clause that holds the first person is cut, and only when what is
 * left is a sentence of some length.
 */
export function trimFirstPersonTail(clean: string, firstPerson: RegExp): string {
  const m = firstPerson.exec(clean);
  if (!m) return clean;
  let cut = -1;
  for (const t of clean.matchAll(TAIL)) if ((t.index ?? 0) < m.index && (t.index ?? 0) >= 25) cut = t.index ?? -1;
  return cut > 0 ? `${clean.slice(0, cut)}.` : clean;
}
