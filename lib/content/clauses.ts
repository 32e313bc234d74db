// Owns clause structure: splitting a tagged sentence into clauses ("X did A, but it can B")
// and finding each clause's subject, verb group and complement from compromise's tags.
import { isAdverbish, isAux, isNounish, isVerb, type Token } from "./tokens";

export interface Clause {
  /** Token index ranges [from, to) into the sentence's token list. */
  subject: [number, number];
  verb: [number, number];
  complement: [number, number];
  /** A leading adverbial such as "Later in October 2019," that scopes the clause. */
  leading?: [number, number];
  /** The word that introduced the clause ("because", "but", "while"), if any. */
  connective?: string;
  /** Relative ("which …") and conditional ("if …") clauses state no standalone fact. */
  dependent: boolean;
}

const CLAUSE_WORDS = new Set(["because", "while", "whereas", "although", "though", "but", "and", "however", "then", "so", "yet", "since", "as", "if", "unless", "when", "which", "who", "that"]);
const DEPENDENT = new Set(["which", "who", "that", "if", "unless", "as"]);
const SUBORDINATE_START = new Set(["while", "whereas", "although", "though", "because", "since", "if", "unless", "when", "as", "once"]);
const DISCOURSE = new Set(["furthermore", "finally", "generally", "however", "moreover", "also", "thus", "then", "so", "but", "and", "yet", "additionally", "instead", "overall", "still", "meanwhile", "similarly", "consequently", "therefore", "indeed"]);

/** Whether the word at i is a finite verb: a verb, not a gerund or a "to" infinitive, not a noun before a relative pronoun. */
export function isFiniteAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!isVerb(t)) return false;
  // "built-in", "well-known": the first part of a hyphenated compound
  if (t.post === "-") return false;
  // "models that can be used": a word followed by a relative pronoun is a noun, whatever its tag,
  // unless a pronoun is its subject ("it also means that …")
  if (!isAux(t) && /^(?:that|which|who)$/.test(tokens[i + 1]?.lower ?? "") && /s$/.test(t.lower) && !afterPronoun(tokens, i)) return false;
  if (t.tags.has("Gerund") && !(i > 0 && isAux(tokens[i - 1]))) return false;
  if (t.tags.has("Infinitive") && i > 0 && tokens[i - 1].lower === "to") return false;
  return true;
}

/** Is the word at i preceded by a subject pronoun, adverbs aside ("it also means")? */
function afterPronoun(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isAdverbish(tokens[k]) && !isNounish(tokens[k])) k--;
  return k >= 0 && /^(?:it|this|that|he|she)$/.test(tokens[k].lower);
}

function isNounPhraseWord(t: Token): boolean {
  if (t.tags.has("Pronoun")) return false;
  return isNounish(t) || t.tags.has("Determiner") || t.tags.has("Adjective") || t.tags.has("Possessive") || t.lower === "of" || t.lower === "and";
}

/** Does a clause (optional adverbs, a short noun phrase or one pronoun, a finite verb) start at j? */
function startsClause(tokens: Token[], j: number, end: number): boolean {
  let k = j;
  while (k < end && isAdverbish(tokens[k]) && !isNounish(tokens[k])) k++;
  if (k < end && tokens[k].tags.has("Pronoun") && !tokens[k].tags.has("Possessive")) return k + 1 < end && isFiniteAt(tokens, k + 1);
  const npStart = k;
  while (k < end && k - npStart < 7 && !isFiniteAt(tokens, k) && isNounPhraseWord(tokens[k]) && !/[,;]/.test(tokens[k].post)) k++;
  if (k === npStart || k >= end) return false;
  if (!tokens.slice(npStart, k).some(isNounish)) return false;
  if (tokens[k - 1].lower === "of") return false; // "ease of use": a verb after "of" is a noun
  return isFiniteAt(tokens, k);
}

/** Has the text [from, i) got a finite verb after its last comma (so it is a clause of its own)? */
function hasOwnVerb(tokens: Token[], from: number, i: number): boolean {
  let start = from;
  for (let k = from; k < i - 1; k++) if (tokens[k].post.includes(",")) start = k + 1;
  return finiteBetween(tokens, start, i);
}

/** Is there a finite verb among the words [from, to)? */
export function finiteBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) if (isFiniteAt(tokens, k)) return true;
  return false;
}

interface Segment {
  from: number;
  to: number;
  connective?: string;
}

function segment(tokens: Token[]): Segment[] {
  const segments: Segment[] = [];
  let from = 0;
  let connective: string | undefined;
  const n = tokens.length;
  let inQuote = false;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    // Never split inside a quotation: its words belong to the quote, not to the sentence's clauses.
    if (/[“"]/.test(t.pre)) inQuote = true;
    if (inQuote) {
      if (/[”"]/.test(t.post)) inQuote = false;
      continue;
    }
    if (i > from && CLAUSE_WORDS.has(t.lower) && !(t.lower === "as" && tokens[i - 1].lower === "such")) {
      const relative =
        (t.lower === "which" || t.lower === "who") && (tokens[i - 1].post.includes(",") || (i + 1 < n && isFiniteAt(tokens, i + 1)));
      // "because of", "such as", "as well" are not clause openers
      const quoteNext = /[“"]/.test(tokens[i + 1]?.pre ?? "");
      const opens = !quoteNext && (relative || (tokens[i + 1]?.lower !== "of" && startsClause(tokens, i + 1, n)));
      if (opens && hasOwnVerb(tokens, from, i)) {
        segments.push({ from, to: i, connective });
        from = i;
        connective = t.lower;
        continue;
      }
    }
    // "While X has Y, Z …": a leading subordinate clause ends at its first comma after a verb.
    if (SUBORDINATE_START.has(tokens[from].lower) && t.post.includes(",") && i + 1 < n) {
      if (tokens.slice(from, i + 1).some((_, k) => isFiniteAt(tokens, from + k)) && startsClause(tokens, i + 1, n)) {
        segments.push({ from, to: i + 1, connective: tokens[from].lower });
        from = i + 1;
        connective = undefined;
        continue;
      }
    }
    // "A is used to X, B is used to Y": comma-joined clauses
    if (t.post.includes(",") && i + 1 < n && !SUBORDINATE_START.has(tokens[from].lower) && hasOwnVerb(tokens, from, i + 1) && startsClause(tokens, i + 1, n)) {
      segments.push({ from, to: i + 1, connective });
      from = i + 1;
      connective = undefined;
      continue;
    }
    if (/[;]/.test(t.post) && i + 1 < n) {
      segments.push({ from, to: i + 1, connective });
      from = i + 1;
      connective = undefined;
    }
  }
  if (from < n) segments.push({ from, to: n, connective });
  // the first word of a segment that starts with a subordinator is its connective
  for (const s of segments) if (!s.connective && SUBORDINATE_START.has(tokens[s.from].lower)) s.connective = tokens[s.from].lower;
  return segments;
}

/** Words that open a phrase before the clause ("Over time,", "Soon after that,", "Nevertheless,", "Due to …,") whatever the tagger made of them. */
const LEADING_WORDS = new Set(["due", "thanks", "according", "later", "earlier", "instead", "despite", "unlike", "like", "today", "nowadays", "over", "after", "before", "during", "until", "following", "throughout", "within", "soon", "nevertheless", "nonetheless", "even", "yes", "no", "meanwhile", "eventually", "initially", "originally", "ultimately"]);
const TIME_DETERMINERS = new Set(["that", "this", "last", "next", "each", "every", "some", "one"]);
const TIME_WORDS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|day|days|week|weeks|month|months|year|years|decade|decades|time|times|later|earlier|ago|morning|evening|night|way)$/;

/** Up to the first comma, a time word and no finite verb: "That June,", "Some time later,". */
function timeBeforeComma(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 4; k++) {
    if (isFiniteAt(tokens, k)) return false;
    if (TIME_WORDS.test(tokens[k].lower)) return verblessToComma(tokens, from, to, false);
  }
  return false;
}

/** No finite verb before the first comma, and (with `clauseAfter`) a clause after it. */
function verblessToComma(tokens: Token[], from: number, to: number, clauseAfter = true): boolean {
  for (let k = from; k < to; k++) {
    if (isFiniteAt(tokens, k)) return false;
    if (tokens[k].post.includes(",")) return k + 1 < to && (!clauseAfter || startsClause(tokens, k + 1, to));
  }
  return false;
}

function parseSegment(tokens: Token[], seg: Segment): Clause | null {
  let start = seg.from;
  let connective = seg.connective;
  // "Since early 2000, PEAR has grown …": a subordinator without a verb before its comma opens a
  // phrase, not a clause; the clause after it is the sentence's own
  if (connective && SUBORDINATE_START.has(connective) && tokens[start]?.lower === connective && verblessToComma(tokens, start + 1, seg.to)) connective = undefined;
  // drop the connective itself and discourse markers ("Furthermore,", "Finally,")
  if (connective && tokens[start]?.lower === connective) start++;
  while (start < seg.to && (DISCOURSE.has(tokens[start].lower) || (isAdverbish(tokens[start]) && tokens[start].post.includes(",")))) start++;
  let leading: [number, number] | undefined;
  // Leading adverbials end at a comma before the first finite verb: "Later in October 2019, …"
  for (let guard = 0; guard < 3; guard++) {
    const first = tokens[start];
    if (!first) return null;
    const opener =
      first.tags.has("Preposition") ||
      isAdverbish(first) ||
      first.tags.has("Gerund") ||
      SUBORDINATE_START.has(first.lower) ||
      LEADING_WORDS.has(first.lower) ||
      /-wise$/i.test(first.text) ||
      (first.tags.has("Hyphenated") && tokens[start + 1]?.lower === "wise") ||
      // "That June,", "Some time later,": a time said with a determiner
      (TIME_DETERMINERS.has(first.lower) && timeBeforeComma(tokens, start + 1, seg.to)) ||
      // "On April 7, 2020,": the year goes with the date before it
      (!!leading && /^\d{4}$/.test(first.text)) ||
      // "To do the tracing, the interpreter needed tweaking": a purpose before its clause
      (first.lower === "to" && !!tokens[start + 1]?.tags.has("Verb") && verblessToComma(tokens, start + 1, seg.to));
    if (!opener) break;
    let k = start;
    // (a preposition's object the tagger calls a verb is no verb: "By contrast,", "In return,")
    const verbAt = (i: number) => isFiniteAt(tokens, i) && !(i > start && tokens[i - 1].tags.has("Preposition"));
    while (k < seg.to && !tokens[k].post.includes(",") && !verbAt(k)) k++;
    // "Over 50,000 people registered, with …": a comma after the verb ends a clause, not an opener
    if (k < seg.to && tokens[k].post.includes(",") && k + 1 < seg.to && !(k > start && verbAt(k))) {
      leading = [leading ? leading[0] : start, k + 1];
      start = k + 1;
    } else break;
  }
  // verb group: the first finite verb with a noun phrase before it
  let v = -1;
  for (let i = start; i < seg.to; i++) {
    // a participle set off by commas before the clause's own auxiliary is an aside, not the verb:
    // "The first Arrow release, numbered 0.1.0, was tagged on October 7th 2016"
    if (i > start && tokens[i - 1].post.includes(",") && tokens[i].tags.has("PastTense") && !isAux(tokens[i])) {
      const close = tokens.slice(i, Math.min(seg.to, i + 6)).findIndex((t) => t.post.includes(","));
      const after = close < 0 ? undefined : tokens[i + close + 1];
      if (after && isAux(after) && !tokens.slice(i, i + close + 1).some((t) => isAux(t))) {
        i += close;
        continue;
      }
    }
    // a demonstrative or "Both" can be the whole subject: "This can be beneficial …", "Both have
    // labels" (resolved by the references step); so can "Today marks the fourth anniversary …"
    if (isFiniteAt(tokens, i) && tokens.slice(start, i).some((t) => isNounish(t) || /^(?:this|that|these|those|both|there|today)$/.test(t.lower))) {
      v = i;
      break;
    }
    // a subject never contains a finite verb; a verb first means no subject
    if (isFiniteAt(tokens, i) && i === start) return null;
  }
  if (v < 0) return null;
  let e = v + 1;
  while (e < seg.to) {
    const t = tokens[e];
    const prev = tokens[e - 1];
    if (isVerb(t) && !(t.tags.has("Gerund") && !isAux(prev)) && !(t.tags.has("Noun") && !t.tags.has("Verb"))) e++;
    else if (isAdverbish(t) && !t.tags.has("Adjective") && !t.post.includes(",")) e++;
    else if (t.lower === "first" || t.lower === "also") e++;
    else if (t.lower === "to" && tokens[e + 1] && tokens[e + 1].tags.has("Verb") && !tokens[e + 1].tags.has("Noun")) e += 2;
    // compromise sometimes tags a participle after "was first" as an adjective ("was first developed by")
    else if (
      t.tags.has("Adjective") &&
      /(?:ed|en)$/.test(t.lower) &&
      isAux(tokens[e - 1]) &&
      (e + 1 >= seg.to || tokens[e + 1].tags.has("Preposition"))
    )
      e++;
    else break;
    if (tokens[e - 1].post.includes(",")) break;
  }
  // trailing adverbs belong to the complement only when nothing else follows
  let complementEnd = seg.to;
  while (complementEnd > e && /^[.,;:!?]*$/.test(tokens[complementEnd - 1].text)) complementEnd--;
  return {
    subject: [start, v],
    verb: [v, e],
    complement: [e, complementEnd],
    leading,
    connective,
    dependent: connective !== undefined && DEPENDENT.has(connective),
  };
}

export function parseClauses(tokens: Token[]): Clause[] {
  if (tokens.length === 0) return [];
  const out: Clause[] = [];
  for (const seg of segment(tokens)) {
    const c = parseSegment(tokens, seg);
    if (c) out.push(c);
  }
  return out;
}
