// Owns turning imported questions into a Recall question bank, the shape every deck is written
// from (lib/decks/import-bank): ids derived from the new deck's slug, one fact per imported note
// (or per Recall fact, for a Recall export), and each question checked by the bank's own schema.
import { createHash } from "node:crypto";
import { BankSchema, MATCH_SEPARATOR, QuestionSchema, type Bank, type BankFact, type BankQuestion } from "@/lib/content/bank-schema";
import { SkipTally, answerText, type ImportedDeck, type SkipNotice } from "./model";

const id = (prefix: string, ...parts: string[]) => `${prefix}_${createHash("sha256").update(parts.join("\u241f")).digest("hex").slice(0, 12)}`;

export type BankFromImport = { bank: Bank; skipped: SkipNotice[] };

export function bankFromImport(imported: ImportedDeck, deck: { slug: string; title: string; source: string }): BankFromImport {
  const facts = new Map<string, BankFact>();
  const questions: BankQuestion[] = [];
  const invalid = new SkipTally();
  for (const [index, q] of imported.questions.entries()) {
    const factKey = q.factKey ?? q.id;
    const factId = id("f", deck.slug, factKey);
    const candidate = {
      id: id("q", deck.slug, String(index), q.id),
      factIds: [factId],
      type: q.type,
      prompt: q.prompt,
      ...(q.choices ? { choices: q.choices } : {}),
      ...(q.type === "matching" && Array.isArray(q.answer) ? { left: q.answer.map((pair) => pair.split(MATCH_SEPARATOR)[0]) } : {}),
      answer: q.answer,
      ...(q.acceptedAnswers?.length ? { acceptedAnswers: q.acceptedAnswers } : {}),
      explanation: q.explanation || answerText(q.answer),
      source: { sentence: q.sourceSentence || q.prompt, ...(q.sourceCitation ? { citation: q.sourceCitation } : {}) },
    };
    const parsed = QuestionSchema.safeParse(candidate);
    if (!parsed.success) {
      invalid.add(`Questions that are not well formed (${parsed.error.issues[0]?.message ?? "invalid"})`, q.prompt);
      continue;
    }
    questions.push(parsed.data);
    if (!facts.has(factId)) {
      facts.set(factId, {
        id: factId,
        // Imported cards carry no subject–predicate–object triple: the editor shows "prompt → answer".
        subject: (q.topic || q.prompt).slice(0, 200),
        predicate: "→",
        object: answerText(q.answer).slice(0, 500),
        sentence: q.sourceSentence || q.prompt,
        ...(q.sourceCitation ? { citation: q.sourceCitation } : {}),
      });
    }
  }
  const bank = BankSchema.parse({ deck, facts: [...facts.values()], questions });
  return { bank, skipped: invalid.notices() };
}
