// Owns matching questions: when one relation holds for 3+ different subjects with different
// objects (who developed what, where each source appeared, when each event happened).
import { MATCH_SEPARATOR } from "../bank-schema";
import { formatDate } from "../dates";
import type { ExtractedFact } from "../facts";
import { seededShuffle } from "../ids";
import { getOrCreate } from "../maps";
import { normaliseAnswer } from "../normalise";
import { type Candidate, type GenerationContext, questionId } from "./context";
import { eventLabel } from "./phrasing";

const MAX_PAIRS = 5;

function groups(ctx: GenerationContext): Array<{ key: string; facts: ExtractedFact[] }> {
  const map = new Map<string, ExtractedFact[]>();
  for (const ef of ctx.facts) {
    const f = ef.fact;
    if (f.negated || f.value.kind === "quote" || (f.value.kind === "date" && f.value.relative)) continue;
    if (f.value.kind === "phrase" && f.object.split(/\s+/).length > 6) continue;
    const key = f.value.kind === "date" ? `time:${f.reference ? "ref" : "prose"}` : f.role === "venue" ? "venue" : `${f.role}:${f.predicate}`;
    getOrCreate(map, key, () => []).push(ef);
  }
  return [...map.entries()].map(([key, facts]) => ({ key, facts }));
}

export function matchingQuestions(ctx: GenerationContext): Candidate[] {
  const out: Candidate[] = [];
  for (const { key, facts } of groups(ctx)) {
    const isTime = key.startsWith("time:");
    const seenLeft = new Set<string>();
    const seenRight = new Set<string>();
    const pairs: Array<{ ef: ExtractedFact; left: string; right: string }> = [];
    for (const ef of facts) {
      const left = isTime ? eventLabel(ef) : ef.fact.subject;
      const right = ef.fact.value.kind === "date" ? formatDate(ef.fact.value) : ef.fact.object;
      const l = normaliseAnswer(left);
      const r = normaliseAnswer(right);
      if (seenLeft.has(l) || seenRight.has(r)) continue; // one-to-one or it is not a fair match
      seenLeft.add(l);
      seenRight.add(r);
      pairs.push({ ef, left, right });
    }
    if (pairs.length < 3) continue;
    const chosen = pairs.slice(0, MAX_PAIRS);
    const first = chosen[0].ef.fact;
    const id = questionId(ctx.slug, "matching", chosen.map((p) => p.ef.fact));
    const prompt = isTime
      ? "Match each event to its date."
      : key === "venue"
        ? "Match each source to the publication or site it appeared on."
        : `Match each item to what completes “[item] ${first.predicate} ____”.`;
    out.push({
      score: 4,
      question: {
        id,
        factIds: chosen.map((p) => p.ef.fact.id),
        type: "matching",
        prompt,
        left: chosen.map((p) => p.left),
        choices: seededShuffle(chosen.map((p) => p.right), id),
        answer: chosen.map((p) => `${p.left}${MATCH_SEPARATOR}${p.right}`),
        explanation: chosen.map((p) => `${p.ef.fact.statement.replace(/\.$/, "")}${p.ef.fact.citation ? ` ${p.ef.fact.citation}` : ""}.`).join(" "),
        source: {
          sentence: chosen.map((p) => p.ef.fact.sentence).join(" "),
          ...(chosen.some((p) => p.ef.fact.citation) ? { citation: [...new Set(chosen.map((p) => p.ef.fact.citation).filter(Boolean))].join("; ") } : {}),
        },
      },
    });
  }
  return out;
}
