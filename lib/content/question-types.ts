// The bank format's plain constants, without the zod schema that validates banks
// (lib/content/bank-schema.ts): the study page's browser code needs them, and importing the schema
// module there shipped zod to every student (~29 KB gzip of the study page's first load).

export const QUESTION_TYPES = ["mcq", "true_false", "cloze", "short_answer", "ordering", "matching"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** A matching answer pairs "Left → Right" in one string. */
export const MATCH_SEPARATOR = " → ";
