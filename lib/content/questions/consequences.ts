// Owns which of a review's two names a consequence belongs to: what a sentence opening with "This"
// or "It" sums up about the fact before it ("This can be beneficial …", "it also means that …"),
// and an outcome a sentence says something led to ("This flexibility led to Pytorch being popular
// …"). Asked as "Which of A and B …?", only where the review sets the two against each other.
import type { Analysed } from "../analysis";
import { containsWords, normaliseAnswer } from "../normalise";
import { renderTokens, type Statement } from "../statements";
import { isAdverbish, isNounish } from "../tokens";
import { leadVerbIn } from "../verbs";
import type { Candidate } from "./candidate";
import type { GenerationContext } from "./context";
import { subjectIsName } from "./descriptions";
import { shortAnswer, whichOf } from "./short-answer";

/**
 * "TensorFlow pre-defines its graphs at the beginning of training …. This can be beneficial in
 * performance for large models." In a review of two names, what "This" sums up is the way the name
 * before it works: "Which of PyTorch and TensorFlow works in a way that can be beneficial in
 * performance for large models?" Only when the sentence before is a stated fact about one of the
 * two names the review (or its section) sets against each other, and what follows "This" names
 * neither.
 */
function consequence(ctx: GenerationContext, st: Statement, stated: Map<Analysed, Statement>): Candidate | null {
  const r = st.resolution;
  const main = st.analysed.main;
  if (r.kind !== "context" || !r.context || !main || !sumsUp(st.analysed, st.from, true)) return null;
  // "X does A. This helps B. But it also means C.": the middle sentence sums up too, and X is two back
  if (r.contextBefore && !sumsUp(r.context, 0)) return null;
  const before = stated.get(r.contextBefore ?? r.context);
  if (!before?.analysed.main || before.resolution.kind !== "none") return null;
  const { tokens } = st.analysed;
  // "It can be used to build both JIT compilers and static compilers …" is about the thing before,
  // not the way it works: "It" sums up only through a verb of consequence ("it also means that …")
  const verbWords = tokens.slice(main.verb[0], main.verb[1]).map((t) => t.text);
  if (tokens[main.subject[0]].lower === "it" && !leadVerbIn(verbWords, SUMMING_UP)) return null;
  const name = subjectIsName(ctx, before);
  const choices = name ? ctx.choices(before, normaliseAnswer(name)) : undefined;
  const answer = choices?.find((c) => normaliseAnswer(c) === normaliseAnswer(name!));
  if (!choices || !answer) return null;
  // "AngularJS uses two-way binding …, while Vue enforces a one-way data flow …. This makes the flow
  // of data easier to reason about": a sentence naming another name may be summed up for that one
  if ((ctx.spans.get(before) ?? []).some((s) => s.kind === "name" && normaliseAnswer(s.text) !== normaliseAnswer(name!))) return null;
  // "However, there may be performance issues." → "… may have performance issues"
  const dummy = tokens[main.subject[0]].lower === "there";
  const verb = verbWords.map((w) => w.toLowerCase());
  const had = dummy ? haveFor(verb) : undefined;
  if (dummy && !had) return null;
  // "it also means that training models are more rigid …" → "… in a way that means training models are …"
  const rest = renderTokens(st, { range: [dummy ? main.verb[1] : main.verb[0], tokens.length] })
    .replace(/[.!]+$/, "")
    .replace(/^(means|meant) that /i, "$1 ");
  const rendered = had ? `${had} ${rest.charAt(0).toLowerCase()}${rest.slice(1)}` : rest;
  const predicate = rendered.charAt(0).toLowerCase() + rendered.slice(1);
  if (predicate.split(/\s+/).length < 3 || choices.some((c) => containsWords(predicate, c))) return null;
  const scope = whichOf(choices);
  const works = tokens[main.verb[0]].tags.has("PastTense") ? "worked" : "works";
  return shortAnswer(ctx, st, { prompt: `${scope} ${works} in a way that ${predicate}?`, answer, builder: "consequence", scope });
}

/** Verbs by which "It …" tells what the way of working before it brings about. */
const SUMMING_UP = new Set(["mean", "lead", "make", "help", "create", "result", "cause", "allow", "let", "enable", "prevent", "ensure"]);

/**
 * The sentence's subject is a lone "This", "That" or "It" (or, with `dummy`, "There"), at `from`
 * after any connective dropped; adverbs may follow it ("it also means …").
 */
function sumsUp(a: Analysed, from: number, dummy = false): boolean {
  const [sFrom, sTo] = a.main?.subject ?? [0, 0];
  if (sTo <= sFrom || sFrom < from || sFrom > from + 1 || !a.tokens.slice(sFrom + 1, sTo).every((t) => isAdverbish(t) && !isNounish(t))) return false;
  return (dummy ? /^(?:this|that|it|there)$/ : /^(?:this|that|it)$/).test(a.tokens[sFrom].lower);
}

/** "there may be" → "may have", "there is" → "has", "there were" → "had"; undefined for anything else. */
function haveFor(verb: string[]): string | undefined {
  if (verb.length === 1) return /^(?:is|are)$/.test(verb[0]) ? "has" : /^(?:was|were)$/.test(verb[0]) ? "had" : undefined;
  if (verb.length === 2 && /^(?:may|might|can|could|will|would)$/.test(verb[0]) && verb[1] === "be") return `${verb[0]} have`;
  return undefined;
}

/**
 * "This flexibility led to Pytorch being popular in academic and research areas." In a review of
 * two names, the name an outcome befell: "Which of PyTorch and TensorFlow became popular in academic
 * and research areas thanks to its flexibility?" The cause is named only when the sentence it sums
 * up is about that name alone ("its framework aimed to make it easy …").
 */
function outcome(ctx: GenerationContext, st: Statement, stated: Map<Analysed, Statement>): Candidate | null {
  const main = st.analysed.main;
  if (!main) return null;
  const { tokens } = st.analysed;
  const [sFrom, sTo] = main.subject;
  if (sFrom !== st.from || sTo - sFrom < 2 || sTo - sFrom > 3 || !/^(?:this|that)$/.test(tokens[sFrom].lower)) return null;
  const verb = tokens.slice(main.verb[0], main.verb[1]).map((t) => t.lower);
  const led = verb.length === 1 && /^(?:led|leads)$/.test(verb[0]) && tokens[main.complement[0]]?.lower === "to";
  const made = verb.length === 1 && /^(?:made|makes)$/.test(verb[0]);
  if (!led && !made) return null;
  const at = led ? main.complement[0] + 1 : main.complement[0];
  const named = ctx.spans.get(st)?.find((x) => x.from === at && x.kind === "name");
  if (!named) return null;
  // "led to X being P", "made X P" (P an adjective: "made PyTorch popular with researchers")
  const from = led ? named.to + 1 : named.to;
  if (led ? tokens[named.to]?.lower !== "being" : !tokens[named.to]?.tags.has("Adjective")) return null;
  const choices = ctx.choices(st, normaliseAnswer(named.text));
  const answer = choices?.find((c) => normaliseAnswer(c) === normaliseAnswer(named.text));
  if (!choices || !answer) return null;
  const rendered = renderTokens(st, { range: [from, tokens.length] }).replace(/[.!]+$/, "");
  const predicate = rendered.charAt(0).toLowerCase() + rendered.slice(1);
  if (predicate.split(/\s+/).length < 2 || choices.some((c) => containsWords(predicate, c))) return null;
  const other = choices.find((c) => c !== answer)!;
  const summed = st.resolution.kind === "context" && st.resolution.context ? stated.get(st.resolution.context) : undefined;
  const aboutAnswer = !!summed && containsWords(renderTokens(summed), answer) && !containsWords(renderTokens(summed), other);
  const cause = aboutAnswer ? ` thanks to its ${renderTokens(st, { range: [sFrom + 1, sTo] }).toLowerCase()}` : "";
  const scope = whichOf(choices);
  const became = /^(?:led|made)$/.test(verb[0]) ? "became" : "becomes";
  return shortAnswer(ctx, st, { prompt: `${scope} ${became} ${predicate}${cause}?`, answer, builder: "consequence", scope });
}

export function consequenceCandidates(ctx: GenerationContext): Candidate[] {
  const stated = new Map(ctx.statements.map((st) => [st.analysed, st]));
  const out: Candidate[] = [];
  for (const st of ctx.statements) {
    const c = consequence(ctx, st, stated) ?? outcome(ctx, st, stated);
    if (c) out.push(c);
  }
  return out;
}
