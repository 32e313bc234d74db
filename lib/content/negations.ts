// Owns what a document explicitly denies: "Ruff does not support Python 2". Said without its "not"
// ("Ruff supports Python 2"), the statement is one the document itself says is false — the
// other source of false statements beside contrasts (contrasts.ts). Only a plain denial of a
// named subject in a one-clause sentence: a hedge ("may not"), a quantifier ("does not always"),
// or a second claim beside it ("unlike Pylint", "but …") would make the flipped statement
// partly true, or unclear.
import type { EntityIndex } from "./entities";
import { renderStatement, type Statement } from "./statements";
import type { Token } from "./tokens";
import { presentTense } from "./verbs";

export interface Negation {
  st: Statement;
  /** Token replacements that say it without the "not" ("does not support" → "supports"). */
  affirmed: Map<number, string>;
}

/** Auxiliaries whose "not" can simply go ("is not" → "is"; "cannot" → "can"). */
const KEEPS_VERB = new Set(["is", "are", "was", "were", "has", "have", "can", "will"]);
/** After "does not": adverbs that stay ("does not currently support" → "currently supports"), and "yet", which goes. */
const KEPT_ADVERBS = new Set(["currently", "natively", "directly", "officially", "automatically"]);
/**
 * Words that give the sentence a second claim or a scope the flip would not undo, or a consequence
 * of the denial ("… were not designed for extensibility, and as a consequence have added …").
 */
const SCOPE = /^(?:unlike|except|only|but|although|though|while|whereas|unless|if|instead|rather|however|nor|neither|never|no|without|always|necessarily|just|all|every|entirely|fully|quite|much|exactly|really|even|anymore|longer|any|many|most|some|other|also|too|either|both|everything|anything|nothing|strictly|therefore|thus|hence|consequently|consequence|because)$/;

/** The writer's attitude to the denial, which the flipped statement would keep and so give away. */
const EVALUATIVE = /^(?:unfortunately|fortunately|sadly|luckily|thankfully|regrettably|surprisingly|unsurprisingly|interestingly|obviously|clearly|naturally|alas)$/;

function isNot(t: Token | undefined): boolean {
  return !!t && (t.lower === "not" || t.lower === "n't" || t.lower === "n’t");
}

function denial(st: Statement, entities: EntityIndex): Map<number, string> | undefined {
  const a = st.analysed;
  const main = a.main;
  const { tokens } = a;
  if (!main || a.clauses.length !== 1 || st.resolution.context || a.sentence.datePrefix) return undefined;
  const nots = tokens.map((t, i) => (isNot(t) ? i : -1)).filter((i) => i >= 0);
  if (nots.length !== 1 || tokens.some((t) => SCOPE.test(t.lower))) return undefined;
  // "Unfortunately, V8's strings are multi-thread safe": the writer's regret says the flip is false
  if (tokens.some((t) => EVALUATIVE.test(t.lower))) return undefined;
  // a second part after a dash or semicolon, a denial inside brackets, or a line that is no sentence ("❌ createApp() (…)")
  if (/[;:—–]|--|[()[\]]/.test(a.sentence.clean) || !/^[\p{L}"“]/u.test(a.sentence.clean)) return undefined;
  const not = nots[0];
  const aux = tokens[not - 1];
  if (!aux || not - 1 < main.verb[0] || not > main.verb[1]) return undefined;
  // a named subject ("Ruff", "Ruff's formatter"), not "it" or "the tools"
  const [from, to] = main.subject;
  if (!tokens.slice(from, to).some((_, k) => entities.isNameToken(tokens, from + k) && !tokens[from + k].tags.has("Pronoun"))) return undefined;
  const out = new Map<number, string>();
  out.set(not, "");
  let next = not + 1;
  if (tokens[next]?.lower === "yet") out.set(next++, "");
  if (KEEPS_VERB.has(aux.lower)) {
    // "isn't", "cannot", "won't": the auxiliary's own word
    if (aux.text.toLowerCase() !== aux.lower) out.set(not - 1, aux.lower);
    return out;
  }
  if (aux.lower !== "does" && aux.lower !== "do") return undefined;
  while (KEPT_ADVERBS.has(tokens[next]?.lower ?? "")) next++;
  const verb = tokens[next];
  // after "does not" comes the verb, whatever the tagger made of it ("does not yet support")
  if (!verb || !/^\p{Ll}+$/u.test(verb.text)) return undefined;
  out.set(not - 1, "");
  out.set(next, aux.lower === "does" ? presentTense(verb.text) : verb.text);
  return out;
}

export function findNegations(statements: Statement[], entities: EntityIndex): Negation[] {
  const out: Negation[] = [];
  for (const st of statements) {
    const affirmed = denial(st, entities);
    if (affirmed) out.push({ st, affirmed });
  }
  return out;
}

/** The denial as the document states it, or said without its "not" (false per the document). */
export function renderNegation(n: Negation, flipped: boolean): string {
  if (!flipped) return renderStatement(n.st, { withoutContext: true });
  const replacements = new Map(n.st.resolution.replacements);
  for (const [k, v] of n.affirmed) replacements.set(k, v);
  return renderStatement({ ...n.st, resolution: { ...n.st.resolution, replacements } }, { withoutContext: true }).replace(/\s{2,}/g, " ");
}
