// Owns quality control of candidate questions: drops ungrammatical, ambiguous, leaking and
// duplicate candidates, keeps the best per fact and type, and orders the bank deterministically.
import type { BankQuestion, QuestionType } from "./bank-schema";
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
  // A plain "true" statement is the weakest question: keep it only for facts with fewer than two
  // other questions, so every fact stays covered without padding the bank.
  const perFact = new Map<string, number>();
  for (const c of kept.values()) {
    if (c.question.type === "true_false" && c.question.answer === "true") continue;
    for (const id of c.question.factIds) perFact.set(id, (perFact.get(id) ?? 0) + 1);
  }
  // A cloze whose fact already has a short-answer question asks for the same recall twice.
  const hasShort = new Set([...kept.values()].filter((c) => c.question.type === "short_answer").flatMap((c) => c.question.factIds));
  const position = new Map(factOrder.map((id, i) => [id, i]));
  return [...kept.values()]
    .filter((c) => c.score >= 1)
    .filter((c) => !(c.question.type === "true_false" && c.question.answer === "true" && (perFact.get(c.question.factIds[0]) ?? 0) >= 2))
    .filter((c) => !(c.question.type === "cloze" && hasShort.has(c.question.factIds[0])))
    .sort((a, b) => {
      const pa = Math.min(...a.question.factIds.map((id) => position.get(id) ?? 0));
      const pb = Math.min(...b.question.factIds.map((id) => position.get(id) ?? 0));
      return pa - pb || TYPE_ORDER.indexOf(a.question.type) - TYPE_ORDER.indexOf(b.question.type) || (a.question.id < b.question.id ? -1 : 1);
    })
    .map((c) => c.question);
}
