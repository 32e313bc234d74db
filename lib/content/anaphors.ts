// Owns spotting references: which words of a sentence lean on something outside it ("it", "this",
// "the latter", "the same", "the new version", a short "However, there …"), and the word lists
// that define pronouns, demonstratives and generic heads. Resolving them is lib/content/references.
import type { Analysed } from "./analysis";
import { quotedTokens, type Token } from "./tokens";

export const SUBJECT_PRONOUNS = new Set(["it", "they", "he", "she"]);
export const POSSESSIVES = new Set(["its", "their", "his", "her"]);
export const OBJECT_PRONOUNS = new Set(["it", "its", "they", "them", "their", "he", "him", "his", "she", "her", "itself", "themselves"]);
export const DEMONSTRATIVES = new Set(["this", "these", "those"]);
/** Pronouns that can only stand for a person. */
const PERSONAL = new Set(["he", "him", "his", "she", "her"]);
/** Capitalised only because they open the sentence: never a name an "it" could refer to. */
/** "to make that decision, it adopts …": "that" determines a noun that ends its phrase (not "ensures that code runs"). */
function determinesNoun(tokens: Token[], at: number): boolean {
  const noun = tokens[at + 1];
  const after = tokens[at + 2];
  return !!noun && noun.tags.has("Noun") && !noun.tags.has("Pronoun") && !noun.tags.has("Plural") && (/[.,;:!?]/.test(noun.post) || !after || after.tags.has("Preposition"));
}

/** "… with invalid URL fragments, while pip will ignore such fragments": the noun after "such" is named earlier in its own sentence. */
function namedBefore(tokens: Token[], at: number): boolean {
  const noun = tokens.slice(at + 1, at + 4).find((t) => !/^(?:a|an)$/.test(t.lower) && !t.tags.has("Adjective"));
  const stem = noun?.lower.replace(/s$/, "");
  return !!stem && stem.length > 2 && tokens.slice(0, at).some((t) => t.lower.replace(/s$/, "") === stem);
}

export const SENTENCE_OPENERS = new Set(["the", "a", "an", "this", "that", "these", "those", "it", "they", "he", "she", "in", "on", "at", "for", "with", "as", "but", "and", "however", "there", "so", "since", "when", "while", "if", "one", "some", "many", "most", "all", "each", "every", "both", "such"]);
/** "the project", "the team": a bare definite subject with a generic head points back. */
export const GENERIC_HEADS = new Set([
  "project", "team", "company", "language", "framework", "tool", "library", "system", "version", "site", "website",
  "release", "operator", "model", "approach", "idea", "format", "api", "client", "server", "event", "book", "community",
  "creator", "author", "product", "platform", "service", "technique", "method", "change", "problem", "solution", "feature",
  "features", "code", "package", "module", "program", "software", "application", "app", "database", "engine", "standard",
  "specification", "term", "protocol", "paper", "article", "post", "document", "essay", "interview", "latter", "former",
  "changes", "improvements", "problems", "issues", "differences", "limitations", "collection",
]);

/** An acronym in the plural ("APIs", "SDKs") names a kind of thing, not one thing. */
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;

/** A generic head, in the plural too ("The higher level APIs are great for ease-of-use": whose?). */
function isGenericHead(lower: string): boolean {
  return GENERIC_HEADS.has(lower) || (lower.endsWith("s") && GENERIC_HEADS.has(lower.slice(0, -1)));
}

/** Openers that make a sentence the outcome of the one before it. */
const CONSEQUENCE_OPENERS = [["as", "a", "result"], ["in", "the", "process"], ["in", "doing", "so"], ["by", "doing", "so"], ["in", "so", "doing"], ["consequently"], ["as", "such"]];

/** A likeness stated without its other side ("… is similar.") leans on the sentence before. */
const SIMILARITY = new Set(["similar", "different", "same", "comparable", "identical", "equivalent", "alike", "analogous"]);

/** A sentence that names both sides itself ("X is faster than Y", "While X has …, Y is easier"). */
const CONTRASTED = new Set(["than", "while", "whereas", "unlike", "compared", "versus", "vs", "vs."]);

/**
 * "richer", "more powerful", "less complex": a comparison. Not "one or more", "four more years",
 * a fixed description ("the larger Python ecosystem") nor "part of a larger project".
 */
export function isComparative(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1]?.lower ?? "";
  if (/^(?:the|or|once|any|no)$/.test(before) || /^\d|^(?:one|two|three|four|five|few|many|several)$/.test(before)) return false;
  // "Internet Explorer 8 and higher", "IE8 and newer": a range of versions, measured against its own number
  if (before === "and" && /\d$/.test(tokens[i - 2]?.text ?? "")) return false;
  // "part of a larger project": measured against the sentence's own subject
  if (/^(?:a|an)$/.test(before) && tokens[i - 2]?.lower === "of") return false;
  if (/^(?:more|less|fewer)$/.test(t.lower)) return !!tokens[i + 1] && (tokens[i + 1].tags.has("Adjective") || tokens[i + 1].tags.has("Noun"));
  // the tagger calls some plain adjectives comparative ("its rich feature set"): a comparative has its form
  const form = /er$/.test(t.lower) || /^(?:better|worse)$/.test(t.lower);
  return form && t.tags.has("Comparative") && t.tags.has("Adjective") && !/^(?:other|former|latter|further|later|earlier|upper|lower|inner|outer)$/.test(t.lower);
}

/** The sentence's last word, when nothing follows it but punctuation. */
function lastWord(tokens: Token[]): number | undefined {
  for (let i = tokens.length - 1; i >= 0; i--) if (/[\p{L}\p{N}]/u.test(tokens[i].text)) return i;
  return undefined;
}

/** Token indexes of references that need an antecedent outside the sentence. */
/**
 * @param knownName whether the document writes a word as a name elsewhere ("Kubernetes" opening a
 *   sentence is the project, not a plural like "People")
 */
export function anaphors(a: Analysed, subjectPronoun: number | undefined, knownName: (word: string) => boolean = () => false): Array<{ at: number; what: string }> {
  const { tokens } = a;
  const quoted = quotedTokens(tokens);
  const out: Array<{ at: number; what: string }> = [];
  let nounSeen = false;
  // "People made RPM packages out of it": an object pronoun is never one of its own clause's other
  // arguments, so a name counts for it only when a clause break (a comma, "and", "which" …) lies between
  let nounBeforeBreak = false;
  // "him", "her": only a person named before them in the sentence ("Anything good about pjax came from him" is not pjax)
  let personSeen = false;
  let pluralSeen = -1;
  // "PyTorch lacks X, but it can use Y": a later subject pronoun may only refer to a named main subject that opens the sentence
  // (or, after a leading phrase, a main subject that is a single name: "For debugging code, PyTorch can use pdb because it …")
  const mainSubject = a.main ? tokens.slice(a.main.subject[0], a.main.subject[1]) : [];
  // "With other GCs it returns numbers …": a subject that holds the pronoun is the pronoun, however
  // the tagger joined the phrase before it to it (eighteenth round, rated unresolved)
  const mainNamedFirst =
    !mainSubject.some((t) => SUBJECT_PRONOUNS.has(t.lower)) &&
    ((!!a.main && a.main.subject[0] <= 2 && mainSubject.some((t) => /^\p{Lu}/u.test(t.text) && !t.tags.has("Pronoun"))) ||
      (mainSubject.length === 1 && /^\p{Lu}/u.test(mainSubject[0].text) && !mainSubject[0].tags.has("Pronoun") && !mainSubject[0].tags.has("Plural")));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (quoted[i]) continue;
    const next = tokens[i + 1];
    if (t.lower === "it" && isSituationIt(tokens, i)) {
      out.push({ at: i, what: "it (what was just said)" });
      nounSeen = true;
      continue;
    }
    if (i === subjectPronoun || (t.lower === "it" && (isExpletiveIt(tokens, i) || putItWay(tokens, i)))) {
      nounSeen = true;
      continue;
    }
    // "those built into public clouds", "those that …": the ones the words after it describe
    if (DEMONSTRATIVES.has(t.lower) && !(t.lower === "those" && next && (next.tags.has("Participle") || next.tags.has("PastTense") || /^(?:that|which|who|of|with|in|on|from)$/.test(next.lower)))) out.push({ at: i, what: t.lower });
    else if (t.lower === "that" && ((i === 0 && (!next || next.tags.has("Verb") || isAuxLike(next))) || tokens[i - 1]?.tags.has("Preposition") || /[.,;:!?]/.test(t.post) || !next || (tokens[i - 1]?.tags.has("Verb") && (next.tags.has("Preposition") || next.tags.has("Adverb") || determinesNoun(tokens, i))))) out.push({ at: i, what: "that" });
    // "the same developers" points back; "both X and Y on the same cluster", "the same execution
    // environment as your application" and "Timothy Crosley, the same creator of isort" do not (a
    // pair named after it does not: "To accomplish the same using Git requires …, and managing …")
    else if (t.lower === "same" && tokens[i - 1]?.lower === "the" && !tokens.some((x, k) => k > 0 && k < i && /^(?:both|each|all|and)$/.test(x.lower)) && !sameAsWithin(tokens, i) && !isAppositiveSame(tokens, i) && !sameAmongThemselves(tokens, i)) out.push({ at: i, what: "the same" });
    // "no such tool", "to accept such wheels", "such a system": the kind the sentence before describes;
    // never "such as", "such tools as X" nor "such that"
    else if (t.lower === "such" && next && !/^(?:as|that)$/.test(next.lower) && !tokens.slice(i + 1, i + 5).some((x) => x.lower === "as") && ((i > 0 && /^(?:no|any)$/.test(tokens[i - 1].lower)) || /^(?:a|an)$/.test(next.lower) || (/^\p{Ll}+$/u.test(next.text) && !isAuxLike(next))) && !namedBefore(tokens, i)) out.push({ at: i, what: "such" });
    else if ((t.lower === "latter" || t.lower === "former") && tokens[i - 1]?.lower === "the") out.push({ at: i, what: `the ${t.lower}` });
    // "PyTorch therefore gained a window of opportunity": the reason is the sentence before
    else if (/^(?:thus|therefore|hence)$/.test(t.lower)) out.push({ at: i, what: t.lower });
    else if (OBJECT_PRONOUNS.has(t.lower) && !(t.lower === "their" && pluralInClause(tokens, pluralSeen, i)) && (!nounSeen || (t.lower === "their" && onlyOnePersonBefore(tokens, i)) || (CLAUSE_OBJECTS.has(t.lower) && !nounBeforeBreak && !isClauseSubject(tokens, i) && !isExpletiveObject(tokens, i)) || (PERSONAL.has(t.lower) && !personSeen) || (SUBJECT_PRONOUNS.has(t.lower) && isClauseSubject(tokens, i) && !mainNamedFirst))) out.push({ at: i, what: t.lower });
    else if (t.lower === "both" && i === 0 && next && (next.tags.has("Verb") || next.tags.has("Auxiliary") || next.tags.has("Copula"))) out.push({ at: i, what: "both" });
    // "There's another coming up": another of what the sentence before names
    // "Another big feature needed by APIs is …", opening the sentence: another beside what came before (rejected unresolved, blind and in the labels)
    else if (t.lower === "another" && (!next || /[,.;:!?]/.test(t.post) || /^\p{Ll}+ing$/u.test(next.text) || ((next.tags.has("Verb") || next.tags.has("Preposition")) && !next.tags.has("Noun") && !next.tags.has("Adjective")) || i === a.main?.subject[0])) out.push({ at: i, what: "another" });
    // "5,000 participants in Discord across both events": both of what the sentence before names
    // (not when the sentence names the pair first: "differences between Prometheus and InfluxDB, and both systems …"; nor "both ways")
    else if (t.lower === "both" && i > 0 && next?.tags.has("Plural") && !/^(?:ways|sides|ends|hands)$/.test(next.lower) && !tokens.slice(i + 1, i + 6).some((x) => x.lower === "and") && !tokens.slice(0, i).some((x, k) => x.lower === "and" && k > 0 && /^\p{Lu}/u.test(tokens[k - 1].text))) out.push({ at: i, what: "both" });
    // "… was built to unify both into a single bundler": both of what the sentence before names
    else if (t.lower === "both" && i > 0 && (!next || next.tags.has("Preposition") || /[,.;:]/.test(t.post))) out.push({ at: i, what: "both" });
    // an antecedent inside the sentence must be a name, not "the way" or "the data"
    // a plural that opens the sentence is a common noun ("People", "Developers"), not a name
    if (/^\p{Lu}/u.test(t.text) && (i > 0 || (!SENTENCE_OPENERS.has(t.lower) && (!isPluralCommonNoun(t) || knownName(t.text)))) && !t.tags.has("Pronoun") && !DEMONSTRATIVES.has(t.lower)) nounSeen = true;
    if (t.tags.has("Person") || t.tags.has("FirstName")) personSeen = true;
    // "allows web developers to provide remote access to their development environments": a plural
    // noun before a possessive "their" in the same clause is what it stands for
    if (t.tags.has("Plural") && t.tags.has("Noun") && !t.tags.has("Pronoun") && !/[,;:(—–]/.test(t.post)) pluralSeen = i;
    if (/[,;:(—–]/.test(t.post) || CLAUSE_BREAKS.has(next?.lower ?? "") || next?.tags.has("Gerund")) nounBeforeBreak = nounSeen;
  }
  // "In the process, Pete Hunt also discovered …", "As a result, BSD may present …": the process or
  // the cause is the sentence before (rated unresolved blind); "As a result of X, …" names its own
  if (CONSEQUENCE_OPENERS.some((words) => words.every((w, k) => tokens[k]?.lower === w) && tokens[words.length - 1].post.includes(","))) {
    out.push({ at: 0, what: "consequence" });
  }
  // "First off, lots of people already wrapped their JSX in parentheses", "Secondly, …", "First, JSX
  // doesn't mean …": one of the reasons or points the sentence before announced (rated unresolved
  // blind: reasons for what?)
  const opener = tokens[0];
  if (opener && (/^(?:firstly|secondly|thirdly)$/.test(opener.lower) || (/^(?:first|second|third)$/.test(opener.lower) && opener.post.includes(",")) || (opener.lower === "first" && tokens[1]?.lower === "off"))) {
    out.push({ at: 0, what: "enumeration" });
  }
  // "However, there may be performance issues.": a short contrast with a dummy subject answers the sentence before
  if (a.main && a.tokens.length <= 12 && /^(?:however|but|yet|still)$/.test(tokens[0]?.lower ?? "") && /^(?:there|it)$/.test(tokens[a.main.subject[0]]?.lower ?? "") && a.main.subject[1] - a.main.subject[0] === 1) {
    out.push({ at: a.main.subject[0], what: "implicit" });
  }
  // "The open source version of InfluxDB is similar.": similar to what the sentence before says
  const last = lastWord(tokens);
  if (a.main && last !== undefined && last >= a.main.verb[1] && last < a.main.complement[1] && SIMILARITY.has(tokens[last].lower) && !tokens.slice(a.main.verb[1], last).some((t) => /^(?:to|than|from|as|with)$/.test(t.lower))) {
    out.push({ at: last, what: tokens[last].lower });
  }
  // "After searching for a similar framework, …": similar to what the sentence before describes
  const similar = tokens.findIndex((t, i) => t.lower === "similar" && /^(?:a|an)$/.test(tokens[i - 1]?.lower ?? "") && !!tokens[i + 1]?.tags.has("Noun") && !tokens.slice(i + 2).some((x) => /^(?:to|as)$/.test(x.lower)));
  if (similar >= 0 && !quoted[similar]) out.push({ at: similar, what: "similar" });
  // "Prometheus offers a richer data model": richer than what the sentence before (or the heading) names
  if (a.main && !tokens.some((t) => CONTRASTED.has(t.lower))) {
    const [from, to] = [a.main.verb[0], a.main.complement[1]];
    const at = tokens.findIndex((_, i) => i >= from && i < to && !quoted[i] && isComparative(tokens, i));
    if (at >= 0) out.push({ at, what: "comparative" });
  }
  // "Or use a monitoring daemon …": an alternative to the sentence before
  if (tokens[0]?.lower === "or") out.push({ at: 0, what: "or" });
  // "After the changes, TensorFlow …": which changes? ("Despite …," is dropped as a concession: lib/content/statements)
  if (a.main?.leading) {
    const [from, to] = a.main.leading;
    const lead = tokens.slice(from, to);
    const the = lead.findIndex((t) => t.lower === "the");
    const head = lead[lead.length - 1];
    if (the > 0 && the >= lead.length - 3 && /^(?:after|with|because|following|given|due|since|before|through)$/.test(lead[0].lower) && head && GENERIC_HEADS.has(head.lower) && !lead.slice(the + 1).some((t) => /^\p{Lu}/u.test(t.text))) {
      out.push({ at: from + the, what: `the ${head.lower}` });
    }
    // "Recognizing some of the framework's shortcomings, Jordan Walke started …": whose? (rated
    // unresolved blind: the framework is named sentences before)
    const owner = lead.findIndex((t, k) => k > 0 && lead[k - 1].lower === "the" && /^\p{Ll}+['’]s$/u.test(t.text) && GENERIC_HEADS.has(t.lower.replace(/['’]s$/, "")));
    if (owner > 0 && !lead.some((t) => /^\p{Lu}/u.test(t.text) && t !== lead[0])) out.push({ at: from + owner - 1, what: `the ${lead[owner].lower.replace(/['’]s$/, "")}` });
  }
  // "The new version", "The team": a bare definite subject with a generic head
  if (a.main) {
    const [from, to] = a.main.subject;
    const subject = tokens.slice(from, to);
    // "The next thing to find was …", "The other option …": next after, other than what came before
    if (subject[0]?.lower === "the" && /^(?:next|other|previous|following|remaining)$/.test(subject[1]?.lower ?? "") && !subject.slice(2).some((t) => /^\p{Lu}/u.test(t.text))) {
      out.push({ at: from, what: `the ${subject[1].lower}` });
    }
    // a name counts, one spelled in lower case too when a link gives it ("The [ngrok](…) service allows …")
    const linked = new Set((a.sentence.block.links ?? []).map((l) => l.toLowerCase()));
    if (subject[0]?.lower === "the" && subject.length <= 4 && isGenericHead(subject[subject.length - 1].lower) && !subject.some((t) => (/^\p{Lu}/u.test(t.text) || linked.has(t.lower)) && t !== subject[0] && !ACRONYM_PLURAL.test(t.text))) {
      out.push({ at: from, what: `the ${subject[subject.length - 1].lower}` });
    }
  }
  return out;
}

/** A plural noun at `from` (-1: none) in the same clause as the word at `at`: no break between them. */
/**
 * "Keith Playford was their first hire": the one name before "their" is a person's, and one person
 * is no "they" of a history (Harlequin's, from the sentence before; published as "____ was their
 * first hire …" and rated unresolved).
 */
function onlyOnePersonBefore(tokens: Token[], at: number): boolean {
  const before = tokens.slice(0, at);
  const person = (x: Token) => x.tags.has("Person") || x.tags.has("FirstName") || x.tags.has("LastName");
  return before.some(person) && !before.some((x) => /^(?:and|or|both|with)$/.test(x.lower) || (x.tags.has("Noun") && !person(x) && !(/^\p{Lu}/u.test(x.text) && x.tags.has("ProperNoun"))));
}

function pluralInClause(tokens: Token[], from: number, at: number): boolean {
  return from >= 0 && !tokens.slice(from, at).some((x) => /[,;:(—–]/.test(x.post) || CLAUSE_BREAKS.has(x.lower));
}

/**
 * "at the same time"; "developers working on the same project can use a different name for the
 * same branch": a sameness the sentence holds itself, against a "different" it names, not one that
 * points back.
 */
function sameAmongThemselves(tokens: Token[], at: number): boolean {
  return /^(?:time|moment)$/.test(tokens[at + 1]?.lower ?? "") || tokens.some((x) => x.lower === "different");
}

/** "the same advantages as Cypress": the likeness names its other side within the noun phrase. */
function sameAsWithin(tokens: Token[], at: number): boolean {
  for (let k = at + 2; k <= at + 4 && k < tokens.length; k++) {
    if (tokens[k].lower === "as") return true;
    if (/[,;:()]/.test(tokens[k - 1].post)) return false;
  }
  return false;
}

/** "Timothy Crosley, the same creator of isort": an apposition to a person says who else they are. */
function isAppositiveSame(tokens: Token[], at: number): boolean {
  const before = tokens[at - 2];
  return !!before && before.post.includes(",") && (before.tags.has("Person") || before.tags.has("LastName")) && tokens[at + 2]?.lower === "of";
}

/** Object pronouns that stand for a whole argument (not "its"/"their", which a clause's own subject may own). */
const CLAUSE_OBJECTS = new Set(["it", "them", "him"]);
/** Words that open a new clause, whose pronouns may refer to the names before them. */
const CLAUSE_BREAKS = new Set(["and", "but", "or", "so", "which", "who", "that", "because", "when", "while", "whereas", "although", "though", "since", "after", "before", "until", "if", "unless", "once", "as"]);

/** "makes it easy to …", "found it hard that …", "put it well:": a dummy object, not a name's stand-in. */
function isExpletiveObject(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (putItWay(tokens, at)) return true;
  return !!next && (next.tags.has("Adjective") || next.tags.has("Comparative")) && tokens.slice(at + 2, at + 5).some((t) => t.lower === "to" || t.lower === "that");
}

/** "To put it another way,", "put it simply": a way of saying, whose "it" is the saying (fossil-vs-git lost a contrast to it). */
function putItWay(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  return tokens[at].lower === "it" && tokens[at - 1]?.lower === "put" && !!next && (next.tags.has("Adverb") || /^(?:another|this|that|differently)$/.test(next.lower));
}

function isPluralCommonNoun(t: Token): boolean {
  return t.tags.has("Plural") && !t.tags.has("ProperNoun") && /^\p{Lu}\p{Ll}+$/u.test(t.text);
}

/** "It is known that …", "It is recommended to …": passives of saying or advising whose "it" stands for nothing. */
const ADVISING_PARTICIPLES = new Set(["recommended", "advised", "suggested", "encouraged", "preferred", "discouraged", "required"]);
const REPORTING_PARTICIPLES = new Set([...ADVISING_PARTICIPLES, "expected", "known", "believed", "said", "thought", "assumed", "understood", "reported", "claimed", "estimated", "agreed", "argued", "noted"]);

/** "It might be due to its documentation …", "It is because …": the situation just described, not a thing. */
export function isSituationIt(tokens: Token[], at: number): boolean {
  if (tokens[at].lower !== "it") return false;
  const after = tokens.slice(at + 1, at + 5).map((t) => t.lower).join(" ");
  return /^(?:(?:might|may|could|must) )?(?:be |is |was )?(?:probably |perhaps |partly |mostly )?(?:due to|because)\b/.test(after);
}

/** "It is easy to use both", "It is possible that …" (and the situation "it" above): a dummy subject, not a name's stand-in. */
export function isExpletiveIt(tokens: Token[], at: number): boolean {
  if (tokens[at].lower !== "it") return false;
  if (isSituationIt(tokens, at)) return true;
  const next = tokens[at + 1];
  // "It's" is "it is" or "it has" to the tagger: either way the zero-width verb it leaves
  if (!next || !(/^(?:is|was|'s|’s|would|will|can|could|may|might|seems|seemed|became|becomes)$/.test(next.lower) || next.text === "")) return false;
  // "It is used to build …" is a passive about something: only "It is easy/possible to …" is a dummy subject
  let first = at + 2;
  while (tokens[first] && /^(?:also|not|very|quite|often|still|now|then|so|really|relatively)$/.test(tokens[first].lower)) first++;
  const head = tokens[first];
  if (!head) return false;
  // "It's recommended to use …", "It is known that …": a passive of saying or advising has a dummy subject too
  const after = tokens[first + 1]?.lower;
  if (REPORTING_PARTICIPLES.has(head.lower) && after === "that") return true;
  // "It is said to be fast" is still about something; "It is recommended to use …" is not
  if (ADVISING_PARTICIPLES.has(head.lower) && after === "to") return true;
  if (head.tags.has("PastTense") || head.tags.has("Participle") || (head.tags.has("Verb") && !head.tags.has("Adjective"))) return false;
  for (let k = at + 2; k < Math.min(tokens.length, at + 7); k++) {
    if (tokens[k].lower === "to" && tokens[k + 1]?.tags.has("Verb")) return true;
    if (tokens[k].lower === "that" && k > at + 2) return true;
    if (/[,;]/.test(tokens[k].post)) return false;
  }
  return false;
}

function isAuxLike(t: Token): boolean {
  return t.tags.has("Copula") || t.tags.has("Auxiliary") || t.tags.has("Modal");
}

/** Is the token the subject of a clause (a verb, possibly after adverbs, follows it)? */
function isClauseSubject(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 3); k++) {
    if (tokens[k].tags.has("Verb") || isAuxLike(tokens[k])) return true;
    if (!tokens[k].tags.has("Adverb")) return false;
  }
  return false;
}
