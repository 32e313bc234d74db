// Owns the public API of the content pipeline: generate a bank from a review, validate one,
// and the types the app needs. Everything else in lib/content is internal.
export { generateBank, slugify, type GenerateOptions } from "./bank";
export {
  BankSchema,
  DeckSchema,
  FactSchema,
  QuestionSchema,
  DateValueSchema,
  MATCH_SEPARATOR,
  QUESTION_TYPES,
  type Bank,
  type BankFact,
  type BankQuestion,
  type Deck,
  type DateValueJson,
  type QuestionType,
} from "./bank-schema";
export { formatDate, parseDateAnswer, type DatePrecision, type DateValue } from "./dates";
export { normaliseAnswer, normaliseText } from "./normalise";

import { generateBank, type GenerateOptions } from "./bank";
import type { Bank } from "./bank-schema";

/** Stable JSON text of a bank: 2-space indent and a trailing newline, as committed. */
export function serialiseBank(bank: Bank): string {
  return `${JSON.stringify(bank, null, 2)}\n`;
}

/** Convenience for scripts: generate and serialise in one go. */
export function bankJson(text: string, options: GenerateOptions = {}): string {
  return serialiseBank(generateBank(text, options));
}
