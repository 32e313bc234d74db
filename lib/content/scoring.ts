// Owns scoring: each candidate's features and the ranker's probability that it is acceptable.
import { featuresOf, phraseCounts, typedAnswer, type TraitMemo } from "./features";
import { normaliseAnswer } from "./normalise";
import type { Candidate } from "./questions/candidate";
import type { GenerationContext } from "./questions/context";
import { Ranker } from "./ranker";

export function scoreCandidates(ctx: GenerationContext, candidates: Candidate[], ranker: Ranker = Ranker.default()): Candidate[] {
  // how often the document repeats each answer: only the answers are counted
  const answers = new Set(candidates.map(typedAnswer).filter((a) => !!a).map(normaliseAnswer));
  const counts = phraseCounts(ctx, answers);
  const traits: TraitMemo = new Map();
  for (const c of candidates) {
    const f = featuresOf(c, counts, ctx.topic, ctx.obviousNames, ctx.pair, traits);
    c.features = f;
    c.score = Math.round(ranker.probability(f) * 1e4) / 1e4;
  }
  return candidates;
}

/** Scores again with another ranker, reusing the features (the evaluation's leave-one-out models). */
export function rescore(candidates: Candidate[], ranker: Ranker): Candidate[] {
  for (const c of candidates) if (c.features) c.score = Math.round(ranker.probability(c.features as never) * 1e4) / 1e4;
  return candidates;
}
