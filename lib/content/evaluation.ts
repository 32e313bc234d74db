// Owns the measures of a bank against human labels: which label belongs to which candidate
// (keyed by document, source span, type and answer, with the prompt's hash so a reworded
// question is relabelled), precision of the published tier, key-fact coverage, type mix and
// automatic defect counts. Pure: the evaluation command does the reading and printing.
import { createHash } from "node:crypto";
import type { BankQuestion, QuestionType } from "./bank-schema";
import { DEFECT_CLASSES, setDefects, type DefectClass } from "./defects";
import { candidateDefects } from "./select";
import type { Candidate } from "./questions/candidate";

export interface Label {
  /** Candidate key: type@start-end=answer (see questions/candidate.ts). */
  key: string;
  /** Hash of the prompt and choices the label was given for. */
  prompt: string;
  ok: boolean;
  /** For unacceptable questions: the rubric clause or defect class it fails. */
  why?: string;
}

export interface LabelFile {
  document: string;
  labels: Label[];
}

export interface KeyFact {
  id: string;
  /** The fact in our own words. */
  fact: string;
  /** Offsets of the sentence(s) stating it in the document. */
  start: number;
  end: number;
}

export interface KeyFactFile {
  document: string;
  facts: KeyFact[];
}

export function promptHash(q: BankQuestion): string {
  const shown = JSON.stringify([q.type, q.prompt, q.choices ?? null, q.left ?? null, q.answer]);
  return createHash("sha256").update(shown).digest("hex").slice(0, 12);
}

export class LabelIndex {
  private readonly byKey = new Map<string, Label[]>();
  constructor(labels: Label[]) {
    for (const l of labels) this.byKey.set(l.key, [...(this.byKey.get(l.key) ?? []), l]);
  }
  /** The label for this exact question, or undefined when it was never labelled (or reworded since). */
  of(c: Candidate): Label | undefined {
    const hash = promptHash(c.question);
    return this.byKey.get(c.key)?.find((l) => l.prompt === hash);
  }
  /** A label for the same key but another wording (what changed since labelling). */
  stale(c: Candidate): Label | undefined {
    const hash = promptHash(c.question);
    return this.byKey.get(c.key)?.find((l) => l.prompt !== hash);
  }
}

export interface Precision {
  acceptable: number;
  labelled: number;
  unlabelled: number;
}

export function precisionOf(questions: Candidate[], labels: LabelIndex): Precision {
  let acceptable = 0;
  let labelled = 0;
  for (const c of questions) {
    const l = labels.of(c);
    if (!l) continue;
    labelled++;
    if (l.ok) acceptable++;
  }
  return { acceptable, labelled, unlabelled: questions.length - labelled };
}

export function rate(p: Precision): number {
  return p.labelled ? p.acceptable / p.labelled : 0;
}

/** Key facts a published question tests acceptably: its source overlaps the fact's sentence(s). */
export function coverageOf(published: Candidate[], facts: KeyFact[], labels: LabelIndex): { covered: string[]; missing: string[] } {
  const covered: string[] = [];
  const missing: string[] = [];
  for (const f of facts) {
    const hit = published.some((c) => labels.of(c)?.ok && c.statements.some((s) => s.analysed.sentence.start < f.end && s.analysed.sentence.end > f.start));
    (hit ? covered : missing).push(f.id);
  }
  return { covered, missing };
}

export function typeMix(questions: BankQuestion[]): Partial<Record<QuestionType, number>> {
  const mix: Partial<Record<QuestionType, number>> = {};
  for (const q of questions) mix[q.type] = (mix[q.type] ?? 0) + 1;
  return mix;
}

export function defectCounts(questions: Candidate[]): Record<DefectClass, number> {
  const counts = Object.fromEntries(DEFECT_CLASSES.map((d) => [d, 0])) as Record<DefectClass, number>;
  for (const c of questions) {
    for (const d of candidateDefects(c)) counts[d]++;
  }
  for (const ds of setDefects(questions.map((c) => c.question)).values()) for (const d of ds) counts[d]++;
  return counts;
}
