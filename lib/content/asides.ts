// Owns asides set off by commas between a sentence's subject and its verb that carry no fact of
// the sentence's own: "Vitest, however, uses worker threads …", "Engineering teams, of course,
// are moving to Go", and examples of the subject ("Browser-based runners, like Cypress and
// WebdriverIO, will catch …" — the claim holds without them). The subject then holds commas and the sentence used to be skipped as a
// fragment. Such a sentence is restated without the aside ("Vitest uses worker threads …") and
// tagged again; the discourse word only linked it to the sentence before, as an opening
// "However," does (dropped by the statements step).
import type { Analysed } from "./analysis";
import { isVerb, tokenizeAll, type Token } from "./tokens";

const ASIDES = [
  ["however"], ["though"], ["therefore"], ["thus"], ["too"], ["also"], ["instead"], ["moreover"], ["furthermore"], ["meanwhile"],
  ["nevertheless"], ["nonetheless"], ["indeed"], ["similarly"], ["likewise"], ["in", "turn"], ["in", "fact"], ["of", "course"],
  ["for", "example"], ["for", "instance"], ["in", "contrast"], ["by", "contrast"], ["in", "particular"], ["in", "practice"],
  ["on", "the", "other", "hand"],
];

/** Asides read as such without commas: words that can only link the sentence to another. */
const BARE_ASIDES = [["on", "the", "other", "hand"], ["in", "contrast"], ["by", "contrast"]];

/** The aside's token range [from, to) when the sentence reads "<subject>, <aside>, <verb> …" (or "<subject> on the other hand <verb> …"). */
export function asideAfterSubject(tokens: Token[]): [number, number] | undefined {
  // the subject: up to six words, no verb and no comma before its last word
  for (let i = 1; i <= 6 && i < tokens.length; i++) {
    const before = tokens[i - 1];
    // a name opening the sentence may be tagged as a verb ("Rust, however, …"); retagNames fixes that later
    if ((isVerb(before) && !(i === 1 && /^\p{Lu}/u.test(before.text))) || /[;:()]/.test(before.post)) return undefined;
    if (!before.post.includes(",")) {
      // "Vue on the other hand only supports IE9+": a contrast of several words needs no commas
      const bare = BARE_ASIDES.find((words) => words.every((w, k) => tokens[i + k]?.lower === w));
      // an adverb may come between it and the verb ("Vue on the other hand only supports IE9+")
      const after = bare && tokens[pastAdverbs(tokens, i + bare.length)];
      if (bare && after && !/[,;:()]/.test(tokens[i + bare.length - 1].post) && mayBeVerb(after)) return [i, i + bare.length];
      continue;
    }
    const aside = ASIDES.find((words) => words.every((w, k) => tokens[i + k]?.lower === w));
    if (!aside) return undefined;
    const last = tokens[i + aside.length - 1];
    const next = tokens[i + aside.length];
    if (!last.post.includes(",") || !next || !mayBeVerb(next)) return undefined;
    return [i, i + aside.length];
  }
  return undefined;
}

/** The first token from `at` that is not one of up to two adverbs ("… on the other hand only supports …"). */
function pastAdverbs(tokens: Token[], at: number): number {
  let k = at;
  while (k < at + 2 && tokens[k]?.tags.has("Adverb")) k++;
  return k;
}

/**
 * A verb, or a lower-case word the tagger may have misread because of the aside before it
 * ("Prometheus, by contrast, supports …" tags "supports" as a plural noun): the restatement is
 * tagged again and kept only if a verb then follows the subject.
 */
function mayBeVerb(t: Token): boolean {
  return isVerb(t) || (/^\p{Ll}+$/u.test(t.text) && !["Determiner", "Preposition", "Pronoun", "Conjunction", "Adverb"].some((tag) => t.tags.has(tag)));
}

/** Asides that name company doing the same ("like", "along with"), not instances of the subject ("such as", "including"). */
const COMPANY = new Set(["like", "along", "together", "as"]);

/** Examples or company set off by commas after the subject: ", like Cypress, WebdriverIO and Web Test Runner,". */
const EXAMPLE_ASIDES = [["like"], ["such", "as"], ["including"], ["along", "with"], ["together", "with"], ["as", "well", "as"]];

/** The range of "<subject>, like X, Y and Z, <verb> …"'s examples (the commas included), or undefined. */
export function examplesAfterSubject(tokens: Token[]): [number, number] | undefined {
  for (let i = 1; i <= 6 && i < tokens.length; i++) {
    const before = tokens[i - 1];
    if ((isVerb(before) && !(i === 1 && /^\p{Lu}/u.test(before.text))) || /[;:()]/.test(before.post)) return undefined;
    if (!before.post.includes(",")) continue;
    const lead = EXAMPLE_ASIDES.find((words) => words.every((w, k) => tokens[i + k]?.lower === w));
    if (!lead) return undefined;
    // the aside ends at the first comma that a verb follows, within a dozen words
    for (let k = i + lead.length; k < Math.min(tokens.length - 1, i + lead.length + 12); k++) {
      if (isVerb(tokens[k]) && !tokens[k].tags.has("Noun")) return undefined;
      if (tokens[k].post.includes(",") && isVerb(tokens[k + 1]) && !tokens[k + 1].tags.has("Gerund")) return [i, k + 1];
    }
    return undefined;
  }
  return undefined;
}

const DESCRIBING = new Set(["another", "a", "an", "the", "its", "their", "his", "her", "one"]);

/**
 * "At that time, another competitor, PyTorch, was on the rise.": a description set off before the
 * name it describes, both between commas before the verb. The token ranges of the description
 * ("another competitor") and of the name ("PyTorch"), or undefined; the sentence holds without
 * the description ("At that time, PyTorch was on the rise."), as it does without an aside.
 */
function descriptionBeforeName(tokens: Token[]): { description: [number, number]; name: [number, number] } | undefined {
  for (let i = 0; i < tokens.length - 3; i++) {
    if (!DESCRIBING.has(tokens[i].lower) || (i > 0 && !tokens[i - 1].post.includes(","))) continue;
    let k = i + 1;
    while (k < Math.min(tokens.length, i + 5) && !tokens[k].post.includes(",") && (tokens[k].tags.has("Adjective") || tokens[k].tags.has("Noun")) && !isVerb(tokens[k])) k++;
    const head = tokens[k];
    if (!head || !head.post.includes(",") || !head.tags.has("Noun") || /^\p{Lu}/u.test(head.text) || head.tags.has("Pronoun")) continue;
    let j = k + 1;
    while (j < Math.min(tokens.length, k + 5) && /^\p{Lu}/u.test(tokens[j].text) && !tokens[j].post.includes(",")) j++;
    const last = tokens[j];
    const next = tokens[j + 1];
    if (!last || !/^\p{Lu}/u.test(last.text) || last.post.trim() !== "," || !next || !mayBeVerb(next)) continue;
    return { description: [i, k + 1], name: [k + 1, j + 1] };
  }
  return undefined;
}

/** Restates and re-tags the sentences that hold such an aside; returns how many changed. */
export function dropAsides(analysed: Analysed[]): number {
  const changed: Array<{ a: Analysed; text: string; subjectLength: number; sharedWith?: string }> = [];
  for (const a of analysed) {
    const described = descriptionBeforeName(a.tokens);
    if (described) {
      // the name stays and its closing comma goes: "At that time, PyTorch was …"
      const { clean } = a.sentence;
      const { description, name } = described;
      const written = clean.slice(a.tokens[name[0]].start, a.tokens[name[1] - 1].end);
      changed.push({ a, text: `${clean.slice(0, a.tokens[description[0]].start)}${written} ${clean.slice(a.tokens[name[1]].start)}`, subjectLength: description[0] + name[1] - name[0] });
      continue;
    }
    const examples = examplesAfterSubject(a.tokens);
    const range = asideAfterSubject(a.tokens) ?? examples;
    if (!range) continue;
    const { clean } = a.sentence;
    const subjectEnd = a.tokens[range[0] - 1].end;
    // "Black, like Ruff's formatter, makes …": company, not examples, also does what the sentence says
    const company = range === examples && COMPANY.has(a.tokens[range[0]].lower) ? clean.slice(a.tokens[range[0]].start, a.tokens[range[1] - 1].end).replace(/,$/, "") : undefined;
    changed.push({ a, text: `${clean.slice(0, subjectEnd)} ${clean.slice(a.tokens[range[1]].start)}`, subjectLength: range[0], sharedWith: company });
  }
  if (changed.length === 0) return 0;
  const tagged = tokenizeAll(changed.map((c) => c.text));
  let kept = 0;
  changed.forEach(({ a, text, subjectLength, sharedWith }, i) => {
    const verb = tagged[i][pastAdverbs(tagged[i], subjectLength)];
    if (!verb || !isVerb(verb)) return;
    a.sentence = { ...a.sentence, clean: text, ...(sharedWith ? { sharedWith } : {}) };
    a.tokens = tagged[i];
    kept++;
  });
  return kept;
}
