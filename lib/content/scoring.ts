// Owns scoring: each candidate's features and the ranker's probability that it is acceptable.
import { featuresOf, phraseCounts, typedAnswer, type TraitMemo } from "./features";
import { normaliseAnswer } from "./normalise";
import type { Candidate } from "./questions/candidate";
import type { GenerationContext } from "./questions/context";
import { Ranker } from "./ranker";

export function scoreCandidates(ctx: GenerationContext, candidates: Candidate[], ranker: Ranker = Ranker.default()): Candidate[] {
  // how often the document repeats each answer: only the answers are counted
  const answers = new Set(candidates.map(typedAnswer).filter((a) => !!a).map(normaliseAnswer));
  const people = personNames(ctx, candidates);
  const counts = phraseCounts(ctx, new Set([...answers, ...[...people.values()].flat()]));
  // a person the review goes on to call by one name ("Daniel", "Fielding") is repeated, not named once
  for (const [name, parts] of people) counts.set(name, Math.max(counts.get(name) ?? 0, ...parts.map((p) => counts.get(p) ?? 0)));
  const traits: TraitMemo = new Map();
  for (const c of candidates) {
    const f = featuresOf(c, counts, ctx.topic, ctx.obviousNames, foils(ctx, c), traits);
    c.features = f;
    c.score = Math.round(ranker.probability(f) * 1e4) / 1e4;
  }
  return candidates;
}

/**
 * The two names whose one, named in the prompt, leaves the other as the only answer: the pair the
 * document is written around, and for a question without choices its section's too ("VuePress was
 * designed for documentation websites … that ____ does not" under "Astro vs. VuePress": 0 of 5
 * such published clozes rated acceptable). A multiple choice offers the document's other names
 * as well, so there the section's two give nothing away (9 of 13 labelled acceptable).
 */
function foils(ctx: GenerationContext, c: Candidate): [string, string] | undefined {
  const st = c.statements[0];
  return c.question.type === "mcq" || !st ? ctx.pair : ctx.sides(st);
}

/** Each answer that names a person in two or three words, with the single names the review may call them by: first and last. */
function personNames(ctx: GenerationContext, candidates: Candidate[]): Map<string, string[]> {
  const people = new Map<string, string[]>();
  for (const answer of new Set(candidates.map(typedAnswer))) {
    const words = answer.split(/\s+/);
    if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) || ctx.entities.typeOf(answer) !== "person") continue;
    people.set(normaliseAnswer(answer), [words[0], words.at(-1)!].map(normaliseAnswer));
  }
  return people;
}

/** Scores again with another ranker, reusing the features (the evaluation's leave-one-out models). */
export function rescore(candidates: Candidate[], ranker: Ranker): Candidate[] {
  for (const c of candidates) if (c.features) c.score = Math.round(ranker.probability(c.features as never) * 1e4) / 1e4;
  return candidates;
}
