// Owns the generation context every question builder reads: the document's statements, their
// resolutions and answer spans, the name index, fact ids, and a word index that finds the
// statements saying nearly the same thing as a blanked one (what makes a blank ambiguous).
import type { Analysed } from "../analysis";
import type { EntityIndex } from "../entities";
import { isCommonplace, isKnownCompany } from "../commonplace";
import { isTrivialAnswer } from "../defects";
import { stableId } from "../ids";
import { normaliseAnswer, normaliseText } from "../normalise";
import type { Resolution } from "../references";
import { findSpans, type Span } from "../spans";
import { BLANK, renderStatement, renderTokens, type Statement } from "../statements";
import { COMPARISON_HEADING } from "../topics";
import { namedAfterPerson } from "../people";
import { declaredAliases } from "../aliases";
import type { Token } from "../tokens";

export interface GenerationContext {
  slug: string;
  statements: Statement[];
  resolutions: Map<Analysed, Resolution>;
  entities: EntityIndex;
  spans: Map<Statement, Span[]>;
  factId(st: Statement): string;
  /** The name the document is mostly about ("Rust" in a post about Rust), if one dominates: normalised, and as written. */
  topic?: string;
  topicName?: string;
  /**
   * Names as obvious an answer as the topic, normalised: those the title is about ("Borg: The
   * Predecessor to Kubernetes") and an organisation in a fifth of the statements ("Google" all
   * through Google's post on Borg).
   */
  obviousNames: Set<string>;
  /** The names the document declares to be one ("WebAssembly (Wasm)"), normalised, each to its others. */
  aliases: Map<string, Set<string>>;
  /**
   * The two names a document that compares is written around, normalised ("dask", "spark"): with
   * one of them in the prompt, the other is no answer to find but the only one left.
   */
  pair?: [string, string];
  /**
   * The two names a question about `answer` (normalised) in this statement may offer as its
   * choices, as the document writes them: the pair the document is written around, else the two
   * its section's heading sets against each other ("Prometheus vs. InfluxDB"; "Mocha" against the
   * name a comparison without a topic mentions most, Vitest). Undefined when the answer is neither.
   * (A heading's one name beside a document's own topic is no such pair: FastAPI's alternatives
   * inspired it, so "Which of APIStar and FastAPI used the OpenAPI standard?" has two answers.)
   */
  choices(st: Statement, answer: string): [string, string] | undefined;
  /**
   * The two names this statement's question may set against each other, normalised: the pair
   * the document is written around, else its section's ("Astro vs. VuePress"); see `choices`.
   */
  sides(st: Statement): [string, string] | undefined;
  /**
   * Other statements that say what this one says around the span (≥ 75 % of its content words)
   * with a different value in it: each would be a second right answer to the blank.
   */
  rivals(st: Statement, span: Span): Statement[];
  /** Whether `rivals` would find any: the search stops at the first (most callers ask no more). */
  hasRival(st: Statement, span: Span): boolean;
  /** The document's title ("pnpm in 2025"): what it gives away is no question. */
  title: string;
}

const MAX_POSTINGS = 60;

/**
 * What a thing is called varies more than what it does: "a test framework running on Node.js" and
 * "a test runner for Node.js" describe the same kind of thing, so the kind nouns count as one word.
 */
const KIND_NOUNS = /^(?:frameworks?|librar(?:y|ies)|tools?|runners?|packages?|systems?|platforms?|solutions?|engines?|utilit(?:y|ies)|toolkits?)$/;

function contentWords(text: string): string[] {
  return [...new Set(normaliseText(text).split(" ").filter((w) => w.length > 3).map((w) => (KIND_NOUNS.test(w) ? "kind-noun" : w)))];
}

/**
 * What compromise knows of a name's tokens types the name: "Roy Fielding" is a person, and so is
 * "Fielding" later on; "CloudFlare" is an organisation (an acronym such as "HTML" is not, whatever
 * the tagger says).
 */
function typeName(entities: EntityIndex, name: string, tokens: Token[], from: number, to: number): void {
  const own = tokens.slice(from, to);
  const personal = own.some((t) => t.tags.has("Person") || t.tags.has("FirstName")) && !namedAfterPerson(own);
  if (personal || besideRole(tokens, from, to)) {
    entities.setType(name, "person");
    const surname = name.split(/\s+/);
    if (surname.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(surname.at(-1)!)) entities.setType(surname.at(-1)!, "person");
  } else if ((own.every((t) => t.tags.has("Organization")) && /\p{Ll}/u.test(name)) || isKnownCompany(name)) entities.setType(name, "organization");
}

const ROLE = /^(?:ceo|cto|founder|co-founder|cofounder|creator|author|inventor|president|chairman|executive|engineer|developer|maintainer|designer|researcher|professor|scientist|architect)$/;

/**
 * "Sundar Pichai, the chief executive of Google, …", "Docker's creator Solomon Hykes": a name a
 * role stands beside is a person, whatever the tagger knows of it (it gets people, not products,
 * as wrong choices).
 */
function besideRole(tokens: Token[], from: number, to: number): boolean {
  if (from > 0 && ROLE.test(tokens[from - 1].lower) && !/[,;:()]/.test(tokens[from - 1].post)) return true;
  if (!tokens[to - 1].post.includes(",")) return false;
  for (let k = to; k < Math.min(tokens.length, to + 3); k++) {
    if (ROLE.test(tokens[k].lower)) return true;
    if (/[,;:().]/.test(tokens[k].post)) return false;
  }
  return false;
}

/**
 * @param lede the sentences of the document's opening paragraph, statements or not ("I'm excited
 *   to interview the author of pjax … I want to focus on pjax"): they say what it is about
 * @param project the name of the project whose developers write the document (lib/content/project-voice.ts)
 * @param title the document's title
 */
export function buildContext(slug: string, statements: Statement[], resolutions: Map<Analysed, Resolution>, entities: EntityIndex, lede: Analysed[] = [], project?: string, title?: string): GenerationContext {
  const spans = new Map<Statement, Span[]>();
  const indexed = new Map<Statement, Indexed>();
  const postings = new Map<string, Indexed[]>();
  const index = (st: Statement) => {
    const w = contentWords(renderStatement(st, { withoutContext: true }));
    const entry = indexed.get(st) ?? { st, words: new Set<string>(), seen: -1 };
    entry.words = new Set(w);
    indexed.set(st, entry);
    for (const word of w) {
      const list = postings.get(word) ?? [];
      if (list.length < MAX_POSTINGS) list.push(entry);
      postings.set(word, list);
    }
  };
  let searches = 0;
  for (const st of statements) {
    const found = findSpans(st, entities);
    spans.set(st, found);
    for (const s of found) if (s.kind === "name") typeName(entities, s.text, st.analysed.tokens, s.from, s.to);
    index(st);
  }
  // A second right answer may sit in a sentence that makes no question of its own ("Similar to
  // previous optimization comparisons, Recoil makes render optimizations through atom dependency"
  // leans on what came before): what the document says anywhere is searched for rivals.
  const stated = new Set(statements.map((st) => st.analysed));
  for (const [analysed, resolution] of resolutions) if (!stated.has(analysed) && analysed.main && analysed.tokens.length > 0) index({ analysed, resolution, from: 0 });
  // every heading over a statement, once: what the document compares and is written around is read from them
  const headingTitles = [...new Set(statements.flatMap((st) => st.analysed.sentence.block.headingPath))];
  const titled = titleSubject(statements, title);
  const aliases = declaredAliases([...resolutions.keys()].map((a) => a.sentence.clean));
  // the names the spans hold, and how many statements mention each: read by several of the
  // choices below, computed once (the spans are all found by now)
  let known: Set<string> | undefined;
  const names = () => (known ??= spanNames(spans));
  let order: Map<string, number> | undefined;
  const nameOrder = () => (order ??= new Map([...names()].map((n, i) => [n, i])));
  let mentions: Array<[string, number]> | undefined;
  const counts = () => (mentions ??= nameCounts(spans, names()));
  // a project writing its own history is what its document is about ("pnpm", in lower case, is no name span)
  const compares = !project && comparesNames(headingTitles, names());
  const against = compares ? againstOthers(headingTitles, counts()) : undefined;
  const topic = project ? normaliseAnswer(project) : compares ? (against ?? homeName(headingTitles, counts())) : (titled ?? dominantName(counts(), spans.size) ?? ledeName(names(), lede));
  // "Which of PyOxidizer and Python …?" in PyOxidizer's comparisons with other packagers (rated
  // garbled blind): a name every student knows, mentioned often, is the world the document is
  // written in, not one of the two it compares — unless a heading or the title names it
  const headingWords = ` ${[...headingTitles, title ?? ""].map((h) => normaliseAnswer(h)).join(" | ")} `;
  const commonSide = (name: string) => isCommonplace(name) && !headingWords.includes(` ${name} `);
  const candidatePair = compares ? comparedPair(counts(), spans.size) : undefined;
  const pair = candidatePair?.some(commonSide) ? undefined : candidatePair;
  // one of the pair heading a section of its own, the other none: the pair is that section's, and
  // the sections beside it set the document's name against theirs ("## Git", "## Git-annex", "##
  // Build automation tools" in DVC's comparison with related technologies, where "Which of DVC and
  // Git optimizes file hash calculation?" was rated wrong blind: that section is about Git-annex)
  const headed = pair?.filter((name) => headingTitles.some((h) => normaliseAnswer(h) === name));
  const pairSection = headed?.length === 1 ? headingTitles.find((h) => normaliseAnswer(h) === headed[0]) : undefined;
  const ids = new Map<Statement, string>();
  const rivalsOf = new WeakMap<Span, Statement[]>();
  const hasRivalOf = new WeakMap<Span, boolean>();
  // each statement is compared with many blanks: its normalised words and subject are computed once
  const sayings = new Map<Statement, string>();
  const subjects = new Map<Statement, string>();
  // (looked up for every candidate rival: no closure per call, as `cached` would make)
  const said = (st: Statement) => {
    let text = sayings.get(st);
    if (text === undefined) sayings.set(st, (text = ` ${normaliseAnswer(st.analysed.sentence.clean)} `));
    return text;
  };
  // the sides each section compares, by heading path; names as written; computed when first asked
  const sides = new Map<string, [string, string] | null>();
  const written = new Map<string, string>();
  // a document that compares without a topic of its own (Vitest's "Comparisons with Other Test
  // Runners") sets each section's one name against the name it mentions most, one that sets its
  // topic against all others ("How does Matrix compare to other platforms?") against that topic;
  // one written around its own topic (FastAPI's alternatives, which inspired it) does not
  let mostNamed: { name?: string } | undefined;
  const home = () => against ?? (compares && !topic ? (mostNamed ??= { name: counts().find(([name]) => !commonSide(name))?.[0] }).name : undefined);
  const subjectOf = (st: Statement) => {
    let subject = subjects.get(st);
    if (subject === undefined) subjects.set(st, (subject = nameSubject(st)));
    return subject;
  };
  return {
    topic,
    ...(topic ? { topicName: asWritten(spans, topic) } : {}),
    // (and each by every name the document gives it: "10 Years of Wasm" is about WebAssembly)
    obviousNames: withAliases([...namesOfTitle(spans, title), ...frequentOrganisations(counts(), spans.size, entities), ...(titled ? [titled] : []), ...(topic ? [topic] : [])], aliases),
    aliases,
    ...(pair ? { pair } : {}),
    slug,
    title: title ?? "",
    statements,
    resolutions,
    entities,
    spans,
    factId(st) {
      let id = ids.get(st);
      if (!id) {
        // an apposition is a fact of its sentence: one recall question per sentence still
        id = stableId("f", slug, normaliseText(st.analysed.sentence.text));
        ids.set(st, id);
      }
      return id;
    },
    sides: sidesOf,
    choices(st, answer) {
      const two = sidesOf(st);
      if (!two || !two.includes(answer)) return undefined;
      return [cached(written, two[0], () => asWritten(spans, two[0])), cached(written, two[1], () => asWritten(spans, two[1]))];
    },
    rivals(st, span) {
      // cloze and multiple choice ask the same spans: compute once
      const known = rivalsOf.get(span);
      if (known) return known;
      // "Black, like Ruff's formatter, makes …": the sentence itself says it of another subject
      const found = span.role === "subject" && span.kind === "name" && st.analysed.sentence.sharedWith ? [st] : findRivals(st, span);
      rivalsOf.set(span, found);
      return found;
    },
    hasRival(st, span) {
      const known = rivalsOf.get(span) ?? hasRivalOf.get(span);
      if (known !== undefined) return typeof known === "boolean" ? known : known.length > 0;
      if (span.role === "subject" && span.kind === "name" && st.analysed.sentence.sharedWith) return true;
      const found = findRivals(st, span, true).length > 0;
      hasRivalOf.set(span, found);
      // none at all is the whole answer for `rivals` too
      if (!found) rivalsOf.set(span, []);
      return found;
    },
  };

  function sidesOf(st: Statement): [string, string] | undefined {
    const path = st.analysed.sentence.block.headingPath;
    if (pair && (pairSection === undefined || path.includes(pairSection))) return pair;
    return cached(sides, path.join("\u0000"), () => sectionSides(path, nameOrder(), home()) ?? null) ?? undefined;
  }

  /** With `first`, stops at the first rival found. */
  function findRivals(st: Statement, span: Span, first = false): Statement[] {
    const around = contentWords(renderStatement(st, { blank: [span.from, span.to], withoutContext: true }).replace(BLANK, " "));
    if (around.length === 0) return [];
    // a statement that repeats RIVAL_SHARE of the words misses at most the rest, so it holds one of
    // the rarest (rest + 1) words: their postings list every candidate
    const misses = Math.floor(around.length * (1 - RIVAL_SHARE));
    const byRarity = [...around].sort((a, b) => (postings.get(a)?.length ?? 0) - (postings.get(b)?.length ?? 0));
    const rarest = byRarity.slice(0, misses + 1);
    const answer = normaliseAnswer(span.text);
    const spaced = ` ${answer} `;
    const out: Statement[] = [];
    // each candidate once, in the order of the rarest words' postings
    const search = searches++;
    // (index loops: this runs for millions of entries at 1 MB, and iterators there cost garbage)
    for (let r = 0; r < rarest.length; r++) {
      const list = postings.get(rarest[r]);
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const entry = list[k];
        if (entry.seen === search) continue;
        entry.seen = search;
        if (rival(entry)) {
          out.push(entry.st);
          if (first) return out;
        }
      }
    }
    return out;

    function rival({ st: other, words }: Indexed): boolean {
      // an apposition restates part of its own sentence ("Spark provides GraphX, a library for …")
      if (other === st || (other.analysed.sentence.start === st.analysed.sentence.start && (other.analysed.sentence.apposition || st.analysed.sentence.apposition))) return false;
      // rarest words first: a statement that is no rival mostly lacks those, and is told so sooner
      if (!repeats(words, byRarity, misses)) return false;
      // a statement that names the answer restates it, unless the answer is asked as the subject
      // and the other statement says the same of another subject ("WebdriverIO is, similar to
      // Cypress, a browser-based test runner …" is a second right answer for "____ is a browser-based
      // test runner")
      return !(said(other).includes(spaced) && !(span.role === "subject" && subjectOtherThan(subjectOf(other), answer)));
    }
  }
}

/** A statement in the word index: its content words, and the search that last met it (each candidate is checked once). */
interface Indexed {
  st: Statement;
  words: Set<string>;
  seen: number;
}

/** Whether `words` holds all of `around` but at most `misses` of them. */
function repeats(words: Set<string>, around: string[], misses: number): boolean {
  let left = misses;
  for (let i = 0; i < around.length; i++) if (!words.has(around[i]) && --left < 0) return false;
  return true;
}

/**
 * The names (from `names`, each with its place in the document's order) a normalised text holds
 * as whole words, in that order. Looked up by the text's own runs of words, so the cost is the
 * text's length, not the number of names the document has.
 */
function namesIn(text: string, names: Map<string, number>): string[] {
  const found: string[] = [];
  // an empty name is "in" an empty text only (" " + "" + " " in "  ")
  if (text === "") return names.has("") ? [""] : [];
  const words = text.split(" ");
  for (let from = 0; from < words.length; from++) {
    let run = "";
    for (let to = from; to < words.length; to++) {
      run = to === from ? words[from] : `${run} ${words[to]}`;
      if (names.has(run) && !found.includes(run)) found.push(run);
    }
  }
  return found.sort((a, b) => names.get(a)! - names.get(b)!);
}

/**
 * The two names a section sets against each other: the nearest heading that names any, when it
 * names two ("Prometheus vs. InfluxDB"), or one besides `home` ("Mocha" in Vitest's comparisons);
 * normalised.
 */
function sectionSides(headingPath: readonly string[], names: Map<string, number>, home: string | undefined): [string, string] | undefined {
  for (let i = headingPath.length - 1; i >= 0; i--) {
    // "Git-annex" is no section about Git: a name joined to a word by a hyphen is part of another
    const named = namesIn(normaliseAnswer(headingPath[i]), names).filter((name) => standsAlone(headingPath[i], name));
    // "Flask REST frameworks" names Flask once, not "flask" and "flask rest"
    const sides = named.filter((n) => !named.some((m) => m !== n && ` ${m} `.includes(` ${n} `)));
    if (sides.length === 0) continue;
    if (sides.length === 2) return [sides[0], sides[1]];
    return sides.length === 1 && home && sides[0] !== home ? [sides[0], home] : undefined;
  }
  return undefined;
}

/** Whether a heading writes a normalised name whole ("Git-LFS" holds "git lfs", "Elder.js vs. Astro" "elder js"; "Git-annex" no "git"). */
function standsAlone(heading: string, name: string): boolean {
  const words = name.split(" ").map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[^\\p{L}\\p{N}]+");
  return new RegExp(`(?<![\\p{L}\\p{N}-])${words}(?![\\p{L}\\p{N}]|-\\p{L})`, "iu").test(heading);
}

function cached<K, V>(map: Map<K, V>, key: K, compute: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = compute()));
  return value;
}

/** The statement's subject, normalised, when it starts with a capital (a name); "" otherwise. */
function nameSubject(st: Statement): string {
  const main = st.analysed.main;
  if (!main || main.subject[1] <= main.subject[0] || !/\p{Lu}/u.test(st.analysed.tokens[main.subject[0]]?.text ?? "")) return "";
  return normaliseAnswer(renderTokens(st, { range: [Math.max(st.from, main.subject[0]), main.subject[1]] }));
}

/** A subject (from `nameSubject`) that is a name and not `answer` (normalised), nor holds it. */
function subjectOtherThan(subject: string, answer: string): boolean {
  return subject.length > 0 && !` ${subject} `.includes(` ${answer} `);
}

/** Share of a blank's context words another statement must repeat to be a rival (a second right answer). */
const RIVAL_SHARE = 0.75;

const TWO_NAMES_HEADING = /^\s*\p{Lu}[\p{L}\d.+#-]*(?:\s\p{Lu}[\p{L}\d.+#-]*)?\s+(?:and|&)\s+\p{Lu}[\p{L}\d.+#-]*(?:\s\p{Lu}[\p{L}\d.+#-]*)?\s*$/u;

/**
 * A document whose headings compare ("Prometheus vs. Graphite", "Comparison to Spark",
 * "TensorFlow and PyTorch") has no single topic: "which one does this?" about the name it
 * mentions most is the question it exists to answer, not a giveaway.
 */
function comparesNames(headings: string[], names: Set<string>): boolean {
  return headings.some((h) => (COMPARISON_HEADING.test(h) && !ideasVersus(h, names)) || TWO_NAMES_HEADING.test(h));
}

/**
 * A heading that sets two ideas against each other, with no name on either side of its "vs"
 * ("Resumable vs. Hydration" in Qwik's docs, "Classes vs functions in Panel"): the document is
 * written around one name all the same (twenty-first round: "____ is different because it does
 * not require hydration" → Qwik was published, its topic undetected, and rated given away).
 */
function ideasVersus(heading: string, names: Set<string>): boolean {
  const sides = /([\p{L}\p{N}.+#'’-]+)\s+(?:vs\.?|VS\.|[vV]ersus)\s+([\p{L}\p{N}.+#'’-]+)/u.exec(heading);
  if (!sides) return false;
  const before = normaliseAnswer(sides[1]), after = normaliseAnswer(sides[2]);
  for (const name of names) if (name === before || name === after || name.endsWith(` ${before}`) || name.startsWith(`${after} `)) return false;
  return true;
}

/** "<name> versus other …", "How does <name> compare to other …?", "<name> compared with the alternatives", "Comparison of <name> with other …". */
const AGAINST_OTHERS = /^(?:how (?:does|do|is|are) |(?:an? )?comparisons? of )?(.+?) (?:vs\.?|versus|compares? (?:to|with|against)|compared (?:to|with|against)|(?<=^(?:an? )?comparisons? of .+)(?:with|to|against)) (?:the )?(?:other|others|alternatives|rest)\b/i;

/**
 * The one name a heading sets against all others ("How does Matrix compare to other platforms?",
 * "etcd versus other key-value stores"): what the document is written around, and the other side
 * of each section that names one platform (seventeenth round: "____ is the long-awaited
 * middleground between …" → Matrix was published and rated trivial).
 */
function againstOthers(headings: string[], counts: Array<[string, number]>): string | undefined {
  const names = new Set(counts.map(([name]) => name));
  for (const h of headings) {
    const one = AGAINST_OTHERS.exec(h.trim())?.[1];
    if (one && names.has(normaliseAnswer(one))) return normaliseAnswer(one);
  }
  return undefined;
}

/**
 * In a document that compares, the name it is written around is still its topic when a heading is
 * about it without setting it against another — "Used by FastAPI" in FastAPI's page of
 * alternatives, where "____ got some inspiration from Requests" gives itself away; never
 * "Prometheus vs. Graphite", nor a section that only names an alternative ("Starlette") — and no
 * name such a heading is about is mentioned more often.
 */
function homeName(all: string[], counts: Array<[string, number]>): string | undefined {
  const headings = all.filter((h) => !COMPARISON_HEADING.test(h) && !TWO_NAMES_HEADING.test(h)).map((h) => ` ${normaliseAnswer(h)} `);
  // a name a heading is all of ("## React" in Vue's comparison with other frameworks) heads a
  // section about one alternative: it is no home, whatever other headings hold it ("Preact and
  // Other React-Like Libraries")
  // ("OpenRC (Gentoo)" too: Dinit's comparison had taken OpenRC for its home)
  const alternatives = new Set(all.flatMap((h) => [normaliseAnswer(h), normaliseAnswer(h.replace(/\s*\([^()]*\)\s*$/, ""))]));
  // the names any of those headings holds, found by the headings' own words (not every name against every heading)
  const names = new Map(counts.map(([name], i) => [name, i]));
  const headed = new Set(headings.flatMap((h) => namesIn(h.slice(1, -1), names)).filter((name) => !alternatives.has(name)));
  const inHeadings = counts.filter(([name]) => headed.has(name));
  const [first, second] = inHeadings;
  if (!first || first[1] < 3 || (second && second[1] === first[1])) return undefined;
  return headings.some((h) => h.includes(` ${first[0]} `) && h.trim() !== first[0]) ? first[0] : undefined;
}

/** The two names a comparing document mentions most, when they stand out: each in a fifth of its statements, the third in half as many at most. */
function comparedPair(counts: Array<[string, number]>, statements: number): [string, string] | undefined {
  const [first, second, third] = counts;
  if (!first || !second || second[1] < Math.max(3, statements / 5) || (third && third[1] > second[1] / 2)) return undefined;
  return [first[0], second[0]];
}

/** A normalised name as the document writes it most often mid-sentence ("curl", "Rust", "REST"). */
function asWritten(spans: Map<Statement, Span[]>, name: string): string {
  const counts = new Map<string, number>();
  // a capital at the start of a sentence says nothing of the spelling: it counts for a tenth
  const count = (text: string, first: boolean) => counts.set(text, (counts.get(text) ?? 0) + (first ? 0.1 : 1));
  for (const [st, list] of spans) {
    for (const s of list) if (s.kind === "name" && normaliseAnswer(s.text) === name) count(s.text, s.from === 0);
    st.analysed.tokens.forEach((t, i) => normaliseAnswer(t.text) === name && !list.some((s) => s.kind === "name" && s.from <= i && s.to > i) && count(t.text, i === 0));
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? name;
}

/** How many statements mention each name (answer spans and the document's own words), most first. */
function nameCounts(spans: Map<Statement, Span[]>, names: Set<string>): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const [st, list] of spans) {
    if (st.analysed.sentence.apposition) continue; // its sentence is counted already
    const names = new Set(list.filter((s) => s.kind === "name").map((s) => normaliseAnswer(s.text)));
    // the document's words, not only its answer spans: "curl" in "… when curl is built"
    for (const t of st.analysed.tokens) if (/^\p{Lu}|\p{Ll}\p{Lu}/u.test(t.text) || /^[a-z]+$/.test(t.text)) names.add(normaliseAnswer(t.text));
    for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  return [...counts.entries()].filter(([n]) => names.has(n)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/**
 * The names the answer spans hold, normalised — not a class of thing written as one ("APIs" in a
 * heading "APIs and debugging" is no document's topic: the demo deck asked "… in APIs' history?").
 */
function spanNames(spans: Map<Statement, Span[]>): Set<string> {
  return new Set([...spans.values()].flatMap((list) => list.filter((s) => s.kind === "name").map((s) => normaliseAnswer(s.text))).filter((n) => !isTrivialAnswer(n)));
}

/** Organisations mentioned in at least a fifth of the statements (and three of them): the house the document is written in. */
function frequentOrganisations(counts: Array<[string, number]>, statements: number, entities: EntityIndex): string[] {
  return counts.filter(([name, n]) => n >= 3 && n >= statements / 5 && entities.typeOf(name) === "organization").map(([name]) => name);
}

/**
 * The names and noun phrases a title says, normalised ("Virtual DOM is pure overhead": the virtual
 * DOM; "Gopls on by default in the VS Code Go extension": gopls, VS Code), unless it compares them
 * ("TensorFlow vs PyTorch", "Comparison to Spark").
 */
function namesOfTitle(spans: Map<Statement, Span[]>, title = ""): Set<string> {
  if (!title || COMPARISON_HEADING.test(title) || TWO_NAMES_HEADING.test(title)) return new Set();
  // "… With Go Cloud's Wire" names Go Cloud too
  // (and "10 Years of Let's Encrypt Certificates" names Let's Encrypt: the "'s" may be the name's own)
  const written = ` ${normaliseAnswer(title)} `;
  const words = written.replace(/['’]s\b/g, "");
  const phrases = [...spans.values()].flatMap((list) => list.filter((s) => s.kind === "name" || s.kind === "phrase").map((s) => normaliseAnswer(s.text)));
  return new Set(phrases.filter((n) => n && !isTrivialAnswer(n) && (words.includes(` ${n} `) || written.includes(` ${n} `))));
}

/**
 * The name a title opens with before a colon ("gccrs: An alternative compiler for Rust", "Borg:
 * The Predecessor to Kubernetes"), introduces ("Introducing Gofix") or tells the history of
 * ("History of Maven"), normalised, when three
 * statements or more say it: what the document is about, even written in lower case as no other
 * name is ("gccrs" is no name span, and "GCC", which it is part of, is mentioned more).
 */
function titleSubject(statements: Statement[], title = ""): string | undefined {
  const subject = (/^\s*([\p{L}\p{N}][\p{L}\p{N}.+#-]*)\s*:\s+\S/u.exec(title) ?? /^\s*(?:Introducing|Announcing|Meet)\s+([\p{L}\p{N}][\p{L}\p{N}.+#-]*)\s*$/u.exec(title) ?? HISTORY_TITLE.exec(title))?.[1];
  if (!subject) return undefined;
  // a title in title case does not say where the name ends ("10 Years of Let's Encrypt
  // Certificates"): the longest of its first words that three statements say
  const words = subject.split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const name = normaliseAnswer(words.slice(0, n).join(" "));
    const saying = statements.filter((st) => ` ${normaliseText(st.analysed.sentence.clean)} `.includes(` ${name} `)).length;
    if (saying >= 3) return name;
  }
  return undefined;
}

/**
 * "History of Maven", "A Brief History of PostgreSQL", "10 Years of Electron", "The history of PWA
 * development", "10 Years of Let's Encrypt Certificates": the name whose history it is (one to three
 * words in capitals, before one word in lower case).
 */
const HISTORY_TITLE = /^\s*(?:(?:[Aa]|[Tt]he)\s+)?(?:\(?(?:[Bb]rief|[Ss]hort|[Ll]ittle)\)?\s+)?(?:[Hh]istory [Oo]f|\d+ [Yy]ears [Oo]f)\s+(\p{Lu}[\p{L}\p{N}.+#'’-]*(?:\s\p{Lu}[\p{L}\p{N}.+#'’-]*){0,2})(?:\s\p{Ll}+)?[^\p{L}\p{N}]*$/u;


/**
 * When no name dominates the statements, the one the opening paragraph names most — at least
 * twice, and more than any other name the questions may ask for. An interview about pjax says
 * "pjax" in few statements (most are the interviewee's first person) but twice in its lede.
 */
function ledeName(names: Set<string>, lede: Analysed[]): string | undefined {
  const words = ` ${lede.map((a) => normaliseText(a.sentence.text)).join(" ")} `;
  const inLede = [...names].map((name) => [name, words.split(` ${name} `).length - 1] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = inLede;
  return first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : undefined;
}

/**
 * The name the document is about: mentioned in at least a fifth of its statements, or at least
 * 1.5 times as often as the next name (and 3 times or more).
 */
function dominantName(counts: Array<[string, number]>, statements: number): string | undefined {
  const [first, second] = counts;
  if (!first || first[1] < 3) return undefined;
  if (first[1] >= Math.max(3, statements / 5) || !second || first[1] >= 1.5 * second[1]) return first[0];
  return undefined;
}

/** The names, each with the other names the document gives it. */
function withAliases(names: string[], aliases: Map<string, Set<string>>): Set<string> {
  return new Set(names.flatMap((n) => [n, ...(aliases.get(n) ?? [])]));
}
