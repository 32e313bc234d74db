// Owns timeline questions: events with explicit (never relative) dates put in order. Items whose
// dates tie, or cannot be compared at their precision, are left out so the order is certain.
import { formatDate } from "../dates";
import type { ExtractedFact } from "../facts";
import { seededShuffle } from "../ids";
import { type Candidate, type GenerationContext, questionId } from "./context";
import { eventLabel } from "./phrasing";

const MAX_ITEMS = 5;

export function orderingQuestions(ctx: GenerationContext): Candidate[] {
  const dated = ctx.facts.filter((ef) => ef.fact.value.kind === "date" && !ef.fact.value.relative && !ef.fact.negated);
  const out: Candidate[] = [];
  // Prose events and bibliography dates are different timelines.
  for (const group of [dated.filter((f) => !f.fact.reference), dated.filter((f) => f.fact.reference)]) {
    const picked: ExtractedFact[] = [];
    const years = new Set<string>();
    for (const ef of group) {
      const v = ef.fact.value as { iso: string };
      const year = v.iso.slice(0, 4);
      // Same year would need month precision on both to be comparable; keep one per year to be safe.
      if (years.has(year)) continue;
      years.add(year);
      picked.push(ef);
    }
    for (let i = 0; i + 3 <= picked.length; i += MAX_ITEMS) {
      const chunk = picked.slice(i, i + MAX_ITEMS);
      if (chunk.length < 3) break;
      const sorted = [...chunk].sort((a, b) => ((a.fact.value as { iso: string }).iso < (b.fact.value as { iso: string }).iso ? -1 : 1));
      const labels = sorted.map(eventLabel);
      if (new Set(labels).size !== labels.length) continue;
      const facts = sorted.map((f) => f.fact);
      const id = questionId(ctx.slug, "ordering", facts);
      let choices = seededShuffle(labels, id);
      if (choices.join("\n") === labels.join("\n")) choices = [...labels.slice(1), labels[0]]; // never pre-solved
      out.push({
        score: 4,
        question: {
          id,
          factIds: facts.map((f) => f.id),
          type: "ordering",
          prompt: "Put these events in chronological order, earliest first.",
          choices,
          answer: labels,
          explanation: sorted.map((ef) => `${eventLabel(ef)}: ${formatDate(ef.fact.value as { iso: string; precision: "year" | "month" | "day" })}${ef.fact.citation ? ` ${ef.fact.citation}` : ""}.`).join(" "),
          source: { sentence: sorted.map((ef) => ef.fact.sentence).join(" "), ...(sorted[0].fact.citation ? { citation: [...new Set(sorted.map((ef) => ef.fact.citation).filter(Boolean))].join("; ") } : {}) },
        },
      });
    }
  }
  return out;
}
