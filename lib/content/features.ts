// Owns the features the ranker scores a candidate question on: what was asked (type, builder,
// kind and role of the answer), how the statement was made standalone (resolution and its
// confidence), and signs of trouble (length, hedges, opinion, negation, ambiguity). All numeric,
// all computed from the candidate and its document alone.
import { outsideQuotes } from "./analysis";
import { CONTRAST_OPENER } from "./contrasts";
import { statementPart, withoutScope } from "./defects";
import { normaliseAnswer } from "./normalise";
import { capitalsSpell, spellsOut } from "./spelling";
import { asksWhen, type Candidate } from "./questions/candidate";
import type { GenerationContext } from "./questions/context";
import type { Statement } from "./statements";

const HEDGES = /\b(?:may|might|could|should|would|probably|possibly|perhaps|maybe|likely|often|usually|generally|somewhat|fairly|rather|quite|arguably|sometimes|in (?:some|many|most) cases|many times)\b/i;
const OPINION = /\b(?:great|best|worst|good|bad|better|worse|amazing|awesome|terrible|love|loved|hate|believe|think|feel|favorite|favourite|nice|cool|brilliant|fantastic|excellent|interesting|impressive|easy|easier|hard|harder|simple|simpler|powerful|beautiful|ugly|fun)\b/i;
const NEGATION = /\b(?:not|no|never|neither|nor|none|cannot|can't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|won't|without)\b/i;
/**
 * A count of something that keeps changing ("gets 4000 visits weekly", "reaches 30,000 stars", "has
 * been pulled more than six billion times", "is 35000 lines of code", "served 78 TB").
 */
const COUNTED = /(?<![\p{L}\d/.-])(?:\d[\d,.]*|\p{L}+\s+(?:thousand|million|billion))\s*(?:thousand|million|billion)?\s*(?:[\p{L}-]+\s+){0,2}?(?:visits|visitors|stars|downloads|pulls|times|lines of code|users|members|contributors|commits|TB|GB|PB)\b/iu;
/**
 * A figure: a share, a size or a count of things ("95%", "~1k pages", "66 seconds", "15ms", "3675
 * new commits", "273 mentions"). A sentence of two or more is a statistic.
 */
const FIGURE = /(?<![\p{L}\d/.-])~?\d[\d,]*(?:\.\d+)?(?:\s?%|[kKMB]\b|\s?(?:TB|GB|PB|ms)\b|\s+(?:new |more |unique |monthly |weekly |daily |active )?(?:mentions|papers|commits|contributors|users|stars|downloads|visits|visitors|posts|topics|people|developers|companies|projects|lines|times|packages|repositories|members|attendees|issues|pull requests|questions|respondents|pages|seconds|requests|events|installs|sites|websites|servers|nodes)\b)/gu;
/**
 * A dated event the review marks as one that counts: a first, a launch, a rename, a new licence,
 * a major release or version ("2.0", not "7.12.0"; not "the major SONAME number", nor "a major
 * upgrade to Grease Pencil" among a year's changes: 1 of 6 labelled acceptable); never what it
 * denies ("While not the biggest change, …") nor a word's second half ("in non-public spaces"):
 * Rust's subslice patterns and alternative registries were published as milestones and rated
 * trivia blind.
 */
const MILESTONE = /(?<!-|\bnot (?:the |a |an )?)\b(?:first|major (?:release|version|milestone)s?|milestones?|biggest|launch(?:ed|es)?|public(?:ly)?|open[- ]sourced?|founded|created|started|renamed|licen[cs]ed?|default|defaults|full[- ]time|(?<![\d.])[1-9]\d*\.0(?!\.\d))\b/i;
/** A feature added, changed or removed: the year of each is trivia in a long history. */
const FEATURE_CHANGE = /\b(?:support(?:ed|s)?|introduc(?:ed|es|ing)|added|adds|removed|dropped|deprecated|stabili[sz]ed)\b/i;
/** "7.11.0", "3.12", "2.2": a release after the first of its major version ("1.0", "2.0" are not). */
const POINT_RELEASE = /\b\d+\.(?:\d+\.\d+|[1-9]\d*)\b/;
/**
 * "Nginx was released in October 2004": a product's own release counts too, but not a point release
 * of it, nor a version's line in a labelled list ("**1.4x -- September 1998:** Sun and Linux Alpha
 * version released.", rated trivia blind).
 */
function milestone(d: { text: string; entry: boolean }): boolean {
  return MILESTONE.test(d.text) || (!d.entry && /\breleased\b/i.test(d.text) && !POINT_RELEASE.test(d.text));
}
const COMPARATIVE = /\b(?:than|more|less|fewer|most|least|\w+er than)\b/i;

export const FEATURE_NAMES = [
  "bias",
  "type_cloze", "type_mcq", "type_short_answer", "type_true_false", "type_matching", "type_ordering",
  "kind_date", "kind_number", "kind_name", "kind_phrase", "kind_adjective",
  "role_subject", "role_object", "role_complement", "role_prepositional", "role_other",
  "answer_words_1", "answer_words_2_3", "answer_words_4p", "answer_capitalised", "answer_digit", "answer_article",
  "answer_repeated_in_doc",
  "prompt_words", "prompt_long",
  "res_none", "res_substituted", "res_topic", "res_context", "res_confidence",
  "block_item", "block_quote", "first_in_block",
  "has_parenthesis", "has_quote", "hedge", "opinion", "negation", "comparative", "second_person",
  "names_in_statement", "clauses", "answer_share",
  "builder_contrast", "builder_definition", "builder_agent", "builder_timeline", "builder_parallel",
  "false_statement",
  "answer_is_topic",
  "answer_version",
  "conditional",
  "answer_echoed",
  "answer_foil_named",
  "answer_example",
  "answer_in_heading",
  "date_of_count",
  "date_milestone",
  "date_minor",
  "answer_word_in_prompt",
  "relative_claim",
  "statistic",
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

// Not frozen: a copy of a frozen object is slow to build and to write to (V8 gives it a dictionary
// of properties), and every candidate's features start as one. Only `empty` reads it.
const ZERO = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as Features;

function empty(): Features {
  return { ...ZERO };
}

/**
 * How often each normalised phrase (1–4 words) occurs across the document's statements (in how
 * many of them). With `wanted`, only those phrases are counted (the answers a scoring asks about):
 * the same counts for them, without a map of every phrase of the document.
 */
export function phraseCounts(ctx: GenerationContext, wanted?: Set<string>): Map<string, number> {
  const counts = new Map<string, number>();
  const firstWords = wanted && new Set([...wanted].map((p) => p.split(" ")[0]));
  for (const st of ctx.statements) {
    const words = normaliseAnswer(st.analysed.sentence.clean).split(" ");
    const seen = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      // a wanted phrase starts with one of their first words (a run after an empty word repeats the next one's)
      if (firstWords && !firstWords.has(words[i])) continue;
      let run = "";
      for (let j = i; j < Math.min(words.length, i + 4); j++) {
        run = run ? `${run} ${words[j]}` : words[j];
        if (wanted && !wanted.has(run)) continue;
        if (!seen.has(run)) {
          seen.add(run);
          counts.set(run, (counts.get(run) ?? 0) + 1);
        }
      }
    }
  }
  return counts;
}

/**
 * The topic itself, its plural or a word built on it: "curl 7.10.8" in a history of curl, "RESTful"
 * or "REST APIs" in an essay on REST, "PWAs" in the history of PWA development (seventeenth round,
 * rated trivial twice).
 */
function isTopicFamily(answer: string, topic: string): boolean {
  return answer === topic || answer.startsWith(`${topic} `) || /^(?:ful|less|s)(?: |$)/.test(answer.startsWith(topic) ? answer.slice(topic.length) : "-");
}

/**
 * Whether the rest of the prompt all but says the answer: a word of it begins a word of the prompt
 * or the other way round ("graph processing" beside GraphX, "Vite" beside Vitest).
 */
function echoed(prompt: string, answer: string): boolean {
  if (spelledOut(prompt, answer)) return true;
  // a short name opening a compound of the prompt: "GitHub (most common ____ hosting service)" gives away Git (eighteenth round)
  if (/^\p{Lu}\p{L}{1,2}$/u.test(answer) && new RegExp(`(?<![\\p{L}\\p{N}])${answer}\\p{Lu}`, "u").test(prompt)) return true;
  // and the other way round: a short name of the prompt opening the answer's compound ("from the
  // creators of Vue.js" gives away VuePress, rated given away blind twice; 3 of 10 such labelled acceptable)
  for (const w of prompt.replace(/____/g, " ").match(/(?<![\p{L}\p{N}])\p{Lu}\p{L}{1,3}(?![\p{L}\p{N}])/gu) ?? []) if (answer !== w && answer.startsWith(w) && /^\p{Lu}/u.test(answer.slice(w.length))) return true;
  // a hyphenated name whose first part the prompt says alone: "over the top of the S6 supervision system" gives away S6-RC (nineteenth round)
  const head = /^([\p{L}\p{N}]{2,})-[\p{L}\p{N}]/u.exec(answer)?.[1];
  if (head && new RegExp(`(?<![\\p{L}\\p{N}-])${head}(?![\\p{L}\\p{N}-])`, "u").test(prompt.replace(answer, " "))) return true;
  const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4);
  // a three-letter acronym too: "jsxSingleQuote" gives away JSX (eighteenth blind rating)
  const asked = [...words(answer), ...(answer.match(/\b\p{Lu}{3}\b/gu) ?? []).map((w) => w.toLowerCase())];
  if (asked.length === 0) return false;
  // an acronym inside a longer one: "PyTorch-QRNN, a type of ____" gives away RNN (seventeenth round)
  if (/^\p{Lu}{3,}$/u.test(answer) && (prompt.match(/\p{Lu}{4,}/gu) ?? []).some((caps) => caps !== answer && caps.includes(answer))) return true;
  const askedStems = asked.map(stem);
  return words(prompt.replace(/____/g, " ")).some((p) => {
    const ps = stem(p);
    return asked.some((a, i) => p !== a && (ps.startsWith(askedStems[i]) || askedStems[i].startsWith(ps) || sharedStart(p, a) >= 6));
  });
}

/**
 * An acronym beside its expansion: "____ (The High-Performance Erlang Project)" gives away HiPE, and
 * "JAM (Joe's ____)" gives away Abstract Machine (seventh round, Erlang's road to the JIT). The
 * capitals of a bracketed phrase, with the answer in its blank, spell a word of the prompt.
 */
function spelledOut(prompt: string, answer: string): boolean {
  // "____ is the Harlequin Abstract RISC Processor …": the initials of the prompt's words spell the acronym asked
  if (/^\p{Lu}{2,6}$/u.test(answer) && (prompt.match(/(?:\p{Lu}[\p{L}\d-]*\s+){1,7}\p{Lu}[\p{L}\d-]*/gu) ?? []).some((run) => spellsOut(answer, run))) return true;
  const filled = prompt.replace(/____/g, answer);
  const acronyms = [...new Set(filled.match(/\b\p{Lu}[\p{L}\d]*\p{Lu}[\p{L}\d]*\b/gu) ?? [])];
  for (const m of filled.matchAll(/\(([^()]{3,80})\)/g)) {
    if (acronyms.some((a) => capitalsSpell(a, m[1])) && (m[1].includes(answer) || prompt.includes(`____ (${m[1]})`))) return true;
  }
  return false;
}

/** Compared as stems, so that "activities" echoes "Activity" (sixteenth blind rating). */
function stem(w: string): string {
  return w.replace(/ies$/, "y").replace(/(?:es|s|ing|ed)$/, "");
}

const COMMON_WORDS = new Set("that this these those with from into their there about over under have been being more most very such other some than then also only just make made uses used using which what when where will would".split(" "));

/** The content words of a phrase, an identifier's parts apart ("FileCachePlugin" → file, cache, plugin), as stems. */
function contentStems(text: string): string[] {
  return text
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 4 && !COMMON_WORDS.has(w))
    .map((w) => stem(w).replace(/e$/, "").slice(0, 6));
}

/**
 * A word of the answer is a word of the prompt: "____ also works per runtime to allow different
 * concatenation for each runtime" → Module Concatenation; "The ____ will create multiple cache files"
 * → Persistent Cache (webpack 5's release notes, blind-rated given away; 27 of 170 such labelled
 * questions acceptable, against a third of the rest).
 */
function answerWordInPrompt(prompt: string, answer: string, wrongChoices?: readonly string[]): boolean {
  // a common word, not a name the answer shares ("… using Django underneath" → Django REST Framework)
  const common = prompt.replace(/____/g, " ").split(/\s+/).filter((w) => !/\p{Lu}/u.test(w)).join(" ");
  const asked = new Set(contentStems(common));
  if (contentStems(answer).some((w) => asked.has(w))) return true;
  // among choices, a name of the prompt that only the answer holds points at it: "____ uses the
  // information from Webargs … using APISpec" → Flask-apispec, "____ is a new major evolution of
  // Caml" → Caml Special Light (0 of 4 such published multiple choices acceptable, 2 of 8 labelled
  // in all)
  if (!wrongChoices) return false;
  // a release whose number another name of the prompt bears: "____ was released together with JDK
  // 7" → NetBeans 7 among NetBeans 4 and 7.1 (eleventh round, rated given away)
  const release = /\s(\d+(?:\.\d+)*)$/.exec(answer)?.[1];
  if (release && new RegExp(`\\p{L}\\s${release.replaceAll(".", "\\.")}(?![\\d.]\\d)`, "u").test(prompt) && !wrongChoices.some((x) => x.endsWith(` ${release}`))) return true;
  const named = new Set(contentStems(prompt.replace(/____/g, " ")));
  const theirs = new Set(wrongChoices.flatMap(contentStems));
  return contentStems(answer).some((w) => named.has(w) && !theirs.has(w));
}

/**
 * A claim relative to something the sentence does not name: "Stats hide module and chunk ids by
 * default now" (than before an unnamed release: 2 of 29 such labelled questions acceptable; "still",
 * "already", "lately": 0 of 26), "Many internal plugins will use the Persistent Cache too" (as what
 * the sentence before said: 3 of 9), and its negative, "REST APIs aren't exactly great from a
 * developer's standpoint either" (eleventh round, rated unresolved), and a closing concession
 * against it, "There's hope for SSR with rehydration, though" (seventeenth round, rated vague).
 */
const RELATIVE_CLAIM = /\bnow\b(?!\s+that\b)|\b(?:lately|nowadays|these days|still|already)\b|\b(?:too|as well)[.!]?$|(?:\bnot|n['’]t)\b.*\beither[.!]?$|,\s*though[.!]?$/i;

/** How many letters two words start with alike: "TensorBoard" gives away TensorFlow (six). */
function sharedStart(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

/** The answer the answer features read: a string a student gives ("" for a matching, an ordering or a true/false). */
export function typedAnswer(c: Candidate): string {
  const q = c.question;
  return Array.isArray(q.answer) ? "" : q.type === "true_false" ? "" : q.answer;
}

/**
 * @param obviousNames names as obvious an answer as the topic (normalised; see GenerationContext)
 * @param pair the two names a comparing document is written around (normalised; see GenerationContext)
 */
export function featuresOf(c: Candidate, counts: Map<string, number>, topic?: string, obviousNames: Set<string> = new Set(), pair?: [string, string], traits: TraitMemo = new Map()): Features {
  const f = empty();
  const q = c.question;
  const st = c.statements[0];
  f.bias = 1;
  f[`type_${q.type}` as FeatureName] = 1;
  if (c.span) {
    f[`kind_${c.span.kind}` as FeatureName] = 1;
    f[`role_${c.span.role}` as FeatureName] = 1;
  }
  const answer = typedAnswer(c);
  if (answer) {
    const words = answer.split(/\s+/).length;
    f.answer_words_1 = words === 1 ? 1 : 0;
    f.answer_words_2_3 = words >= 2 && words <= 3 ? 1 : 0;
    f.answer_words_4p = words >= 4 ? 1 : 0;
    f.answer_capitalised = /\p{Lu}/u.test(answer) ? 1 : 0;
    f.answer_digit = /\d/.test(answer) ? 1 : 0;
    f.answer_article = /^(?:the|a|an)\s/i.test(answer) ? 1 : 0;
    const normalised = normaliseAnswer(answer);
    // a major release of the topic asked among its other releases ("Which of Go 1.11, 1.12 and 1.13
    // introduced modules?") tests which one; a point release ("curl 7.10.8") is trivia either way
    const amongReleases = c.builder === "mcq-subject" && /\s\d+(?:\.\d+)?$/.test(normalised);
    // (what the topic's acronym stands for is asked of the topic by design: "What does HTTP stand for?")
    // and the topic under its owner's name ("Google Refine" in OpenRefine's history, where Google is
    // named all through: rated given away blind, twenty-sixth round)
    const owned = topic && normalised.endsWith(` ${topic}`) && obviousNames.has(normalised.slice(0, -topic.length - 1));
    f.answer_is_topic = (topic && (isTopicFamily(normalised, topic) || owned) && !amongReleases) || (obviousNames.has(normalised) && c.builder !== "acronym") ? 1 : 0;
    f.answer_version = /\p{L}.*\s\d+(?:\.\d+)+\b|^\d+(?:\.\d+)+$/u.test(answer) ? 1 : 0;
    const prompt = withoutScope(q.prompt, c.scope);
    f.answer_echoed = echoed(prompt, answer) ? 1 : 0;
    f.answer_word_in_prompt = answerWordInPrompt(statementPart(prompt), answer, q.type === "mcq" ? q.choices?.filter((x) => x !== answer) : undefined) ? 1 : 0;
    // "apps like ____", "companies including ____": one example of an open set
    f.answer_example = /\b(?:like|such as|including|e\.g\.,?|for example,?|for instance,?)\s+____/i.test(q.prompt) ? 1 : 0;
    // a name a section is about is what the document is about, not one it mentions in passing
    f.answer_in_heading = c.statements.some((st) => traitsOf(st, traits).headings.some((h) => h.includes(` ${normalised} `))) ? 1 : 0;
    // "Compared with Spark, ____ is younger" in Dask's comparison with Spark: the one name left
    const other = pair && (pair[0] === normalised ? pair[1] : pair[1] === normalised ? pair[0] : undefined);
    f.answer_foil_named = other && ` ${normaliseAnswer(prompt.replace(/____/g, " "))} `.includes(` ${other} `) ? 1 : 0;
    f.answer_repeated_in_doc = Math.min(3, Math.max(0, (counts.get(normalised) ?? 1) - 1)) / 3;
  }
  const promptWords = q.prompt.split(/\s+/).length;
  f.prompt_words = Math.min(promptWords, 80) / 40;
  f.prompt_long = promptWords > 40 ? 1 : 0;
  if (st) {
    Object.assign(f, traitsOf(st, traits).features);
    // a contrast with the sentence before ("By contrast, Astro automatically builds your client-side
    // JavaScript for you": other site builders do too, rated ambiguous) is relative to an unnamed
    // other, unless the document is written around two names and the other is the second ("On the
    // other hand, PyTorch constructs graphs as operations are executed")
    if (!pair && CONTRAST_OPENER.test(st.analysed.sentence.clean)) f.relative_claim = 1;
    if (c.span) f.answer_share = (c.span.to - c.span.from) / Math.max(1, st.analysed.tokens.length - st.from);
  }
  // when a count was reached is trivia: the count keeps changing (curl's history: 0 of 24 labelled acceptable)
  f.date_of_count = (f.kind_date || asksWhen(c)) && st && traitsOf(st, traits).counted ? 1 : 0;
  // which name, release or claim goes with which figures of a statistic ("PyTorch at 72 mentions,
  // with ____ at 273 mentions", "95% of the code in ____ comes from just three programmers, 64% …",
  // "Zulip Server 1.7 was released, with 3675 new commits …"): 3 of 25 such labelled questions
  // acceptable, 0 of 3 published (seventeenth round, rated trivia blind). The figure itself asked is
  // the date's or the count's question, not this.
  f.statistic = st && traitsOf(st, traits).figures >= 2 && !/^\W?\d/.test(answer ?? "") ? 1 : 0;
  // which dates are worth learning (a blind rating of curl's and Rust's published date questions:
  // 7 of 33): a first release, a launch, a rename, what the review calls major, against the year
  // a feature was added or removed and a point release; an ordering counts its events
  if (f.kind_date || asksWhen(c) || c.builder === "timeline") {
    // a labelled entry under a year heading ("**1.15 — Derive Procedural Macros:** …") is one
    // feature of its year unless its text says more (blind: 4 of 15 of Rust's were worth learning,
    // the "first" and "major" ones)
    const dated = c.statements.map((s) => ({ text: s.analysed.sentence.clean, entry: !!s.analysed.sentence.block.label }));
    const marked = dated.map(milestone);
    const share = (test: (d: { text: string; entry: boolean }, i: number) => boolean) => dated.filter(test).length / Math.max(1, dated.length);
    f.date_milestone = share((_, i) => marked[i]);
    f.date_minor = share((d, i) => !marked[i] && (d.entry || FEATURE_CHANGE.test(d.text) || POINT_RELEASE.test(d.text)));
  }
  f.builder_contrast = /^(?:contrast|comparison)-/.test(c.builder) ? 1 : 0;
  f.builder_definition = c.builder === "definition" ? 1 : 0;
  f.builder_agent = c.builder === "agent" ? 1 : 0;
  f.builder_timeline = c.builder === "timeline" || c.builder === "date-mcq" ? 1 : 0;
  f.builder_parallel = c.builder === "parallel" ? 1 : 0;
  f.false_statement = q.type === "true_false" && q.answer === "false" ? 1 : 0;
  return f;
}

/**
 * What the features read of a statement alone: the same for every question asked of it (a
 * sentence gives a cloze per span, a multiple choice, a short answer …), so computed once per
 * statement. `features` holds only features of the statement, to be copied into a candidate's.
 */
interface StatementTraits {
  features: Partial<Features>;
  /** The statement's headings, normalised, with a space either side. */
  headings: string[];
  /** It states a count that keeps changing (COUNTED). */
  counted: boolean;
  /** How many figures it states (FIGURE). */
  figures: number;
}

/** Statement traits of one document, by statement: a memo made per scoring (see scoring.ts). */
export type TraitMemo = Map<Statement, StatementTraits>;

function traitsOf(st: Statement, memo: TraitMemo): StatementTraits {
  let traits = memo.get(st);
  if (traits) return traits;
  const r = st.resolution;
  const { sentence, tokens, clauses } = st.analysed;
  const { block } = sentence;
  const own = outsideQuotes(sentence.clean);
  const features: Partial<Features> = {
    [`res_${r.kind === "unresolved" ? "none" : r.kind}`]: 1,
    res_confidence: r.confidence,
    block_item: block.kind === "item" ? 1 : 0,
    block_quote: block.kind === "quote" ? 1 : 0,
    first_in_block: sentence.index === 0 ? 1 : 0,
    has_parenthesis: /[()]/.test(sentence.clean) ? 1 : 0,
    has_quote: /[“”"]/.test(sentence.clean) ? 1 : 0,
    hedge: HEDGES.test(own) ? 1 : 0,
    opinion: OPINION.test(own) ? 1 : 0,
    negation: NEGATION.test(own) ? 1 : 0,
    comparative: COMPARATIVE.test(own) ? 1 : 0,
    second_person: /\b(?:you|your)\b/i.test(own) ? 1 : 0,
    relative_claim: RELATIVE_CLAIM.test(own) ? 1 : 0,
    conditional: /^(?:If|When|Unless|Although|While|Since|As)\b/.test(sentence.clean) ? 1 : 0,
    names_in_statement: Math.min(4, tokens.filter((t) => /^\p{Lu}/u.test(t.text)).length) / 4,
    clauses: Math.min(3, clauses.length) / 3,
  };
  traits = { features, headings: block.headingPath.map((h) => ` ${normaliseAnswer(h)} `), counted: COUNTED.test(sentence.clean), figures: sentence.clean.match(FIGURE)?.length ?? 0 };
  memo.set(st, traits);
  return traits;
}

export function vectorOf(f: Features): number[] {
  return FEATURE_NAMES.map((n) => f[n]);
}
