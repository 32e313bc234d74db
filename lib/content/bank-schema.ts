// Owns the bank's public shape: a zod schema the app uses to validate banks it imports or
// receives as uploads, and the TypeScript types inferred from it (one source of truth).
//
// Representation notes:
// - true_false: `answer` is "true" or "false"; `choices` is ["true", "false"].
// - ordering: `choices` are the items in a deterministic shuffled order; `answer` is the same
//   items in the correct (chronological) order.
// - matching: `left` holds the left-hand items in display order, `choices` the right-hand options
//   (shuffled); `answer` pairs them in `left` order as "Left → Right" strings.
// - short_answer/cloze may carry `acceptedAnswers` (aliases) and, for dates, `answerValue` so a
//   response is compared at the fact's precision.
import { z } from "zod";
import { MATCH_SEPARATOR, QUESTION_TYPES } from "./question-types";

export { MATCH_SEPARATOR, QUESTION_TYPES, type QuestionType } from "./question-types";
export const QUESTION_TIERS = ["published", "suggested"] as const;

export const DateValueSchema = z.object({
  kind: z.literal("date"),
  iso: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/),
  precision: z.enum(["year", "month", "day"]),
  text: z.string(),
  relative: z.boolean().optional(),
});

export const FactValueSchema = z.union([
  DateValueSchema,
  z.object({ kind: z.literal("entity"), entityType: z.enum(["person", "organization", "product"]) }),
  z.object({ kind: z.enum(["quote", "number", "phrase"]) }),
]);

export const FactSchema = z.looseObject({
  id: z.string().min(1),
  subject: z.string().min(1),
  predicate: z.string().min(1),
  object: z.string().min(1),
  sentence: z.string().min(1),
  citation: z.string().optional(),
  value: FactValueSchema.optional(),
  relation: z.string().optional(),
  role: z.string().optional(),
  statement: z.string().optional(),
  section: z.string().optional(),
  span: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
  negated: z.boolean().optional(),
  objectAliases: z.array(z.string()).optional(),
  reference: z.object({ text: z.string(), url: z.string().optional(), title: z.string().optional() }).optional(),
});

export const QuestionSourceSchema = z.object({
  sentence: z.string().min(1),
  citation: z.string().optional(),
});

export const QuestionSchema = z
  .looseObject({
    id: z.string().min(1),
    factIds: z.array(z.string().min(1)).min(1),
    type: z.enum(QUESTION_TYPES),
    prompt: z.string().min(1),
    choices: z.array(z.string().min(1)).optional(),
    left: z.array(z.string().min(1)).optional(),
    answer: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    acceptedAnswers: z.array(z.string().min(1)).optional(),
    answerValue: DateValueSchema.optional(),
    explanation: z.string().min(1),
    source: QuestionSourceSchema,
    /** Published questions are studied by default; suggested ones wait for the author to promote them. */
    tier: z.enum(QUESTION_TIERS).optional(),
  })
  .superRefine((q, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: "custom", message, path: ["answer"] });
    switch (q.type) {
      case "mcq":
        if (!q.choices || q.choices.length < 3 || q.choices.length > 4) issue("mcq needs 3–4 choices");
        else if (typeof q.answer !== "string" || q.choices.filter((c) => c === q.answer).length !== 1) issue("mcq answer must be exactly one of the choices");
        else if (new Set(q.choices).size !== q.choices.length) issue("mcq choices must be unique");
        break;
      case "true_false":
        if (q.answer !== "true" && q.answer !== "false") issue('true_false answer must be "true" or "false"');
        break;
      case "cloze":
      case "short_answer":
        if (typeof q.answer !== "string") issue(`${q.type} answer must be a string`);
        break;
      case "ordering":
        if (!Array.isArray(q.answer) || !q.choices || [...q.answer].sort().join("\n") !== [...q.choices].sort().join("\n")) {
          issue("ordering answer must be a permutation of its choices");
        }
        break;
      case "matching":
        if (!Array.isArray(q.answer) || !q.left || !q.choices || q.answer.length !== q.left.length) issue("matching needs left, choices and one pair per left item");
        else if (q.answer.some((pair, i) => pair !== `${q.left![i]}${MATCH_SEPARATOR}${pair.split(MATCH_SEPARATOR)[1]}` || !q.choices!.includes(pair.split(MATCH_SEPARATOR)[1] ?? ""))) {
          issue('matching answer pairs must read "Left → Right" with Right among the choices');
        }
        break;
    }
  });

export const DeckSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(1),
  source: z.string().min(1),
});

export const BankSchema = z.object({
  deck: DeckSchema,
  facts: z.array(FactSchema),
  questions: z.array(QuestionSchema),
});

export type DateValueJson = z.infer<typeof DateValueSchema>;
export type BankFact = z.infer<typeof FactSchema>;
export type BankQuestion = z.infer<typeof QuestionSchema>;
export type QuestionTier = (typeof QUESTION_TIERS)[number];
export type Deck = z.infer<typeof DeckSchema>;
export type Bank = z.infer<typeof BankSchema>;
