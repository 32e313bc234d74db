// Owns multiple choice over names and numbers: the statement with the answer blanked, and as
// wrong choices only values of the same kind that the document attributes to something else —
// other subjects it compares ("Spark" for "____ is written in Python"), other people it names
// ("Docker's creator ____ cited …"), other objects of the same verb, other counts of the same
// unit. A value the document also states of this slot is never a
// wrong choice.
import { seededShuffle } from "../ids";
import { normaliseAnswer, normaliseText } from "../normalise";
import type { Span } from "../spans";
import { isAux, type Token } from "../tokens";
import { BLANK, renderStatement, type Statement } from "../statements";
import { lemma } from "../verbs";
import { agentKinds } from "./agents";
import { englishWord } from "../dictionary";
import { namedAfterPerson } from "../people";
import type { GenerationContext } from "./context";
import { type Candidate, explanationOf, labelKey, questionId, sourceOf, sourceRange } from "./candidate";
import { sentenceKey } from "../sentences";

/** Distractors are looked for among the first values of a kind only: bounded work per question. */
const MAX_POOL = 200;

interface Slot {
  st: Statement;
  span: Span;
  /** "person", "subject", "object:<verb lemma>", or "number:<unit>" */
  kind: string;
  value: string;
  /** The value normalised (normaliseAnswer): compared with every other slot's, so computed once. */
  norm: string;
}

function verbOf(st: Statement): string {
  const main = st.analysed.main;
  if (!main) return "";
  const words = st.analysed.tokens.slice(main.verb[0], main.verb[1]).filter((t) => !t.tags.has("Adverb") && t.lower !== "not");
  const last = words[words.length - 1];
  return last ? lemma(last.lower) : "";
}

/** "Solomon Hykes", "Fielding": a person's name alone, not "Fielding's PhD Dissertation" nor "Apcera CEO Derek Collison". */
function isPersonName(tokens: Token[]): boolean {
  // a first name alone may be a product ("Cassandra"): one word counts only as a surname; nor is a
  // thing named after one a person ("Apple Dylan")
  const named = tokens.length === 1 ? tokens[0].tags.has("LastName") : tokens.some((t) => t.tags.has("FirstName")) && !namedAfterPerson(tokens);
  return named && tokens.length <= 3 && tokens.every((t) => t.tags.has("Person") && !t.tags.has("Honorific") && /^\p{Lu}\p{Ll}/u.test(t.text) && !/[’']s$/.test(t.text));
}

/**
 * Capitalised words that name a kind of thing, not one: "The aggregate ____ and memory consumed by
 * the data plane …" (CPU) and "One five-year-old ____ can perform 30,000 random reads" (SSD) were
 * offered among the document's products (Envoy, Linkerd; ClickHouse, Yandex.Metrica), where only
 * the answer fits the sentence (tenth round, rated given away blind; 2 of 3 such labelled
 * multiple choices rejected). They are no subject among subjects, as answer or as wrong choice.
 */
const GENERIC_TERMS = new Set(["cpu", "cpus", "gpu", "gpus", "ram", "ssd", "ssds", "hdd", "hdds", "os", "vm", "vms", "ui", "ux", "ide", "ides", "cli", "sdk", "sdks", "jit", "gc", "dbms", "rdbms", "api", "apis", "url", "urls"]);

/**
 * A plural English word capitalised only because it opens the sentence ("Views in TiDB are not
 * updatable", "Organizations that wish to utilize VDR …"): a common noun, no name among names (it
 * was offered among products, and as the answer among them it was the only one that fits: both
 * rated given away blind).
 */
function sentenceOpeningPlural(st: Statement, span: Span): boolean {
  const t = st.analysed.tokens[span.from];
  return span.to - span.from === 1 && span.from === st.from && t.tags.has("Plural") && englishWord(t.lower);
}

/** A place ("Denmark", "Silicon Valley"): no wrong choice for a thing, nor a thing for a place ("… was moved from ____ to V8" offered Blink among Silicon Valley, Denmark and Aarhus). */
function isPlace(st: Statement, span: Span): boolean {
  return st.analysed.tokens.slice(span.from, span.to).every((t) => t.tags.has("Place"));
}

function slotOf(st: Statement, span: Span): Slot | undefined {
  const value = span.text;
  const norm = normaliseAnswer(value);
  if (span.kind === "name" && sentenceOpeningPlural(st, span)) return undefined;
  // "Docker's creator ____ cited …": the people a document names are one kind, whatever they did
  if (span.kind === "name" && isPersonName(st.analysed.tokens.slice(span.from, span.to))) return { st, span, kind: "person", value, norm };
  // a bare number read as a name ("Apache NetBeans (Incubating) ____ was announced" → 11) is no
  // subject among the document's names (it was offered among Sun Microsystems and Oracle)
  if (span.kind === "name" && span.role === "subject") return GENERIC_TERMS.has(norm) || /^\d+(?:\.\d+)*$/.test(norm) ? undefined : { st, span, kind: "subject", value, norm };
  if (span.kind === "name" && (span.role === "object" || span.role === "prepositional")) {
    // "is written in ____": the verb and the preposition before the value define the slot; "be" and "have" say too little
    const verb = verbOf(st);
    if (!verb || verb === "be" || verb === "have") return undefined;
    const before = st.analysed.tokens[span.from - 1];
    const prep = before?.tags.has("Preposition") ? before.lower : "";
    return { st, span, kind: `object:${verb}:${prep}`, value, norm };
  }
  if (span.kind === "number" && span.to - span.from > 1) {
    const unit = st.analysed.tokens[span.to - 1].lower.replace(/s$/, "");
    return { st, span, kind: `number:${unit}`, value, norm };
  }
  return undefined;
}

export function mcqCandidates(ctx: GenerationContext): Candidate[] {
  const slots: Slot[] = [];
  // every release the document names, in any slot: the wrong choices of a question about one
  const releaseMentions = new Map<string, Slot[]>();
  for (const st of ctx.statements) for (const span of ctx.spans.get(st) ?? []) {
    const slot = slotOf(st, span);
    if (slot) slots.push(slot);
    const norm = span.kind === "name" ? normaliseAnswer(span.text) : "";
    const of = norm ? releasesOf(norm) : undefined;
    if (!of) continue;
    const list = releaseMentions.get(of) ?? [];
    if (list.length < MAX_POOL) list.push({ st, span, kind: "release", value: span.text, norm });
    releaseMentions.set(of, list);
  }
  const byKind = new Map<string, Slot[]>();
  // an apposition repeats a name its sentence already gave: it adds no wrong choice and no weight
  for (const s of slots.filter((x) => !x.st.analysed.sentence.apposition)) {
    const list = byKind.get(s.kind) ?? [];
    if (list.length < MAX_POOL) list.push(s);
    byKind.set(s.kind, list);
  }
  const frequency = new Map<string, number>();
  for (const s of slots) if (!s.st.analysed.sentence.apposition) frequency.set(s.norm, (frequency.get(s.norm) ?? 0) + 1);
  const byFrequency = new Map<string, Slot[]>();
  for (const [kind, list] of byKind) byFrequency.set(kind, [...list].sort((a, b) => (frequency.get(b.norm) ?? 0) - (frequency.get(a.norm) ?? 0)));
  // the kind of each value, asked of many slots: looked up once
  // (what the document's words make a name the tagger does not know — "Adobe engineer Sean
  // Parent", "at Mozilla", "Bastien recalls …" — comes first: a person or an organisation is no
  // wrong choice among products, nor a product among them)
  const cued = agentKinds(ctx);
  const types = new Map<string, ReturnType<typeof ctx.entities.typeOf>>();
  const typeOf = (value: string) => {
    let type = types.get(value);
    if (type === undefined) types.set(value, (type = cued.get(normaliseAnswer(value)) ?? ctx.entities.typeOf(value)));
    return type;
  };
  // whether each slot names a place, asked of it as answer and as every other slot's wrong choice: looked up once
  const places = new Map<Slot, boolean>();
  const placeOf = (s: Slot) => {
    let place = places.get(s);
    if (place === undefined) places.set(s, (place = isPlace(s.st, s.span)));
    return place;
  };
  // what each statement says, normalised, with the comparison's other side it is shown with
  // ("Compared with Graphite, …"), and the sentence as written ("Black, like Ruff's formatter,
  // makes …" says it of Ruff too): read for each of its slots, built once
  const sayings = new Map<Statement, string>();
  const said = (st: Statement) => {
    let text = sayings.get(st);
    if (text === undefined) {
      const { clean, text: written } = st.analysed.sentence;
      sayings.set(st, (text = normaliseText(`${st.resolution.comparand ?? ""} ${clean} ${written}`)));
    }
    return text;
  };
  // the statements naming each value (the first MAX_POOL), for the wrong choices a subject question
  // must not share its predicate with, and their words: built once
  const mentions = new Map<string, Statement[]>();
  for (const [st, list] of ctx.spans) for (const s of list) if (s.kind === "name") {
    const norm = normaliseAnswer(s.text);
    const sts = mentions.get(norm) ?? [];
    if (sts.at(-1) !== st && sts.length < MAX_POOL) sts.push(st);
    mentions.set(norm, sts);
  }
  const wordSets = new Map<Statement, Set<string>>();
  const wordsOf = (st: Statement) => {
    let words = wordSets.get(st);
    if (!words) wordSets.set(st, (words = new Set(said(st).split(" "))));
    return words;
  };
  // the grammatical number each subject's verbs give it, from the first that says
  const numbers = new Map<string, Grammatical>();
  for (const s of slots) if (s.kind === "subject" && !numbers.has(s.norm)) {
    const n = numberOf(s);
    if (n) numbers.set(s.norm, n);
  }
  const out: Candidate[] = [];
  for (const slot of slots) {
    const answer = slot.norm;
    const sentence = said(slot.st);
    const predicate = slot.kind === "subject" ? predicateWords(renderStatement(slot.st, { blank: [slot.span.from, slot.span.to], withoutContext: true })) : [];
    // "____ stores numeric samples for named time series" → Graphite: InfluxDB, of which the review
    // says it stores time series too, is a second right answer, not a wrong choice
    const saysItToo = (v: string) => predicate.length >= 3 && (mentions.get(v) ?? []).some((st) => st !== slot.st && shared(predicate, wordsOf(st)) >= Math.max(2, predicate.length * LOOSE_RIVAL_SHARE));
    // the document says the same of another subject: asking "which one" has two right answers
    if (slot.span.role === "subject" && ctx.hasRival(slot.st, slot.span)) continue;
    // a value the document also gives this slot elsewhere would be a second right answer (a
    // subject left here has none)
    const rivals = slot.span.role === "subject" ? [] : ctx.rivals(slot.st, slot.span);
    const rivalValues = new Set(rivals.flatMap((r) => (ctx.spans.get(r) ?? []).map((s) => normaliseAnswer(s.text))));
    const section = sectionOf(slot);
    const picked: string[] = [];
    const pickedNorms = [answer];
    const seen = new Set([answer]);
    const type = slot.span.kind === "name" && slot.kind !== "person" ? typeOf(slot.value) : undefined;
    const answerPlace = placeOf(slot);
    // a release is asked among the other releases of its name the document mentions, wherever they stand, before anything else
    const answerRelease = releasesOf(slot.norm);
    const releases = slot.kind === "subject" ? answerRelease : undefined;
    // the answer's number: its own verb's, else what its other statements say
    const number = slot.kind === "subject" ? (numberOf(slot) ?? numbers.get(slot.norm)) : undefined;
    const pool: Slot[] = [...(releases ? (releaseMentions.get(releases) ?? []) : []), ...(byFrequency.get(slot.kind) ?? [])];
    // same top-level section first, then the rest of the document; within each, the values the
    // document uses most in this slot first (the things it compares), then document order; the
    // pool is walked only until three are picked
    for (const sameSection of [true, false]) {
      for (const o of pool) {
        if (o.st === slot.st || (sectionOf(o) === section) !== sameSection) continue;
        const v = o.norm;
        // same kind of thing: a person for a person, and for a subject one the document keeps talking about
        if ((type && typeOf(o.value) !== type) || placeOf(o) !== answerPlace) continue;
        // a release ("MySQL 8.0", and "Figure 2" looks like one) is no wrong choice for what is not
        // one: "____ is a tool for replicating …" among MySQL 5.7 and 8.0 gave away TiCDC (0 of 10
        // such labelled questions acceptable)
        if (!answerRelease && releasesOf(v)) continue;
        if (slot.kind === "subject" && (frequency.get(v) ?? 0) < 2 && !(releases && releasesOf(v) === releases)) continue;
        if (disagree(number, numbers.get(v))) continue;
        if (seen.has(v) || sentence.includes(v) || rivalValues.has(v) || pickedNorms.some((p) => sharesWord(p, v) || ctx.aliases.get(p)?.has(v)) || [slot.value, ...picked].some((f) => abbreviates(f, o.value)) || saysItToo(v)) continue;
        seen.add(v);
        picked.push(o.value);
        pickedNorms.push(v);
        if (picked.length === 3) break;
      }
      if (picked.length === 3) break;
    }
    if (picked.length < 2) continue;
    const prompt = renderStatement(slot.st, { blank: [slot.span.from, slot.span.to] }, ctx.resolutions);
    const id = questionId(ctx.slug, "mcq", [sentenceKey(slot.st.analysed.sentence)], slot.value);
    const statements = [slot.st];
    const source = sourceRange(statements);
    out.push({
      question: {
        id,
        factIds: [ctx.factId(slot.st)],
        type: "mcq",
        prompt: `Which option completes the statement? ${prompt}`,
        choices: seededShuffle([slot.value, ...picked], id),
        answer: slot.value,
        explanation: explanationOf(statements),
        source: sourceOf(statements),
      },
      statements,
      span: slot.span,
      builder: `mcq-${slot.kind.split(":")[0]}`,
      source,
      key: labelKey("mcq", source, slot.value),
    });
  }
  return out;
}


type Grammatical = "singular" | "plural";

/**
 * The grammatical number a subject's verb gives it: "Nodes contain their own logic" (plural), "Godot
 * uses nodes" (singular); undefined when the verb does not say (past tense, a modal).
 */
function numberOf(slot: Slot): Grammatical | undefined {
  const main = slot.st.analysed.main;
  // the whole subject, or its head after words that modify it ("Some target ISAs have …"):
  // "Prometheus and OpenTSDB store …" says nothing of OpenTSDB's own number, nor "implementations
  // of the RISC-V have …" of RISC-V's
  if (!main || main.subject[1] !== slot.span.to || main.subject[0] > slot.span.from) return undefined;
  const { tokens } = slot.st.analysed;
  if (tokens.slice(main.subject[0], slot.span.from).some((t) => /^(?:of|and|or|with|for|in|on|by|from)$/.test(t.lower) || /[,;(]/.test(t.post))) return undefined;
  const verb = tokens[main.verb[0]];
  if (!verb) return undefined;
  if (/^(?:is|was|has|does)$/.test(verb.lower)) return "singular";
  if (/^(?:are|were|have|do)$/.test(verb.lower)) return "plural";
  // (after modifiers only an auxiliary says it: "The POSTGRES project, led by …" misparsed "project" as the verb)
  if (main.subject[0] !== slot.span.from) return undefined;
  if (!verb.tags.has("PresentTense") || isAux(verb)) return undefined;
  if (/[^s]s$/.test(verb.lower)) return "singular";
  // "In 1996, OpenBSD split off from NetBSD": a past tense spelt like the plural present says nothing
  return SAME_PAST.test(verb.lower) ? undefined : "plural";
}

const SAME_PAST = /^(?:split|put|set|cut|hit|let|read|spread|cost|quit|shut|hurt|bet|cast|broadcast|beat|burst|fit|forecast|upset|thrust|shed|rid)$/;

/**
 * A wrong choice whose verbs give it the other number than the answer's (any of its statements that
 * says): "____ contain their own logic" among Nodes, ECS and Godot has one plural choice (rated
 * given away blind on an unseen comparison).
 */
function disagree(x: Grammatical | undefined, y: Grammatical | undefined): boolean {
  return !!x && !!y && x !== y;
}

/** Share of a predicate's words another statement must repeat for its subject to be a second right answer. */
const LOOSE_RIVAL_SHARE = 0.5;

/**
 * The words a predicate is made of (longer than three letters: no function words), normalised.
 * Unlike the context's rival search, kinds stay apart: "a library" and "a framework" say different things of two names.
 */
function predicateWords(text: string): string[] {
  return [...new Set(normaliseText(text.replaceAll(BLANK, " ")).split(" ").filter((w) => w.length > 3))];
}

/** How many of `words` a statement's word set has. */
function shared(words: string[], have: Set<string>): number {
  let n = 0;
  for (const w of words) if (have.has(w)) n++;
  return n;
}

function sectionOf(slot: Slot): string {
  return slot.st.analysed.sentence.block.headingPath[0] ?? "";
}

/**
 * "Spark" and "Apache Spark" (or "Spark MLLib") name the same family: never two of them among the
 * choices. Two releases of one name ("Go 1.11", "Go 1.12") are two things, as a document that
 * dates them tells: which release brought a change is asked among its releases.
 */
function sharesWord(a: string, b: string): boolean {
  const wa = a.split(" ");
  const wb = b.split(" ");
  if (wa.length === wb.length && wa.length > 1 && RELEASE.test(wa.at(-1)!) && RELEASE.test(wb.at(-1)!) && wa.slice(0, -1).join(" ") === wb.slice(0, -1).join(" ")) return sameLine(wa.at(-1)!, wb.at(-1)!);
  return wb.some((w) => w.length > 1 && wa.includes(w));
}

/**
 * "OCaml" for "Objective Caml" (its old name), "JS" for "JavaScript": one name short for the other,
 * its first words by their initials ("O" + "Caml") or all of them ("JS"), or clipped ("Protobuf"
 * for "Protocol Buffers"); and a name and its plural ("Protobufs"). Never two choices (blind-rated
 * ambiguous on OCaml's history, and on Cap'n Proto's comparison, which offered all three).
 */
function abbreviates(a: string, b: string): boolean {
  const short = (x: string, y: string) => {
    const words = y.split(/\s+|(?<=\p{Ll})(?=\p{Lu})/u).filter((w) => /^\p{L}/u.test(w));
    const lower = singular(x.toLowerCase());
    if (words.length < 2) return lower === singular(y.toLowerCase()) && x.toLowerCase() !== y.toLowerCase();
    const initials = words.map((w) => w[0]).join("");
    return lower === initials.toLowerCase() || lower === singular(`${initials.slice(0, -1)}${words.at(-1)}`.toLowerCase()) || clipped(lower, words.map((w, i) => (i === words.length - 1 ? singular(w.toLowerCase()) : w.toLowerCase())));
  };
  return short(a, b) || short(b, a);
}

function singular(word: string): string {
  return word.length > 3 ? word.replace(/(?<!s)s$/, "") : word;
}

/** Whether `text` is made of the words' beginnings, two letters or more of each, in order: "protobuf" of "protocol buffer". */
function clipped(text: string, words: string[]): boolean {
  if (words.length === 0) return text === "";
  for (let k = Math.min(text.length, words[0].length); k >= 2; k--) if (text.startsWith(words[0].slice(0, k)) && clipped(text.slice(k), words.slice(1))) return true;
  return false;
}

/** "18" and "18.0.0" are one release line (and "1.11" is "1.11"); "1.11" and "1.12" are two. */
function sameLine(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long === short || long.startsWith(`${short}.`);
}

/** The name a release is of ("go" for "go 1.12"), or undefined when the value is no release. */
function releasesOf(norm: string): string | undefined {
  const words = norm.split(" ");
  return words.length > 1 && RELEASE.test(words.at(-1)!) ? words.slice(0, -1).join(" ") : undefined;
}

/** A release number: "1.12", "27", "2.0.1" (normalised, so without a leading "v"). */
const RELEASE = /^\d+(?:\.\d+)*$/;
