// Owns statements: sentences made standalone. Each analysed sentence is resolved against its
// discourse (previous sentence, section topic), loses its opening connective ("However,",
// "Additionally,"), and can be rendered with any token span blanked. Sentences whose references
// stay unresolved give no statement.
import type { Analysed } from "./analysis";
import { isLowerCaseName, type EntityIndex } from "./entities";
import { People, coinedPeople } from "./people";
import { resolveReferences, type DiscourseContext, type Resolution } from "./references";
import { COMPARISON_HEADING, comparedNames, headingTopic } from "./topics";
import type { Token } from "./tokens";

export interface Statement {
  analysed: Analysed;
  resolution: Resolution;
  /** First token kept (opening connectives before it are dropped). */
  from: number;
}

export const BLANK = "____";

const CONNECTIVES = new Set([
  "however", "additionally", "furthermore", "moreover", "also", "further", "finally", "lastly", "still", "thus", "therefore",
  "consequently", "instead", "meanwhile", "similarly", "likewise", "besides", "nevertheless", "nonetheless", "so", "but", "and",
  "yet", "then", "now", "indeed", "overall", "anyway", "regardless", "again",
]);
const MULTI_CONNECTIVES = [["in", "addition"], ["in", "particular"], ["in", "contrast"], ["of", "course"], ["on", "the", "other", "hand"], ["as", "such"], ["by", "contrast"], ["for", "example"], ["for", "instance"], ["in", "fact"], ["at", "the", "same", "time"], ["on", "a", "last", "note"], ["on", "a", "final", "note"], ["on", "a", "related", "note"], ["on", "a", "side", "note"]];
/** "In addition" and "For example" open a sentence with a comma or without ("For example PNaCl defines …", sixteenth round). */
const COMMA_OPTIONAL = new Set(MULTI_CONNECTIVES.filter((m) => /^(?:in addition|for example|for instance)$/.test(m.join(" "))));

/** Index of the first token after opening connectives ("However,", "In addition,", "But"). */
export function afterConnectives(tokens: Token[], limit: number): number {
  let i = 0;
  for (let guard = 0; guard < 3 && i < limit; guard++) {
    const t = tokens[i];
    if (!t) break;
    // "In addition to the logs, Zeek comes with …" opens with a preposition, not a connective (its
    // first two words dropped left "To the logs, Zeek comes with …", rated garbled blind twice)
    const multi = MULTI_CONNECTIVES.find((m) => m.every((w, k) => tokens[i + k]?.lower === w) && (tokens[i + m.length - 1].post.includes(",") || (COMMA_OPTIONAL.has(m) && tokens[i + m.length]?.lower !== "to")));
    if (multi) {
      i += multi.length;
      continue;
    }
    // "So far the benefits …", "So many tools …": "so" that modifies the next word is no connective
    if (CONNECTIVES.has(t.lower) && (t.post.includes(",") || /^(?:but|and|yet|also|then)$/.test(t.lower) || (t.lower === "so" && !/^(?:far|much|many|few|little|long)$/.test(tokens[i + 1]?.lower ?? "")))) {
      i++;
      continue;
    }
    // a concession ("Despite the changes, TensorFlow remains …") qualifies the fact without stating one
    if (t.lower === "despite") {
      const comma = tokens.findIndex((x, k) => k >= i && k < limit && x.post.includes(","));
      if (comma >= 0) {
        i = comma + 1;
        continue;
      }
    }
    break;
  }
  return i;
}

export interface RenderOptions {
  /** Token range [from, to) replaced by the blank. */
  blank?: [number, number];
  /** Token range to render instead of the whole statement. */
  range?: [number, number];
  /** Leave out the context sentence. */
  withoutContext?: boolean;
}

/** "It's", "That's", "There's": a pronoun and its verb, never a possessive. */
const PRONOUN_CONTRACTION = /^(?:it|that|there|this|he|she|what|who|here|where)[’']s$/i;

/** The statement's own words (resolved), optionally with a span blanked. */
export function renderTokens(st: Statement, options: RenderOptions = {}): string {
  const { analysed: a, resolution } = st;
  const text = a.sentence.clean;
  const tokens = a.tokens;
  const [from, to] = options.range ?? [st.from, tokens.length];
  let out = "";
  let prevEnd = -1;
  const blank = options.blank;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    const inBlank = !!blank && i >= blank[0] && i < blank[1];
    // an erased token (a name's later words, replaced with its first) takes the space or hyphen before it along
    if (prevEnd >= 0 && !(inBlank && i > blank![0]) && resolution.replacements.get(i) !== "") out += text.slice(prevEnd, t.start);
    if (inBlank) {
      // a possessive stays outside the blank: "____'s internal model", "supporting ____'s familiar
      // describe" (the tagger may read a zero-width "is" after a name's 's); "It's" is a
      // contraction, its verb the zero-width token after it
      if (i === blank![1] - 1) out += BLANK + (/[’']s$/.test(t.text) && !(tokens[i + 1]?.text === "" && PRONOUN_CONTRACTION.test(t.text)) ? t.text.slice(-2) : "");
    } else out += resolution.replacements.get(i) ?? text.slice(t.start, t.end);
    prevEnd = t.end;
  }
  if (!options.range && to === tokens.length && prevEnd >= 0) out += text.slice(prevEnd).replace(/\s+$/, "");
  else if (to > from) out += closingTail(out, tokens[to - 1].post);
  // trademark signs are typography, and beside a blank they give a name away ("Sun licensed ____®")
  out = out.replace(/[®™]/g, "");
  out = out.replace(/ {2,}/g, " ").replace(/ ([,;:.])/g, (m, p: string, at: number) => (out[at - 1] === " " ? p : m)).trim();
  // code is written as the machine reads it: "k#keyword …" stays lower case, and so does a name its
  // writer keeps in lower case even to open a sentence ("pjax sped up GitHub's UI …")
  if (a.sentence.block.code?.some((piece) => out.startsWith(piece))) return out;
  const first = /^[a-z][a-z0-9]*/.exec(out)?.[0];
  if (first && a.sentence.text.startsWith(first) && isLowerCaseName(first)) return out;
  return out.charAt(0).toUpperCase() + out.slice(1);
}

const CLOSES: Record<string, string> = { ")": "(", "]": "[", "}": "{", "”": "“" };

/**
 * The brackets and quotes right after a range's last token that close what the range opened:
 * "… APIs (as a client" before "), while …" gets its ")"; nothing else of what follows (a name's
 * own "#" or "++" is its token's: tokens.ts).
 */
function closingTail(rendered: string, post: string): string {
  const open: string[] = [];
  for (const ch of rendered) {
    if (ch === "(" || ch === "[" || ch === "{" || ch === "“") open.push(ch);
    else if (ch in CLOSES && open.at(-1) === CLOSES[ch]) open.pop();
  }
  let straight = (rendered.match(/"/g)?.length ?? 0) % 2 === 1;
  let tail = "";
  for (const ch of post.trimStart()) {
    // the sentence's own stop inside a quotation ('… to bottom."') is not part of the range
    if (/[.,;:!?]/.test(ch)) continue;
    if (ch in CLOSES && open.at(-1) === CLOSES[ch]) open.pop();
    else if (ch === '"' && straight) straight = false;
    else break;
    tail += ch;
  }
  return tail;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "In November 1997, " for a timeline line ("In 2009, " for a paragraph's year), so the statement says when without its layout. */
export function datePhrase(st: Statement): string {
  const p = st.analysed.sentence.datePrefix;
  if (!p || !p.year) return "";
  if (!p.month) return `In ${p.year}, `;
  return p.day ? `On ${MONTHS[p.month - 1]} ${p.day}, ${p.year}, ` : `In ${MONTHS[p.month - 1]} ${p.year}, `;
}

/** "Compared with Graphite, " when the sentence leaves its comparison's other side to the heading. */
export function comparandPhrase(st: Statement, afterDate = false): string {
  const c = st.resolution.comparand;
  return c ? `${afterDate ? "compared" : "Compared"} with ${c}, ` : "";
}

/** The full prompt text: context sentence (if any) then the statement, dated when the layout dates it. */
export function renderStatement(st: Statement, options: RenderOptions = {}, resolutions?: Map<Analysed, Resolution>): string {
  const body = renderTokens(st, options);
  const dated = options.range ? "" : datePhrase(st);
  const date = options.range ? "" : dated + comparandPhrase(st, dated !== "");
  const first = st.analysed.tokens[st.from];
  // after "In September 2001, " a function word goes lower case ("during the …"), a name never
  // (a pronoun replaced by its antecedent is that name: "Compared with Spark, Dask has …")
  // (and "There was …", "Also …": "In 2014, There was also a healthy exchange …" read garbled)
  const functionWord = !!first && first.text !== "I" && !st.resolution.replacements.has(st.from) && (["Preposition", "Determiner", "Conjunction", "Pronoun", "Adverb"].some((tag) => first.tags.has(tag)) || /^(?:there|here)$/.test(first.lower));
  const lower = (st.analysed.sentence.datePrefix?.lowerStart && st.from === 0) || /^(?:The|A|An)\s/.test(body) || functionWord;
  const own = date ? `${date}${lower ? body.charAt(0).toLowerCase() + body.slice(1) : body}` : body;
  const ctx = st.resolution.context;
  if (!ctx || options.withoutContext) return own;
  const shown = [st.resolution.contextBefore, ctx].filter((c): c is Analysed => !!c).map((c) => contextSentence(c, resolutions));
  return `${shown.join(" ")} ${own}`;
}

/** A context sentence as shown: its own references resolved, its opening connective ("On the other hand,") dropped. */
function contextSentence(a: Analysed, resolutions?: Map<Analysed, Resolution>): string {
  const resolution = resolutions?.get(a) ?? { kind: "none" as const, confidence: 1, replacements: new Map<number, string>() };
  return renderTokens({ analysed: a, resolution, from: afterConnectives(a.tokens, a.main?.subject[0] ?? 0) });
}

export interface StatementSet {
  statements: Statement[];
  /** Resolution of every analysed sentence (context sentences are rendered with theirs). */
  resolutions: Map<Analysed, Resolution>;
}

/** Walks the document in order, resolving each sentence against the one before it. */
export function buildStatements(analysed: Analysed[], entities: EntityIndex, project?: string): StatementSet {
  const statements: Statement[] = [];
  const resolutions = new Map<Analysed, Resolution>();
  let previous: DiscourseContext["previous"];
  let previousBlock = -1;
  let previousPath = "";
  const people = new People();
  for (const full of coinedPeople(analysed)) {
    people.know(full);
    for (const name of [full, full.split(" ")[0]]) entities.setType(name, "person");
  }
  // "## Sauce Labs and Node.js" in a project's history names who backed it, not two things set
  // against each other: a heading's "and" pairs names only as the title or in a document that
  // compares elsewhere (a heading with "vs", "compared", "alternatives")
  const compares = analysed.some((a) => a.sentence.block.headingPath.some((h) => COMPARISON_HEADING.test(h)));
  for (const a of analysed) {
    const block = a.sentence.block;
    const path = block.headingPath.join("\u0000");
    const sameBlock = block.id === previousBlock;
    // A reference never reaches across a heading, or from one list item into the next.
    if (!sameBlock && (path !== previousPath || block.kind === "item" || block.kind === "quote")) previous = undefined;
    else if (!sameBlock && previous) previous = { ...previous, sameBlock: false };
    const opensSection = !previous && a.sentence.index === 0;
    const topic = opensSection || !previous ? headingTopic(block.headingPath[block.headingPath.length - 1], entities) : undefined;
    const compared = comparedNames(block.headingPath, entities, compares);
    const resolution = a.tokens.length ? resolveReferences(a, { previous, topic, project, compared }, entities) : { kind: "unresolved" as const, confidence: 0, replacements: new Map() };
    people.expand(a, resolution.replacements);
    people.learn(a);
    resolutions.set(a, resolution);
    if (!a.skip && resolution.kind !== "unresolved" && a.main) {
      // a connective without its comma is read into the subject ("For example PNaCl defines …"): it
      // may go, but never the subject's last word
      statements.push({ analysed: a, resolution, from: afterConnectives(a.tokens, Math.max(a.main.subject[0], a.main.subject[1] - 1)) });
    }
    // an apposition names what it describes: it stands alone, and is no antecedent for what follows
    for (const part of a.appositions ?? []) {
      const own = resolveReferences(part, { project }, entities);
      resolutions.set(part, own);
      if (!part.skip && own.kind === "none" && part.main) statements.push({ analysed: part, resolution: own, from: part.main.subject[0] });
    }
    previous = { analysed: a, resolution, sameBlock: true };
    previousBlock = block.id;
    previousPath = path;
  }
  return { statements, resolutions };
}
