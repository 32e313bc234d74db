// Owns quality control of candidate questions: drops ungrammatical, ambiguous, leaking and
// duplicate candidates, keeps at most two questions per fact (one recall question, one false
// statement), prefers corrupted statements over restated ones, and orders the bank deterministically.
import type { BankQuestion, QuestionType } from "./bank-schema";
import { getOrCreate } from "./maps";
import { containsWords, normaliseAnswer, normaliseText } from "./normalise";
import type { Candidate } from "./questions/context";

const TYPE_ORDER: QuestionType[] = ["mcq", "short_answer", "cloze", "true_false", "ordering", "matching"];

/** Why a candidate must be dropped, or null if it is fine. Exported so tests can probe rules. */
export function rejectReason(q: BankQuestion): string | null {
  const prompt = q.prompt;
  if (prompt.length > 500) return "prompt too long";
  if (/\s[,.;:?]|\s{2,}|\(\s*\)|\b(?:the|a|an|of|to)\s*[?.]$/i.test(prompt)) return "ungrammatical prompt";
  if (/\b(?:it|its|they|their|this|these)\b\s+(?:was|is|are|were|has|have)\b/i.test(prompt.replace(/^True or false: /, "")) && q.type !== "cloze") {
    return "unresolved pronoun";
  }
  if (q.type === "mcq" || q.type === "short_answer" || q.type === "cloze") {
    const answer = q.answer as string;
    const withoutBlank = prompt.replace(/_{4}/g, " ");
    if (containsWords(withoutBlank, answer) || (q.acceptedAnswers ?? []).some((a) => containsWords(withoutBlank, a))) return "answer leaked in prompt";
    if (normaliseAnswer(answer).length === 0) return "empty answer";
  }
  if (q.type === "mcq") {
    const normalised = (q.choices ?? []).map(normaliseAnswer);
    if (new Set(normalised).size !== normalised.length) return "duplicate choices";
    if (normalised.filter((c) => c === normaliseAnswer(q.answer as string)).length !== 1) return "answer not exactly once among choices";
  }
  return null;
}

/** At most this many questions quiz one fact (multi-fact ordering/matching questions included). */
export const MAX_PER_FACT = 2;

/** Types that all ask the student to recall the fact's object: one of them per fact is enough. */
const RECALL_TYPES = new Set<QuestionType>(["mcq", "short_answer", "cloze"]);

const isMulti = (c: Candidate) => c.question.type === "ordering" || c.question.type === "matching";
const isPlainTrue = (c: Candidate) => c.question.type === "true_false" && c.question.answer === "true";

/** Best first: higher score, then the type order (mcq before short answer before cloze …), then id. */
function better(a: Candidate, b: Candidate): number {
  return b.score - a.score || TYPE_ORDER.indexOf(a.question.type) - TYPE_ORDER.indexOf(b.question.type) || (a.question.id < b.question.id ? -1 : 1);
}

/**
 * Multi-fact questions first: a matching or ordering question whose facts are all quizzed by a
 * better multi-fact question already ("match each event to its date" next to "put these events
 * in order") is a near-duplicate.
 */
function pickMulti(pool: Candidate[]): Candidate[] {
  const picked: Candidate[] = [];
  const bySize = pool.filter(isMulti).sort((a, b) => b.question.factIds.length - a.question.factIds.length || better(a, b));
  for (const c of bySize) {
    if (picked.some((p) => c.question.factIds.every((id) => p.question.factIds.includes(id)))) continue;
    picked.push(c);
  }
  return picked;
}

/**
 * Single-fact questions for one fact, at most `room` of them: the best recall question (mcq,
 * short answer or cloze — asking for the same object twice is padding), then a false statement.
 * A true statement that merely restates the sentence is kept only when the fact has no other
 * question at all, so every fact stays covered.
 */
function pickForFact(own: Candidate[], room: number, covered: boolean): Candidate[] {
  if (room <= 0) return [];
  const sorted = [...own].sort(better);
  const recall = sorted.find((c) => RECALL_TYPES.has(c.question.type));
  let corrupted = sorted.find((c) => c.question.type === "true_false" && !isPlainTrue(c));
  // A multiple-choice question already shows the swapped-in wrong value as a choice: a false
  // statement built from the same swap asks the same thing again.
  if (recall?.question.type === "mcq" && corrupted && corruptionOf(corrupted)?.field === "object") corrupted = undefined;
  const out = [recall, corrupted].filter((c): c is Candidate => !!c).slice(0, room);
  if (out.length === 0 && !covered) {
    const plain = sorted.find(isPlainTrue);
    if (plain) out.push(plain);
  }
  return out;
}

function corruptionOf(c: Candidate): { field: string } | undefined {
  return (c.question as { corruption?: { field: string } }).corruption;
}

/** At most this many single-fact questions come from one source sentence. */
export const MAX_PER_SENTENCE = 3;

/**
 * A sentence that yields several facts would otherwise be quizzed over and over: past the cap,
 * drop false statements (then other second questions) of facts that keep another question.
 */
function capPerSentence(chosen: Candidate[]): Candidate[] {
  const bySentence = new Map<string, Candidate[]>();
  for (const c of chosen) if (!isMulti(c)) getOrCreate(bySentence, c.question.source.sentence, () => []).push(c);
  // Questions per fact among those not dropped: counted once and kept current as questions are
  // dropped (recounting all questions for every crowded sentence was quadratic).
  const perFact = new Map<string, number>();
  for (const c of chosen) for (const id of c.question.factIds) perFact.set(id, (perFact.get(id) ?? 0) + 1);
  const dropped = new Set<Candidate>();
  for (const group of bySentence.values()) {
    let excess = group.length - MAX_PER_SENTENCE;
    if (excess <= 0) continue;
    // weakest first: false statements, then the rest, each from the last fact of the sentence backwards
    const order = [...group].reverse().sort((a, b) => Number(b.question.type === "true_false") - Number(a.question.type === "true_false"));
    for (const c of order) {
      if (excess <= 0) break;
      const id = c.question.factIds[0];
      if ((perFact.get(id) ?? 0) < 2) continue; // never leave a fact unquizzed
      dropped.add(c);
      perFact.set(id, (perFact.get(id) ?? 0) - 1);
      excess--;
    }
  }
  return chosen.filter((c) => !dropped.has(c));
}

export function rankQuestions(candidates: Candidate[], factOrder: string[]): BankQuestion[] {
  const kept = new Map<string, Candidate>();
  const byPrompt = new Map<string, string>();
  for (const c of candidates) {
    if (rejectReason(c.question)) continue;
    // one question per (type, fact set); the same prompt twice is ambiguous, keep neither's twin
    const slot = `${c.question.type}|${c.question.factIds.join(",")}`;
    const promptKey = `${c.question.type}|${normaliseText(c.question.prompt)}`;
    const twin = byPrompt.get(promptKey);
    if (twin && twin !== slot) {
      const other = kept.get(twin);
      if (other && (c.question.type === "short_answer" || c.question.type === "mcq") && other.question.answer !== c.question.answer) {
        kept.delete(twin); // two facts answer the same question differently: ambiguous
      }
      continue;
    }
    const prev = kept.get(slot);
    if (!prev || c.score > prev.score) {
      kept.set(slot, c);
      byPrompt.set(promptKey, slot);
    }
  }
  const pool = [...kept.values()].filter((c) => c.score >= 1);
  const multi = pickMulti(pool);
  const multiCount = new Map<string, number>();
  for (const c of multi) for (const id of c.question.factIds) multiCount.set(id, (multiCount.get(id) ?? 0) + 1);
  const singles = new Map<string, Candidate[]>();
  for (const c of pool) if (!isMulti(c)) getOrCreate(singles, c.question.factIds[0], () => []).push(c);
  const chosen = [...multi];
  for (const [id, own] of singles) {
    const inMulti = multiCount.get(id) ?? 0;
    chosen.push(...pickForFact(own, MAX_PER_FACT - inMulti, inMulti > 0));
  }
  const position = new Map(factOrder.map((id, i) => [id, i]));
  return capPerSentence(chosen)
    .sort((a, b) => {
      const pa = Math.min(...a.question.factIds.map((id) => position.get(id) ?? 0));
      const pb = Math.min(...b.question.factIds.map((id) => position.get(id) ?? 0));
      return pa - pb || TYPE_ORDER.indexOf(a.question.type) - TYPE_ORDER.indexOf(b.question.type) || (a.question.id < b.question.id ? -1 : 1);
    })
    .map((c) => c.question);
}
