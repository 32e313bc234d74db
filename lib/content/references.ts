// Owns reference resolution: a sentence that leans on another ("It was released…", "This
// flexibility led to…", "The new version…", "Both have labels") is made standalone — a pronoun
// subject replaced by its antecedent (the previous sentence's subject, or the section's topic),
// or the previous sentence shown with it as context — or marked unresolved, and then it yields
// no question. Every resolution carries a confidence; substitution never guesses across
// number (it/they) or between rival candidates.
import type { Analysed } from "./analysis";
import type { EntityIndex } from "./entities";
import { anaphors, DEMONSTRATIVES, GENERIC_HEADS, isExpletiveIt, OBJECT_PRONOUNS, POSSESSIVES, SUBJECT_PRONOUNS } from "./anaphors";
import { isVerb, spanText, type Token } from "./tokens";
import { containsWords } from "./normalise";
import { comparandOf, type Topic } from "./topics";

export type ResolutionKind = "none" | "substituted" | "topic" | "context" | "unresolved";

export interface Resolution {
  kind: ResolutionKind;
  confidence: number;
  /** token index → text that replaces it ("It" → "Spark", "Its" → "Spark's") */
  replacements: Map<number, string>;
  /** The antecedent used, if any. */
  antecedent?: string;
  /** The sentence shown before this one when its reference is only clear in context. */
  context?: Analysed;
  /** When that sentence itself leans on the one before it ("X does A. This helps B. But it also C."), that one too. */
  contextBefore?: Analysed;
  /** What made the sentence need resolving (for features and reports). */
  anaphor?: string;
  /** The other side of a comparison the sentence leaves implicit, named by its section heading ("Prometheus vs. Graphite"). */
  comparand?: string;
}


interface SubjectInfo {
  text: string;
  plural: boolean;
  named: boolean;
  /** A person's name: "he" or "she", never "it" ("Tim Berners-Lee wrote a proposal … Initially called the Mesh, it was later renamed …"). */
  person?: boolean;
}

/** The main clause's subject as an antecedent candidate for the next sentence, if it can be one. */
export function subjectOf(a: Analysed, resolution: Resolution | undefined, entities: EntityIndex): SubjectInfo | undefined {
  if (!a.main || a.tokens.length === 0) return undefined;
  const [from, end] = a.main.subject;
  // "dbt heavily relies on Jinja. It has …": the adverb before the verb is no part of what "It" stands for
  let to = end;
  while (to - from > 1 && a.tokens[to - 1].tags.has("Adverb") && !a.tokens[to - 1].tags.has("Noun")) to--;
  if (to - from > 6 || to <= from) return undefined;
  const toks = a.tokens.slice(from, to);
  // "First, there's Dropbox.": an existential introduces the name after its verb
  if (to - from === 1 && toks[0].lower === "there") return existentialName(a, entities);
  const replaced = resolution?.replacements.get(from);
  if (replaced && to - from === 1) return { text: replaced, plural: /\band\b/.test(replaced), named: true };
  if (toks.some((t) => DEMONSTRATIVES.has(t.lower) || OBJECT_PRONOUNS.has(t.lower) || t.tags.has("Pronoun"))) return undefined;
  const text = spanText(a.sentence.clean, a.tokens, from, to).replace(/^(?:both|either)\s+/i, "");
  const named = toks.some((_, i) => entities.isNameToken(a.tokens, from + i));
  const plural = toks.some((t) => t.lower === "and") || (!named && toks[toks.length - 1].tags.has("Plural"));
  // Only a name is a safe antecedent: "the project's focus" as "It" would turn a reference into a false fact.
  if (!named) return undefined;
  if (toks.some((t) => t.tags.has("Possessive") || /[’']s$/.test(t.text)) && !/\band\b/.test(text)) return undefined;
  const person = !plural && entities.typeOf(text, toks) === "person";
  return { text: /^the\s/i.test(text) ? text.replace(/^The\s/, "the ") : text, plural, named, person };
}


/** The name an existential introduces ("there's Dropbox", "there is Mozilla"), when one follows its verb alone. */
function existentialName(a: Analysed, entities: EntityIndex): SubjectInfo | undefined {
  const [from, to] = a.main!.complement;
  let end = from;
  while (end < to && entities.isNameToken(a.tokens, end) && !/[,;:()]/.test(a.tokens[end - 1]?.post ?? "")) end++;
  // the name and nothing after it but the full stop
  const rest = a.tokens.slice(end, to).map((t) => t.text).join("");
  if (end === from || end - from > 4 || !/^[.!]?$/.test(rest)) return undefined;
  return { text: spanText(a.sentence.clean, a.tokens, from, end), plural: false, named: true };
}

export interface DiscourseContext {
  /** The sentence before this one in the same block, or the last one of the block before in the same section. */
  previous?: { analysed: Analysed; resolution: Resolution; sameBlock: boolean };
  /** The section heading's topic when the sentence opens its section. */
  topic?: Topic;
  /** The project whose own history the document is (lib/content/project-voice.ts). */
  project?: string;
  /** The names the nearest comparing heading sets against each other ("Prometheus vs. Graphite", "Comparison to Spark"). */
  compared?: string[];
}

/** "The project", "the team": in a project's own history, that project. */
const PROJECT_HEADS = new Set(["project", "team", "software", "codebase", "website"]);

const NONE = (): Resolution => ({ kind: "none", confidence: 1, replacements: new Map() });

function agrees(pronoun: string, s: SubjectInfo): boolean {
  if (pronoun === "they" || pronoun === "their") return s.plural;
  if (pronoun === "he" || pronoun === "she" || pronoun === "his" || pronoun === "her") return s.named && !s.plural;
  return !s.plural && !s.person;
}

/**
 * "Friendica was in fact the first choice but the 'friendica.com' domain name was already
 * registered. It became available a year later …": a later clause of the sentence before has a
 * subject of its own the pronoun fits as well as the first, so "It" is not safely its main subject
 * ("Friendica became available a year later" was asked, rated garbled blind).
 */
function rivalSubject(prev: Analysed, pronoun: string): boolean {
  if (!/^(?:it|its|they|their)$/.test(pronoun) || !prev.main) return false;
  const plural = pronoun === "they" || pronoun === "their";
  const { tokens } = prev;
  for (let i = prev.main.verb[1]; i < tokens.length - 2; i++) {
    if (!/^(?:but|and|while|whereas|yet)$/.test(tokens[i].lower)) continue;
    // the conjunction's own noun phrase, then a finite verb: "but the … domain name was …"
    let j = i + 1;
    while (j < tokens.length && j - i <= 6 && !isVerb(tokens[j])) j++;
    const head = tokens[j - 1];
    if (j === i + 1 || j >= tokens.length || !head.tags.has("Noun") || head.tags.has("Pronoun") || !/^(?:the|a|an|its|their|this|that)$/.test(tokens[i + 1].lower)) continue;
    if (!(tokens[j].tags.has("Copula") || tokens[j].tags.has("Auxiliary") || tokens[j].tags.has("PastTense") || tokens[j].tags.has("PresentTense"))) continue;
    if (head.tags.has("Plural") === plural) return true;
  }
  return false;
}

/** Two names and nothing else: "TensorFlow and PyTorch" (not "A, B and C", not "the teams of A and B"). */
function isPair(subject: string): boolean {
  const parts = subject.split(" and ");
  return parts.length === 2 && parts.every((p) => /^\p{Lu}[^\s,]*(?: \p{Lu}[^\s,]*)?$/u.test(p));
}

/** What "the two …" counts: kinds of thing a review compares. */
const COMPARED_KINDS = /^(?:frameworks|libraries|tools|languages|systems|projects|databases|engines|platforms|products|technologies|runtimes|servers|packages)$/;

/** Where "the two frameworks" or "both frameworks" is in a sentence: [first token, after the last). */
function theTwo(tokens: Token[]): [number, number] | undefined {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].lower === "the" && tokens[i + 1].lower === "two" && COMPARED_KINDS.test(tokens[i + 2]?.lower ?? "")) return [i, i + 3];
    if (tokens[i].lower === "both" && COMPARED_KINDS.test(tokens[i + 1].lower)) return [i + 1, i + 2];
  }
  return undefined;
}

/** "Spark's", "Rails'": a name as an owner. */
export function possessive(name: string): string {
  return /s$/.test(name) ? `${name}'` : `${name}'s`;
}

function capitaliseFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function resolveReferences(a: Analysed, ctx: DiscourseContext, entities: EntityIndex): Resolution {
  if (!a.main || a.tokens.length === 0) return { ...NONE(), kind: "unresolved", confidence: 0 };
  const { tokens } = a;
  const [sFrom, sTo] = a.main.subject;
  const first = tokens[sFrom];
  const replacements = new Map<number, string>();
  let kind: ResolutionKind = "none";
  let confidence = 1;
  let antecedent: string | undefined;
  let anaphor: string | undefined;

  // 1. A pronoun subject ("It", "They") or a possessive opening the subject ("Its framework").
  const pronounSubject = sTo - sFrom === 1 && SUBJECT_PRONOUNS.has(first.lower) && !isExpletiveIt(tokens, sFrom) ? sFrom : undefined;
  const possessiveSubject = POSSESSIVES.has(first.lower) && sTo - sFrom > 1 ? sFrom : undefined;
  const both = sTo - sFrom === 1 && first.lower === "both" ? sFrom : undefined;
  const target = pronounSubject ?? possessiveSubject ?? both;
  if (target !== undefined) {
    const word = tokens[target].lower;
    anaphor = word;
    const prev = ctx.previous;
    const prevSubject = prev ? subjectOf(prev.analysed, prev.resolution, entities) : undefined;
    const topicNames = ctx.topic?.names;
    let found: { text: string; confidence: number; kind: ResolutionKind } | undefined;
    // a sentence left unresolved for another of its words ("Webargs is a tool made to provide that")
    // still names its subject: "It uses Marshmallow underneath" is Webargs
    if (prevSubject && word !== "both" && agrees(word, prevSubject) && (prev!.resolution.kind !== "unresolved" || prevSubject.named) && !rivalSubject(prev!.analysed, word)) {
      found = { text: prevSubject.text, confidence: (prevSubject.named ? 0.9 : 0.75) - (prev!.sameBlock ? 0 : 0.1), kind: "substituted" };
    } else if (word === "both" && prevSubject && isPair(prevSubject.text) && prev!.sameBlock && (prev!.resolution.kind !== "unresolved" || prevSubject.named)) {
      // "TensorFlow and PyTorch are the most popular. Both offer …"; "Capacitor and Cordova are very
      // similar. Both manage a Web View": the pair named, whatever else the sentence before leaves
      // open (the title's pair, "Cordova and PhoneGap", had been taken: rated wrong, eighteenth round)
      found = { text: `both ${prevSubject.text.replace(/^both /i, "")}`, confidence: 0.85, kind: "substituted" };
    } else if (word === "both" && ctx.compared?.length === 2) {
      // "Both have labels" under "Prometheus vs. InfluxDB"
      found = { text: `both ${ctx.compared[0]} and ${ctx.compared[1]}`, confidence: 0.8, kind: "topic" };
    } else if (!prev && topicNames) {
      if ((word === "it" || word === "its") && topicNames.length === 1) found = { text: topicNames[0], confidence: 0.8, kind: "topic" };
      if ((word === "they" || word === "their" || word === "both") && topicNames.length === 2) found = { text: `${word === "both" ? "both " : ""}${topicNames[0]} and ${topicNames[1]}`, confidence: 0.8, kind: "topic" };
    } else if (prev && (word === "they" || word === "their" || word === "both") && topicNames?.length === 2 && prev.analysed.sentence.block.headingPath.join() === a.sentence.block.headingPath.join()) {
      found = { text: `${word === "both" ? "both " : ""}${topicNames[0]} and ${topicNames[1]}`, confidence: 0.7, kind: "topic" };
    }
    if (found) {
      let text = possessiveSubject !== undefined ? possessive(found.text) : found.text;
      // "It's" → "Starlette is"; "They've" → "… have"
      const contraction = /['’](s|re|ve|ll|d)$/i.exec(tokens[target].text)?.[1]?.toLowerCase();
      // the contraction's verb is its own zero-width token: render it as a word after the name
      if (contraction && possessiveSubject === undefined && tokens[target + 1]?.text === "") {
        // compromise guesses "has" for "It's coupled"; "'s" is "has" only before "been"/"got"
        const verb = contraction === "s" ? (/^(?:been|got)$/.test(tokens[target + 2]?.lower ?? "") ? "has" : "is") : tokens[target + 1].lower;
        replacements.set(target + 1, ` ${verb}`);
      }
      replacements.set(target, target === 0 ? capitaliseFirst(text) : text);
      kind = found.kind;
      confidence = found.confidence;
      antecedent = found.text;
    } else {
      return contextOrUnresolved(a, ctx, anaphor);
    }
  }

  // 1a. An interview's "I", "me", "my": the interviewee, named.
  if (a.sentence.speaker) {
    const spoken = speakerReplacements(tokens, a.sentence.speaker);
    if (!spoken) return { kind: "unresolved", confidence: 0, replacements: new Map(), anaphor: "i" };
    for (const [k, v] of spoken) replacements.set(k, v);
    if (kind === "none") {
      kind = "substituted";
      confidence = 0.75;
      antecedent = a.sentence.speaker;
      anaphor = "i";
    }
  }

  // 1b. "The new version", "the release": the version the previous sentence names ("TensorFlow 2.0").
  const version = target === undefined ? versionAntecedent(a, ctx, entities) : undefined;
  if (version) {
    replacements.set(sFrom, version);
    for (let k = sFrom + 1; k < sTo; k++) replacements.set(k, "");
    kind = "substituted";
    confidence = 0.8;
    antecedent = version;
    anaphor = "the version";
  }

  // 1c. "The project switched to git" in curl's own history: the curl project.
  const own = target === undefined && !version && ctx.project && sTo - sFrom === 2 && first.lower === "the" && PROJECT_HEADS.has(tokens[sFrom + 1].lower);
  if (own) {
    replacements.set(sFrom, `${first.text} ${ctx.project}`);
    kind = "substituted";
    confidence = 0.8;
    antecedent = ctx.project;
    anaphor = `the ${tokens[sFrom + 1].lower}`;
  }

  // 1d. "The raft package provides …", "the curl tool defaults …": the head's modifier names which
  // one, by a word the document uses as a name elsewhere ("the Raft … protocol") or its project
  const modifier = tokens[sFrom + 1]?.lower ?? "";
  const named = target === undefined && sTo - sFrom === 3 && first.lower === "the" && GENERIC_HEADS.has(tokens[sFrom + 2].lower) && !GENERIC_HEADS.has(modifier) && (entities.capitalisedMidSentence(modifier) || modifier === ctx.project?.toLowerCase());

  // 1e. "between the two frameworks": the two names the section or the document compares
  const pair = ctx.compared?.length === 2 ? ctx.compared : ctx.topic?.names.length === 2 ? ctx.topic.names : undefined;
  // (not where the sentence names them itself: "between Prometheus and InfluxDB, and both systems …")
  const found = pair ? theTwo(tokens) : undefined;
  const two = found && !pair!.every((name) => containsWords(a.sentence.clean, name)) ? found : undefined;
  if (two && pair) {
    replacements.set(two[0], `${two[0] === 0 ? capitaliseFirst(pair[0]) : pair[0]} and ${pair[1]}`);
    for (let k = two[0] + 1; k < two[1]; k++) replacements.set(k, "");
    if (kind === "none") {
      kind = "topic";
      confidence = 0.8;
      antecedent = `${pair[0]} and ${pair[1]}`;
      anaphor = "the two";
    }
  }

  // 2. Any other reference outside the sentence: show the previous sentence, or give up.
  const rest = anaphors(a, target, (word) => entities.capitalisedMidSentence(word))
    .filter((r) => !((version || own || named) && r.at === sFrom))
    // "… between the two frameworks is the construction of their computational graphs": theirs
    .filter((r) => !(two && r.at >= two[1] && /^(?:they|them|their)$/.test(r.what)));
  // a comparison under a heading that compares: its other side named when the heading tells which,
  // else read as the heading's comparison (as written) rather than lost
  const comparative = rest.length > 0 && rest.every((r) => r.what === "comparative");
  const comparand = comparative ? comparandOf(a, replacements, ctx.compared, entities) : undefined;
  if (comparative && ctx.compared) return { kind, confidence, replacements, ...(comparand ? { comparand } : {}), ...(antecedent ? { antecedent } : {}), ...(anaphor ? { anaphor } : {}) };
  // "This flexibility won over …", "During this crucial change": the sentence before rarely names
  // what the noun sums up (1 in 10 such questions was acceptable in the labels), so no question
  // … unless the noun repeats a word of the sentence before ("… built using templates. These
  // templates dictate …") or both are about one name ("PyTorch's framework aimed … This
  // flexibility led to PyTorch being popular …"): then that sentence, shown as context, says which
  const summary = rest.find((r) => DEMONSTRATIVES.has(r.what) && isDeterminer(tokens, r.at) && !repeatsPrevious(a, r.at, ctx));
  if (summary) return { kind: "unresolved", confidence: 0, replacements: new Map(), anaphor: `${summary.what} + noun` };
  if (rest.length > 0) {
    const r = contextOrUnresolved(a, ctx, rest[0].what);
    if (r.kind === "unresolved") return r;
    for (const [k, v] of replacements) r.replacements.set(k, v);
    r.confidence = Math.min(r.confidence, confidence);
    r.antecedent = antecedent;
    return r;
  }
  return { kind, confidence, replacements, ...(antecedent ? { antecedent } : {}), ...(anaphor ? { anaphor } : {}) };
}

/**
 * The sentence before, shown as context, says what a demonstrative's noun sums up when the noun
 * repeats one of its words ("… built using templates. These templates dictate …"), or when both
 * sentences are about the same name ("PyTorch's framework aimed to make it easy to go from
 * prototyping to deployment. This flexibility led to PyTorch being popular …").
 */
function repeatsPrevious(a: Analysed, at: number, ctx: DiscourseContext): boolean {
  const prev = ctx.previous?.analysed;
  if (!prev) return false;
  let k = at + 1;
  while (k < a.tokens.length && !a.tokens[k].tags.has("Noun")) k++;
  const noun = a.tokens[k]?.lower.replace(/s$/, "");
  if (!!noun && noun.length > 3 && prev.tokens.some((t) => t.lower.replace(/s$/, "") === noun)) return true;
  const name = subjectName(ctx.previous!);
  return !!name && a.tokens.some((t) => t.lower === name);
}

/** The name the previous sentence's subject is, or is the possessive of ("Its framework" resolved to PyTorch's): lower case. */
function subjectName(prev: NonNullable<DiscourseContext["previous"]>): string | undefined {
  const main = prev.analysed.main;
  if (!main) return undefined;
  const [from, to] = main.subject;
  const replaced = prev.resolution.replacements.get(from);
  const text = replaced ?? spanText(prev.analysed.sentence.clean, prev.analysed.tokens, from, to);
  const name = /^(\p{Lu}[\p{L}\d.+#-]*)(?:['’]s)?(?:\s|$)/u.exec(text)?.[1];
  return name && (replaced || to - from <= 3) ? name.toLowerCase() : undefined;
}

function isDeterminer(tokens: Token[], at: number): boolean {
  for (let k = at + 1; k < Math.min(tokens.length, at + 4); k++) {
    const t = tokens[k];
    if (isVerb(t) || /[,;:.]/.test(tokens[k - 1].post)) return false;
    if (t.tags.has("Noun") && !t.tags.has("Pronoun")) return true;
    if (!t.tags.has("Adjective") && !t.tags.has("Adverb")) return false;
  }
  return false;
}

/** Words in a context chain: longer and the question stops being a question. */
const MAX_CONTEXT_TOKENS = 45;

/**
 * The previous sentence as context, when it is itself clear and in the same block (or a paragraph
 * just before). When the previous sentence is clear only with its own context ("X does A. This
 * helps B. But it also C."), both are shown, if together they stay short.
 */
function contextOrUnresolved(a: Analysed, ctx: DiscourseContext, anaphor: string): Resolution {
  const prev = ctx.previous;
  const near = !!prev && (prev.sameBlock || (a.sentence.index === 0 && a.sentence.block.kind === "paragraph" && prev.analysed.sentence.block.kind === "paragraph"));
  // the context must be clear itself: "There are no native hypermedia controls in it." shown
  // before "It offers schemas" explains nothing
  // ("make it easy to …" is no reference)
  const loose = !!prev && prev.analysed.tokens.some((t, i, all) => i > 0 && /^(?:it|them)$/.test(t.lower) && !prev.resolution.replacements.has(i) && !isExpletiveIt(all, i) && !all[i + 1]?.tags.has("Adjective"));
  const usable = near && !loose && prev.resolution.kind !== "unresolved" && !prev.analysed.skip && !prev.analysed.sentence.trimmed && prev.analysed.tokens.length <= 40;
  if (!usable) return { kind: "unresolved", confidence: 0, replacements: new Map(), anaphor };
  if (prev.resolution.kind === "context") {
    const before = prev.resolution.context!;
    if (prev.resolution.contextBefore || before.tokens.length + prev.analysed.tokens.length > MAX_CONTEXT_TOKENS) return { kind: "unresolved", confidence: 0, replacements: new Map(), anaphor };
    return { kind: "context", confidence: 0.5, replacements: new Map(), context: prev.analysed, contextBefore: before, anaphor };
  }
  return { kind: "context", confidence: prev.sameBlock ? 0.7 : 0.6, replacements: new Map(), context: prev.analysed, anaphor };
}

/**
 * "I started on QBasic" → "@defunkt started on QBasic"; "introduced me to" → "introduced @defunkt
 * to"; "my" → "@defunkt's". A verb after "I" must read right with a name: past tense, a modal, or
 * "am"/"have" (→ "is"/"has"); "I think" and anything else leave the sentence unresolved.
 */
function speakerReplacements(tokens: Token[], speaker: string): Map<number, string> | undefined {
  const out = new Map<number, string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.lower === "me") out.set(i, speaker);
    else if (t.lower === "my") out.set(i, possessive(speaker));
    else if (t.lower === "i" && /^I(?:['’](?:m|ve))?$/.test(t.text)) {
      out.set(i, speaker);
      let v = i + 1;
      while (tokens[v] && tokens[v].text !== "" && /^(?:also|then|just|first|still|really|never|always|actually|quickly|eventually)$/.test(tokens[v].lower)) v++;
      const verb = tokens[v];
      if (!verb) return undefined;
      const third: Record<string, string> = { am: "is", have: "has", do: "does" };
      if (third[verb.lower]) out.set(v, verb.text === "" ? ` ${third[verb.lower]}` : third[verb.lower]);
      else if (!(verb.tags.has("PastTense") || verb.tags.has("Modal") || /^(?:was|had|did|could|would|should|might|can|will)$/.test(verb.lower))) return undefined;
    }
  }
  return out.size > 0 ? out : undefined;
}

const VERSION_HEADS = new Set(["version", "release"]);

/**
 * "The new version was aimed to be more user-friendly" after "… TensorFlow 2.0 was released":
 * a bare definite "version"/"release" subject is the one versioned name of the previous sentence
 * (a name followed by a version number). Two different versioned names there: no guess.
 */
function versionAntecedent(a: Analysed, ctx: DiscourseContext, entities: EntityIndex): string | undefined {
  const [from, to] = a.main!.subject;
  const subject = a.tokens.slice(from, to);
  if (subject[0]?.lower !== "the" || subject.length > 3 || !VERSION_HEADS.has(subject[subject.length - 1].lower)) return undefined;
  const prev = ctx.previous;
  if (!prev || !prev.sameBlock || prev.resolution.kind === "unresolved") return undefined;
  const { tokens } = prev.analysed;
  const found = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    // "TensorFlow 2.0", "Python 3" — not "October 2019"
    if (!/^v?\d+(?:\.\d+)+$|^\d{1,2}$/.test(tokens[i].text) || tokens[i - 1].tags.has("Date") || !entities.isNameToken(tokens, i - 1) || /^\d/.test(tokens[i - 1].text)) continue;
    let k = i - 1;
    while (k > 0 && entities.isNameToken(tokens, k - 1) && !/^\d/.test(tokens[k - 1].text) && !/[,;:()]/.test(tokens[k - 1].post)) k--;
    found.add(spanText(prev.analysed.sentence.clean, tokens, k, i + 1));
  }
  return found.size === 1 ? [...found][0] : undefined;
}
