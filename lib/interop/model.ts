// Owns the plain data that crosses lib/interop: a deck and its questions as exporters read them,
// the notes importers produce, and the one error type for a file Recall cannot import. No
// database, Next.js or React types here, so the CLI, the app and the tests share one shape.
import type { QuestionType } from "@/lib/content/bank-schema";
import { Refusal } from "@/lib/errors/refusal";
import type { CardSchedule } from "@/lib/study/card-state";

export type { QuestionType };

/** A Recall question in the form every exporter writes and every importer gives back. */
export type PortableQuestion = {
  id: string;
  type: QuestionType;
  prompt: string;
  /** mcq/true_false options, ordering items (shuffled), matching right-hand options. */
  choices?: string[];
  /** A string, or the ordered items (ordering) / "Left → Right" pairs (matching). */
  answer: string | string[];
  acceptedAnswers?: string[];
  explanation: string;
  sourceSentence: string;
  sourceCitation?: string;
  /** What the question is about (the fact's subject); becomes an Anki tag. */
  topic?: string;
  /** Questions about the same fact share a key; becomes an Anki tag. */
  factKey?: string;
};

export type PortableDeck = { slug: string; title: string; description?: string };

/** One user's scheduling state of one question (from CardState), for "include my scheduling". */
export type PortableCardState = { questionId: string } & CardSchedule;

export type PortableReview = {
  questionId: string;
  /** SM-2 grade 0–5. */
  grade: number;
  reviewedAt: Date;
  durationMs: number;
  /** NEW, REVIEW, REDRILL or PRACTICE. */
  kind: string;
  intervalBefore: number | null;
  intervalAfter: number;
  easeAfter: number;
};

export type PortableSchedule = {
  cards: PortableCardState[];
  reviews: PortableReview[];
  /** The user's day boundary, so Anki's "days since the collection was created" line up. */
  timezone: string;
  dayStartsAtHour: number;
};

/** Something in the file that will not become a question, and why (shown before importing). */
export type SkipNotice = { reason: string; count: number; examples?: string[] };

/** Counts what a reader leaves out, by reason, with a few examples for the preview. */
export class SkipTally {
  private readonly reasons = new Map<string, { count: number; examples: string[] }>();

  add(reason: string, example?: string): void {
    const entry = this.reasons.get(reason) ?? { count: 0, examples: [] };
    entry.count++;
    if (example && entry.examples.length < 3) entry.examples.push(example.slice(0, 80));
    this.reasons.set(reason, entry);
  }

  notices(): SkipNotice[] {
    return [...this.reasons].map(([reason, { count, examples }]) => ({ reason, count, ...(examples.length ? { examples } : {}) }));
  }
}

/** A question's answer as one piece of text: list answers joined. */
export function answerText(answer: string | string[], separator = "; "): string {
  return Array.isArray(answer) ? answer.join(separator) : answer;
}

/** What an importer hands to the deck builder: questions plus what it left out. */
export type ImportedDeck = {
  title: string;
  /** The file's format, e.g. "Anki package (collection.anki21b)". */
  format: string;
  /** Notes (Anki), rows (CSV/TSV) or cards (Quizlet) read from the file. */
  notes: number;
  questions: PortableQuestion[];
  skipped: SkipNotice[];
};

/** A file that cannot be imported. Its message is shown to the user as it is. */
export class InteropInputError extends Refusal {
  constructor(message: string, code: "invalid" | "too_large" = "invalid") {
    super(code, message);
    this.name = "InteropInputError";
  }
}
