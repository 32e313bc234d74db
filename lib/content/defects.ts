// Owns the automatic defect checks: the classes of broken question the blind ratings found
// (fragments, unbalanced brackets, function-word-edged or trivial answers, unresolved references,
// markup and URL debris, bibliography trivia, leaked, duplicate and ambiguous answers). The
// generator never publishes a question with a defect; the evaluation command counts them.
import type { BankQuestion } from "./bank-schema";
import { containsWords, normaliseAnswer, normaliseText } from "./normalise";
import { balanced } from "./spans";

/** "Spark" inside "PySpark", "Vue" inside "Vuex": a name of four letters or more given away by a longer word. */
function insideWord(body: string, answer: string): boolean {
  const name = answer.toLowerCase();
  if (!/^\p{Lu}[\p{L}\p{N}]{3,}$/u.test(answer)) return false;
  return body.split(/[^\p{L}\p{N}]+/u).some((w) => w.length > name.length && w.toLowerCase().includes(name));
}

/**
 * The other way round: "PySpark" after "Spark (specifically ____)", "NativeScript-Vue" beside
 * "NativeScript" and "Vue" — a one-word answer built from names the question already shows.
 */
function builtFromNames(body: string, answer: string): boolean {
  if (/\s/.test(answer.trim())) return false;
  const words = body.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const lower = new Set(words.map((w) => w.toLowerCase()));
  const parts = answer.split("-").filter(Boolean);
  if (parts.length > 1) return parts.every((p) => lower.has(p.toLowerCase()));
  const a = answer.toLowerCase();
  // a prefix names the kind ("PySpark" is Spark's); a name that merely starts alike ("Vitest", "Vite") says little
  return words.some((w) => /^\p{Lu}/u.test(w) && w.length >= 4 && a.length > w.length && a.endsWith(w.toLowerCase()));
}

/** "index ____" (URLs) beside "--emit-index-url", "____ dependencies" (URLs) beside "URL dependencies": the singular gives the plural away. */
function pluralOf(body: string, answer: string): boolean {
  const singular = /^[\p{L}\d]{3,}s$/u.test(answer.trim()) ? answer.trim().slice(0, -1) : undefined;
  return !!singular && containsWords(body, singular);
}

/** A version after a name: "Riot 3.0", "Python 3", "Vue v2.6". */
const VERSIONED = /\s+v?\d+(?:\.\d+)*$/;

export const DEFECT_CLASSES = [
  "fragment",
  "unbalanced",
  "answer-edge",
  "trivial-answer",
  "unresolved-reference",
  "markup",
  "bibliography",
  "answer-leak",
  "too-long",
  "invalid-choices",
  "duplicate",
  "ambiguous-answer",
  "list-item",
  "open-answer",
  "split-name",
] as const;
export type DefectClass = (typeof DEFECT_CLASSES)[number];

const PREFIXES = /^(?:Fill in the blank: |True or false: |Which option completes the statement\? )/;
const EDGE = /^(?:and|or|but|nor|of|to|in|on|at|by|for|with|from|as|into|than|via|about|that|which|who|whose|is|are|was|were|be|been|has|have|had|not|like|e\.g|i\.e|etc|such)$/i;
const PRONOUN = /^(?:it|its|they|them|their|he|him|his|she|her|we|us|our|you|your|i|me|my|this|that|these|those|there|here|one|itself|themselves)$/i;
const TRIVIAL = new Set(["thing", "things", "way", "ways", "case", "cases", "lot", "kind", "part", "time", "rise", "number", "set", "use", "work", "point", "fact", "bit", "side", "end", "example", "examples", "people", "others", "world", "graphs", "data", "code", "them", "it", "one", "some", "more", "less", "many", "much", "all", "both", "each", "other", "another", "same", "good", "bad", "better", "new", "old",
  // class nouns the ratings rejected as answers on their own (34 of 35 labels): "another big feature required by ____"
  "apis", "libraries", "frameworks", "applications", "users", "developers", "support", "systems", "tools", "features",
  // generic technical words written as acronyms, guessable in any technical text ("index ____" → URLs, seventh blind rating)
  "api", "url", "urls", "uri", "uris", "ui", "uis", "dom", "cli", "sdk", "os",
  // where files live, not what is in them ("only one ____ in the node_modules called .pnpm", sixteenth blind rating)
  "file", "files", "folder", "folders", "directory", "directories",
  // a hedge, not a fact ("Gleam is more actively developed than Alpaca (at ____)", fourteenth round)
  "time of writing", "writing"]);
/**
 * What a document or event is ("an article", "JetBrains's 2018 Developer Survey", "the first major
 * Go conference"): provenance and incidental detail, never the fact itself (tenth blind rating).
 */
const PUBLICATION_OR_EVENT = /\b(?:surveys?|reports?|talks?|slides|articles?|posts?|essays?|keynotes?|podcasts?|videos?|papers?|blogs?|newsletters?|conferences?|meetups?|summits?|workshops?|awards?)$/;

/** A word no question may ask for on its own (normalised): "ways", "APIs", "URL"; or a publication or event by its kind. */
export function isTrivialAnswer(normalised: string): boolean {
  return TRIVIAL.has(normalised) || PUBLICATION_OR_EVENT.test(normalised);
}

/**
 * "____ is a UI component framework.", "Which technology is a UI component framework?", "… describe
 * as “a UI component framework”?": a kind many things are, three words or fewer, asks for one of
 * many (eleventh blind rating); a description that tells the answer apart says more.
 */
const KIND_ONLY = /^____ (?:is|are|was|were) (?:a|an) \S+(?: \S+){0,2}[.!]$|^(?:Which technology|Which organisation|What|Who) (?:is|are|was|were) (?:a|an) \S+(?: \S+){0,2}\?$|\bdescribe as “(?:a|an) \S+(?: \S+){0,2}”\?$/;

/** "The diffing algorithms used by ____ and other virtual DOM frameworks": one member of a set the sentence names (sixteenth blind rating). */
const ONE_OF_SET = /____,? (?:and|or) (?:other|similar)\b/;

/** "____ is that express is just a symlink" (The trick): the noun that announces a point, not the point. */
const ANNOUNCER = /^____ (?:is|was) that\b/;

/** Words that open a sentence without being part of a name ("While ____ supports …", "Now ____ is …"). */
const OPENERS = new Set(["the", "a", "an", "while", "when", "where", "whereas", "as", "now", "most", "many", "some", "all", "both", "each", "every", "on", "in", "at", "for", "with", "by", "from", "after", "before", "since", "although", "though", "because", "if", "unless", "today", "then", "also", "and", "but", "so", "yet", "only", "even", "first", "finally", "once", "until", "unlike", "like", "whether", "there", "here", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my", "other", "another", "no", "not"]);

/**
 * "Critical ____ helps game masters …" (Critical Notes), "API ____ provides …" (API Reference),
 * "____ of React violations" (Rules of React), "Trail of ____" (Trail of Bits): a one-word name
 * blanked beside the rest of its name (eleventh to thirteenth blind ratings). A title before a
 * person ("Programmer ____ said") leaves a name of two words or more, and an opening word that is
 * no name ("While ____ supports …") is no such thing.
 */
function splitsName(body: string, answer: string): boolean {
  // "… in the React ____ repo" (18 Working Group): a name's first word right before the blank, mid-sentence
  const before = /(?<![.!?:;,"”)]) (\p{Lu}[\p{L}\p{N}-]*) ____/u.exec(body)?.[1];
  if (before && /^[\p{Lu}\d]/u.test(answer.trim()) && !OPENERS.has(before.toLowerCase()) && before !== "I") return true;
  if (!/^\p{Lu}[\p{L}\p{N}.+#-]*$/u.test(answer.trim())) return false;
  const opener = /^(\p{Lu}[\p{L}\p{N}-]*) ____/u.exec(body)?.[1];
  if (opener && !OPENERS.has(opener.toLowerCase()) && !/ly$/.test(opener)) return true;
  return /\b\p{Lu}[\p{L}\p{N}-]* of ____|____ of \p{Lu}/u.test(body);
}

/** Whether a word is said after "an": a vowel, or an acronym read letter by letter from one ("an LSP", "an SDK"). */
function takesAn(word: string): boolean {
  if (/^[A-Z]{2,}/.test(word)) return /^[AEFHILMNORSX]/.test(word);
  return /^[aeiou]/i.test(word);
}

/** "Any editor using an ____ can be supported." with LSP | Svelte | TypeScript: the article leaves one choice (seventeenth blind rating). */
function articleLeavesOne(body: string, choices: string[]): boolean {
  const article = /\b(a|an) ____/i.exec(body)?.[1]?.toLowerCase();
  if (!article) return false;
  return choices.filter((c) => takesAn(c.trim()) === (article === "an")).length < 2;
}

/** A list's item: short, and a name ("RustCon Asia", "Haskell"), not a clause or a date ("released on December 17", "1996"). */
const LIST_ITEM = /^[\p{Lu}@][^\s]*(?:\s+\S+){0,3}$/u;

/**
 * "6 new conferences were spun up (____, RustCon Asia, Oxidize, …)", "projects in ____, Rust,
 * Haskell, …": the blank is one item of a list the question shows the rest of. Which one is
 * missing is no fact worth learning (tenth blind rating).
 */
function blankInList(body: string): boolean {
  const at = body.indexOf("____");
  if (at < 0) return false;
  // the innermost parenthesis around the blank, else the whole statement; nested parentheses are no items
  const open = body.lastIndexOf("(", at);
  const close = body.indexOf(")", at);
  const inParenthesis = open >= 0 && close > at && !body.slice(open + 1, at).includes(")");
  const group = (inParenthesis ? body.slice(open + 1, close) : body).replace(/\([^()]*\)/g, "");
  const items = group.split(/\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/).map((i) => i.trim().replace(/[.!?]$/, "")).filter((i) => i && !/^etc\.?$/.test(i));
  const k = items.findIndex((i) => i.includes("____"));
  if (k < 0 || !(items[k] === "____" || (k === 0 && items[k].endsWith(" ____")))) return false;
  const item = (i: string | undefined) => !!i && i !== "____" && LIST_ITEM.test(i);
  let siblings = 0;
  for (let j = k - 1; j >= 0 && item(items[j]); j--) siblings++;
  for (let j = k + 1; j < items.length && item(items[j]); j++) siblings++;
  return siblings >= 2;
}

// "Both TensorFlow and PyTorch offer …" names its two: no reference
// "At the time, @defunkt was deep in building GitHub", "At the same time the Chrome project
// started …": a time the sentence before set (0 of 7 labelled acceptable; tenth round, published and
// rated blind); not "At the time of writing" nor "At the time Pulsar was born, …", which say when
const ANAPHOR_START = /^(?:It|They|He|She|This|These|Those|That|Its|Their|His|Her|Such|Both(?!\s+\p{Lu}\S*(?:\s\p{Lu}\S*)?\s+and\s)|Them)\b(?![-’'])|^The (?:new|same|latter|former|team|project|version|company|framework|language|tool|library|creator|author)\b|^(?:One|Another) (?:was|is|were|are)\b|^(?:At|Around|By) (?:the|that|this) (?:same )?(?:time|point)\b(?!\s+(?:of|when|that|in which)\b)(?:\s*,|(?=[^,]*$))/u;
/**
 * "the latter", "did so" (what was done is in another sentence: "Who did so eloquently in his 2012
 * essay?"), and "thus"/"therefore"/"hence" (the reason is: "Which technology was thus given a window
 * of opportunity?" — every such candidate on the strict labels was rejected), and a list the
 * sentence points at ("All of the next steps require …", "… that aids the first two goals": rated
 * unresolved on Node.js's and Cargo's posts), and a time the sentence before set ("since then",
 * "Before then", "soon afterwards"; with "One was …" of a list it gave: 0 of 9 such labelled
 * questions acceptable, the ninth round's rated unresolved blind), and an equivalent of something
 * it named ("PostgreSQL has no equivalent ecosystem": 0 of 5), and a result closing the sentence
 * ("Removing Venusian was simple as a result": of what? twenty-sixth round, rated unresolved blind;
 * so was "… ask the following questions", a list the card cannot show)
 */
const ANAPHOR_ANYWHERE = /\b(?:the latter|the former|(?:do|does|did|doing|done) so|thus|therefore|hence|(?:since|before|by|until) then|afterwards|(?:no|an?|the|any) (?:direct |real |exact )?equivalent\b(?! (?:of|to|for|in)\b)|the (?:next|following|above|aforementioned|preceding|previous) (?:steps?|points?|reasons?|items?|changes?|examples?|goals?|ones?|questions?)|the (?:first|last) (?:two|three|four|few) (?:goals?|points?|steps?|reasons?|items?|ones?)|as a (?:result|consequence)(?=[.!]?$))\b/i;
/**
 * A place on the page the card cannot show: "The benchmark for ____ is here" (a link), "the 10,000
 * node benchmark from above", "as shown below", "To illustrate, here's …", "In either case, …" (the
 * cases the paragraph before laid out); not "The advantage here is …" ("in this case"). All three
 * such published questions of the eighth round's unseen pages were rated unresolved blind; context
 * shown before the prompt does not bring the page along.
 */
const PAGE_DEIXIS = /\b(?:from above|(?:as|see|shown|described|mentioned|listed|discussed|noted|explained|seen) (?:above|below)|(?:is|are) here(?=\s*(?:[,.;:!?)]|$))|(?:^|[.:,;!?]\s+)here(?:['’]s| is| are)|in either case)\b/iu;
const FIRST_PERSON = /(?:^|[^\p{L}'’])(?:I|I'm|I’m|I've|I’ve|I'd|I’d)(?![\p{L}'’])|\b(?:me|my|we|our|us|ourselves|myself)\b/iu;
const MARKUP = /https?:|www\.|`|\*\*|__|\[|\]|<|>|\{\{|\}\}|:doc:|:ref:|\|{1}|(?:^|\s)#\w|&nbsp;|&amp;|\\|_\s|\s_|\.\.\s/;
const CITATION = /\(\s*[\p{Lu}][^()]{0,80},\s*(?:\d{4}[a-z]?|n\.\s?d\.?)\s*\)|\bn\.d\.?\b|\bet al\.|\bAccessed\b/u;

/**
 * A prompt without the opening that lists its choices ("Which of Dask and Spark"): that opening
 * names the answer openly, so the give-away checks (here and in features.ts) read what follows it.
 */
export function withoutScope(prompt: string, scope?: string): string {
  if (!scope) return prompt;
  if (prompt.startsWith(scope)) return prompt.slice(scope.length);
  // after an opener the question keeps: "Generally, which of PyTorch and TensorFlow …"
  const after = `, ${scope.charAt(0).toLowerCase()}${scope.slice(1)}`;
  const at = prompt.indexOf(after);
  return at < 0 ? prompt : prompt.slice(0, at + 2) + prompt.slice(at + after.length).trimStart();
}

/** The statement part of a prompt: prefix and (for context prompts) the context sentence removed. */
export function statementPart(prompt: string): string {
  return prompt.replace(PREFIXES, "");
}

function stripQuotes(text: string): string {
  return text.replace(/“[^”]{0,400}”|"[^"]{0,400}"/g, "“…”");
}

function answersOf(q: BankQuestion): string[] {
  if (q.type === "matching") return (q.answer as string[]).map((p) => p.split(" → ")[1] ?? p);
  if (Array.isArray(q.answer)) return q.answer;
  return q.type === "true_false" ? [] : [q.answer];
}

export interface DefectInput {
  question: BankQuestion;
  /** The source block is in the references section (or the question is about a citation). */
  fromReferences?: boolean;
  /** The prompt carries a context sentence before the statement (references resolved by it). */
  hasContext?: boolean;
  /** The prompt's opening that lists the choices ("Which of Dask and Spark"): not part of what it states. */
  scope?: string;
}

/** Defects of one question on its own (set-level classes are in `setDefects`). */
export function questionDefects({ question: q, fromReferences, hasContext, scope }: DefectInput): DefectClass[] {
  const out = new Set<DefectClass>();
  const body = statementPart(withoutScope(q.prompt, scope));
  const own = stripQuotes(body);
  const items = [...(q.choices ?? []), ...(q.left ?? [])];
  const answers = answersOf(q);

  if (q.type === "cloze" || q.type === "true_false" || /____/.test(body)) {
    if (!/^[“"(\p{Lu}\p{N}_]/u.test(body) || !/[.!?”")]$/.test(body.trim())) out.add("fragment");
    if (body.split(/\s+/).length < 5) out.add("fragment");
  }
  if ((q.type === "mcq" || q.type === "short_answer") && !/____/.test(body)) {
    if (!/[?]$|[?]”$/.test(body.trim()) && !/[.]$/.test(body.trim())) out.add("fragment");
  }
  if (![body, ...items, ...answers].every(balanced)) out.add("unbalanced");
  for (const a of answers) {
    const words = a.trim().split(/\s+/);
    if (EDGE.test(words[0].replace(/[^\p{L}.]/gu, "")) || EDGE.test(words[words.length - 1].replace(/[^\p{L}.]/gu, ""))) out.add("answer-edge");
    if (words.length === 1 && PRONOUN.test(words[0])) out.add("answer-edge");
    if (/^[,;:.)\]/-]|[,;:(\[/-]$/.test(a.trim())) out.add("answer-edge");
    const n = normaliseAnswer(a);
    if (!n || isTrivialAnswer(n) || (n.split(" ").length === 1 && n.length <= 2 && !/\d/.test(n))) out.add("trivial-answer");
  }
  if (ANNOUNCER.test(body)) out.add("trivial-answer");
  if (!hasContext && ANAPHOR_START.test(own.replace(/^(?:Fill in the blank: )/, ""))) out.add("unresolved-reference");
  if (!hasContext && ANAPHOR_ANYWHERE.test(own)) out.add("unresolved-reference");
  if (PAGE_DEIXIS.test(q.prompt)) out.add("unresolved-reference");
  if (FIRST_PERSON.test(own) || items.some((i) => FIRST_PERSON.test(stripQuotes(i)))) out.add("unresolved-reference");
  if ([q.prompt, ...items, ...answers].some((s) => MARKUP.test(s.replace(/____/g, "")))) out.add("markup");
  if (fromReferences || CITATION.test(q.prompt) || answers.some((a) => CITATION.test(a))) out.add("bibliography");
  // "Riot 3.0" leaks through "… (called a "tag" in Riot)": a versioned name leaks by its name alone
  const unblanked = body.replace(/____/g, " ");
  const leaks = (a: string) => containsWords(unblanked, a) || (VERSIONED.test(a) && containsWords(unblanked, a.replace(VERSIONED, ""))) || insideWord(unblanked, a) || builtFromNames(unblanked, a) || pluralOf(unblanked, a);
  if ((q.type === "cloze" || q.type === "short_answer" || q.type === "mcq") && answers.some(leaks)) out.add("answer-leak");
  if (body.split(/\s+/).length > 70 || items.some((i) => i.split(/\s+/).length > 30)) out.add("too-long");
  if ((q.type === "cloze" || q.type === "mcq") && blankInList(own)) out.add("list-item");
  if (q.type !== "true_false" && (KIND_ONLY.test(body.trim()) || ONE_OF_SET.test(body))) out.add("open-answer");
  if ((q.type === "cloze" || q.type === "mcq") && answers.some((a) => splitsName(body, a))) out.add("split-name");
  if (q.type === "mcq") {
    const choices = (q.choices ?? []).map(normaliseAnswer);
    if (choices.length < 3 || new Set(choices).size !== choices.length || choices.filter((c) => c === normaliseAnswer(q.answer as string)).length !== 1) out.add("invalid-choices");
    if (articleLeavesOne(body, q.choices ?? [])) out.add("invalid-choices");
  }
  return DEFECT_CLASSES.filter((c) => out.has(c));
}

/**
 * What a question asks, normalised, for telling two questions apart: its prompt, and for a
 * timeline or a matching the items it shows — every timeline has the prompt "Put these events in
 * chronological order", and two timelines of different events are two questions.
 */
export function askedText(q: BankQuestion): string {
  const items = q.type === "ordering" && Array.isArray(q.answer) ? [...q.answer].sort() : q.type === "matching" ? (q.left ?? []) : [];
  return normaliseText([q.prompt, ...items].join(" | "));
}

/**
 * Defects that only show across a set of questions: the same prompt twice (duplicate), or the
 * same blanked/asked text with different answers (ambiguous: the student cannot know which).
 * Returns question id → its set-level defects.
 */
export function setDefects(questions: BankQuestion[]): Map<string, DefectClass[]> {
  const out = new Map<string, DefectClass[]>();
  const flag = (id: string, d: DefectClass) => out.set(id, [...new Set([...(out.get(id) ?? []), d])]);
  const byPrompt = new Map<string, BankQuestion[]>();
  for (const q of questions) {
    const key = `${q.type === "true_false" ? "tf" : "q"}|${askedText(q)}`;
    byPrompt.set(key, [...(byPrompt.get(key) ?? []), q]);
  }
  for (const group of byPrompt.values()) {
    if (group.length < 2) continue;
    const answers = new Set(group.map((q) => JSON.stringify(q.answer)));
    for (const q of group) flag(q.id, answers.size > 1 ? "ambiguous-answer" : "duplicate");
  }
  // the same question asked twice in different words: same type, same answer, same source sentence
  const bySource = new Map<string, BankQuestion[]>();
  for (const q of questions) {
    if (q.type === "matching" || q.type === "ordering") continue;
    const key = `${q.type}|${normaliseText(q.source.sentence)}|${normaliseText(JSON.stringify(q.answer))}`;
    bySource.set(key, [...(bySource.get(key) ?? []), q]);
  }
  for (const group of bySource.values()) if (group.length > 1) for (const q of group.slice(1)) flag(q.id, "duplicate");
  return out;
}
