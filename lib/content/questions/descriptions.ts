// Owns what a document says each name is: "[Packer](…) is a tool for automating the creation of
// machine images …", "SoundCloud is an audio distribution service that has …". The statement's
// stated subject is a name, its verb a lone copula, and what follows opens with "a"/"an": the
// description is that noun phrase, to the end of its clause.
import { containsWords, normaliseAnswer } from "../normalise";
import { renderTokens, type Statement } from "../statements";
import { isAux, spanText } from "../tokens";
import type { GenerationContext } from "./context";

/** The statement's main clause when its verb is one copula of `forms` ("is", "was" …); undefined otherwise. */
export function copulaClause(st: Statement, forms: RegExp): NonNullable<Statement["analysed"]["main"]> | undefined {
  const main = st.analysed.main;
  if (!main) return undefined;
  const verb = st.analysed.tokens.slice(main.verb[0], main.verb[1]);
  return verb.length === 1 && forms.test(verb[0].lower) ? main : undefined;
}

/** The statement's subject as written when it opens the statement and is a name of at most four words (never a resolved pronoun). */
export function subjectIsName(ctx: GenerationContext, st: Statement, opens = st.from): string | undefined {
  const main = st.analysed.main!;
  const { tokens } = st.analysed;
  const [from, to] = main.subject;
  if (to - from > 4 || from !== opens) return undefined;
  if (st.resolution.replacements.has(from)) return undefined; // a resolved pronoun: ask about stated subjects only
  for (let i = from; i < to; i++) if (!ctx.entities.isNameToken(tokens, i)) return undefined;
  return spanText(st.analysed.sentence.clean, tokens, from, to);
}

export interface Description {
  st: Statement;
  /** The name as the statement writes it ("Bitly's NSQ"). */
  name: string;
  /** "a tool for packaging and running applications in lightweight containers" */
  text: string;
}

/** With its article: "a monitoring system" says too little to tell one name from another. */
const MIN_WORDS = 4;
const MAX_WORDS = 18;
const NOT_A_KIND = /^(?:an?)\s+(?:\S+\s+)?(?:part|member|example|instance|case|one|favou?rite|lot|number|bit|piece|fraction|portion)\s+of\b/i;
/** Where a relative clause or a second predicate starts: the description ends before it. */
const CLAUSE_START = /^(?:that|which|who|whose|where|but|while|whereas|although|because|so)$/;

/**
 * The noun phrase after the copula, up to the first clause boundary: a comma that does not go on
 * with a list ("a library to define data validation, serialization and documentation"), a
 * bracket, a dash or a relative clause. Undefined when that is too short to tell a thing apart
 * ("a microframework") or too long to read as one choice.
 */
function describedAs(st: Statement, from: number): string | undefined {
  const { tokens } = st.analysed;
  // to the sentence's end: where the phrase stops is decided here (the clause parser may cut a list short)
  const to = tokens.length;
  let end = from + 1;
  for (; end < to; end++) {
    const t = tokens[end];
    const post = tokens[end - 1].post;
    // "a monitoring and trending system", "a tool for packaging and running applications": "and"
    // joins words of the phrase; after a comma, or before a verb of its own ("and is used"), it starts a clause
    if (/^(?:and|or)$/.test(t.lower) && (post.includes(",") || isAux(tokens[end + 1] ?? t) || /^(?:has|have|had)$/.test(tokens[end + 1]?.lower ?? ""))) break;
    // examples are an open set, cut anywhere: "a key part of cloud companies like Alibaba, …"
    if (/^(?:like|including)$/.test(t.lower) || (t.lower === "such" && tokens[end + 1]?.lower === "as")) break;
    if (CLAUSE_START.test(t.lower)) {
      // "a todo list for things that are only sort of time sensitive": a relative clause after a
      // preposition's noun says what that noun is, and without it the phrase says nothing. It stays.
      const restrictive = !post.includes(",") && /^(?:that|who)$/.test(t.lower);
      const afterPreposition = tokens.slice(from + 1, end).some((k) => k.tags.has("Preposition"));
      if (!(restrictive && afterPreposition)) break;
    }
    // a bracket or a dash sets off an aside ("for (you guessed it) paints", "guitar tools - recently migrated")
    if (/[;:(—–)]/.test(post) || /\s-\s/.test(post) || t.pre.includes("(")) break;
    if (post.includes(",")) {
      // a list goes on to its "and"/"or" ("data validation, serialization and documentation"); anything else after a comma is an aside
      let k = end;
      while (k < to && k - end < 3 && !/[,;:(—–)]/.test(tokens[k].post) && !/^(?:and|or)$/.test(tokens[k].lower) && !tokens[k].tags.has("Preposition")) k++;
      if (k < to && k > end && /^(?:and|or)$/.test(tokens[k].lower)) continue;
      break;
    }
  }
  // never ending on a word that needs what was cut ("an eCommerce site for")
  while (end > from + 1 && (tokens[end - 1].tags.has("Preposition") || tokens[end - 1].tags.has("Determiner") || tokens[end - 1].tags.has("Conjunction"))) end--;
  const text = renderTokens(st, { range: [from, end] }).replace(/[.,;:!]+$/, "");
  const words = text.split(/\s+/).length;
  if (words < MIN_WORDS || words > MAX_WORDS) return undefined;
  // "a key part of cloud companies", "one of the fastest": a relation, not what the thing is
  if (NOT_A_KIND.test(text)) return undefined;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The first description of each name the document defines, in document order. */
export function descriptionsOf(ctx: GenerationContext): Description[] {
  const out: Description[] = [];
  const seen: string[] = [];
  for (const st of ctx.statements) {
    const main = copulaClause(st, /^(?:is|was)$/);
    if (!main || st.resolution.kind === "context" || st.resolution.comparand || st.analysed.sentence.block.role !== "body") continue;
    const name = subjectIsName(ctx, st);
    if (!name) continue;
    const [cFrom] = main.complement;
    if (!/^(?:a|an)$/.test(st.analysed.tokens[cFrom]?.lower ?? "")) continue;
    const text = describedAs(st, cFrom);
    if (!text || containsWords(text, name)) continue;
    // "Apache Spark" and then "Spark": one name
    const key = normaliseAnswer(name);
    if (seen.some((s) => ` ${s} `.includes(` ${key} `) || ` ${key} `.includes(` ${s} `))) continue;
    seen.push(key);
    out.push({ st, name, text });
  }
  return out;
}
