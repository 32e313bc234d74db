// Owns contrasts, where false statements come from (with the denials of negations.ts). A contrast
// is two clauses about different subjects that the document sets against each other — in one
// sentence ("X does A, while Y does B"), in parallel sentences of one section or list ("Spark is
// written in Scala" / "Dask is written in Python"), in a sentence that sets itself against one
// before it ("On the other hand, PyTorch constructs graphs as operations are executed"), or one
// name measured against another ("Dask is smaller than Spark"). Swapping their subjects makes a
// statement the document itself says is false; where the document says the same of both, there is
// no contrast.
import type { Clause } from "./clauses";
import type { EntityIndex } from "./entities";
import { normaliseText } from "./normalise";
import { isComparative } from "./anaphors";
import { renderStatement, renderTokens, type Statement } from "./statements";
import type { Token } from "./tokens";
import { lemma } from "./verbs";

export interface ContrastSide {
  st: Statement;
  clause: Clause;
  /** The name that is swapped ("Spark" in "Spark's internal model is…"). */
  name: string;
  /** Token range of that name inside the clause subject. */
  nameRange: [number, number];
  /** Lemma of the clause's main verb ("be", "write", "scale"). */
  verb: string;
  /**
   * For two kinds of one thing ("The higher level APIs …, while the lower level APIs …"): the
   * whole subject, as explanations name it; `name` is then the words that tell the kinds apart.
   */
  kindOf?: string;
}

export interface Contrast {
  a: ContrastSide;
  b: ContrastSide;
  kind: "within" | "parallel" | "marked";
}

/**
 * One name measured against another in a single clause: "Dask is smaller and lighter weight than
 * Spark", "Unlike Pylint, Ruff is capable of automatically fixing …", or a comparison whose other
 * side the heading names ("Compared with PyTorch, TensorFlow excels in production"). A comparison
 * runs one way, so the names swapped make a statement the document says is false.
 */
export interface Comparison {
  st: Statement;
  /** The subject's name and its token range. */
  name: string;
  nameRange: [number, number];
  /** What it is measured against, and where the sentence names it ("than Spark"); no range when the heading does. */
  other: string;
  otherRange?: [number, number];
}

const CONTRAST_CONNECTIVES = new Set(["while", "whereas", "but", "however"]);

/** The clause subject's name: the whole subject, or the possessor in "Name's noun …". */
function subjectName(st: Statement, clause: Clause, entities: EntityIndex): { name: string; range: [number, number] } | undefined {
  const { tokens } = st.analysed;
  let [from, to] = clause.subject;
  while (from < to && /^(?:the|both)$/i.test(tokens[from].lower)) from++;
  if (to - from < 1 || to - from > 6) return undefined;
  // possessor: tokens up to the one ending in 's
  const possessorEnd = tokens.slice(from, to).findIndex((t) => /[’']s$/.test(t.text));
  const nameTo = possessorEnd >= 0 ? from + possessorEnd + 1 : to;
  // "… while SvelteKit's is broken up into multiple pages": a possessive whose noun the sentence
  // left out says nothing on its own
  if (possessorEnd >= 0 && nameTo === to) return undefined;
  for (let i = from; i < nameTo; i++) if (!entities.isNameToken(tokens, i)) return undefined;
  if (st.resolution.replacements.has(from)) {
    const replaced = st.resolution.replacements.get(from)!;
    if (/\band\b/.test(replaced)) return undefined;
    return { name: replaced.replace(/[’']s$/, ""), range: [from, nameTo] };
  }
  const text = st.analysed.sentence.clean.slice(tokens[from].start, tokens[nameTo - 1].end).replace(/[’']s$/, "");
  if (/\band\b|,/.test(text)) return undefined;
  return { name: text, range: [from, nameTo] };
}

const NOT_A_KIND = /^(?:some|many|most|all|each|every|other|these|those|both|our|your|their|its|his|her|my|such|same|new|old|first|last|one|two|three)$/;

/**
 * "the higher level APIs": the words that make the subject one kind of its head noun, when they
 * are plain words (not a name, a number, a quantifier or a possessive).
 */
function kindSubject(st: Statement, clause: Clause): { head: string; range: [number, number] } | undefined {
  const { tokens } = st.analysed;
  let [from, to] = clause.subject;
  while (from < to && /^(?:the|a|an)$/.test(tokens[from].lower)) from++;
  if (to - from < 2 || to - from > 5 || st.resolution.replacements.has(from)) return undefined;
  const head = tokens[to - 1];
  if (!head.tags.has("Noun") || head.tags.has("Pronoun") || !/^\p{L}[\p{L}-]*$/u.test(head.text)) return undefined;
  // plain words (the sentence's first one capitalised only as its first)
  const plain = (k: number) => /^\p{Ll}[\p{Ll}-]*$/u.test(k === 0 && !tokens[k].tags.has("ProperNoun") ? tokens[k].lower : tokens[k].text);
  for (let k = from; k < to - 1; k++) if (!plain(k) || NOT_A_KIND.test(tokens[k].lower) || tokens[k].tags.has("Determiner")) return undefined;
  return { head: head.lower.replace(/s$/, ""), range: [from, to - 1] };
}

/** Two kinds of one thing set against each other: the same head noun, told apart by their modifiers. */
function kindSides(st: Statement, x: Clause, y: Clause): [ContrastSide, ContrastSide] | undefined {
  const kx = kindSubject(st, x);
  const ky = kindSubject(st, y);
  if (!kx || !ky || kx.head !== ky.head || x.complement[1] <= x.complement[0] || y.complement[1] <= y.complement[0]) return undefined;
  const { tokens } = st.analysed;
  const make = (clause: Clause, range: [number, number]): ContrastSide => ({
    st,
    clause,
    name: st.analysed.sentence.clean.slice(tokens[range[0]].start, tokens[range[1] - 1].end).toLowerCase(),
    nameRange: range,
    verb: verbLemma(tokens, clause),
    kindOf: `the ${st.analysed.sentence.clean.slice(tokens[range[0]].start, tokens[clause.subject[1] - 1].end).replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}`,
  });
  return [make(x, kx.range), make(y, ky.range)];
}

function verbLemma(tokens: Token[], clause: Clause): string {
  const words = tokens.slice(clause.verb[0], clause.verb[1]).filter((t) => !t.tags.has("Adverb") && t.lower !== "not");
  const main = words.find((t, i) => i === words.length - 1 || !(t.tags.has("Auxiliary") || t.tags.has("Modal") || t.tags.has("Copula"))) ?? words[0];
  return main ? lemma(main.lower) : "";
}

function side(st: Statement, clause: Clause, entities: EntityIndex, wholeSentence = false): ContrastSide | undefined {
  if (clause.complement[1] <= clause.complement[0]) return undefined;
  // the main clause of a parallel sentence is the whole sentence: its complement runs to the end
  if (wholeSentence) clause = { ...clause, complement: [clause.complement[0], st.analysed.tokens.length] };
  const named = subjectName(st, clause, entities);
  if (!named) return undefined;
  return { st, clause, name: named.name, nameRange: named.range, verb: verbLemma(st.analysed.tokens, clause) };
}

/** The predicate as written: verb group and complement, normalised (for "says the same of both"). */
export function predicateKey(s: ContrastSide): string {
  const { tokens } = s.st.analysed;
  const from = s.clause.verb[0];
  const to = s.clause.complement[1];
  return normaliseText(s.st.analysed.sentence.clean.slice(tokens[from].start, tokens[to - 1].end)).replace(/\b(?:also|too|as well)\b/g, " ").replace(/\s+/g, " ").trim();
}

/** Does the predicate of one side say essentially the same as the other's (so a swap stays true)? */
function samePredicate(a: ContrastSide, b: ContrastSide): boolean {
  const pa = predicateKey(a);
  const pb = predicateKey(b);
  if (pa === pb || pa.includes(pb) || pb.includes(pa)) return true;
  const wa = new Set(pa.split(" ").filter((w) => w.length > 3));
  const wb = new Set(pb.split(" ").filter((w) => w.length > 3));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / Math.max(1, Math.min(wa.size, wb.size)) >= 0.8;
}

/** Both subjects are bare names, or both are "Name's <same noun>". */
function sameShape(a: ContrastSide, b: ContrastSide): boolean {
  const rest = (s: ContrastSide) => normaliseText(s.st.analysed.tokens.slice(s.nameRange[1], s.clause.subject[1]).map((t) => t.text).join(" "));
  const possessive = (s: ContrastSide) => /[’']s$/.test(s.st.analysed.tokens[s.nameRange[1] - 1].text);
  return rest(a) === rest(b) && possessive(a) === possessive(b);
}

function mentions(s: ContrastSide, name: string): boolean {
  const { tokens } = s.st.analysed;
  const text = s.st.analysed.sentence.clean.slice(tokens[s.clause.verb[0]].start, tokens[s.clause.complement[1] - 1].end);
  if (normaliseText(text).split(" ").some((w) => normaliseText(name).split(" ").includes(w) && /\p{L}{3}/u.test(w))) return true;
  // a short name ("Go", "R") is a word of its own only as written: "a popular book on Go", not "to go"
  return name.length < 3 && new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u").test(text);
}

function valid(a: ContrastSide, b: ContrastSide): boolean {
  return normaliseText(a.name) !== normaliseText(b.name) && !samePredicate(a, b) && !mentions(a, b.name) && !mentions(b, a.name) && sameKindOfState(a, b);
}

/** Whether a copula's complement tells where or how long ("around for a while", "in beta") rather than what or how the subject is. */
function circumstance(s: ContrastSide): boolean {
  const first = s.st.analysed.tokens[s.clause.complement[0]];
  return !!first && (first.tags.has("Adverb") || first.tags.has("Preposition")) && !first.tags.has("Adjective");
}

/**
 * "Hotmail had been around for a while, but Gmail was fast": how long one existed and how fast the
 * other was are no contrast on one point, so neither swap is false (pjax's interview, rated not
 * acceptable). Only copulas: other verbs set their objects against each other.
 */
function sameKindOfState(a: ContrastSide, b: ContrastSide): boolean {
  return a.verb !== "be" || b.verb !== "be" || circumstance(a) === circumstance(b);
}

/**
 * A predicate that names its own subject whole gives its swap away: "OpenBSD aims for maximum
 * portability: \"of course it runs NetBSD\"" (rated given away on a BSD comparison). Only that
 * side's swap: the other's predicate still makes a fair false statement of it.
 */
export function namesItself(s: ContrastSide): boolean {
  return ` ${predicateKey(s)} `.includes(` ${normaliseText(s.name)} `);
}

/** The names a side's predicate holds (normalised), in order: "uses React to generate your website UI" → react. */
function predicateNames(s: ContrastSide, entities: EntityIndex): string[] {
  const { tokens } = s.st.analysed;
  const out: string[] = [];
  // a product's name, not a generic acronym ("UI", "DX", "APIs")
  for (let i = s.clause.verb[0]; i < s.clause.complement[1]; i++) if (entities.isNameToken(tokens, i) && !/^\p{Lu}+s?$/u.test(tokens[i].text)) out.push(normaliseText(tokens[i].text));
  return out;
}

/**
 * Whether `side`'s predicate may hold of the other side too, as far as names tell: the other's
 * predicate holds the first name it holds (what it says the side uses, supports …) with another
 * verb. "Docusaurus uses React …, while Astro supports React, Preact, Vue.js …" sets apart using
 * and supporting, and makes no false statement of "Astro uses React …" (blind-rated ambiguous on
 * Astro's comparisons); "Spark is written in Scala with some support for Python and R, while
 * Dask is written in Python" still does of "Spark is written in Python …".
 */
export function swapMayHold(side: ContrastSide, other: ContrastSide, entities: EntityIndex): boolean {
  if (side.verb === other.verb) return false;
  const [first] = predicateNames(side, entities);
  return first !== undefined && predicateNames(other, entities).includes(first);
}

/** A sentence that opens by setting itself against what came before: "On the other hand, PyTorch constructs graphs …". */
export const CONTRAST_OPENER = /^(?:on the other hand|in contrast|by contrast|conversely),/i;
/** How many statements back the other side may be ("TensorFlow pre-defines its graphs …. This can be beneficial …. But it also means …. On the other hand, …"). */
const MARKED_REACH = 3;

/**
 * A statement that opens with "On the other hand," (or "In contrast,") and the statement it is set
 * against: the nearest before it, in its section, whose subject is another name. A sentence that
 * already measures itself against a name ("Compared with PyTorch, …") is a comparison instead.
 */
function markedNeighbours(statements: Statement[], entities: EntityIndex): Array<[Statement, Statement]> {
  const pairs: Array<[Statement, Statement]> = [];
  statements.forEach((y, i) => {
    if (!y.analysed.main || y.resolution.comparand || y.resolution.context || !CONTRAST_OPENER.test(y.analysed.sentence.clean)) return;
    const own = subjectName(y, y.analysed.main, entities);
    if (!own) return;
    const section = y.analysed.sentence.block.headingPath.join("\u0000");
    for (let k = i - 1; k >= Math.max(0, i - MARKED_REACH); k--) {
      const x = statements[k];
      if (x.analysed.sentence.block.headingPath.join("\u0000") !== section) break;
      const other = x.analysed.main && x.resolution.kind !== "context" ? subjectName(x, x.analysed.main, entities) : undefined;
      if (!other || normaliseText(other.name) === normaliseText(own.name)) continue;
      pairs.push([x, y]);
      break;
    }
  });
  return pairs;
}

/** Statements that open parallel blocks: consecutive items of one list, or consecutive paragraphs of one section. */
function parallelNeighbours(statements: Statement[]): Array<[Statement, Statement]> {
  // an apposition describes a name in passing ("… shut down by AOL, Netscape's parent company"): no
  // paragraph's opening claim, and two swapped make a category error ("DevEdge is Netscape's parent
  // company": fifteenth round, rated a random swap blind)
  const firsts = statements.filter((s) => s.analysed.sentence.index === 0 && !s.analysed.sentence.apposition);
  const pairs: Array<[Statement, Statement]> = [];
  for (let i = 1; i < firsts.length; i++) {
    const a = firsts[i - 1].analysed.sentence.block;
    const b = firsts[i].analysed.sentence.block;
    if (a.headingPath.join("\u0000") !== b.headingPath.join("\u0000")) continue;
    const sameList = a.kind === "item" && b.kind === "item" && a.group === b.group;
    const adjacentParagraphs = a.kind === "paragraph" && b.kind === "paragraph" && b.id === a.id + 1;
    if (sameList || adjacentParagraphs) pairs.push([firsts[i - 1], firsts[i]]);
  }
  return pairs;
}

export function findContrasts(statements: Statement[], entities: EntityIndex): Contrast[] {
  const out: Contrast[] = [];
  for (const st of statements) {
    // a statement that leans on the sentence before makes no true/false question, which shows no
    // context ("The lower level APIs are great for ease-of-use": whose? rated unresolved blind)
    if (st.resolution.context) continue;
    const clauses = st.analysed.clauses.filter((c) => !c.dependent || (c.connective && CONTRAST_CONNECTIVES.has(c.connective)));
    for (let i = 1; i < clauses.length; i++) {
      // "X does A, while Y does B", or a leading one: "While X does A, Y does B"
      const leading = i === 1 && /^(?:while|whereas)$/.test(clauses[0].connective ?? "");
      if (!leading && (!clauses[i].connective || !CONTRAST_CONNECTIVES.has(clauses[i].connective!))) continue;
      const named = [side(st, clauses[i - 1], entities), side(st, clauses[i], entities)];
      // "Jason thought the project might be useful, but Dan's source code was not public": after a
      // "but", a name and another's possession are no two sides of one point, and "Jason Huggins's
      // source code was not public" is no false statement of the document (thirteenth round, rated
      // wrong blind). "While"/"whereas" set two sides against each other whatever their shape ("CUE's
      // focus is data validation whereas Jsonnet focuses on data templating").
      if (named[0] && named[1] && /^(?:but|however)$/.test(clauses[i].connective ?? "") && !sameShape(named[0], named[1])) continue;
      const [a, b] = named[0] && named[1] ? named : (kindSides(st, clauses[i - 1], clauses[i]) ?? []);
      if (a && b && valid(a, b)) out.push({ a, b, kind: "within" });
    }
  }
  for (const [x, y] of markedNeighbours(statements, entities)) {
    const a = side(x, x.analysed.main!, entities, true);
    const b = side(y, y.analysed.main!, entities, true);
    if (a && b && valid(a, b)) out.push({ a, b, kind: "marked" });
  }
  for (const [x, y] of parallelNeighbours(statements)) {
    if (!x.analysed.main || !y.analysed.main) continue;
    // one clause each, so the swapped sentence carries no second claim
    if (x.analysed.clauses.length > 1 || y.analysed.clauses.length > 1) continue;
    // sections on what both have alike (see tables.ts tableSharedFeatures) set nothing against each other
    if (x.analysed.sentence.sharedWith || y.analysed.sentence.sharedWith || x.resolution.context || y.resolution.context) continue;
    const a = side(x, x.analysed.main, entities, true);
    const b = side(y, y.analysed.main, entities, true);
    if (a && b && a.verb === b.verb && sameShape(a, b) && valid(a, b)) out.push({ a, b, kind: "parallel" });
  }
  return out;
}

/** The side's clause as a sentence, its subject's name replaced by `name` (or kept). */
export function renderSide(s: ContrastSide, name?: string): string {
  const st = s.st;
  const [from] = s.nameRange;
  const to = s.clause.complement[1];
  const start = Math.min(from, s.clause.subject[0]);
  const replacements = new Map(st.resolution.replacements);
  if (name) {
    const possessive = /[’']s$/.test(st.analysed.tokens[s.nameRange[1] - 1].text);
    replacements.set(from, possessive ? `${name}'s` : name);
    for (let k = from + 1; k < s.nameRange[1]; k++) replacements.set(k, "");
    // "an internal node" swapped to "leaf" reads "a leaf node" ("An leaf node can have …" was published)
    const article = st.analysed.tokens[from - 1];
    if (article && /^an?$/.test(article.lower) && !replacements.has(from - 1)) {
      const fits = /^(?:[aeio]|u(?!n[iy]|s[eu]|t[ei]l)|hour|honest|honou?r)/i.test(name) ? "an" : "a";
      replacements.set(from - 1, /^\p{Lu}/u.test(article.text) ? fits.charAt(0).toUpperCase() + fits.slice(1) : fits);
    }
  }
  const text = renderTokens({ ...st, resolution: { ...st.resolution, replacements } }, { range: [start, to] })
    .replace(/\s{2,}/g, " ")
    .replace(/^(?:the|both)\s+/i, (m) => (name && !s.kindOf ? "" : m))
    .replace(/[,;:]$/, "")
    // "… while Cranelift passes arguments to BBs instead": "instead" points at the other side
    .replace(/,?\s+instead([.!]?)$/i, "$1")
    .trim();
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

const NEGATION = /^(?:not|n't|n’t|never|no|neither|nor)$/;
const MAX_COMPARISON_PREDICATE = 16;

/** "than Spark" closing the predicate: the name's token range, when the predicate compares with one. */
function thanName(st: Statement, clause: Clause, entities: EntityIndex): [number, number] | undefined {
  const { tokens } = st.analysed;
  const [from, to] = [clause.verb[0], clause.complement[1]];
  const than = tokens.findIndex((t, i) => i >= from && i < to && t.lower === "than");
  if (than < 0) return undefined;
  // the subject's own comparison, not a relative clause's ("an interface that is lower-level than Spark streaming")
  if (!tokens.slice(from, than).some((t, k) => isComparative(tokens, from + k) || /^(?:more|less|fewer|better|worse|faster|slower)$/.test(t.lower))) return undefined;
  if (tokens.slice(from, than).some((t) => /^(?:that|which|who|whose|where)$/.test(t.lower))) return undefined;
  let end = than + 1;
  while (end < to && entities.isNameToken(tokens, end)) end++;
  // the name closes the clause ("than Spark.", "than Spark, but …"), or it is a longer phrase
  if (end === than + 1 || (end < to && !/[,;:.!?)—–]/.test(tokens[end - 1].post))) return undefined;
  return [than + 1, end];
}

/** "Unlike Pylint, Ruff is capable of …": the name the sentence opens by setting against its subject. */
function unlikeName(st: Statement, clause: Clause, entities: EntityIndex): [number, number] | undefined {
  const { tokens } = st.analysed;
  if (tokens[0]?.lower !== "unlike") return undefined;
  let end = 1;
  while (end < clause.subject[0] && entities.isNameToken(tokens, end)) end++;
  return end > 1 && /,/.test(tokens[end - 1].post) ? [1, end] : undefined;
}

/** A comparison that may hold either way: a modal of possibility, or "in some cases", "sometimes". */
const HEDGED = /\b(?:may|might|can|could)\b|\bin (?:some|many|certain|most) (?:cases|situations|scenarios)\b|\bsometimes\b/i;

/**
 * Comparisons of one named subject with another name (see Comparison). A negated predicate ("is no
 * faster than") may hold both ways, and a sentence that needs the one before it is no statement of
 * its own, so neither is a comparison here.
 */
export function findComparisons(statements: Statement[], entities: EntityIndex): Comparison[] {
  const out: Comparison[] = [];
  for (const st of statements) {
    const main = st.analysed.main;
    const { tokens } = st.analysed;
    if (!main || st.resolution.context || main.complement[1] - main.verb[0] > MAX_COMPARISON_PREDICATE) continue;
    if (tokens.slice(main.verb[0], main.complement[1]).some((t) => NEGATION.test(t.lower))) continue;
    // "In some cases, Linux may perform better than FreeBSD": a hedged comparison holds the other
    // way too (the review says FreeBSD can perform better than Linux: the swap was rated wrong)
    if (HEDGED.test(st.analysed.sentence.clean)) continue;
    const named = subjectName(st, main, entities);
    if (!named) continue;
    const otherRange = thanName(st, main, entities) ?? unlikeName(st, main, entities);
    const other = otherRange ? st.analysed.sentence.clean.slice(tokens[otherRange[0]].start, tokens[otherRange[1] - 1].end).replace(/[’']s$/, "") : st.resolution.comparand;
    if (!other || normaliseText(other) === normaliseText(named.name)) continue;
    // the predicate names neither side again, or the swap would contradict itself
    const rest = tokens.slice(main.verb[0], otherRange ? otherRange[0] : main.complement[1]).map((t) => t.text).join(" ");
    const words = new Set(normaliseText(rest).split(" "));
    if ([named.name, other].some((n) => normaliseText(n).split(" ").some((w) => w.length > 2 && words.has(w)))) continue;
    out.push({ st, name: named.name, nameRange: named.range, other, ...(otherRange ? { otherRange } : {}) });
  }
  return out;
}

/** The comparison as the document states it, or with its two names swapped (false per the document). */
export function renderComparison(c: Comparison, swapped: boolean): string {
  const { st } = c;
  if (!swapped) return renderStatement(st, { withoutContext: true });
  const replacements = new Map(st.resolution.replacements);
  const put = ([from, to]: [number, number], name: string) => {
    const possessive = /[’']s$/.test(st.analysed.tokens[to - 1].text);
    replacements.set(from, possessive ? `${name}'s` : name);
    for (let k = from + 1; k < to; k++) replacements.set(k, "");
  };
  put(c.nameRange, c.other);
  if (c.otherRange) put(c.otherRange, c.name);
  const resolution = { ...st.resolution, replacements, ...(c.otherRange ? {} : { comparand: c.name }) };
  return renderStatement({ ...st, resolution }, { withoutContext: true }).replace(/\s{2,}/g, " ");
}
