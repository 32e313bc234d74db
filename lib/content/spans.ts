// Owns answer spans: the parts of a statement a question may ask for. A span is a whole
// constituent — a date, a number with its unit, a name, a noun phrase, or a short adjective
// complement — that never starts or ends on a conjunction, preposition or hyphen, is never a
// pronoun, and has balanced brackets and quotes.
import type { Clause } from "./clauses";
import { findDates, type DateMention } from "./dates";
import { englishWord } from "./dictionary";
import type { EntityIndex } from "./entities";
import type { Statement } from "./statements";
import { spellsOut } from "./spelling";
import { isAux, isVerb, quotedTokens, type Token } from "./tokens";

export type SpanKind = "date" | "number" | "name" | "phrase" | "adjective";
export type SpanRole = "subject" | "object" | "complement" | "prepositional" | "other";

export interface Span {
  from: number;
  to: number;
  kind: SpanKind;
  role: SpanRole;
  /** The words as written in the sentence. */
  text: string;
  date?: DateMention;
}

const EDGE_WORDS = new Set(["and", "or", "but", "nor", "neither", "either", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into", "than", "via", "about", "over", "under", "the", "a", "an", "that", "which", "who", "whose", "this", "these", "those", "its", "their", "his", "her", "our", "your", "my", "such", "not", "no", "also", "only", "very", "more", "most", "much", "many", "some", "any", "each", "every", "both", "all", "other", "another", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "can", "could", "will", "would", "may", "might", "should", "must", "like", "e.g", "i.e", "etc", "one"]);
const PRONOUNS = new Set(["it", "its", "they", "them", "their", "he", "him", "his", "she", "her", "we", "us", "our", "you", "your", "i", "me", "my", "this", "that", "these", "those", "there", "here", "itself", "themselves", "one", "ones", "something", "anything", "everything", "nothing", "someone", "everyone"]);
/** Generic words that make a trivial blank on their own ("cases", "them", "the rise"). */
const GENERIC = new Set(["thing", "things", "way", "ways", "case", "cases", "lot", "lots", "kind", "kinds", "part", "parts", "time", "times", "rise", "number", "set", "use", "work", "place", "point", "fact", "bit", "side", "end", "term", "terms", "example", "examples", "option", "options", "feature", "features", "idea", "ideas", "people", "others", "world", "day", "days", "year", "years", "area", "areas", "aspect", "aspects", "level", "levels", "type", "types", "sort", "form", "addition", "order", "need", "needs", "matter", "top", "instance", "stuff", "graphs", "data", "code"]);

const TEMPORAL = new Set(["today", "now", "yesterday", "tomorrow", "currently", "recently", "then", "soon", "later", "earlier", "tonight", "nowadays", "time", "moment", "day", "week", "month", "year"]);
const isPunctuationOnly = (s: string) => !/[\p{L}\p{N}]/u.test(s);
/** "late March 2011": the modifier is part of the date it bounds. */
const DATE_MODIFIER = /^(?:early|mid|late)$/;
/** A month on its own: the year it belongs to is outside the sentence ("arrived in ____" → August). */
const BARE_MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;

/** Brackets and quotes in `text` are balanced (and never closed before opened). */
export function balanced(text: string): boolean {
  const pairs: Record<string, string> = { ")": "(", "]": "[", "}": "{", "”": "“" };
  const stack: string[] = [];
  for (const ch of text) {
    if (ch === "(" || ch === "[" || ch === "{" || ch === "“") stack.push(ch);
    else if (ch in pairs) {
      if (stack.pop() !== pairs[ch]) return false;
    }
  }
  if (stack.length) return false;
  return (text.match(/"/g)?.length ?? 0) % 2 === 0;
}

/** Does a span [from, to) start and end on word boundaries (not inside "all-in-one" or "C/C++")? */
function onWordBoundaries(tokens: Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  const last = tokens[to - 1];
  if (before && /[-/]$/.test(before.post) && !/\s/.test(before.post)) return false;
  if (/[-/]$/.test(last.post) && !/\s/.test(last.post) && tokens[to]) return false;
  if (/^[-/]/.test(tokens[from].pre)) return false;
  return true;
}

export function spanTextOf(st: Statement, from: number, to: number): string {
  const { tokens } = st.analysed;
  const text = st.analysed.sentence.clean;
  // a person called by one name is asked by the full name the document gave (people.ts)
  const named = to - from === 1 ? st.resolution.replacements.get(from) : undefined;
  if (named && /^\p{Lu}/u.test(tokens[from].text) && !tokens[from].tags.has("Pronoun")) return named.replace(/[’']s$/, "");
  // strip punctuation that hugs the span's outside (a trailing comma or full stop)
  return text
    .slice(tokens[from].start, tokens[to - 1].end)
    .replace(/[’']s$/, "")
    // (a dot that opens a name is the name's: ".NET Core")
    .replace(/^(?:[\s,;:!?]|\.(?!\p{L}))+|[\s,;:.!?]+$/gu, "")
    .trim();
}

const ARTICLES = new Set(["the", "a", "an"]);

/** Trims function words off both ends (a leading article stays); null when nothing contentful is left. */
function trimEdges(tokens: Token[], from: number, to: number): [number, number] | null {
  let f = from;
  let t = to;
  while (f < t && ((EDGE_WORDS.has(tokens[f].lower) && !ARTICLES.has(tokens[f].lower)) || isPunctuationOnly(tokens[f].text))) f++;
  while (t > f && (EDGE_WORDS.has(tokens[t - 1].lower) || isPunctuationOnly(tokens[t - 1].text))) t--;
  if (t > f && ARTICLES.has(tokens[f].lower) && t - f === 1) return null;
  return t > f ? [f, t] : null;
}

function roleOf(clause: Clause | undefined, tokens: Token[], from: number): SpanRole {
  if (!clause) return "other";
  if (from >= clause.subject[0] && from < clause.subject[1]) return "subject";
  const [cFrom, cTo] = clause.complement;
  if (from >= cFrom && from < cTo) {
    const prev = tokens[from - 1];
    if (from === cFrom) return clause.verb[1] - clause.verb[0] >= 1 && isAux(tokens[clause.verb[1] - 1]) ? "complement" : "object";
    if (prev && prev.tags.has("Preposition")) return "prepositional";
    return from <= cFrom + 1 ? "object" : "other";
  }
  return "other";
}

function isNameRun(tokens: Token[], i: number, entities: EntityIndex): boolean {
  return entities.isNameToken(tokens, i);
}


/**
 * One item of an enumeration of three or more ("biogo, ____, groupcache, …"): any other item
 * would fill the blank as well, so it is never asked.
 */
function isListMember(tokens: Token[], from: number, to: number): boolean {
  // "Digest (May), ____ (June) and Negotiate (June)": skip a parenthesis right after the item
  let after = to;
  if (/\(/.test(tokens[to]?.pre ?? "")) while (after < tokens.length && !/\)/.test(tokens[after].post)) after++;
  if (after !== to && after < tokens.length) to = after + 1;
  const commaBefore = from > 0 && tokens[from - 1].post.includes(",");
  const andBefore = from > 0 && /^(?:and|or)$/.test(tokens[from - 1].lower) && tokens.slice(Math.max(0, from - 8), from - 1).some((t) => t.post.includes(","));
  const commaAfter = tokens[to - 1].post.includes(",") && tokens.slice(to, to + 10).some((t) => /^(?:and|or)$/.test(t.lower) || t.post.includes(","));
  const andAfter = /^(?:and|or)$/.test(tokens[to]?.lower ?? "") && from > 0 && tokens[from - 1].post.includes(",");
  return (commaBefore && (commaAfter || andAfter || /^(?:and|or)$/.test(tokens[to]?.lower ?? ""))) || andBefore || (commaAfter && tokens.slice(to, to + 10).some((t) => t.post.includes(",")) && tokens.slice(to, to + 12).some((t) => /^(?:and|or)$/.test(t.lower)));
}

/**
 * "from ____ down to 16", "(____ down to 2.8 MB)", "by ____ (126.3 kB to 110.2 kB)": the old value
 * of a change whose new value the sentence gives, or a share its own figures give. Trivia, or
 * arithmetic (sixteenth blind rating); the new value is the fact.
 */
function derivedFigure(tokens: Token[], from: number, to: number): boolean {
  const figure = (t: Token | undefined) => !!t && /^\d/.test(t.text);
  const next = tokens[to]?.lower;
  if (next === "to" && figure(tokens[to + 1])) return true;
  if ((next === "down" || next === "up") && tokens[to + 1]?.lower === "to" && figure(tokens[to + 2])) return true;
  return /%$/.test(tokens[from].text) && (tokens[to]?.pre ?? "").includes("(") && figure(tokens[to]) && tokens.slice(to, to + 5).some((t) => t.lower === "to");
}

/**
 * One of a pair of names ("____ and Twitter", "Webargs and ____"): the pair is what the document
 * says; either half alone is a guess at which one the blank holds (the second rating's findings).
 */
function pairedName(tokens: Token[], from: number, to: number, entities: EntityIndex): boolean {
  const conj = (t: Token | undefined) => !!t && /^(?:and|or|&)$/.test(t.lower);
  // a name written in lower case with inner capitals is a name too: "iOS and ____"
  const name = (k: number) => entities.isNameToken(tokens, k) || /^\p{Ll}+\p{Lu}[\p{L}\p{N}]*$/u.test(tokens[k].text);
  if (conj(tokens[to]) && !tokens[to - 1].post.includes(",") && tokens[to + 1] && name(to + 1)) return true;
  return from >= 2 && conj(tokens[from - 1]) && !tokens[from - 2].post.includes(",") && name(from - 2);
}

const CLASS_NOUNS = new Set(["tool", "tools", "platform", "service", "system", "library", "framework", "language", "project", "projects", "option", "choice", "solution", "product", "company", "way", "approach", "thing", "one", "set", "version", "feature", "part", "kind", "lot", "bunch", "number", "variety", "range", "list", "group", "collection", "series", "type", "piece", "pieces", "combination", "subset", "variant"]);

/** A passive's participle the tagger calls an adjective ("curl 4 was released", "when curl is built"). */
const PARTICIPLE = /^(?:\p{L}+ed|built|done|made|known|used|given|taken|seen|shown|written|held|kept|left|lost|found|put|set|run|sent|spent|brought|bought|taught|thought|meant)$/u;
/** Adjectives that say nothing a student could recall on their own ("it is ____ to …" → possible). */
const VACUOUS_ADJECTIVES = new Set(["able", "unable", "possible", "impossible", "sure", "true", "false", "common", "available", "far", "likely", "unlikely", "easy", "easier", "hard", "harder", "difficult", "necessary", "important", "useful", "good", "better", "great", "nice", "curious", "feasible", "appropriate", "different", "missing", "ideal", "simple", "simpler", "fast", "faster", "familiar", "similar", "best", "clear", "free", "new", "same", "ready", "worth", "fine", "right", "wrong"]);
const COPULAS = new Set(["is", "are", "was", "were", "be"]);
/** Words between a copula and its adjective that stay in the question ("were not all ____", "are more ____"). */
const DEGREE_WORDS = new Set(["not", "all", "also", "still", "more", "less", "very", "fully", "entirely", "both"]);

/** The tagger calls "under" in "under the hood" an adjective: prepositions are known by their words too. */
const PREPOSITIONS = new Set(["of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "via", "about", "over", "under", "above", "below", "behind", "beyond", "within", "without", "across", "through", "between", "among", "around", "inside", "outside", "against", "toward", "towards", "during", "despite", "upon", "per", "unlike"]);
const isPreposition = (t: Token) => t.tags.has("Preposition") || PREPOSITIONS.has(t.lower);

/** An adverb of degree before an adjective ("highly efficient", "very large"). */
const DEGREE_ADVERB = /^(?:highly|very|extremely|fully|largely|mostly|relatively|fairly|increasingly|truly|deeply|entirely|completely|partially|significantly|dramatically|radically|surprisingly)$/;

/**
 * "at build time": a word the tagger reads as a verb after a preposition or determiner and before
 * the noun it modifies opens a noun phrase (never an "-ing" form: "for running tests").
 */
function nounModifierVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return !!before && !!after && t.chunk === "Verb" && /^\p{Ll}+$/u.test(t.text) && !/(?:ing|s)$/.test(t.lower) && !t.tags.has("PastTense") && !t.tags.has("Participle") && ((before.tags.has("Preposition") && !/^(?:which|that|who|whom)$/.test(before.lower)) || /^(?:the|a|an)$/.test(before.lower)) && !/[,;:()]/.test(before.post + t.post) && after.chunk === "Noun" && after.tags.has("Noun") && !after.tags.has("Pronoun");
}

/** Words as written: a hyphenated compound ("Map-Shuffle-Reduce") is one word, not three tokens. */
function wordCount(tokens: Token[], from: number, to: number): number {
  let words = 1;
  for (let k = from + 1; k < to; k++) if (/\s/.test(tokens[k - 1].post) || /\s/.test(tokens[k].pre)) words++;
  return words;
}

/** "a tool", "the platform": a class noun alone says nothing to recall. */
function genericOnly(tokens: Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter((t) => !/^(?:the|a|an)$/.test(t.lower));
  return words.length <= 1 && words.every((t) => CLASS_NOUNS.has(t.lower) || GENERIC.has(t.lower));
}

/** "in addition to", "on top of": a preposition of three words, which the tagger may chunk into the noun phrase before it ("a toolchain in addition"). */
const COMPLEX_PREPOSITION = /^(?:in|on|as|by|with) (?:addition|front|top|terms|spite|place|favou?r|case|contrast|comparison|order|opposed|relation|respect|means|lieu|charge) (?:to|of|with)$/;

function complexPreposition(tokens: Token[], at: number): boolean {
  return at + 2 < tokens.length && COMPLEX_PREPOSITION.test(`${tokens[at].lower} ${tokens[at + 1].lower} ${tokens[at + 2].lower}`);
}

/** A noun phrase cut short ("a bunch" before "of …", "a realtime" before "distributed …") is no constituent. */
function maximal(tokens: Token[], to: number): boolean {
  const next = tokens[to];
  const last = tokens[to - 1];
  if (!next || /[,;:()“”"]/.test(last.post)) return true;
  if (next.lower === "of" || next.lower === "'s") return false;
  // "a full monitoring ____ and trending system": coordinated modifiers share the head that follows
  const after = tokens[to + 1];
  if (/^(?:and|or)$/.test(next.lower) && after && /^\p{Ll}/u.test(after.text) && !/^(?:the|a|an|its|their)$/.test(after.lower) && !last.tags.has("Plural")) return false;
  if (next.chunk === "Noun" && (next.tags.has("Noun") || next.tags.has("Adjective")) && !next.tags.has("Pronoun") && !/^(?:the|a|an)$/.test(next.lower)) return false;
  if (modifiesNext(tokens, to)) return false;
  return last.tags.has("Noun") || last.tags.has("Value") || /\d/.test(last.text);
}

/**
 * The word after `to` is the head a name before it modifies: a noun ("many other Apache projects"),
 * or a gerund that ends its clause ("modern UI components for HTML templating": 0 of 4 such blanks
 * blind-rated acceptable on Astro's comparisons), not one that takes an object ("… by Google using Go").
 */
function modifiesNext(tokens: Token[], to: number): boolean {
  const next = tokens[to];
  if (!next || /[,;:()]/.test(tokens[to - 1].post) || next.tags.has("Pronoun")) return false;
  if (next.chunk === "Noun" && next.tags.has("Noun")) return true;
  return /^\p{Ll}+ing$/u.test(next.text) && (to + 1 >= tokens.length || /[,;:.!?)]/.test(next.post));
}

/**
 * A name that goes on with "of" and a capitalised word ("Google Summer" of "Google Summer of
 * Code", "Bank" of "Bank of America"), or ends one: a piece is no name of its own (round eight:
 * "… contributors supported by ____ of Code" → Google Summer, rated a piece of a name). So is the
 * end of a title with "for" after a capitalised English word ("A Request for ____ sought …" →
 * Information, twenty-fifth round, rated given away: the only choice that completes the title).
 */
function goesOnWithOf(tokens: Token[], from: number, to: number): boolean {
  const capitalised = (t?: Token) => /^\p{Lu}/u.test(t?.text ?? "");
  // "of" after a capital, "for" after a capitalised English word ("Request", "Center", "Alliance")
  const joins = (word: Token | undefined, before: Token) => !/[,;:()]/.test(before.post) && (word?.lower === "of" ? capitalised(before) : word?.lower === "for" && /^\p{Lu}\p{Ll}+$/u.test(before.text) && englishWord(before.text));
  if (joins(tokens[to], tokens[to - 1]) && capitalised(tokens[to + 1])) return true;
  // or its last word after "of" ("Google Summer of ____" → Code); a capital opening the sentence says nothing
  return from >= 3 && joins(tokens[from - 1], tokens[from - 2]);
}

/**
 * "Single Page Applications (SPAs)": the expansion gives the abbreviation away and the other way
 * round, so neither is asked while the other stands beside it in brackets.
 */
function abbreviationPair(tokens: Token[], from: number, to: number): boolean {
  const inBrackets = /\(/.test(tokens[from].pre) && /\)/.test(tokens[to - 1].post);
  if (inBrackets && to - from === 1 && /^\p{Lu}{2,}s?$/u.test(tokens[from].text.replace(/[()]/g, ""))) return true;
  const next = tokens[to];
  if (!!next && /\(/.test(next.pre) && /\)/.test(next.post) && /^\p{Lu}{2,}s?$/u.test(next.text.replace(/[()]/g, ""))) return true;
  // "MIR (Mid-level Intermediate Representation)": the words in brackets spell the acronym, so
  // neither the acronym nor the words are asked beside the other
  const spells = (acronym: string, words: Token[]) => /^\p{Lu}{2,6}$/u.test(acronym) && spellsOut(acronym, words.map((t) => t.text.replace(/^\(|\)$/g, "")).join(" "));
  if (inBrackets && from > 0 && spells(tokens[from - 1].text, tokens.slice(from, to))) return true;
  if (to - from !== 1 || !next || !/\(/.test(next.pre)) return false;
  let close = to;
  while (close < tokens.length && !/\)/.test(tokens[close].post)) close++;
  return spells(tokens[from].text, tokens.slice(to, close + 1));
}

const SUBJECT_PRONOUN = /^(?:it|he|she)(?:[’']s)?$/;

/** The name a confidently resolved subject pronoun stands for, as a span over the pronoun ("It's" → Django). */
function resolvedSubject(st: Statement, entities: EntityIndex): Span | undefined {
  const { main, tokens } = st.analysed;
  const r = st.resolution;
  if (!main || (r.kind !== "substituted" && r.kind !== "topic") || r.confidence < 0.8) return undefined;
  const at = main.subject[0];
  const name = r.replacements.get(at);
  if (main.subject[1] - at !== 1 || at < st.from || !name || !SUBJECT_PRONOUN.test(tokens[at].text.toLowerCase()) || !(entities.isKnownName(name) || entities.capitalisedMidSentence(name))) return undefined;
  return { from: at, to: at + 1, kind: "name", role: "subject", text: name };
}

/** Every span a question may ask for, deduplicated, in sentence order. */
/** Where the block's inline code pieces stand in the sentence: [start, end) character ranges. */
function codeRanges(text: string, pieces: string[] | undefined): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const piece of pieces ?? []) for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + piece.length)) out.push([at, at + piece.length]);
  return out;
}

export function findSpans(st: Statement, entities: EntityIndex): Span[] {
  const { tokens, main } = st.analysed;
  const text = st.analysed.sentence.clean;
  const spans: Span[] = [];
  const seen = new Set<string>();
  const taken = new Array<boolean>(tokens.length).fill(false);
  const quoted = quotedTokens(tokens);
  const code = codeRanges(text, st.analysed.sentence.block.code);
  const dates: Array<[number, number]> = [];
  const add = (from: number, to: number, kind: SpanKind, date?: DateMention) => {
    if (from < st.from || to <= from || to > tokens.length) return;
    // a date is asked whole or not at all: never "released on ____, 1996" → "December 17"
    if (kind !== "date" && dates.some(([f, e]) => from < e && to > f && !(from <= f && to >= e))) return;
    if (to - from === 1 && BARE_MONTH.test(tokens[from].text)) return;
    // "(see: PEP 503)", "see RFC 7230": a pointer to a source is provenance, not the fact
    if (/^see$/.test(tokens[from - 1]?.lower ?? "")) return;
    // inside a quotation the words are the speaker's, not a fact to recall
    for (let k = from; k < to; k++) if (quoted[k]) return;
    if (kind !== "date" && isListMember(tokens, from, to)) return;
    if (kind !== "date" && /^\d/.test(tokens[from].text) && derivedFigure(tokens, from, to)) return;
    if (kind === "name" && (pairedName(tokens, from, to, entities) || modifiesNext(tokens, to) || goesOnWithOf(tokens, from, to))) return;
    if (kind === "phrase" && (genericOnly(tokens, from, to) || !maximal(tokens, to))) return;
    if (tokens.slice(from, to).some((t) => t.tags.has("Pronoun") || PRONOUNS.has(t.lower))) return;
    // a span never swallows the clause's verb ("RabbitMQ deletes a message" is no noun phrase)
    if (main && from <= main.verb[0] && to > main.verb[0]) return;
    if (kind !== "date" && tokens.slice(from, to).every((t) => TEMPORAL.has(t.lower) || /^(?:the|a|an)$/.test(t.lower))) return;
    if (to - from === tokens.length - st.from) return; // the whole statement is no blank
    if (!onWordBoundaries(tokens, from, to)) return;
    if (abbreviationPair(tokens, from, to)) return;
    const spanText = spanTextOf(st, from, to);
    if (!spanText || isPunctuationOnly(spanText) || !balanced(spanText)) return;
    if (to - from === 1 && PRONOUNS.has(tokens[from].lower)) return;
    if ([...st.resolution.replacements.keys()].some((k) => k >= from && k < to) && kind !== "name") return;
    if (st.analysed.sentence.restated?.some(([s, e]) => tokens[from].start < e && tokens[to - 1].end > s)) return;
    // inline code is one thing: "The `panic!()` macro" has no blank "The panic", "`|| a + 1`" none "1"
    if (code.some(([s, e]) => tokens[from].start < e && tokens[to - 1].end > s && !(tokens[from].start <= s && tokens[to - 1].end >= e))) return;
    const key = `${from}:${to}`;
    if (seen.has(key)) return;
    seen.add(key);
    spans.push({ from, to, kind, role: roleOf(main, tokens, from), text: spanText, ...(date ? { date } : {}) });
  };
  const tokenAt = (charIndex: number) => tokens.findIndex((t) => t.end > charIndex);

  // dates
  for (const d of findDates(text)) {
    if (d.relative) continue;
    const f = tokenAt(d.index);
    let e = tokenAt(d.index + d.length - 1);
    if (f < 0 || e < 0) continue;
    e += 1;
    const start = f > 0 && DATE_MODIFIER.test(tokens[f - 1].lower) && !/[,;:()]/.test(tokens[f - 1].post) ? f - 1 : f;
    dates.push([start, e]);
    // "By 2010, more developers …": any later year is as true, so a bound is never an answer
    if (!(start > 0 && /^(?:by|since|until|till|before|after)$/.test(tokens[start - 1].lower))) add(start, e, "date", d);
    for (let k = start; k < e; k++) taken[k] = true;
  }
  // names (maximal runs, versions included)
  for (let i = st.from; i < tokens.length; i++) {
    if (taken[i] || !isNameRun(tokens, i, entities)) continue;
    let j = i + 1;
    while (j < tokens.length && !taken[j] && isNameRun(tokens, j, entities) && !/[,;:()]/.test(tokens[j - 1].post) && !/[’']s$/.test(tokens[j - 1].text)) j++;
    const trimmed = trimEdges(tokens, i, j);
    // a name that only modifies a following noun ("many other Apache projects") is not a constituent of its own
    const modifier = trimmed && modifiesNext(tokens, trimmed[1]);
    if (trimmed && !modifier) {
      add(trimmed[0], trimmed[1], "name");
      for (let k = trimmed[0]; k < trimmed[1]; k++) taken[k] = true;
    }
    i = j - 1;
  }
  // a subject pronoun resolved with confidence to a name ("It's the most popular Python framework" under
  // "## Django"): the name is the answer, shown as a blank where the pronoun stood
  const resolved = resolvedSubject(st, entities);
  if (resolved && !seen.has(`${resolved.from}:${resolved.to}`)) {
    seen.add(`${resolved.from}:${resolved.to}`);
    spans.push(resolved);
  }
  // numbers with their unit ("15000 lines", "2.25 Petabytes", "100%")
  for (let i = st.from; i < tokens.length; i++) {
    const t = tokens[i];
    if (taken[i] || !/^\d[\d,.]*(?:%|[kKmMbB]|GB|TB|PB|MB|KB)?$/.test(t.text)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i < 3 && tokens[j].tags.has("Noun") && !tokens[j].tags.has("Pronoun") && !/[,;:()]/.test(tokens[j - 1].post)) j++;
    add(i, j, "number");
    if (j > i + 1) add(i, i + 1, "number");
  }
  // noun phrases: compromise's noun chunks, split at punctuation, extended by "of" + noun chunk
  for (let i = st.from; i < tokens.length; i++) {
    const modifier = tokens[i].chunk !== "Noun" && nounModifierVerb(tokens, i) ? i : -1;
    if (tokens[i].chunk !== "Noun" && modifier < 0) continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j].chunk === "Noun" && !/[,;:()“”"]/.test(tokens[j - 1].post) && !/[(“"]/.test(tokens[j].pre) && !complexPreposition(tokens, j)) j++;
    let end = j;
    // "into highly efficient imperative code": the adverb of the opening adjective is part of the phrase
    if (i - 1 >= st.from && DEGREE_ADVERB.test(tokens[i - 1].lower) && tokens[i].tags.has("Adjective") && !/[,;:()]/.test(tokens[i - 1].post)) i--;
    if (tokens[j]?.lower === "of" && tokens[j + 1]?.chunk === "Noun" && !/[,;:()]/.test(tokens[j - 1].post)) {
      let k = j + 1;
      while (k < tokens.length && tokens[k].chunk === "Noun" && !/[,;:()“”"]/.test(tokens[k - 1].post)) k++;
      if (wordCount(tokens, i, k) <= 7) end = k;
    }
    // the tagger's chunk may run across "of" ("an extension of the Map-Shuffle-Reduce paradigm"):
    // what follows it is a noun phrase of its own
    const innerOf = tokens.slice(i + 1, j - 1).findIndex((t) => t.lower === "of");
    const ranges: Array<[number, number]> = (end > j ? [j, end] : [j]).map((stop) => [i, stop]);
    if (innerOf >= 0 && !tokens.slice(i + innerOf + 2, j).some(isPreposition)) ranges.push([i + innerOf + 2, j]);
    for (const [from, stop] of ranges) {
      const trimmed = trimEdges(tokens, from, stop);
      if (!trimmed || wordCount(tokens, trimmed[0], trimmed[1]) > 7) continue;
      const [f, e] = trimmed;
      const words = tokens.slice(f, e);
      if (words.every((w) => GENERIC.has(w.lower) || EDGE_WORDS.has(w.lower))) continue;
      if (words.some((w, k) => f + k !== modifier && w.tags.has("Verb") && !w.tags.has("Noun") && !w.tags.has("Adjective") && !/(?:ed|en)$/.test(w.lower))) continue;
      if (!words.some((w) => w.tags.has("Noun") && !w.tags.has("Pronoun"))) continue;
      const named = words.every((_, k) => isNameRun(tokens, f + k, entities) || /^\d/.test(words[k].text));
      // "In 2016 Oracle donated …": a year and the name after it are two constituents, not one name ("2016 Oracle")
      if (named && words.length > 1 && /^(?:1[89]|20)\d\d$/.test(words[0].text)) continue;
      add(f, e, named ? "name" : "phrase");
    }
    i = j - 1;
  }
  // short adjective complements of a copula, in any clause ("Spark is older", "is lighter weight",
  // "training models are more ____ and cannot be changed", "the new features were not all ____")
  for (let k = st.from; k < tokens.length; k++) {
    if (!COPULAS.has(tokens[k].lower) || /[,;:()]/.test(tokens[k].post)) continue;
    // the main verb's copula takes the words right after it; another may leave degree words in the question
    const isMain = !!main && main.verb[1] - main.verb[0] === 1 && main.verb[0] === k && tokens[k].lower !== "be";
    let start = k + 1;
    if (!isMain) while (start < tokens.length && DEGREE_WORDS.has(tokens[start].lower) && !/[,;:()]/.test(tokens[start - 1].post)) start++;
    let j = start;
    while (j < tokens.length && j - start < 3 && (tokens[j].tags.has("Adjective") || tokens[j].tags.has("Comparable") || tokens[j].lower === "and") && !/[,;:()]/.test(tokens[j].pre)) {
      j++;
      if (/[,;:()]/.test(tokens[j - 1].post)) break;
    }
    const trimmed = trimEdges(tokens, start, j);
    if (!trimmed || (trimmed[1] - trimmed[0] === 1 && VACUOUS_ADJECTIVES.has(tokens[trimmed[0]].lower))) continue;
    // predicative only: "were not all backwards compatible with …", never "is a fast engine"
    const next = tokens[trimmed[1]];
    if (!isMain && ((next && next.tags.has("Noun") && !/[,;:()]/.test(tokens[trimmed[1] - 1].post)) || tokens.slice(trimmed[0], trimmed[1]).some((t) => isVerb(t) || isPreposition(t) || PARTICIPLE.test(t.lower)))) continue;
    add(trimmed[0], trimmed[1], "adjective");
  }
  return spans.sort((a, b) => a.from - b.from || b.to - a.to);
}
