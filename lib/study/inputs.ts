// What the study page may send the server: the shapes of reveal, review and undo (client-safe).
import { z } from "zod";
import { SM2_GRADE_OF_BUTTON } from "@/lib/srs/buttons";
import { MAX_REVIEW_DURATION_MS } from "./limits";


const questionId = z.string().trim().min(1).max(64);
const response = z.union([z.string().max(2_000), z.array(z.string().max(500)).max(50), z.null()]);
const practice = z.boolean().optional();

export const revealInputSchema = z.object({ questionId, response, practice });

export const reviewInputSchema = z.object({
  clientReviewId: z.uuid(),
  questionId,
  grade: z.union(Object.values(SM2_GRADE_OF_BUTTON).map((grade) => z.literal(grade))),
  durationMs: z.number().int().min(0).max(MAX_REVIEW_DURATION_MS),
  seenVersion: z.number().int().min(0),
  practice,
});

export const undoInputSchema = z.object({ clientReviewId: z.uuid() });
