// Owns what every question generator shares: the generation context, the candidate shape that
// rank.ts scores, and how a fact's provenance (sentence + citation) and explanation are written.
import type { BankQuestion, QuestionType } from "../bank-schema";
import type { EntityIndex } from "../entities";
import type { ExtractedFact, Fact } from "../facts";
import { stableId } from "../ids";
import { keyOf, normaliseAnswer } from "../normalise";

export interface GenerationContext {
  slug: string;
  facts: ExtractedFact[];
  entities: EntityIndex;
  index: FactIndex;
}

/**
 * Lookups the generators need per fact, built once so that generation stays linear in the
 * number of facts (scanning every fact for every fact is quadratic on long documents).
 */
export interface FactIndex {
  /** normalised subject (and each member of a compound subject) → normalised objects said of it */
  truths: Map<string, Set<string>>;
  /** normalised subject → its facts */
  bySubject: Map<string, ExtractedFact[]>;
  /** distractor buckets: "date:<precision>", "entity:<type>:<role>", "phrase:<relation>", "<kind>:<role>" */
  buckets: Map<string, ExtractedFact[]>;
  /** named, non-compound subjects in sorted order */
  namedSubjects: string[];
}

export function bucketKey(ef: ExtractedFact): string {
  const f = ef.fact;
  const v = f.value;
  if (v.kind === "date") return `date:${v.precision}`;
  if (v.kind === "entity") return `entity:${v.entityType}:${f.role}`;
  if (v.kind === "phrase") return `phrase:${f.relation}`;
  return `${v.kind}:${f.role}`;
}

export function buildIndex(facts: ExtractedFact[], entities: EntityIndex): FactIndex {
  const truths = new Map<string, Set<string>>();
  const bySubject = new Map<string, ExtractedFact[]>();
  const buckets = new Map<string, ExtractedFact[]>();
  const named = new Set<string>();
  for (const ef of facts) {
    const f = ef.fact;
    const s = normaliseAnswer(f.subject);
    const obj = normaliseAnswer(f.object);
    for (const part of [s, ...s.split(/\s+and\s+/)]) {
      const set = truths.get(part) ?? new Set<string>();
      set.add(obj);
      truths.set(part, set);
    }
    bySubject.set(s, [...(bySubject.get(s) ?? []), ef]);
    const b = bucketKey(ef);
    const list = buckets.get(b) ?? [];
    list.push(ef);
    buckets.set(b, list);
    if (!/\band\b|[“"]/.test(f.subject) && entities.isKnownName(f.subject)) named.add(f.subject);
  }
  return { truths, bySubject, buckets, namedSubjects: [...named].sort() };
}

export interface Candidate {
  question: BankQuestion;
  /** Higher is better; rank.ts drops low scores and keeps the best of near-duplicates. */
  score: number;
}

/** Stable question id: deck slug + type + the facts' normalised keys (+ a variant for siblings). */
export function questionId(slug: string, type: QuestionType, facts: Fact[], variant = ""): string {
  return stableId("q", slug, type, ...facts.map((f) => keyOf(f.subject, f.predicate, f.object)), variant);
}

export function sourceOf(fact: Fact): BankQuestion["source"] {
  return { sentence: fact.sentence, ...(fact.citation ? { citation: fact.citation } : {}) };
}

/** "The review states: TensorFlow was … (TensorFlow, n.d.)." — the why behind an answer. */
export function explain(fact: Fact, lead = ""): string {
  const cite = fact.citation ? ` ${fact.citation}` : "";
  const statement = fact.statement.replace(/\.$/, "");
  return `${lead}${lead ? " " : ""}${statement}${cite}.`;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
