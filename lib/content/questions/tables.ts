// Owns the questions a table asks: match each thing the table compares to its value of one
// attribute ("Match each to its core tech according to the review's table: docmd → Node.js …"),
// and which one thing a row of ticks sets apart ("… which of npm, pnpm and Yarn is the only one
// that supports “Zero-Installs”?").
// A table fact is a fact of the bank like a sentence's: it has an id, provenance and an explanation.
import type { BankFact } from "../bank-schema";
import { MATCH_SEPARATOR } from "../bank-schema";
import { seededShuffle, stableId } from "../ids";
import { normaliseText } from "../normalise";
import type { TableFact, TableOddOne } from "../tables";
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

/** The row as provenance: "Zero-Installs: pnpm no; Yarn yes; npm no". */
function oddOneText(o: TableOddOne): string {
  return `${o.feature}: ${o.things.map((t) => `${t} ${(t === o.odd) === o.has ? "yes" : "no"}`).join("; ")}`;
}

function oddOneFactId(slug: string, o: TableOddOne): string {
  return stableId("f", slug, "table", normaliseText(oddOneText(o)));
}

export function oddOneBankFact(slug: string, o: TableOddOne): BankFact {
  const sentence = oddOneText(o);
  return { id: oddOneFactId(slug, o), subject: o.odd, predicate: o.has ? "alone has" : "alone lacks", object: o.feature, sentence, statement: sentence };
}

/** A row that starts with its verb ("Has a lockfile") reads as a predicate; a feature's name is quoted. */
const LEADING_VERB = /^(has|is|can|supports|provides|allows|uses|runs|works|includes|ships|offers)\b\s*(.*)$/i;

function predicate(row: string, has: boolean): string {
  // "JSR registry support": what is supported is the registry
  const feature = row.replace(/\s+support$/i, "");
  const m = LEADING_VERB.exec(feature);
  if (!m) return has ? `supports “${feature}”` : `does not support “${feature}”`;
  const [verb, rest] = [m[1].toLowerCase(), m[2]];
  if (has) return `${verb} ${rest}`.trim();
  const negated = verb === "is" ? "is not" : verb === "can" ? "cannot" : `does not ${verb === "has" ? "have" : verb.replace(/s$/, "")}`;
  return `${negated} ${rest}`.trim();
}

/** "pnpm, Yarn and npm". */
function listOf(things: string[]): string {
  return things.length < 3 ? things.join(" and ") : `${things.slice(0, -1).join(", ")} and ${things.at(-1)}`;
}

export function oddOneCandidates(slug: string, rows: TableOddOne[]): Candidate[] {
  return rows.map((o) => {
    const sentence = oddOneText(o);
    const id = questionId(slug, "mcq", [sentence], o.odd);
    const range = o.row.text.sourceRange(0, o.row.text.text.length);
    // the opening lists the choices and so names the answer openly: the give-away checks read what follows it
    const scope = `According to the review's table, which of ${listOf(o.things)}`;
    const verb = predicate(o.feature, o.has);
    return {
      scope,
      question: {
        id,
        factIds: [oddOneFactId(slug, o)],
        type: "mcq",
        prompt: `${scope}${o.things.length === 2 ? "" : " is the only one that"} ${verb}?`,
        choices: seededShuffle(o.things, id),
        answer: o.odd,
        explanation: `The review's table marks “${o.feature}” ${o.has ? `for ${o.odd} alone` : `for all but ${o.odd}`}.`,
        source: { sentence },
      },
      statements: [],
      builder: "table-odd-one",
      source: range,
      key: labelKey("mcq", range, o.odd),
    };
  });
}
