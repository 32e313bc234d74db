// Owns changelog headlines: a timeline line written as a note ("January: DICT support added.",
// "HTTP/2 support removed in 7.x") leaves out the auxiliary of a passive. Read as a finite verb it
// passed as a sentence, and its questions read as fragments. Restated with "was"/"were" ("DICT
// support was added.") it says what the line means, and is tagged again. A line in the narrative
// present ("November: The website moves to curl.se.") has its verb read as a plural noun by the
// tagger, and is left without a verb: that word is a verb again.
import type { Analysed } from "./analysis";
import { isAux, tokenize, tokenizeAll, type Token } from "./tokens";

/** Verbs a changelog reports done to a thing; their past tense and participle are one word. */
const HEADLINE_VERBS = new Set([
  "added", "removed", "dropped", "introduced", "released", "fixed", "shipped", "merged", "deprecated", "implemented",
  "announced", "launched", "published", "renamed", "replaced", "enabled", "disabled", "updated", "bumped", "created",
  "founded", "acquired", "rewritten", "redesigned", "reworked", "refactored", "deployed", "adopted", "discontinued", "restored",
]);

/**
 * The index of the participle when the sentence is "<noun phrase> <participle> [how, where, when]":
 * no other verb, and nothing after the participle that could be its object.
 */
export function headlineParticiple(tokens: Token[]): number | undefined {
  const at = tokens.findIndex((t) => HEADLINE_VERBS.has(t.lower));
  if (at < 1 || at > 6) return undefined;
  const subject = tokens.slice(0, at);
  if (subject.some((t) => isAux(t) || (t.tags.has("Verb") && !t.tags.has("Noun") && !/^\p{Lu}/u.test(t.text)) || t.tags.has("Pronoun") || /[,;:()]/.test(t.post))) return undefined;
  if (!subject.some((t) => t.tags.has("Noun") || /^\p{Lu}/u.test(t.text))) return undefined;
  const next = tokens[at + 1];
  if (next && !(next.tags.has("Preposition") || next.tags.has("Adverb") || /^(?:again|too)$/.test(next.lower))) return undefined;
  if (tokens.slice(at + 1).some((t) => isAux(t) || (t.tags.has("Verb") && !t.tags.has("Noun")))) return undefined;
  return at;
}

/** Restates timeline lines that are headlines with "was"/"were"; returns how many changed. */
export function restateHeadlines(analysed: Analysed[]): number {
  const changed: Array<{ a: Analysed; text: string; verb: number }> = [];
  for (const a of analysed) {
    if (a.skip || !a.sentence.datePrefix || a.sentence.datePrefix.paragraph || a.tokens.length === 0) continue;
    const at = headlineParticiple(a.tokens);
    if (at === undefined) continue;
    const head = a.tokens[at - 1];
    const aux = head.tags.has("Plural") && !/^\p{Lu}/u.test(head.text) ? "were" : "was";
    const { clean } = a.sentence;
    changed.push({ a, text: `${clean.slice(0, a.tokens[at].start)}${aux} ${clean.slice(a.tokens[at].start)}`, verb: at + 1 });
  }
  if (changed.length === 0) return 0;
  const tagged = tokenizeAll(changed.map((c) => c.text));
  let kept = 0;
  changed.forEach(({ a, text, verb }, i) => {
    // kept only if the tagger now reads a passive: the auxiliary, then the participle as a verb
    if (!tagged[i][verb - 1] || !isAux(tagged[i][verb - 1]) || !tagged[i][verb]?.tags.has("Verb")) return;
    a.sentence = { ...a.sentence, clean: text };
    a.tokens = tagged[i];
    kept++;
  });
  return kept;
}

const verbReadings = new Map<string, boolean>();

/** Whether compromise reads the word as a verb after "it" ("it defaults", "it moves"; not "it options"). */
function readsAsVerb(word: string): boolean {
  let known = verbReadings.get(word);
  if (known === undefined) {
    known = !!tokenize(`it ${word}`)[1]?.tags.has("Verb");
    verbReadings.set(word, known);
  }
  return known;
}

/** A lower-case plural after a singular noun, before a preposition or determiner: "tool defaults to". */
function misreadVerb(tokens: Token[], i: number): boolean {
  const [before, t, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (!t.tags.has("Plural") || !/^\p{Ll}+s$/u.test(t.text) || !before.tags.has("Noun") || before.tags.has("Plural") || !after) return false;
  return after.tags.has("Preposition") || after.lower === "to" || after.tags.has("Determiner");
}

/** "Kubernetes traces its lineage …": a plural right after a name that opens the sentence, before a determiner. */
function misreadAfterName(tokens: Token[], i: number): boolean {
  const [before, t, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  return i === 1 && /^\p{Lu}/u.test(before.text) && t.tags.has("Plural") && /^\p{Ll}+s$/u.test(t.text) && !!after && (after.tags.has("Determiner") || /^(?:its|their)$/.test(after.lower));
}

/**
 * "The curl tool defaults to HTTP/2 …", "The website moves to curl.se.": in a dated line with no
 * verb, the plural noun right after the subject's noun and before a preposition is its verb; in
 * any sentence with no verb, so is one right after an opening name and before a determiner
 * ("Kubernetes traces its lineage directly from Borg.").
 */
export function retagMisreadVerbs(analysed: Analysed[]): number {
  let changed = 0;
  for (const a of analysed) {
    if (a.skip || a.tokens.some((t) => isAux(t) || t.tags.has("Verb"))) continue;
    const dated = !!a.sentence.datePrefix && !a.sentence.datePrefix.paragraph;
    const at = a.tokens.findIndex((_, i) => i > 0 && i <= 5 && (dated ? misreadVerb(a.tokens, i) : misreadAfterName(a.tokens, i)));
    if (at < 0 || !readsAsVerb(a.tokens[at].lower)) continue;
    a.tokens[at].tags = new Set(["Verb", "PresentTense"]);
    a.tokens[at].chunk = "Verb";
    changed++;
  }
  return changed;
}
