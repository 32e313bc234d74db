// Owns typed short answers whose answer a student can produce: a definition asked backwards
// ("Which technology does the review describe as “a distributed time series database based on
// Hadoop and HBase”?" → OpenTSDB) and the agent of a creation ("Who created Hug?").
import { containsWords, normaliseAnswer } from "../normalise";
import { comparandPhrase, renderTokens, type Statement } from "../statements";
import { isAux, spanText, type Token } from "../tokens";
import { leadVerbIn, lemma, pastTense } from "../verbs";
import type { GenerationContext } from "./context";
import { copulaClause, subjectIsName } from "./descriptions";
import { type Candidate, explanationOf, labelKey, questionId, sourceOf, sourceRange } from "./candidate";
import { sentenceKey } from "../sentences";

const CREATION = new Set(["create", "develop", "write", "build", "found", "design", "invent", "make", "start", "maintain", "author", "lead", "release", "publish", "introduce", "coin", "pioneer"]);

/** Heads of a description that say the name is no technology ("RustFest is the European community conference"). */
const NOT_TECHNOLOGY = new Set(["conference", "conferences", "event", "events", "meetup", "meetups", "summit", "workshop", "talk", "book", "course", "tutorial", "guide", "section", "page", "survey", "company", "organisation", "organization", "foundation", "team", "community", "website", "blog", "podcast", "magazine", "award", "prize", "city", "country"]);

/**
 * Verbs only a person (or a company) does: "In 1988, which technology co-founded the Dutch
 * animation studio NeoGeo?" (Ton Roosendaal, a name the tagger did not know for a person).
 */
const INTENDING = new Set(["co-found", "cofound", "found", "decide", "manage", "agree", "hire", "want", "propose", "volunteer", "resign", "retire"]);

function intends(st: Statement): boolean {
  const main = st.analysed.main;
  return !!main && leadVerbIn(st.analysed.tokens.slice(main.verb[0], main.verb[1]).map((t) => t.text), INTENDING);
}

function kindWord(ctx: GenerationContext, name: string, st?: Statement): string {
  const type = ctx.entities.typeOf(name);
  const head = st ? describedHead(st) : "";
  if (st && type !== "organization" && !describedAsTechnology(ctx, name) && intends(st)) return "Who";
  // "Hugo is now the most popular open-source static website engine": a first name, but an engine,
  // here or wherever the review says what it is ("Zola uses Tera …" after "Zola is a … generator")
  if (type === "person" && !TECHNOLOGY_HEADS.has(head) && !describedAsTechnology(ctx, name)) return "Who";
  // the name may say its kind itself: "JetBrains's 2018 Developer Survey", "Rust Foundation"
  const own = name.split(/\s+/).pop()!.toLowerCase();
  if (type === "organization" || ORGANISATION_ROLES.has(head)) return "Which organisation";
  return NOT_TECHNOLOGY.has(head) || (/\s/.test(name) && NOT_TECHNOLOGY.has(own)) ? "What" : "Which technology";
}

/** The names each document's statements describe with a technology's head ("Zola is a … static site generator"), normalised: found once per generation. */
const technologies = new WeakMap<GenerationContext, Set<string>>();

function describedAsTechnology(ctx: GenerationContext, name: string): boolean {
  let names = technologies.get(ctx);
  if (!names) {
    names = new Set();
    for (const st of ctx.statements) {
      // named right after what it is: "the C++ ISA simulator "Spike"" ("Who has been made available
      // as a BSD open-source project?" was asked of it, a first name to the tagger)
      const { tokens } = st.analysed;
      for (let k = 0; k + 1 < tokens.length; k++) {
        if (!TECHNOLOGY_HEADS.has(tokens[k].lower) || !ctx.entities.isNameToken(tokens, k + 1)) continue;
        let end = k + 1;
        while (end < tokens.length && ctx.entities.isNameToken(tokens, end) && !/[,;:)]/.test(tokens[end - 1].post)) end++;
        names.add(normaliseAnswer(spanText(st.analysed.sentence.clean, tokens, k + 1, end)));
      }
      const main = st.analysed.main;
      if (!main || !TECHNOLOGY_HEADS.has(describedHead(st))) continue;
      names.add(normaliseAnswer(renderTokens(st, { range: [main.subject[0], main.subject[1]] })));
    }
    technologies.set(ctx, names);
  }
  return names.has(normaliseAnswer(name));
}

const COPULA_ADVERBS = /^(?:now|still|also|currently|today|already|probably|arguably)$/;

/** Heads of a description that make a name a thing whatever the tagger says of it ("Hugo … engine"). */
const TECHNOLOGY_HEADS = new Set(["engine", "tool", "library", "framework", "language", "system", "server", "database", "compiler", "runtime", "editor", "platform", "service", "app", "application", "package", "generator", "manager", "runner", "bundler", "browser", "toolkit", "extension", "plugin", "protocol", "format", "simulator", "emulator", "interpreter", "processor"]);

/** Heads of a description that make the name an organisation ("Mozilla is Rust's main sponsor"). */
const ORGANISATION_ROLES = new Set(["sponsor", "sponsors", "backer", "backers", "maintainer", "maintainers", "steward", "owner", "employer", "vendor", "publisher", "committee", "council", "board", "consortium", "group"]);

/** "X is the European community conference", "X is Rust's main sponsor": the head noun of a copula's noun phrase ("" if none). */
function describedHead(st: Statement): string {
  const main = st.analysed.main;
  if (!main) return "";
  const { tokens } = st.analysed;
  // a lone copula, or one with an adverb: "is now the most popular … engine", "is still a small project"
  const [copula, ...adverbs] = tokens.slice(main.verb[0], main.verb[1]);
  if (!copula || !/^(?:is|was|are|were)$/.test(copula.lower) || !adverbs.every((t) => COPULA_ADVERBS.test(t.lower))) return "";
  let k = main.complement[0];
  if (!/^(?:the|a|an)$/.test(tokens[k]?.lower ?? "") && !/^\p{Lu}[\p{L}\d.+#-]*['’]s$/u.test(tokens[k]?.text ?? "")) return "";
  let head = "";
  for (k++; k < main.complement[1]; k++) {
    const t = tokens[k];
    if (/^(?:most|more|least|less|very)$/.test(t.lower)) continue; // "the most popular … engine"
    if (/^(?:and|or)$/.test(t.lower) && head === "") continue; // "a popular and fast static site generator"
    if (!(t.tags.has("Noun") || t.tags.has("Adjective") || t.tags.has("Ordinal")) || t.tags.has("Preposition")) break;
    if (t.tags.has("Noun")) head = t.lower;
    if (/[,;:()]/.test(t.post)) break;
  }
  return head;
}

/**
 * "Which technology is mature and all-inclusive?" has more right answers than the review's. When
 * the answer is one of the two names the review (or the section) sets against each other, the
 * question names both ("Which of Dask and Spark"), unless the prompt already names the other.
 */
function pairScope(ctx: GenerationContext, st: Statement, answer: string, rest: string): { scope: string; answer: string } | undefined {
  const asked = normaliseAnswer(answer);
  const choices = ctx.choices(st, asked);
  const other = choices?.find((c) => normaliseAnswer(c) !== asked);
  if (!choices || !other || ` ${normaliseAnswer(rest)} `.includes(` ${normaliseAnswer(other)} `)) return undefined;
  // the answer is spelled as the prompt names it: "Which of PyTorch and TensorFlow arrived …?" is
  // answered "PyTorch", though the sentence asked wrote "Pytorch"
  return { scope: whichOf(choices), answer: choices.find((c) => normaliseAnswer(c) === asked) ?? answer };
}

/** "Which of PyTorch and TensorFlow": the two in alphabetical order, so their order tells nothing. */
export function whichOf(choices: [string, string]): string {
  const [first, second] = [...choices].sort((a, b) => a.localeCompare(b, "en"));
  return `Which of ${first} and ${second}`;
}

/** The candidate for a typed answer about one statement (`variant` keeps the ids banks already hold). */
export function shortAnswer(ctx: GenerationContext, st: Statement, q: { prompt: string; answer: string; builder: string; variant?: string; scope?: string }): Candidate {
  const statements = [st];
  const source = sourceRange(statements);
  return {
    ...(q.scope ? { scope: q.scope } : {}),
    question: { id: questionId(ctx.slug, "short_answer", [sentenceKey(st.analysed.sentence)], q.answer, q.variant), factIds: [ctx.factId(st)], type: "short_answer", prompt: q.prompt, answer: q.answer, explanation: explanationOf(statements), source: sourceOf(statements) },
    statements,
    builder: q.builder,
    source,
    key: labelKey("short_answer", source, q.answer),
  };
}

function definition(ctx: GenerationContext, st: Statement): Candidate | null {
  const main = copulaClause(st, /^(?:is|are|was)$/);
  if (!main || st.resolution.kind === "context" || st.resolution.comparand) return null;
  const { tokens } = st.analysed;
  const name = subjectIsName(ctx, st);
  if (!name) return null;
  const [cFrom] = main.complement;
  if (!/^(?:a|an)$/.test(tokens[cFrom]?.lower ?? "")) return null;
  // the whole rest of the sentence is the description (a later clause would be a second fact)
  if (main.complement[1] < tokens.length - 1 && st.analysed.clauses.length > 1) return null;
  const description = renderTokens(st, { range: [cFrom, tokens.length] }).replace(/[.!]$/, "");
  const words = description.split(/\s+/).length;
  if (words < 4 || words > 25 || containsWords(description, name)) return null;
  // another subject the document describes so would be a second right answer
  const span = ctx.spans.get(st)?.find((x) => x.from === main.subject[0] && x.to === main.subject[1]);
  if (span && ctx.hasRival(st, span)) return null;
  const lead = kindWord(ctx, name, st);
  const described = `does the review describe as “${description.charAt(0).toLowerCase()}${description.slice(1)}”?`;
  const pair = lead === "Which technology" ? pairScope(ctx, st, name, description) : undefined;
  const prompt = `${pair?.scope ?? (lead === "Who" ? "Whom" : lead)} ${described}`;
  return shortAnswer(ctx, st, { prompt, answer: pair?.answer ?? name, builder: "definition", scope: pair?.scope });
}

function agent(ctx: GenerationContext, st: Statement): Candidate | null {
  const main = st.analysed.main;
  // "Its design was led by Christopher Batten …" clear only after the sentence before: "Who led Its design?"
  if (!main || st.resolution.kind === "context") return null;
  const { tokens } = st.analysed;
  const verb = tokens.slice(main.verb[0], main.verb[1]);
  const participle = verb[verb.length - 1];
  if (verb.length < 2 || !/^(?:is|are|was|were)$/.test(verb[0].lower) || !participle || !CREATION.has(lemma(participle.lower))) return null;
  const [cFrom, cTo] = main.complement;
  if (tokens[cFrom]?.lower !== "by") return null;
  let end = cFrom + 1;
  while (end < cTo && ctx.entities.isNameToken(tokens, end) && !/[,;(]/.test(tokens[end - 1].post)) end++;
  // "by Meta's artificial intelligence team": the agent is the whole noun phrase, not "Meta's"
  if (end === cFrom + 1 || end - cFrom > 5 || /[’']s$/.test(tokens[end - 1].text)) return null;
  if (moreAgents(ctx, tokens, end, cTo)) return null;
  const answer = spanText(st.analysed.sentence.clean, tokens, cFrom + 1, end);
  const subject = renderTokens(st, { range: [Math.max(st.from, main.subject[0]), main.subject[1]] });
  if (!subject || containsWords(subject, answer)) return null;
  const past = pastTense(lemma(participle.lower));
  const adverbs = verb.slice(1, -1).filter((t) => /^(?:first|originally|initially|later)$/.test(t.lower)).map((t) => t.lower).join(" ");
  return shortAnswer(ctx, st, { prompt: `Who ${adverbs ? `${adverbs} ` : ""}${past} ${subject}?`, answer, builder: "agent" });
}

/**
 * "The MBONE was created by Steve Deering (who first developed IP multicast), Van Jacobson, and
 * Steve Casner": the first name is one of several agents, and "Who created The MBONE?" answered
 * "Steve Deering" alone is wrong (tenth round, rated blind). After the name (and its parenthesis),
 * another name joined by a comma or "and" means the agents are a list.
 */
function moreAgents(ctx: GenerationContext, tokens: Token[], end: number, to: number): boolean {
  let k = end;
  if (tokens[k - 1]?.post.includes("(") || tokens[k]?.pre.includes("(")) {
    while (k < to && !tokens[k].post.includes(")")) k++;
    k++;
  }
  if (k >= to) return false;
  const and = /^(?:and|&)$/.test(tokens[k].lower);
  if (!and && !/[,&]/.test(tokens[k - 1].post)) return false;
  // ", Van Jacobson", ", and Steve Casner", " and Steve Casner"
  const next = and ? k + 1 : k;
  return next < to && ctx.entities.isNameToken(tokens, next);
}

const ONE_OF = /^(?:is|was|are|were|has been|remains|became)\s+(?:still\s+|now\s+|also\s+)?(?:one of|among)\b/i;

/** "… and Starlette was created …": a name after "and" followed by a verb of its own. */
function secondSubject(ctx: GenerationContext, tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length - 2; k++) {
    if (tokens[k].lower !== "and" || !ctx.entities.isNameToken(tokens, k + 1)) continue;
    let j = k + 1;
    while (j < tokens.length && ctx.entities.isNameToken(tokens, j)) j++;
    if (tokens[j] && (isAux(tokens[j]) || (tokens[j].tags.has("Verb") && !tokens[j].tags.has("Gerund")))) return true;
  }
  return false;
}

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

/**
 * What may stay in front of the wh-word ("Generally, which of PyTorch and TensorFlow is great for
 * individual research …?", "In 2015, which technology …?"): a hedge of how generally the claim
 * holds or a time with its year — nothing that needs a clause or a name of its own ("While …",
 * "Unlike pip", "In React"). Discourse markers that add nothing are left out.
 */
const KEPT_OPENER = new RegExp(`^(?:Generally(?: speaking)?|In general|Typically|Usually|Conceptually|Traditionally|Historically|Initially|Originally|Eventually|Ultimately|Currently|Today|Nowadays|Recently|By default|In (?:most cases|practice)|At the time|Over time|(?:In|By|Since) (?:(?:early|mid|late) )?(?:${MONTH} )?\\d{4})$`);
const DROPPED_OPENER = /^(?:Furthermore|Moreover|Additionally|In addition|Also|Finally)$/;

/** The words before a statement's subject as the question keeps them ("" when none), or undefined when they cannot open a question. */
function openerOf(st: Statement, subjectFrom: number): string | undefined {
  if (subjectFrom === st.from) return "";
  const text = renderTokens(st, { range: [st.from, subjectFrom] }).replace(/,\s*$/, "");
  if (DROPPED_OPENER.test(text)) return "";
  return KEPT_OPENER.test(text) ? text : undefined;
}

/**
 * "Spark is written in Scala …" → "Which technology is written in Scala …?": a named subject that
 * opens the statement (after a hedge or a dated time, which stays in front) is asked for with a
 * wh-word in its place (no inversion needed).
 */
function subjectQuestion(ctx: GenerationContext, st: Statement): Candidate | null {
  const main = st.analysed.main;
  if (!main || st.resolution.kind === "context") return null;
  const opener = openerOf(st, main.subject[0]);
  if (opener === undefined) return null;
  const name = subjectIsName(ctx, st, main.subject[0]);
  if (!name) return null;
  // "APIStar stopped existing as a server and Starlette was created": the second clause has its own
  // subject, and "Which technology … and Starlette was created?" asks nothing
  const { tokens } = st.analysed;
  if (st.analysed.clauses.some((c) => c !== main && !c.dependent && c.subject[1] > c.subject[0] && c.subject[0] > main.subject[1]) || secondSubject(ctx, tokens, main.verb[1])) return null;
  const [, to] = main.subject;
  const rest = renderTokens(st, { range: [to, tokens.length] }).replace(/[.!]+$/, "");
  if (!rest || rest.split(/\s+/).length < 3 || containsWords(rest, name)) return null;
  // "Which technology is one of the most downloaded Python packages?": "one of" says there are
  // others (0 of 2 labelled acceptable; "one of many state management libraries for React" rejected
  // blind on a page never seen). As multiple choice among the document's names it is fair.
  if (ONE_OF.test(rest)) return null;
  const verb = tokens[main.verb[0]];
  // plural agreement: "Which technology are …" never; a plural name subject ("Workspaces have") is left to cloze
  // a plural present ("Server Actions allow …") no more than "are"
  const plural = !!verb && (/^(?:are|were|have|do)$/.test(verb.lower) || (verb.tags.has("PresentTense") && !isAux(verb) && !/s$/.test(verb.lower)));
  if (plural || /\band (?:are|were|have)\b/.test(rest)) return null;
  // a judgement turned into a question reads wrong: "Which technology must be the most misused term?"
  if (verb && /^(?:must|might|may|could|should|would)(?:n[’']t)?$|^(?:wouldn|couldn|shouldn|mustn)$/.test(verb.lower)) return null;
  // another subject the document says the same of would be a second right answer
  const span = ctx.spans.get(st)?.find((x) => x.from === main.subject[0] && x.to === to);
  if (!span || ctx.hasRival(st, span)) return null;
  const lead = kindWord(ctx, name, st);
  const compared = comparandPhrase(st);
  const pair = !compared && lead === "Which technology" ? pairScope(ctx, st, name, rest) : undefined;
  const before = compared || (opener ? `${opener}, ` : "");
  const wh = pair?.scope ?? lead;
  const opening = before ? `${before}${wh.charAt(0).toLowerCase()}${wh.slice(1)}` : wh;
  const question = `${opening} ${rest.charAt(0).toLowerCase()}${rest.slice(1)}?`;
  return shortAnswer(ctx, st, { prompt: question, answer: pair?.answer ?? name, builder: "subject-question", variant: "subject", scope: pair?.scope });
}

export function shortAnswerCandidates(ctx: GenerationContext): Candidate[] {
  const out: Candidate[] = [];
  // "What is Svelte?" is never asked: a review says what its topic is in many words ("a component
  // framework", "a compiler"), and four such questions on pages never seen were rejected blind
  for (const st of ctx.statements) {
    const q = subjectQuestion(ctx, st);
    if (q) out.push(q);
    const d = definition(ctx, st);
    if (d) out.push(d);
    const a = agent(ctx, st);
    if (a) out.push(a);
  }
  return out;
}
