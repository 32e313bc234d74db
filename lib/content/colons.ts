// Owns sentences that make their point after a colon (or a spaced dash, or a lead-in such as
// "This means that"): "During this change, something became clear: most JSON APIs were stopping
// at Level 2." The clause after the colon is a sentence of its own — analysed, resolved and
// asked on its own — and the part before stays a sentence without it (a lead-in is dropped). A
// colon that introduces a list ("three features: snapshots, mocks and coverage"), a label
// ("Note: …") or a quotation stays inside its sentence.
import type { Analysed } from "./analysis";
import { parseClauses } from "./clauses";
import { tokenizeAll } from "./tokens";

const MIN_HEAD_WORDS = 4;
const MIN_TAIL_WORDS = 5;
/** "This means that …", "That shows …": a lead-in pointing back at the sentence before. */
const LEAD_IN = /^(?:This|That) (?:means|meant|implies|implied|shows|showed) (?:that )?(?=\S)/;
/** ", and we are …": where a sentence about something else turns to its writers. */
const WRITERS_AFTER = /,\s+(?:and|so)\s+(?=we\s)/;
const SUBORDINATORS = /^(?:not|while|whereas|although|though|because|since|as|if|when|unless|until|after|before|once|so|but|and|or)$/;
/** A date that opens the tail before its clause: "…was coordinated: on June 17, 2015, all four browsers released …". */
const DATED_OPENER = /^(?:[Oo]n|[Ii]n|[Bb]y) (?:(?:early|mid|late) )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:\d{1,2}(?:st|nd|rd|th)?, )?\d{4}, /;

/** Where `clean` splits: the index of its one colon (or spaced dash) outside brackets and quotes, followed by a space. */
export function colonAt(clean: string): number | undefined {
  let depth = 0;
  let quoted = false;
  let found: number | undefined;
  for (let i = 0; i < clean.length; i++) {
    const ch = clean[i];
    if (ch === "(" || ch === "[" || ch === "“") depth++;
    else if ((ch === ")" || ch === "]" || ch === "”") && depth > 0) depth--;
    else if (ch === '"') quoted = !quoted;
    // a spaced dash works as a colon: "TypeScript has its benefits - static type checking can be …"
    else if ((ch === ":" || (/[-–—]/.test(ch) && clean[i - 1] === " ")) && depth === 0 && !quoted && clean[i + 1] === " ") {
      if (found !== undefined) return undefined;
      found = i;
    }
  }
  if (found === undefined) return undefined;
  const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
  if (words(clean.slice(0, found)) < MIN_HEAD_WORDS || words(clean.slice(found + 1)) < MIN_TAIL_WORDS) return undefined;
  // a quotation after the colon is someone's words, kept with whoever says them
  if (/^\s*["“]/.test(clean.slice(found + 1))) return undefined;
  return found;
}

/**
 * Each sentence (that passed screening, or failed it only for its first person) whose colon is
 * followed by a clause, as two: the head with a full stop and the tail, capitalised, each tagged
 * anew. `rescreen` screens a part as the whole was screened (first person, advice …). Sentences
 * that stay whole are returned as they are.
 */
export function splitAtColons(analysed: Analysed[], rescreen: (clean: string, a: Analysed) => Analysed["skip"]): Analysed[] {
  // a first-person sentence is split too: "Today, we can answer that question: Go is everywhere …"
  // states its fact after the colon, and "The go command did not exist: we ran 6g …" before it
  const candidates = analysed.filter((a) => (!a.skip || a.skip === "first-person") && a.tokens.length > 0).flatMap((a) => {
    const at = colonAt(a.sentence.clean);
    // "This means React uses a real programming language …": what it means is the fact; the
    // lead-in only points back, so there is no head to keep
    const lead = at === undefined ? LEAD_IN.exec(a.sentence.clean) : null;
    // "… had its first git commit on February 5th 2016, and we are therefore enthusiastic to
    // announce …": the writers' own clause after ", and we" goes; the fact before it stays
    const ours = at === undefined && !lead && a.skip === "first-person" ? WRITERS_AFTER.exec(a.sentence.clean) : null;
    if (ours) return [{ a, head: `${a.sentence.clean.slice(0, ours.index)}.`, tail: a.sentence.clean.slice(ours.index + ours[0].length) }];
    if (at === undefined && !lead) return [];
    const head = lead ? undefined : `${a.sentence.clean.slice(0, at).trimEnd()}.`;
    const rest = lead ? a.sentence.clean.slice(lead[0].length) : a.sentence.clean.slice(at! + 1).trim();
    return [{ a, head, tail: rest.charAt(0).toUpperCase() + rest.slice(1) }];
  });
  if (candidates.length === 0) return analysed;
  const tagged = tokenizeAll(candidates.flatMap((c) => [c.head ?? "", c.tail]));
  const parts = new Map<Analysed, Analysed[]>();
  candidates.forEach(({ a, head, tail }, i) => {
    const tailTokens = tagged[2 * i + 1];
    // the tail must open with its own clause: a subject, then a finite verb before any comma (not
    // an adverbial or a subordinate clause: "while Graphite …, Prometheus …" needs the head)
    const clause = parseClauses(tailTokens).find((c) => !c.dependent && c.subject[1] > c.subject[0]);
    // (a date may come first: its words, up to its comma, are the clause's leading adverbial)
    const dated = DATED_OPENER.exec(tail)?.[0].trim().split(/\s+/).length ?? 0;
    const first = tailTokens[dated];
    if (!clause || clause.subject[0] > dated + 1 || !first || first.tags.has("Preposition") || SUBORDINATORS.test(first.lower)) return;
    if (tailTokens.slice(dated, clause.verb[0]).some((t) => t.post.includes(","))) return;
    const part = (clean: string, tokens: Analysed["tokens"]): Analysed => {
      const sentence = { ...a.sentence, clean };
      const skip = rescreen(clean, a);
      return { sentence, tokens, clauses: [], ...(skip ? { skip } : {}) };
    };
    parts.set(a, head === undefined ? [part(tail, tailTokens)] : [part(head, tagged[2 * i]), part(tail, tailTokens)]);
  });
  return analysed.flatMap((a) => parts.get(a) ?? [a]);
}
