// Owns what a /study/<segment> address means: every deck, the hardest cards, or one deck by its
// slug — slugs follow the bank schema's rule, the one place that defines them.
import "server-only";
import { DeckSchema } from "@/lib/content";
import type { StudyScope } from "./queue";
import { deckIdForSlug } from "./overview";
import { StudyError } from "./errors";

const SHARED_SCOPES = new Set(["all", "hardest"] as const);

/** The scope the address names; refuses one that is not a deck address or names no deck. */
export async function resolveStudyScope(segment: string): Promise<StudyScope> {
  if (SHARED_SCOPES.has(segment as "all" | "hardest")) return segment as "all" | "hardest";
  const slug = DeckSchema.shape.slug.safeParse(segment);
  if (!slug.success) throw new StudyError("invalid", "That is not a deck address.");
  const deckId = await deckIdForSlug(slug.data);
  if (!deckId) throw new StudyError("not_found", "That deck does not exist or you have not added it.");
  return { deckId };
}
