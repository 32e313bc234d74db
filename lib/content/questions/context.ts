// Owns what every question generator shares: the generation context, the candidate shape that
// rank.ts scores, and how a fact's provenance (sentence + citation) and explanation are written.
import type { BankQuestion, QuestionType } from "../bank-schema";
import type { EntityIndex, EntityType } from "../entities";
import type { ExtractedFact, Fact } from "../facts";
import { stableId } from "../ids";
import { getOrCreate } from "../maps";
import { keyOf, normaliseAnswer } from "../normalise";
import { OverlapIndex } from "./overlap-index";

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
  /** the same truths, searchable for objects overlapping a phrase ("… such as pdb" ⊃ "pdb") */
  truthOverlaps: Map<string, OverlapIndex<string>>;
  /** normalised subject → its facts */
  bySubject: Map<string, ExtractedFact[]>;
  /** normalised subject → its facts, searchable by object */
  objectOverlaps: Map<string, OverlapIndex<ExtractedFact>>;
  /** normalised subject → "relation|kind" of its facts that are not about dates */
  relationKinds: Map<string, Set<string>>;
  /** the normalised subjects, to find a subject's family ("tensorflow" ↔ "tensorflow 2 0") */
  subjectFamilies: OverlapIndex<string>;
  /** distractor buckets: "date:<precision>", "entity:<type>:<role>", "phrase:<relation>", "<kind>:<role>" */
  buckets: Map<string, ExtractedFact[]>;
  /** named, non-compound subjects in sorted order */
  namedSubjects: string[];
  /** the named subjects, to find a name's family ("TensorFlow" ↔ "TensorFlow 2.0") */
  nameFamilies: OverlapIndex<string>;
  /** named subjects that no shorter named subject overlaps (family roots), by type, in sorted order */
  rootNames: Map<EntityType, string[]>;
  /** every word (maximal run of letters) of the facts' sentences */
  sentenceWords: Set<string>;
}

export function bucketKey(ef: ExtractedFact): string {
  const f = ef.fact;
  const v = f.value;
  if (v.kind === "date") return `date:${v.precision}`;
  if (v.kind === "entity") return `entity:${v.entityType}:${f.role}`;
  if (v.kind === "phrase") return `phrase:${f.relation}`;
  return `${v.kind}:${f.role}`;
}

/** Key of relationKinds: a fact's relation and the kind of its value. */
export function relationKindKey(fact: Fact): string {
  return `${fact.relation}\u0000${fact.value.kind}`;
}

export function buildIndex(facts: ExtractedFact[], entities: EntityIndex): FactIndex {
  const truths = new Map<string, Set<string>>();
  const bySubject = new Map<string, ExtractedFact[]>();
  const objectOverlaps = new Map<string, OverlapIndex<ExtractedFact>>();
  const relationKinds = new Map<string, Set<string>>();
  const buckets = new Map<string, ExtractedFact[]>();
  const named = new Set<string>();
  const sentences = new Set<string>();
  for (const ef of facts) {
    const f = ef.fact;
    const s = normaliseAnswer(f.subject);
    const obj = normaliseAnswer(f.object);
    for (const part of [s, ...s.split(/\s+and\s+/)]) getOrCreate(truths, part, () => new Set()).add(obj);
    getOrCreate(bySubject, s, () => []).push(ef);
    getOrCreate(objectOverlaps, s, () => new OverlapIndex()).add(f.object, ef);
    if (f.value.kind !== "date") getOrCreate(relationKinds, s, () => new Set()).add(relationKindKey(f));
    getOrCreate(buckets, bucketKey(ef), () => []).push(ef);
    if (!/\band\b|[“"]/.test(f.subject) && entities.isKnownName(f.subject)) named.add(f.subject);
    sentences.add(f.sentence);
  }
  const truthOverlaps = new Map<string, OverlapIndex<string>>();
  for (const [subject, objects] of truths) {
    const index = new OverlapIndex<string>();
    for (const o of objects) index.add(o, o);
    truthOverlaps.set(subject, index);
  }
  const subjectFamilies = new OverlapIndex<string>();
  for (const s of bySubject.keys()) subjectFamilies.add(s, s);
  const namedSubjects = [...named].sort();
  const nameFamilies = new OverlapIndex<string>();
  for (const n of namedSubjects) nameFamilies.add(n, n);
  return {
    truths,
    truthOverlaps,
    bySubject,
    objectOverlaps,
    relationKinds,
    subjectFamilies,
    buckets,
    namedSubjects,
    nameFamilies,
    rootNames: rootNamesByType(namedSubjects, nameFamilies, entities),
    sentenceWords: wordsOf(sentences),
  };
}

/** "TensorFlow" is the root of its family, "TensorFlow 2.0" is not: a shorter name overlaps it. */
function rootNamesByType(namedSubjects: string[], families: OverlapIndex<string>, entities: EntityIndex): Map<EntityType, string[]> {
  const roots = new Map<EntityType, string[]>();
  for (const s of namedSubjects) {
    if (families.overlapping(s).some((n) => n !== s && n.length < s.length)) continue;
    getOrCreate(roots, entities.typeOf(s), () => []).push(s);
  }
  return roots;
}

function wordsOf(sentences: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const sentence of sentences) for (const [w] of sentence.matchAll(/\p{L}+/gu)) words.add(w);
  return words;
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
