// Owns the public API of the content pipeline: generate a bank from a review, validate one,
// grade against one (dates, normalisation), and the types the app needs. Everything else in
// lib/content is internal: import from here, never from a module inside.
export { generateBank, generateWithTrace, slugify, type GenerateOptions, type GenerationTrace } from "./bank";
export {
  BankSchema,
  DeckSchema,
  FactSchema,
  QuestionSchema,
  DateValueSchema,
  MATCH_SEPARATOR,
  QUESTION_TYPES,
  QUESTION_TIERS,
  type Bank,
  type BankFact,
  type BankQuestion,
  type Deck,
  type DateValueJson,
  type QuestionType,
  type QuestionTier,
} from "./bank-schema";
export { formatDate, parseDateAnswer, truncate, type DatePrecision, type DateValue } from "./dates";
export { normaliseAnswer, normaliseText } from "./normalise";

// The evaluation toolkit (scripts/bank-eval.ts, bank-train.ts, bank-label.ts, bench/content.ts).
export { ADVERSARIAL_INPUTS } from "./adversarial";
export { DEFECT_CLASSES, questionDefects, setDefects, type DefectClass } from "./defects";
export { LabelIndex, coverageOf, defectCounts, precisionOf, promptHash, typeMix, type KeyFactFile, type Label, type LabelFile, type Precision } from "./evaluation";
export { FEATURE_NAMES, vectorOf, type Features } from "./features";
export { seededShuffle } from "./ids";
export type { Candidate } from "./questions/candidate";
export { Ranker, trainLogistic, type TrainingExample } from "./ranker";
export { rescore } from "./scoring";
export { hasDefects, heldBackBy, selectTiers, PUBLISH_THRESHOLD, SUGGEST_THRESHOLD, MAX_TYPE_SHARE } from "./select";

import type { Bank } from "./bank-schema";

/** Stable JSON text of a bank: 2-space indent and a trailing newline, as committed. */
export function serialiseBank(bank: Bank): string {
  return `${JSON.stringify(bank, null, 2)}\n`;
}
