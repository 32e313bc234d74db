// Owns grading a student's response against a bank question, for every question type:
// exact choice for mcq/true_false, normalised + typo-tolerant + alias-aware matching for typed
// answers, dates compared at the fact's precision, exact order for ordering, all pairs for matching.
// Pure: no database, no clock.
import { distance } from "fastest-levenshtein";
import { MATCH_SEPARATOR, normaliseAnswer, parseDateAnswer, truncate, type BankQuestion, type DatePrecision } from "../content";

export type CheckableQuestion = Pick<BankQuestion, "type" | "answer"> &
  Partial<Pick<BankQuestion, "acceptedAnswers" | "choices" | "left">> & {
    answerValue?: { iso: string; precision: DatePrecision } | undefined;
  };

/** A typed answer, a chosen option, or (ordering/matching) a list. Anything else is wrong, not an error. */
export type Response = string | string[];

export interface CheckResult {
  correct: boolean;
  normalisedResponse: string;
  /** The accepted answer the response was matched against, when correct. */
  matched?: string;
}

/** Edits allowed for a typo: none for short answers or anything with digits, then ~1 per 6 letters. */
export function typoTolerance(answer: string): number {
  if (/\d/.test(answer)) return 0;
  const letters = answer.replace(/\s+/g, "").length;
  if (letters <= 4) return 0;
  if (letters <= 8) return 1;
  if (letters <= 16) return 2;
  return 3;
}

function asText(response: unknown): string {
  if (Array.isArray(response)) return response.map(String).join("\n");
  return typeof response === "string" ? response : response === undefined || response === null ? "" : String(response);
}

function asList(response: unknown): string[] {
  if (Array.isArray(response)) return response.map(String);
  return asText(response).split("\n").filter((l) => l.trim());
}

function checkTyped(q: CheckableQuestion, response: string): CheckResult {
  const normalisedResponse = normaliseAnswer(response);
  const answer = q.answer as string;
  // Dates: the response must name the same date at (at least) the fact's precision. A bank stores
  // the date as answerValue; without it, an answer that is itself a date ("November 2015") is used.
  const date = q.answerValue ?? parseDateAnswer(answer) ?? undefined;
  if (date) {
    const typed = parseDateAnswer(response);
    const want = truncate(date, date.precision);
    const got = typed ? truncate(typed, date.precision) : null;
    if (got !== null && got === want) return { correct: true, normalisedResponse, matched: answer };
    if (typed) return { correct: false, normalisedResponse };
  }
  const candidates = [answer, ...(q.acceptedAnswers ?? [])];
  for (const c of candidates) {
    const n = normaliseAnswer(c);
    if (n === normalisedResponse) return { correct: true, normalisedResponse, matched: c };
  }
  if (!normalisedResponse) return { correct: false, normalisedResponse };
  for (const c of candidates) {
    const n = normaliseAnswer(c);
    const tolerance = typoTolerance(n);
    if (tolerance > 0 && !/\d/.test(normalisedResponse) && distance(n, normalisedResponse) <= tolerance) {
      return { correct: true, normalisedResponse, matched: c };
    }
  }
  return { correct: false, normalisedResponse };
}

export function checkAnswer(question: CheckableQuestion, response: Response | unknown): CheckResult {
  switch (question.type) {
    case "mcq": {
      const text = asText(response).trim();
      const answer = question.answer as string;
      // The response is the chosen option's text; compare exactly (options are distinct by construction).
      return text === answer ? { correct: true, normalisedResponse: text, matched: answer } : { correct: false, normalisedResponse: text };
    }
    case "true_false": {
      const text = asText(response).trim().toLowerCase();
      const value = text === "t" ? "true" : text === "f" ? "false" : text;
      return value === question.answer ? { correct: true, normalisedResponse: value, matched: value } : { correct: false, normalisedResponse: value };
    }
    case "short_answer":
    case "cloze":
      return checkTyped(question, asText(response));
    case "ordering": {
      const items = asList(response);
      const expected = question.answer as string[];
      const correct = items.length === expected.length && items.every((it, i) => it.trim() === expected[i]);
      return { correct, normalisedResponse: items.join("\n"), ...(correct ? { matched: expected.join("\n") } : {}) };
    }
    case "matching": {
      const pairs = asList(response);
      const expected = new Set(question.answer as string[]);
      // Order of the pairs does not matter; every pair must be right and none missing.
      const normalised = pairs.map((p) => p.split(MATCH_SEPARATOR).map((s) => s.trim()).join(MATCH_SEPARATOR));
      const correct = normalised.length === expected.size && new Set(normalised).size === normalised.length && normalised.every((p) => expected.has(p));
      return { correct, normalisedResponse: normalised.join("\n"), ...(correct ? { matched: [...expected].join("\n") } : {}) };
    }
  }
}
