// Owns which question builders run over a document's statements, in a fixed order.
import { findComparisons, findContrasts } from "../contrasts";
import { findEvents, labelledEntries } from "../events";
import type { Candidate } from "./candidate";
import { clozeCandidate } from "./cloze";
import type { GenerationContext } from "./context";
import { dateCandidates, orderingCandidates } from "./dates";
import { descriptionMatchingCandidates, labelMatchingCandidates, matchingCandidates } from "./matching";
import { mcqCandidates } from "./mcq";
import { shortAnswerCandidates } from "./short-answer";
import { consequenceCandidates } from "./consequences";
import { acronymCandidates } from "./acronyms";
import { comparisonCandidates, negationCandidates, trueFalseCandidates } from "./true-false";
import { findNegations } from "../negations";

export function buildCandidates(ctx: GenerationContext): Candidate[] {
  const out: Candidate[] = [];
  for (const st of ctx.statements) {
    for (const span of ctx.spans.get(st) ?? []) {
      const c = clozeCandidate(ctx, st, span);
      if (c) out.push(c);
    }
  }
  const contrasts = findContrasts(ctx.statements, ctx.entities);
  const entries = labelledEntries(ctx.statements, ctx.resolutions);
  out.push(...trueFalseCandidates(ctx, contrasts), ...comparisonCandidates(ctx, findComparisons(ctx.statements, ctx.entities)), ...negationCandidates(ctx, findNegations(ctx.statements, ctx.entities)), ...matchingCandidates(ctx, contrasts), ...labelMatchingCandidates(ctx, entries), ...descriptionMatchingCandidates(ctx));
  const events = findEvents(ctx.statements, ctx.spans, entries);
  out.push(...dateCandidates(ctx, events), ...orderingCandidates(ctx, events));
  out.push(...mcqCandidates(ctx), ...consequenceCandidates(ctx), ...shortAnswerCandidates(ctx), ...acronymCandidates(ctx));
  return out;
}
