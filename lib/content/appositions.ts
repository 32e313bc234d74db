// Owns appositions: "Hug was created by Timothy Crosley, the creator of isort, …" and "Attend
// GopherCon, the first major Go conference, in Denver" state a second fact beside their main
// clause — who Timothy Crosley is, what GopherCon is. Each such name, set off by commas and
// followed by a noun phrase with an article or a name's possessive ("Borg, Google's cluster
// manager,"), gives a sentence of its own ("GopherCon is the first major Go conference."),
// whatever the sentence around it is (an instruction, the writer's first person). Never for a
// list ("Spark, the Hadoop ecosystem, and Dask"; "a renewed Gradle Support, a Maven First project
// wizard, …"), a date ("In March 2020, the site …"), words in
// quotes, or a noun phrase that runs into a verb or a pronoun.
import type { Analysed } from "./analysis";
import type { EntityIndex } from "./entities";
import { quotedTokens, spanText, type Token } from "./tokens";

const ARTICLES = /^(?:the|a|an)$/;
const RELATIVES = /^(?:that|which|who|whose|whom)$/;
/** Inside a noun phrase: "the author of pjax", "a library for graph processing". */
const PREPOSITIONS = /^(?:of|for|in|on|with|from|by|at)$/;
const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
const MAX_WORDS = 10;
const MAX_RELATIVE_WORDS = 8;

/** "Timothy Crosley is the creator of isort.": one sentence per apposition in the analysed sentence. */
export function appositionsOf(a: Analysed, entities: EntityIndex): string[] {
  const { tokens } = a;
  const text = a.sentence.clean;
  const quoted = quotedTokens(tokens);
  const out: string[] = [];
  // "Sundar Pichai, the chief …": a capitalised noun opening the sentence before a name is part of it
  const opensName = (k: number) => k === 0 && tokens.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(tokens[0].text) && tokens[0].tags.has("Noun") && !tokens[0].tags.has("Pronoun") && !/[,;:()]/.test(tokens[0].post) && entities.isNameToken(tokens, 1);
  const isName = (k: number) => entities.isNameToken(tokens, k) || opensName(k);
  for (let i = 0; i < tokens.length; i++) {
    if (!isName(i) || (i > 0 && isName(i - 1) && !/[,;:()]/.test(tokens[i - 1].post))) continue;
    let j = i + 1;
    while (j < tokens.length && !/[,;:()]/.test(tokens[j - 1].post) && isName(j)) j++;
    const name = tokens.slice(i, j);
    // the name is set off by a comma (and is not itself an item after one: "A, B, the C")
    if (tokens[j - 1].post.trim() !== "," || (i > 0 && (/,/.test(tokens[i - 1].post) || /^(?:and|or)$/.test(tokens[i - 1].lower)))) continue;
    if (name.some((t, k) => quoted[i + k] || t.tags.has("Date") || t.tags.has("Value") || MONTHS.test(t.text) || /[’']s$/.test(t.text))) continue;
    // "sporting a renewed Gradle Support, a Maven First project wizard, Java EE …": a name inside an
    // indefinite noun phrase is an item of a list, not the thing a phrase describes
    if (/^an?$/.test(tokens[i - 1]?.lower ?? "") || (/^an?$/.test(tokens[i - 2]?.lower ?? "") && tokens[i - 1].tags.has("Adjective"))) continue;
    const phrase = nounPhraseAt(tokens, j, quoted);
    if (!phrase || isJobTitle(tokens.slice(phrase[0], phrase[1]))) continue;
    if (opensName(i)) entities.learnName(tokens[i].text);
    const [from, to] = phrase;
    const words = spanText(text, tokens, from, to).replace(/^the same\s/i, "the ");
    out.push(`${spanText(text, tokens, i, j).replace(/,$/, "")} is ${words}.`);
    // the phrase's own last word may head the next one: "@defunkt, the author of pjax, an early
    // hypermedia-oriented library that …" says what pjax is too
    i = to - 2;
  }
  return out;
}

/** "a Distinguished Engineer at American Express", "the chief executive of Google": someone's post is trivia, not what the page teaches. */
const POSTS = new Set(["engineer", "executive", "officer", "manager", "director", "president", "ceo", "cto", "cfo", "vp", "advocate", "evangelist", "researcher", "scientist", "architect", "intern", "employee", "chair", "chairman", "chairwoman"]);

function isJobTitle(words: Token[]): boolean {
  return words.some((t) => POSTS.has(t.lower.replace(/s$/, "")));
}

/**
 * "the first major Go conference" from `at`: an article, then nouns, adjectives, names and prepositions,
 * ending at a comma, the sentence's end or a relative pronoun — and no list going on after it.
 */
function nounPhraseAt(tokens: Token[], at: number, quoted: boolean[]): [number, number] | undefined {
  // "the …", "a …", or a name's possessive: "Borg, Google's internal cluster-management system,"
  if (!tokens[at] || !(ARTICLES.test(tokens[at].lower) || (/^\p{Lu}.*[’']s$/u.test(tokens[at].text) && !/[,;:()]/.test(tokens[at].post)))) return undefined;
  let k = at + 1;
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    // the zero-width "is" the tagger reads into a possessive ("Google’s" + "")
    if (t.text === "" && k === at + 1) continue;
    if (RELATIVES.test(t.lower)) break;
    if (quoted[k] || t.tags.has("Pronoun") || /[()“”"]/.test(t.pre + t.post)) return undefined;
    const nominal = t.tags.has("Noun") || t.tags.has("Adjective") || t.tags.has("Value") || PREPOSITIONS.test(t.lower) || (k === at + 1 && t.lower === "same");
    // a word after a hyphen belongs to a compound modifier ("long-rumored"), whatever its tag
    const compound = tokens[k - 1].post === "-";
    if (!compound && (!nominal || (t.tags.has("Verb") && !t.tags.has("Noun") && !t.tags.has("Adjective")))) return undefined;
    if (/[,.;:!?]/.test(t.post)) {
      k++;
      break;
    }
  }
  const last = tokens[k - 1];
  if (k - at < 2 || k - at > MAX_WORDS || !last.tags.has("Noun") || PREPOSITIONS.test(last.lower)) return undefined;
  // "Ponder, the organisation that maintains Modin.": the relative clause is part of what it says
  if (k < tokens.length && RELATIVES.test(tokens[k].lower)) {
    let end = k + 1;
    while (end < tokens.length && !/[,;:()]/.test(tokens[end - 1].post)) end++;
    const closed = end === tokens.length || /[,.;:!?]/.test(tokens[end - 1].post);
    let clean = closed && end - k <= MAX_RELATIVE_WORDS;
    for (let r = k + 1; r < end && clean; r++) if (quoted[r] || tokens[r].tags.has("Pronoun")) clean = false;
    if (clean) return [at, end];
    // without its clause the phrase must still say something ("an Elm-inspired state management
    // solution", not "the organisation")
    return k - at >= 4 ? [at, k] : undefined;
  }
  // "Spark, the Hadoop ecosystem, and Dask": an item of a list, not a description
  if (/,/.test(last.post) && /^(?:and|or|etc)$/.test(tokens[k]?.lower ?? "")) return undefined;
  if (k < tokens.length && !/[,.;:!?]/.test(last.post)) return undefined;
  return [at, k];
}
