// Owns the questions a table asks: match each thing the table compares to its value of one
// attribute ("Match each to its core tech according to the review's table: docmd → Node.js …").
// A table fact is a fact of the bank like a sentence's: it has an id, provenance and an explanation.
import type { BankFact } from "../bank-schema";
import { MATCH_SEPARATOR } from "../bank-schema";
import { seededShuffle, stableId } from "../ids";
import { normaliseText } from "../normalise";
import type { TableFact } from "../tables";
import { type Candidate, labelKey, questionId } from "./candidate";

/** The rows as provenance: "Core Tech: docmd Node.js (Native); Docusaurus React.js; …". */
function sourceText(fact: TableFact): string {
  return `${fact.attribute}: ${fact.pairs.map((p) => `${p.thing} ${p.value}`).join("; ")}`;
}

function sourceRange(fact: TableFact): { start: number; end: number } {
  const ranges = fact.rows.map((r) => r.text.sourceRange(0, r.text.text.length));
  return { start: Math.min(...ranges.map((r) => r.start)), end: Math.max(...ranges.map((r) => r.end)) };
}

/** A header as a word in a sentence: "Core Tech" → "core tech", "Client JS Size" → "client JS size". */
function asWord(header: string): string {
  return header.split(" ").map((w) => (/^\p{Lu}\p{Ll}+$/u.test(w) ? w.toLowerCase() : w)).join(" ");
}

export function tableFactId(slug: string, fact: TableFact): string {
  return stableId("f", slug, "table", normaliseText(sourceText(fact)));
}

/** The table fact as the bank records it. */
export function tableBankFact(slug: string, fact: TableFact): BankFact {
  const sentence = sourceText(fact);
  return { id: tableFactId(slug, fact), subject: fact.things ?? fact.attribute, predicate: "per the review's table", object: fact.pairs.map((p) => `${p.thing}${MATCH_SEPARATOR}${p.value}`).join("; "), sentence, statement: sentence };
}

export function tableCandidates(slug: string, facts: TableFact[]): Candidate[] {
  return facts.map((fact) => {
    const left = fact.pairs.map((p) => p.thing);
    const rights = fact.pairs.map((p) => p.value);
    const answer = fact.pairs.map((p) => `${p.thing}${MATCH_SEPARATOR}${p.value}`);
    const sentence = sourceText(fact);
    const id = questionId(slug, "matching", [sentence], answer);
    const source = sourceRange(fact);
    const things = fact.things ? `each ${asWord(fact.things)}` : "each";
    return {
      question: {
        id,
        factIds: [tableFactId(slug, fact)],
        type: "matching",
        prompt: `Match ${things} to its ${asWord(fact.attribute)}, as the review's table gives it.`,
        left,
        choices: seededShuffle(rights, id),
        answer,
        explanation: `The review's table gives: ${fact.pairs.map((p) => `${p.thing}: ${p.value}`).join("; ")}.`,
        source: { sentence },
      },
      statements: [],
      builder: "parallel",
      source,
      key: labelKey("matching", source, answer),
    };
  });
}
